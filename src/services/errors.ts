/*
 * One registry of the failures the service knows, by area, and whether trying again can help.
 * `transient`: the other side is away or busy, so the work waits and retries with backoff.
 * `permanent`: retrying cannot fix it (bad credentials, a refused address, bad configuration),
 * so the work stops at once and is kept for a person. A failure this registry does not know
 * is retried a few times only (UNKNOWN_ATTEMPTS), never as long as a known transient one.
 */

export type ErrorArea = 'config' | 'mail' | 'queue' | 'direct-line';
export type Lasting = 'transient' | 'permanent' | 'unknown';

export interface KnownError {
  readonly area: ErrorArea;
  readonly code: string;
  readonly lasting: Exclude<Lasting, 'unknown'>;
  /** For the runbook and the log reader. */
  readonly meaning: string;
}

const NETWORK = ['ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];

export const KNOWN_ERRORS: readonly KnownError[] = [
  ...NETWORK.map((code): KnownError => ({ area: 'mail', code, lasting: 'transient', meaning: 'the mail server could not be reached or dropped the connection' })),
  { area: 'mail', code: 'SMTP 4xx', lasting: 'transient', meaning: 'the mail server asked to try later' },
  { area: 'mail', code: 'SMTP 5xx', lasting: 'permanent', meaning: 'the mail server refused the message or an address' },
  { area: 'mail', code: 'EAUTH', lasting: 'permanent', meaning: 'the mail server refused the credentials in SMTP_URL' },
  { area: 'mail', code: 'EENVELOPE', lasting: 'permanent', meaning: 'a sender or recipient address was refused' },
  { area: 'mail', code: 'EMESSAGE', lasting: 'permanent', meaning: 'the message could not be built or was refused' },
  ...NETWORK.map((code): KnownError => ({ area: 'queue', code, lasting: 'transient', meaning: 'Redis could not be reached' })),
  { area: 'direct-line', code: 'HTTP 401', lasting: 'permanent', meaning: 'Azure Direct Line refused DIRECTLINE_SECRET' },
  { area: 'direct-line', code: 'HTTP 403', lasting: 'permanent', meaning: 'Azure Direct Line refused DIRECTLINE_SECRET' },
  { area: 'direct-line', code: 'HTTP 429', lasting: 'transient', meaning: 'Azure Direct Line is throttling token requests' },
  { area: 'direct-line', code: 'HTTP 5xx', lasting: 'transient', meaning: 'Azure Direct Line is failing' },
  { area: 'config', code: 'CONFIG', lasting: 'permanent', meaning: 'the environment does not describe a service that can run (start-up stops)' },
];

/** How many times a failure nobody knows is tried before it is kept for a person. */
export const UNKNOWN_ATTEMPTS = 3;

function lookup(area: ErrorArea, code: string): Lasting {
  return KNOWN_ERRORS.find((k) => k.area === area && k.code === code)?.lasting ?? 'unknown';
}

/** An SMTP failure from nodemailer: its reply code first (4xx later, 5xx never), then its error code. */
export function mailFailure(err: unknown): Lasting {
  const e = err as { code?: unknown; responseCode?: unknown } | null;
  if (typeof e?.responseCode === 'number') {
    if (e.responseCode >= 400 && e.responseCode < 500) return lookup('mail', 'SMTP 4xx');
    if (e.responseCode >= 500 && e.responseCode < 600) return lookup('mail', 'SMTP 5xx');
  }
  return typeof e?.code === 'string' ? lookup('mail', e.code) : 'unknown';
}

/** An HTTP status from Azure Direct Line's token service. */
export function directLineFailure(status: number | null): Lasting {
  if (status === null) return 'transient';
  if (status >= 500) return lookup('direct-line', 'HTTP 5xx');
  return lookup('direct-line', `HTTP ${status}`);
}

/** Whether to try again after `attempt` tries (1 = the first) that failed so. */
export function worthRetrying(lasting: Lasting, attempt: number): boolean {
  return lasting === 'transient' || (lasting === 'unknown' && attempt < UNKNOWN_ATTEMPTS);
}
