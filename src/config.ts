import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OfficeProfileSchema } from './domain/office-profile';
import type { OfficeProfile } from './domain/office-profile';
import { projectRoot } from './project-root';
import { parseHostPorts } from './services/redis-connection';
import type { HostPort, RedisTarget } from './services/redis-connection';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly logLevel: string;
  /** Where Redis is: one server (REDIS_URL), a cluster, or a primary behind Sentinel; null: start a private redis-server (development). */
  readonly redis: RedisTarget | null;
  /** null: write e-mails as .eml files to `outboxDir`. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly outboxDir: string;
  readonly dataDir: string;
  readonly office: OfficeProfile;
  readonly botAuth: {
    readonly MicrosoftAppType: string;
    readonly MicrosoftAppId: string;
    readonly MicrosoftAppPassword: string;
    readonly MicrosoftAppTenantId: string;
    /** Where channel tokens' signing keys are published (BOT_OPENID_METADATA_URL: a sovereign cloud, or a test's stand-in). */
    readonly ToBotFromChannelOpenIdMetadataUrl?: string;
    readonly ToBotFromEmulatorOpenIdMetadataUrl?: string;
    readonly ToBotFromChannelTokenIssuer?: string;
    readonly ToChannelFromBotLoginUrl?: string;
    readonly ToChannelFromBotOAuthScope?: string;
    readonly OAuthUrl?: string;
    readonly ValidateAuthority?: boolean;
    readonly CallerId?: string;
  } | null;
  readonly azureLanguage: { readonly endpoint: string; readonly key: string } | null;
  readonly directLineSecret: string | null;
  /** A regional Direct Line endpoint (e.g. Europe), for data residency. */
  readonly directLineUrl: string | null;
  /** The staff's Teams channel for urgent alerts, if configured. */
  readonly staffTeams: { readonly serviceUrl: string; readonly conversationId: string; readonly tenantId: string | null } | null;
  /** The office's Microsoft 365 tenant: adding the bot to a team of this tenant registers the staff channel. */
  readonly staffTenantId: string | null;
  /** Overrides the profile's acknowledgement deadline for urgent cases, in seconds (both in and out of hours). */
  readonly urgentAckDeadlineSeconds: number | null;
  /** The bot's own Direct Line: with no socket and no poll for this long, a resident in a live chat with staff has left. */
  readonly directLineAwaySeconds: number;
  /** Milliseconds every call to a channel (replies, cards, Teams look-ups) may take before it is abandoned. */
  readonly connectorTimeoutMs: number;
  /** How often the retention sweep runs (RETENTION_SWEEP_S). */
  readonly retentionSweepSeconds: number;
  /** DIRECTLINE_SELF_HOSTED: the bot's own Direct Line on purpose in production (with credentials). */
  readonly directLineSelfHosted: boolean;
  /** How many proxies of our own stand in front (X-Forwarded-For is read from the right that far). */
  readonly trustProxyHops: number;
  readonly rateLimits: { readonly newChats: { readonly points: number; readonly windowSeconds: number }; readonly messages: { readonly points: number; readonly windowSeconds: number } };
  /** With authentication off: the serviceUrls (besides loopback) the bot may reply to. */
  readonly allowedServiceUrls: readonly string[];
  /** E-mails of ordinary cases failing (in the last hour) or retrying, from which /readyz says not ready. */
  readonly mailFailingThreshold: number;
  readonly publicUrl: string | null;
  /** `queues`: which workflow queues this process works (WORKER_QUEUES): all, only urgent, or all but urgent. */
  readonly workers: { readonly inProcess: boolean; readonly concurrency: number; readonly queues: 'all' | 'urgent' | 'ordinary' };
  readonly mail: { readonly maxAttempts: number; readonly retryBaseMs: number; readonly retryMaxMs: number };
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodTypeAny>(s: T) => z.preprocess(blankToUndefined, s.optional());
const url = (schemes: readonly string[], example: string) =>
  z.string().refine((v) => {
    try {
      return schemes.includes(new URL(v).protocol.replace(':', ''));
    } catch {
      return false;
    }
  }, `a ${schemes.join(' or ')} URL, e.g. ${example}`);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const hostPorts = (example: string) =>
  z.string().transform((v, ctx) => {
    const list = parseHostPorts(v);
    if (!list) ctx.addIssue({ code: 'custom', message: `a comma-separated list of host:port, e.g. ${example}` });
    return list ?? [];
  });

