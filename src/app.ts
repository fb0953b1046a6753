import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState } from 'botbuilder';
import pino from 'pino';
import type { Logger } from 'pino';
import restify from 'restify';
import { TurnContext } from 'botbuilder';
import { PccBot } from './bot';
import type { Config } from './config';
import { ConversationMemory } from './dialogs/conversation-memory';
import type { DialogDeps } from './dialogs/dialog-deps';
import { textFor } from './dialogs/turn-text';
import { ActivityDedupe } from './services/activity-dedupe';
import { InstanceLiveness } from './services/instance-liveness';
import { CaseQueues } from './services/case-queues';
import { CaseService } from './services/case-service';
import { CaseStore } from './services/case-store';
import { CaseWorkers } from './services/case-workers';
import type { UrgentLane } from './services/case-workers';
import { OutboxMailer, SmtpMailer } from './services/mailer';
import type { Mailer } from './services/mailer';
import { RedisStorage } from './services/redis-storage';
import { ResilientCaseDesk } from './services/resilient-case-desk';
import { UrgentJournal } from './services/urgent-journal';
import { StaffDeskStore } from './services/staff-desk-store';
import { cardRenderer, StaffDeskBot } from './staff/staff-desk-bot';
import type { StaffChannel } from './services/staff-channel';
import { AzurePiiRedactor, LocalRedactor } from './services/personal-data';
import { LOG_REDACTION } from './services/log-redaction';
import type { PersonalDataRedactor } from './services/personal-data';
import { ResidentConversations } from './services/resident-conversations';
import { TeamsStaffChannel } from './services/staff-channel';
import { StaffChannelRegistry } from './services/staff-channel-registry';
import { directTurns } from './http/direct-turns';
import { registerHealth } from './http/health';
import { registerMessages, serviceUrlPolicy } from './http/messages';
import { TimedBotFrameworkAuthentication } from './http/connector-http';
import { PccCloudAdapter } from './http/adapter';
import { connectRedis } from './services/redis-connection';
import { RetentionSchedule, RetentionSweeper } from './services/retention';
import type { RedisConnection } from './services/redis-connection';
import { TurnGate } from './http/turn-gate';
import { clientAddress } from './http/client-address';
import { RateLimits } from './http/rate-limits';
import { Metrics } from './http/metrics';
import { CASE_KINDS } from './domain/case-kind';
import type { CaseKind } from './domain/case-kind';
import { registerWebChat } from './http/web/web-chat';
import type { WebChat } from './http/web/web-chat';
import { ReferenceCounter } from './services/reference-counter';
import { AzureLanguage } from './services/azure-language';
import { AzureAssistedRiskScreener, LocalRiskScreener } from './services/risk-screener';
import { EldLanguageDetector } from './services/language-detector';
import type { RiskScreener } from './services/risk-screener';

const DAY = 86_400;
/** A retention period of the office profile (days, fractions allowed) in whole seconds, at least one. */
const days = (n: number): number => Math.max(1, Math.round(n * DAY));
/** The Bot Framework Service's own limit on one request (262,144 bytes). */
const MAX_ACTIVITY_BYTES = 262_144;

export interface AppOverrides {
  readonly now?: () => Date;
  readonly log?: Logger;
  readonly mailer?: Mailer;
  readonly risk?: RiskScreener;
}

export interface App {
  readonly server: restify.Server;
  readonly log: Logger;
  readonly mailer: Mailer;
  /** Starts the queue workers (unless WORKERS=none). */
  start(): Promise<void>;
  /** Stops taking turns, lets in-flight jobs finish, closes Redis. */
  close(): Promise<void>;
}

function mailerFor(config: Config): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer(config.outboxDir, config.mailFrom);
}

function authFor(config: Config): ConfigurationBotFrameworkAuthentication {
  return new TimedBotFrameworkAuthentication(config.botAuth ?? {}, config.connectorTimeoutMs);
}

/** A staff channel is configured, or can be registered by adding the bot to the office's team. */
function staffChannelWanted(config: Config): boolean {
  return config.staffTeams !== null || config.staffTenantId !== null;
}

