import type restify from 'restify';

export interface HealthChecks {
  /** Resolves when Redis answers. */
  readonly pingRedis: () => Promise<unknown>;
  /** Whether the in-process queue workers run, or 'separate process' when they are elsewhere. */
  readonly workers: () => boolean | 'separate process';
  /** Urgent cases journalled on disk and not yet queued (-1 when the journal cannot be read). */
  readonly urgentNotYetQueued: () => Promise<number>;
  /** Urgent alerts failed or waiting to retry, or null when the queue cannot be read. */
  readonly urgentFailing: () => Promise<number | null>;
  readonly accepting: () => boolean;
  /** Other cases' e-mails failed or waiting to retry, by kind (null when the queues cannot be read). */
  readonly mailFailing?: () => Promise<Readonly<Record<string, number>> | null>;
  /** How many failing e-mails of other cases make the service not ready (MAIL_FAILING_THRESHOLD). */
  readonly mailFailingThreshold?: number;
}

const within = <T>(ms: number, p: Promise<T>, otherwise: T): Promise<T> =>
  Promise.race([p.catch(() => otherwise), new Promise<T>((r) => setTimeout(() => r(otherwise), ms))]);

/** GET /healthz (the process is alive) and GET /readyz (it can take turns and alert staff). */
export function registerHealth(server: restify.Server, checks: HealthChecks): void {
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'alive' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const redisOk = await within(1000, checks.pingRedis().then(() => true), false);
    const workers = checks.workers();
    const journalled = await checks.urgentNotYetQueued().catch(() => -1);
    const failing = redisOk ? await checks.urgentFailing().catch(() => null) : null;
    // Staff not getting urgent alerts breaks the service's first promise: say so loudly.
    const urgentOk = journalled === 0 && (failing ?? 0) === 0;
    // Any other kind of case: a few failures are retried as a matter of course; past the threshold, mail is not getting through.
    const mail = redisOk && checks.mailFailing ? await checks.mailFailing().catch(() => null) : null;
    const mailFailing = Object.values(mail ?? {}).reduce((a, b) => a + b, 0);
    const mailOk = mailFailing < (checks.mailFailingThreshold ?? 10);
    const ready = checks.accepting() && redisOk && workers !== false && urgentOk && mailOk;
    res.send(ready ? 200 : 503, {
      ready,
      redis: redisOk,
      workers,
      urgentAlerts: urgentOk ? 'ok' : { notYetQueued: journalled, failingOrRetrying: failing ?? 0 },
      mail: mailOk ? 'ok' : { failingOrRetrying: mail },
    });
  });
}