const EnvSchema = z.object({
  PORT: opt(int(0, 65535)),
  HOST: opt(z.string()),
  NODE_ENV: opt(z.enum(['development', 'production', 'test'])),
  LOG_LEVEL: opt(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  REDIS_URL: opt(url(['redis', 'rediss'], 'redis://127.0.0.1:6379/0')),
  REDIS_CLUSTER_NODES: opt(hostPorts('redis-1:6379,redis-2:6379,redis-3:6379')),
  REDIS_SENTINELS: opt(hostPorts('sentinel-1:26379,sentinel-2:26379,sentinel-3:26379')),
  REDIS_SENTINEL_NAME: opt(z.string().min(1)),
  REDIS_PASSWORD: opt(z.string()),
  REDIS_TLS: opt(z.enum(['true', 'false'])),
  SMTP_URL: opt(url(['smtp', 'smtps'], 'smtp://user:pass@host:587')),
  MAIL_FROM: opt(z.string().regex(/^(?:[^<>]*<[^@\s]+@[^@\s>]+>|[^@\s]+@[^@\s]+)$/, 'an e-mail address, e.g. "Lancashire PCC bot <bot@example.org>"')),
  OFFICE: opt(z.string().regex(/^[a-z0-9-]+$/, 'an office profile id such as lancashire (a file offices/<id>.json)')),
  OFFICE_PROFILE_DIR: opt(z.string()),
  MicrosoftAppType: opt(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])),
  MicrosoftAppId: opt(z.string()),
  MicrosoftAppPassword: opt(z.string()),
  MicrosoftAppTenantId: opt(z.string()),
  AZURE_LANGUAGE_ENDPOINT: opt(url(['https', 'http'], 'https://<resource>.cognitiveservices.azure.com')),
  AZURE_LANGUAGE_KEY: opt(z.string()),
  DIRECTLINE_SECRET: opt(z.string()),
  DIRECTLINE_URL: opt(url(['https', 'http'], 'https://europe.directline.botframework.com')),
  STAFF_TEAMS_SERVICE_URL: opt(url(['https', 'http'], 'https://smba.trafficmanager.net/uk/')),
  STAFF_TEAMS_CONVERSATION_ID: opt(z.string().min(3)),
  STAFF_TENANT_ID: opt(z.string().min(3)),
  URGENT_ACK_DEADLINE_S: opt(int(1, 86_400)),
  DIRECTLINE_AWAY_S: opt(int(1, 3600)),
  CONNECTOR_TIMEOUT_S: opt(int(1, 120)),
  RETENTION_SWEEP_S: opt(int(1, 7 * 86_400)),
  DIRECTLINE_SELF_HOSTED: opt(z.enum(['true', 'false'])),
  TRUST_PROXY_HOPS: opt(int(0, 10)),
  RATE_LIMIT_NEW_CHATS: opt(z.string().regex(/^\d+\/\d+$/, 'requests/seconds, e.g. 30/600')),
  RATE_LIMIT_MESSAGES: opt(z.string().regex(/^\d+\/\d+$/, 'requests/seconds, e.g. 40/60')),
  ALLOWED_SERVICE_URLS: opt(z.string()),
  MAIL_FAILING_THRESHOLD: opt(int(1, 100_000)),
  BOT_OPENID_METADATA_URL: opt(url(['https', 'http'], 'https://login.botframework.com/v1/.well-known/openidconfiguration')),
  PUBLIC_URL: opt(url(['https', 'http'], 'https://contact.example.org')),
  DATA_DIR: opt(z.string()),
  OUTBOX_DIR: opt(z.string()),
  WORKERS: opt(z.enum(['in-process', 'none'])),
  WORKER_CONCURRENCY: opt(int(1, 100)),
  WORKER_QUEUES: opt(z.enum(['all', 'urgent', 'ordinary'])),
  MAIL_MAX_ATTEMPTS: opt(int(1, 1000)),
  MAIL_RETRY_BASE_MS: opt(int(10, 3_600_000)),
  MAIL_RETRY_MAX_MS: opt(int(10, 86_400_000)),
});