function queuesFor(config: Config, connection: RedisConnection): CaseQueues {
  const retention = config.office.retention;
  return new CaseQueues(connection, {
    maxAttempts: config.mail.maxAttempts,
    keepCompletedSeconds: days(retention.caseDays),
    keepFailedSeconds: days(retention.failedJobDays),
  });
}

interface WorkerParts {
  readonly onFailure?: (kind: string, final: boolean) => void;
  readonly connection: RedisConnection;
  readonly store: CaseStore;
  readonly queues: CaseQueues;
  readonly mailer: Mailer;
  readonly log: Logger;
  readonly adapter: CloudAdapter;
  /** A mail transport given by a test (overrides.mailer), used for the urgent lane too. */
  readonly urgentMailer?: Mailer;
}

/** The staff desk's keys, and where each case's resident can be reached. */
function deskStores(config: Config, redis: RedisConnection): { desk: StaffDeskStore; residents: ResidentConversations; registry: StaffChannelRegistry } {
  const retention = config.office.retention;
  return {
    desk: new StaffDeskStore(redis, config.office.id, days(retention.caseDays)),
    residents: new ResidentConversations(redis, days(retention.conversationStateDays)),
    registry: new StaffChannelRegistry(redis, config.office.id),
  };
}

/** The staff's Teams channel (configured, or registered by adding the bot to the office's team), if wanted. */
/** Personal data out of what leaves the mailbox: Azure AI Language with the local recogniser where configured, else the local one. */
function redactorFor(config: Config, log: Logger): PersonalDataRedactor {
  return config.azureLanguage ? new AzurePiiRedactor(config.azureLanguage.endpoint, config.azureLanguage.key, log) : new LocalRedactor();
}

function staffChannelFor(config: Config, redis: RedisConnection, adapter: CloudAdapter, now: () => Date, redactor: PersonalDataRedactor): StaffChannel | null {
  if (!staffChannelWanted(config)) return null;
  const { desk, residents, registry } = deskStores(config, redis);
  const fixed = config.staffTeams;
  const render = cardRenderer({ profile: config.office, ackOverride: config.urgentAckDeadlineSeconds, residents, now, redactor });
  return new TeamsStaffChannel(adapter, config.botAuth?.MicrosoftAppId ?? '', async () => fixed ?? (await registry.get()), desk, (record, heading) =>
    render(record, null, heading ? { heading } : {}),
  );
}

/** Which workflow queues a process works (WORKER_QUEUES). */
function kindsFor(config: Config): readonly CaseKind[] {
  const which = config.workers.queues;
  return which === 'all' ? CASE_KINDS : CASE_KINDS.filter((k) => (which === 'urgent' ? k === 'urgent' : k !== 'urgent'));
}

function workersFor(config: Config, w: WorkerParts): { workers: CaseWorkers; start(): void; isRunning(): boolean; close(): Promise<void> } {
  const staffChannel = staffChannelFor(config, w.connection, w.adapter, () => new Date(), redactorFor(config, w.log));
  const kinds = kindsFor(config);
  // The urgent queue's own Redis connection and SMTP pool (an alert never queues behind ordinary
  // mail), made only when its worker starts.
  let lane: UrgentLane | null = null;
  const target = config.redis;
  const urgentLane = target
    ? (): UrgentLane => {
        if (lane) return lane;
        const connection = connectRedis(target, { maxRetriesPerRequest: null });
        connection.on('error', () => undefined); // the shared connections already log Redis being away
        lane = { connection, mailer: w.urgentMailer ?? mailerFor(config) };
        return lane;
      }
    : null;
  const workers = new CaseWorkers(
    {
      connection: w.connection,
      store: w.store,
      mailer: w.mailer,
      profile: config.office,
      log: w.log,
      staffChannel,
      desk: deskStores(config, w.connection).desk,
      queues: w.queues,
      ...(w.onFailure ? { onFailure: w.onFailure } : {}),
      ...(urgentLane ? { urgentLane } : {}),
    },
    {
      concurrency: config.workers.concurrency,
      retryBaseMs: config.mail.retryBaseMs,
      retryMaxMs: config.mail.retryMaxMs,
      ackDeadlineSeconds: config.urgentAckDeadlineSeconds,
      kinds,
    },
  );
  // The retention sweep runs where ordinary work runs (never on the urgent lane).
  const retention = kinds.some((k) => k !== 'urgent')
    ? new RetentionSchedule(
        w.connection,
        new RetentionSweeper({ queues: w.queues, store: w.store, desk: deskStores(config, w.connection).desk }, {
          completedJobSeconds: days(config.office.retention.caseDays),
          failedJobSeconds: days(config.office.retention.failedJobDays),
        }),
        config.retentionSweepSeconds * 1000,
        w.log,
      )
    : null;
  return {
    workers,
    start() {
      workers.start();
      retention?.start().catch((err: Error) => w.log.error({ err: { message: err.message } }, 'retention sweep not scheduled; it is tried again at the next start'));
    },
    isRunning: () => workers.isRunning(),
    async close() {
      await retention?.close();
      await workers.close();
      const made = lane as UrgentLane | null;
      if (!made) return;
      if (made.mailer !== w.urgentMailer) made.mailer.close();
      await made.connection.quit().catch(() => undefined);
    },
  };
}

export interface WorkerProcess {
  readonly log: Logger;
  start(): void;
  close(): Promise<void>;
}

/** Only the queue workers, for a separate worker process (the web process then runs with WORKERS=none). */
export function createWorkers(config: Config): WorkerProcess {
  if (!config.redis) throw new Error('createWorkers needs Redis (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS)');
  const log = pino({ level: config.logLevel, base: { office: config.office.id, role: 'worker' }, ...LOG_REDACTION });
  const redis = connectRedis(config.redis, { maxRetriesPerRequest: null });
  const mailer = mailerFor(config);
  const queues = queuesFor(config, redis);
  const store = new CaseStore(redis, days(config.office.retention.caseDays));
  const workers = workersFor(config, { connection: redis, store, queues, mailer, log, adapter: new CloudAdapter(authFor(config)) });
  log.info({ queues: config.workers.queues }, 'this process works these queues');
  return {
    log,
    start: () => workers.start(),
    async close() {
      await workers.close();
      await queues.close();
      mailer.close();
      await redis.quit();
    },
  };
}

/** The composition root: the only place that wires adapter, storage, services, dialogs and bot. Does not listen. */
export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const target = config.redis;
  if (!target) throw new Error('createApp needs Redis (server.ts starts a private redis-server when none is configured)');
  const log = overrides.log ?? pino({ level: config.logLevel, base: { office: config.office.id }, ...LOG_REDACTION });
  const profile = config.office;
  const now = overrides.now ?? (() => new Date());

  // Turns and producers fail fast when Redis is away (an urgent case then takes the
  // direct path); commands are never parked to run twice after a reconnect.
  // Auto-pipelined: the commands of turns running at once go to Redis together, one write and one read.
  const failFast = { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2000, enableAutoPipelining: true } as const;
  const redis = connectRedis(target, failFast);
  const producer = connectRedis(target, failFast);
  const bullConnection = connectRedis(target, { maxRetriesPerRequest: null });
  let redisDownLogged = false;
  const onRedisError = (err: Error): void => {
    if (!redisDownLogged) log.error({ code: (err as { code?: string }).code }, 'Redis unreachable');
    redisDownLogged = true;
  };
  redis.on('error', onRedisError);
  producer.on('error', onRedisError);
  bullConnection.on('error', onRedisError);
  redis.on('ready', () => {
    if (redisDownLogged) log.warn('Redis is back');
    redisDownLogged = false;
  });

  const mailer = overrides.mailer ?? mailerFor(config);
  const store = new CaseStore(redis, days(profile.retention.caseDays));
  const queues = queuesFor(config, producer);
  const metrics = new Metrics(async () => {
    const out: { queue: string; state: string; count: number }[] = [];
    for (const kind of CASE_KINDS) {
      const counts = await queues.queue(kind).getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
      for (const [state, count] of Object.entries(counts)) out.push({ queue: kind, state, count });
    }
    return out;
  });
  const counter = new ReferenceCounter(redis, profile.id, profile.referencePrefix);
  const caseService = new CaseService({ redis, counter, store, queues, log }, {
    officeId: profile.id,
    timeZone: profile.timeZone,
    idempotencySeconds: 7 * DAY,
    staffChannel: staffChannelWanted(config),
    now,
  });
  const journal = new UrgentJournal(path.join(config.dataDir, 'urgent-journal'));
  const cases = new ResilientCaseDesk({ inner: caseService, counter, store, queues, journal, mailer, profile, log }, {
    reserveSize: 5,
    replayEveryMs: 1000,
    retryBaseMs: Math.min(config.mail.retryBaseMs, 1000),
    retryMaxMs: Math.min(config.mail.retryMaxMs, 30_000),
    isRedisReady: () => redis.status === 'ready' && producer.status === 'ready',
    staffChannel: staffChannelWanted(config),
    now,
  });
  const adapter = new PccCloudAdapter(authFor(config));
  // This web process's id and heartbeat: a turn it claimed can be taken over once it is gone.
  const liveness = new InstanceLiveness(redis);
  const workers = workersFor(config, { connection: bullConnection, store, queues, mailer, ...(overrides.mailer ? { urgentMailer: overrides.mailer } : {}), log, adapter, onFailure: (kind, final) => metrics.mailFailures.inc({ kind, final: String(final) }) });

  // The language detector's tables load once, now, rather than on the first resident's message.
  void EldLanguageDetector.ready().catch((err: Error) => log.error({ message: err.message }, 'language detector did not load; script and word checks only'));
  const storage = new RedisStorage(redis, { prefix: 'pcc:state:', ttlSeconds: days(profile.retention.conversationStateDays) });
  const conversationState = new ConversationState(storage);
  // Staff act on cards from the office's tenant only: STAFF_TENANT_ID, else the configured channel's tenant.
  const staffTenant = config.staffTenantId ?? config.staffTeams?.tenantId ?? null;
  const stores = deskStores(config, redis);
  const deps: DialogDeps = {
    profile,
    cases,
    now,
    log,
    memory: new ConversationMemory(),
    count: (what, label) => (what === 'handoff' ? metrics.handoffs.inc({ level: label }) : metrics.cases.inc({ kind: label })),
    // Where the resident can be reached again, for staff: acknowledging an urgent case, or a live chat.
    ...(staffTenant
      ? {
          rememberResident: async (context: TurnContext, reference: string) => {
            // With the conversation's language, so what staff send later reaches them in it.
            const where = { ...TurnContext.getConversationReference(context.activity), locale: textFor(context).locale };
            await stores.residents.remember(reference, where).catch((err: Error) => {
              log.warn({ reference, message: err.message }, 'could not keep where to reach the resident');
            });
          },
        }
      : {}),
  };
  let web: WebChat | null = null;
  const redactor = redactorFor(config, log);
  const rateLimits = new RateLimits(redis, config.rateLimits, (limit) => metrics.rateLimited.inc({ limit }));
  const bot = new PccBot({
    messageLimit: (key) => rateLimits.message(key),
    conversationState,
    deps,
    risk:
      overrides.risk ??
      (config.azureLanguage ? new AzureAssistedRiskScreener(new AzureLanguage(config.azureLanguage.endpoint, config.azureLanguage.key, log)) : new LocalRiskScreener()),
    dedupe: new ActivityDedupe(redis, 2 * DAY, liveness),
    log,
    staff: staffTenant
      ? new StaffDeskBot({
          tenantId: staffTenant,
          registry: stores.registry,
          cases: store,
          desk: stores.desk,
          // One redactor for the web process's cards, whether drawn for an invoke or to update them in place.
          channel: staffChannelFor(config, redis, adapter, now, redactor),
          redactor,
          residents: stores.residents,
          presence: (ref) => web?.presence(ref.serviceUrl ?? '', ref.conversation?.id ?? '') ?? 'unknown',
          mailStatus: (record, index) => queues.add({ reference: record.reference, kind: record.kind, step: 'notify-status', update: index }, `${record.reference}.event-${index}`),
          profile,
          ackOverride: config.urgentAckDeadlineSeconds,
          appId: config.botAuth?.MicrosoftAppId ?? '',
          now,
          log,
        })
      : null,
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: { message: error.message, stack: error.stack }, channel: context.activity.channelId }, 'turn failed');
    try {
      // The conversation is kept, so nothing typed so far is lost: trying again, or "start again", both work.
      await context.sendActivity(textFor(context).t('error.turn', { phone: profile.contact.phone }));
    } catch (sendErr) {
      log.error({ err: { message: (sendErr as Error).message } }, 'could not tell the resident about the failure');
    }
  };

  const gate = new TurnGate();
  const server = restify.createServer({ name: 'pcc-contact-bot' });
  // The Bot Framework Service refuses a request over 256 KB (MessageSizeTooBig): nothing larger is an activity
  // a channel sends, so it is refused (413) before it is read, and never costs a resident's turn anything.
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_ACTIVITY_BYTES, mapParams: false }));
  const logic = (context: TurnContext): Promise<void> => {
    metrics.turns.inc({ channel: context.activity.channelId || 'unknown' });
    return bot.run(context);
  };

  // With authentication on, the channel's signed token rules where replies go; off, loopback and the allow-list only.
  const anyServiceUrl = (): boolean => true;
  registerMessages(server, { adapter, gate, logic, log, serviceUrlAllowed: config.botAuth ? anyServiceUrl : serviceUrlPolicy(config.allowedServiceUrls) });
  metrics.register(server);
  registerHealth(server, {
    pingRedis: () => redis.ping(),
    workers: () => (config.workers.inProcess ? workers.isRunning() : 'separate process'),
    urgentNotYetQueued: () => cases.backlog(),
    urgentFailing: async () => {
      const urgent = queues.queue('urgent');
      // Delayed after a failed try, not the acknowledgement checks that wait on purpose.
      const retrying = (await urgent.getJobs(['delayed'], 0, 999)).filter((j) => j.attemptsMade > 0).length;
      return (await urgent.getJobCountByTypes('failed')) + retrying;
    },
    accepting: () => gate.isAccepting,
    mailFailing: async () => {
      const out: Record<string, number> = {};
      for (const kind of CASE_KINDS.filter((k) => k !== 'urgent')) {
        const q = queues.queue(kind);
        const retrying = (await q.getJobs(['delayed'], 0, 999)).filter((j) => j.attemptsMade > 0).length;
        // Failed for good in the last hour: older ones are kept for a person, but say nothing about now.
        const hourAgo = Date.now() - 3_600_000;
        const failedLately = (await q.getJobs(['failed'], 0, 999)).filter((j) => (j.finishedOn ?? 0) > hourAgo).length;
        out[kind] = failedLately + retrying;
      }
      return out;
    },
    mailFailingThreshold: config.mailFailingThreshold,
  });
  // The same adapter and bot as /api/messages, for the bot's own Direct Line (development and self-hosting).
  web = registerWebChat(server, {
    profile,
    directLineSecret: config.directLineSecret,
    ...(config.directLineUrl ? { directLineUrl: config.directLineUrl } : {}),
    publicUrl: config.publicUrl,
    directLineLimits: { awayMs: config.directLineAwaySeconds * 1000 },
    clientAddress: (req) => clientAddress(req, config.trustProxyHops),
    rateLimits,
    processActivity: directTurns({
      adapter,
      appId: config.botAuth?.MicrosoftAppId ?? '',
      isOwnServiceUrl: (url) => web?.isOwnServiceUrl(url) ?? false,
      logic: async (context) => {
        if (!(await gate.run(() => logic(context)))) throw new Error('shutting down');
      },
    }),
    log,
  });

  return {
    server,
    log,
    mailer,
    async start() {
      await Promise.all([redis, producer].map((c) => (c.status === 'ready' ? undefined : new Promise((r) => c.once('ready', r)))));
      liveness.start();
      cases.start();
      if (config.workers.inProcess) workers.start();
    },
    async close() {
      await gate.drain();
      await liveness.stop();
      web?.close();
      await cases.stop();
      await workers.close();
      await queues.close();
      mailer.close();
      await Promise.all([redis, producer, bullConnection].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