export function loadOfficeProfile(id: string, dir: string): OfficeProfile {
  const file = path.join(dir, `${id}.json`);
  if (!existsSync(file)) throw new ConfigError([`OFFICE: no office profile "${id}" (expected ${file})`]);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError([`OFFICE: ${file} is not valid JSON (${(err as Error).message})`]);
  }
  const parsed = OfficeProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `OFFICE: ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}

function perWindow(value: string | undefined, points: number, windowSeconds: number): { points: number; windowSeconds: number } {
  const [p, w] = (value ?? '').split('/').map(Number);
  return p && w ? { points: p, windowSeconds: w } : { points, windowSeconds };
}

/** Reads the environment once; every problem is reported at once, each with the variable's name. */
function redisTargetFrom(e: { REDIS_URL?: string | undefined; REDIS_CLUSTER_NODES?: HostPort[] | undefined; REDIS_SENTINELS?: HostPort[] | undefined; REDIS_SENTINEL_NAME?: string | undefined; REDIS_PASSWORD?: string | undefined; REDIS_TLS?: string | undefined }): RedisTarget | null {
  const password = e.REDIS_PASSWORD ?? null;
  const tls = e.REDIS_TLS === 'true';
  if (e.REDIS_CLUSTER_NODES) return { kind: 'cluster', nodes: e.REDIS_CLUSTER_NODES, password, tls };
  if (e.REDIS_SENTINELS && e.REDIS_SENTINEL_NAME) return { kind: 'sentinel', sentinels: e.REDIS_SENTINELS, name: e.REDIS_SENTINEL_NAME, password, tls };
  return e.REDIS_URL ? { kind: 'single', url: e.REDIS_URL } : null;
}

export function loadConfig(env: Env): Readonly<Config> {
  // Field by field, so that one bad value does not hide the others or the rules between them.
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(EnvSchema.shape)) {
    const r = (schema as z.ZodTypeAny).safeParse(env[name]);
    if (r.success) values[name] = r.data;
    else problems.push(...r.error.issues.map((i) => `${name}: ${i.message}`));
  }
  const e = values as z.infer<typeof EnvSchema>;
  const nodeEnv = e.NODE_ENV ?? 'development';
  const root = projectRoot();
  const appId = e.MicrosoftAppId;
  if (appId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  if ((e.MicrosoftAppType === 'SingleTenant' || e.MicrosoftAppType === 'UserAssignedMSI') && !e.MicrosoftAppTenantId) problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType is ${e.MicrosoftAppType}`);
  if (nodeEnv === 'production' && !appId) problems.push('MicrosoftAppId: required when NODE_ENV=production (Bot Framework authentication cannot be off in production)');
  const redisChoices = [e.REDIS_URL && 'REDIS_URL', e.REDIS_CLUSTER_NODES && 'REDIS_CLUSTER_NODES', e.REDIS_SENTINELS && 'REDIS_SENTINELS'].filter(Boolean);
  if (redisChoices.length > 1) problems.push(`${redisChoices.join(', ')}: set only one of them (one Redis, a cluster, or Sentinel)`);
  if (Boolean(e.REDIS_SENTINELS) !== Boolean(e.REDIS_SENTINEL_NAME)) problems.push('REDIS_SENTINELS and REDIS_SENTINEL_NAME: set both or neither (the name is the primary\'s, as the sentinels know it)');
  if (nodeEnv === 'production' && redisChoices.length === 0) {
    problems.push('REDIS_URL: required when NODE_ENV=production, or REDIS_CLUSTER_NODES, or REDIS_SENTINELS (the private redis-server is for development only)');
  }
  if (nodeEnv === 'production' && !e.SMTP_URL) problems.push('SMTP_URL: required when NODE_ENV=production (the .eml outbox is for development only)');
  if (nodeEnv === 'production' && appId && !e.DIRECTLINE_SECRET && e.DIRECTLINE_SELF_HOSTED !== 'true') {
    problems.push(
      "DIRECTLINE_SECRET: required in production for the web page (the Web Chat channel's secret of the Azure Bot); or set DIRECTLINE_SELF_HOSTED=true to serve the bot's own Direct Line on purpose",
    );
  }
  if (Boolean(e.STAFF_TEAMS_SERVICE_URL) !== Boolean(e.STAFF_TEAMS_CONVERSATION_ID)) problems.push('STAFF_TEAMS_SERVICE_URL and STAFF_TEAMS_CONVERSATION_ID: set both or neither');
  if (Boolean(e.AZURE_LANGUAGE_ENDPOINT) !== Boolean(e.AZURE_LANGUAGE_KEY)) problems.push('AZURE_LANGUAGE_ENDPOINT and AZURE_LANGUAGE_KEY: set both or neither');
  if (e.AZURE_LANGUAGE_ENDPOINT && new URL(e.AZURE_LANGUAGE_ENDPOINT).protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(e.AZURE_LANGUAGE_ENDPOINT).hostname)) {
    problems.push('AZURE_LANGUAGE_ENDPOINT: must be https (plain http only for a local stand-in on 127.0.0.1)');
  }
  let office: OfficeProfile | null = null;
  try {
    office = loadOfficeProfile(e.OFFICE ?? 'lancashire', e.OFFICE_PROFILE_DIR ? path.resolve(e.OFFICE_PROFILE_DIR) : path.join(root, 'offices'));
  } catch (err) {
    if (err instanceof ConfigError) problems.push(...err.problems);
    else throw err;
  }
  if (problems.length > 0 || !office) throw new ConfigError(problems);
  const dataDir = path.resolve(e.DATA_DIR ?? path.join(root, '.data'));
  return Object.freeze({
    port: e.PORT ?? 3978,
    host: e.HOST ?? '0.0.0.0',
    nodeEnv,
    logLevel: e.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    redis: redisTargetFrom(e),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? `${office.shortName} <no-reply@localhost>`,
    outboxDir: path.resolve(e.OUTBOX_DIR ?? path.join(dataDir, 'outbox')),
    dataDir,
    office,
    botAuth: appId
      ? {
          MicrosoftAppType: e.MicrosoftAppType ?? 'MultiTenant',
          MicrosoftAppId: appId,
          MicrosoftAppPassword: e.MicrosoftAppPassword ?? '',
          MicrosoftAppTenantId: e.MicrosoftAppTenantId ?? '',
          // Naming one of the SDK's endpoints makes it take all of them from here: the public cloud's, with this metadata.
          ...(e.BOT_OPENID_METADATA_URL
            ? {
                ToBotFromChannelOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
                ToBotFromEmulatorOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
                ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
                ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
                ToChannelFromBotOAuthScope: 'https://api.botframework.com',
                OAuthUrl: 'https://api.botframework.com',
                ValidateAuthority: true,
                CallerId: 'urn:botframework:azure',
              }
            : {}),
        }
      : null,
    azureLanguage: e.AZURE_LANGUAGE_ENDPOINT && e.AZURE_LANGUAGE_KEY ? { endpoint: e.AZURE_LANGUAGE_ENDPOINT, key: e.AZURE_LANGUAGE_KEY } : null,
    directLineSecret: e.DIRECTLINE_SECRET ?? null,
    directLineUrl: e.DIRECTLINE_URL ?? null,
    staffTeams:
      e.STAFF_TEAMS_SERVICE_URL && e.STAFF_TEAMS_CONVERSATION_ID
        ? { serviceUrl: e.STAFF_TEAMS_SERVICE_URL, conversationId: e.STAFF_TEAMS_CONVERSATION_ID, tenantId: e.MicrosoftAppTenantId ?? null }
        : null,
    staffTenantId: e.STAFF_TENANT_ID ?? null,
    urgentAckDeadlineSeconds: e.URGENT_ACK_DEADLINE_S ?? null,
    directLineAwaySeconds: e.DIRECTLINE_AWAY_S ?? 60,
    connectorTimeoutMs: (e.CONNECTOR_TIMEOUT_S ?? 10) * 1000,
    retentionSweepSeconds: e.RETENTION_SWEEP_S ?? 3600,
    directLineSelfHosted: e.DIRECTLINE_SELF_HOSTED === 'true',
    trustProxyHops: e.TRUST_PROXY_HOPS ?? 0,
    rateLimits: { newChats: perWindow(e.RATE_LIMIT_NEW_CHATS, 30, 600), messages: perWindow(e.RATE_LIMIT_MESSAGES, 40, 60) },
    mailFailingThreshold: e.MAIL_FAILING_THRESHOLD ?? 10,
    allowedServiceUrls: (e.ALLOWED_SERVICE_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean),
    publicUrl: e.PUBLIC_URL ?? null,
    workers: { inProcess: (e.WORKERS ?? 'in-process') === 'in-process', concurrency: e.WORKER_CONCURRENCY ?? 5, queues: e.WORKER_QUEUES ?? 'all' },
    mail: { maxAttempts: e.MAIL_MAX_ATTEMPTS ?? 40, retryBaseMs: e.MAIL_RETRY_BASE_MS ?? 2000, retryMaxMs: e.MAIL_RETRY_MAX_MS ?? 600_000 },
  });
}

/** For entry points: the configuration, or every problem on stderr and exit code 2. */
export function loadConfigOrExit(env: Env): Readonly<Config> {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
