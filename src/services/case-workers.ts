import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { RedisConnection } from './redis-connection';
import type { Logger } from 'pino';
import { CASE_KINDS } from '../domain/case-kind';
import type { CaseKind } from '../domain/case-kind';
import type { OfficeProfile } from '../domain/office-profile';
import { escalationEmail, officeEmail, residentConfirmation, statusEmail } from './case-email';
import { QUEUE_PREFIX, queueName } from './case-queues';
import type { CaseJob } from './case-queues';
import type { CaseStore } from './case-store';
import { mailFailure, worthRetrying } from './errors';
import type { CaseQueues } from './case-queues';
import { ackDeadlineSeconds, deskState } from '../domain/staff-desk';
import type { StaffDeskStore } from './staff-desk-store';
import type { CaseRecord } from '../domain/case-record';
import type { Mailer, OutgoingMail } from './mailer';
import type { StaffChannel } from './staff-channel';

export interface CaseWorkersOptions {
  readonly concurrency: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** URGENT_ACK_DEADLINE_S: overrides the profile's acknowledgement deadline. */
  readonly ackDeadlineSeconds?: number | null;
  readonly now?: () => Date;
  /** The queues this process works (WORKER_QUEUES); all of them unless said. */
  readonly kinds?: readonly CaseKind[];
}

/** 2 s, 4 s, 8 s … capped: an SMTP outage delays the e-mail, it never drops it. */
export function retryDelay(attemptsMade: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
}

/** A queue's own Redis connection and mail transport. */
export interface UrgentLane {
  readonly connection: RedisConnection;
  readonly mailer: Mailer;
}

/** What the workers work with. */
export interface CaseWorkersParts {
  readonly connection: RedisConnection;
  readonly store: CaseStore;
  readonly mailer: Mailer;
  readonly profile: OfficeProfile;
  readonly log: Logger;
  /** The staff channel in Teams for urgent alerts, where configured. */
  readonly staffChannel?: StaffChannel | null;
  /** The open queue and where each case's cards were posted. */
  readonly desk: StaffDeskStore;
  /** To schedule the acknowledgement checks. */
  readonly queues: CaseQueues;
  /** Counts a failed job (for /metrics). */
  readonly onFailure?: (kind: string, final: boolean) => void;
  /**
   * The urgent queue's own Redis connection and mail transport, so an urgent alert never waits
   * behind ordinary jobs for a Redis reply or for one of the SMTP pool's connections. Made when the
   * urgent worker starts (a web process that runs no workers never opens them).
   */
  readonly urgentLane?: () => UrgentLane;
}

/** One worker per workflow queue: loads the record by reference and e-mails it. */
export class CaseWorkers {
  private readonly workers: Worker<CaseJob>[] = [];

  private readonly connection: RedisConnection;
  private readonly store: CaseStore;
  private readonly mailer: Mailer;
  private readonly profile: OfficeProfile;
  private readonly log: Logger;
  private readonly staffChannel: StaffChannel | null;
  private readonly desk: StaffDeskStore;
  private readonly queues: CaseQueues;
  private readonly onFailure: ((kind: string, final: boolean) => void) | undefined;
  private readonly urgentLane: () => UrgentLane;

  constructor(
    parts: CaseWorkersParts,
    private readonly options: CaseWorkersOptions,
  ) {
    ({ connection: this.connection, store: this.store, mailer: this.mailer, profile: this.profile, log: this.log } = parts);
    this.staffChannel = parts.staffChannel ?? null;
    this.desk = parts.desk;
    this.queues = parts.queues;
    this.onFailure = parts.onFailure;
    this.urgentLane = parts.urgentLane ?? (() => ({ connection: parts.connection, mailer: parts.mailer }));
  }

  start(): void {
    for (const kind of this.options.kinds ?? CASE_KINDS) {
      const lane = kind === 'urgent' ? this.urgentLane() : { connection: this.connection, mailer: this.mailer };
      const worker = new Worker<CaseJob>(queueName(kind), (job) => this.process(job, lane.mailer), {
        connection: lane.connection,
        prefix: QUEUE_PREFIX,
        concurrency: kind === 'urgent' ? Math.max(2, this.options.concurrency) : this.options.concurrency,
        settings: { backoffStrategy: (attempts: number) => retryDelay(attempts, this.options.retryBaseMs, this.options.retryMaxMs) },
      });
      worker.on('failed', (job, err) => {
        const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
        const entry = { reference: job?.data.reference, step: job?.data.step, attempts: job?.attemptsMade, code: (err as { code?: string }).code, final };
        this.onFailure?.(kind, final);
        if (kind === 'urgent') this.log.error(entry, final ? 'URGENT e-mail failed for good: act now' : 'urgent e-mail failed, will retry');
        else this.log[final ? 'error' : 'warn'](entry, final ? 'case e-mail failed for good' : 'case e-mail failed, will retry');
      });
      worker.on('error', (err) => this.log.error({ err: { message: err.message } }, 'worker error'));
      this.workers.push(worker);
    }
  }

  isRunning(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  private async process(job: Job<CaseJob>, mailer: Mailer): Promise<void> {
    const { reference, step } = job.data;
    const record = await this.store.get(reference);
    if (!record) throw new UnrecoverableError(`case ${reference} is not in the store (expired or never written)`);
    // The clock for a named person to acknowledge starts as soon as the office is told (job ids keep it to once).
    if (step === 'notify-office' || step === 'recorded') {
      if (deskState(record).status === 'open') await this.desk.open(record);
      await this.startAckClock(record);
    }
    if (step === 'recorded') return;
    if (step === 'notify-status') {
      const event = record.events?.[job.data.update ?? -1];
      if (!event) throw new UnrecoverableError(`case ${reference} has no event ${job.data.update ?? '?'}`);
      await this.sendOrRetry(mailer, statusEmail(record, this.profile, event), job);
      return;
    }
    if (step === 'ack-check') {
      await this.checkAcknowledged(mailer, record, job.data.escalation ?? 0, job);
      return;
    }
    if (step === 'notify-staff-channel') {
      if (!this.staffChannel) return;
      const update = job.data.update ? `${record.kind === 'urgent' ? `URGENT ${record.risk.level.toUpperCase()}` : 'UPDATED'}: ${reference} (update ${job.data.update})` : undefined;
      const posted = await this.staffChannel.post(record, update);
      if (posted) this.log.info({ reference, step, kind: record.kind }, 'case card posted to the staff channel');
      else this.log.warn({ reference, step, kind: record.kind }, 'no staff channel registered yet: the case went by e-mail only');
      return;
    }
    const mail = step === 'confirm-resident' ? residentConfirmation(record, this.profile) : officeEmail(record, this.profile, job.data.update ? { update: job.data.update } : {});
    if (!mail) return;
    await this.sendOrRetry(mailer, mail, job);
    this.log.info({ reference, step, kind: record.kind }, 'case e-mail sent');
  }

  /** Sends, or fails the job so it is retried (transient) or kept for a person (permanent, or unknown three times). */
  private async sendOrRetry(mailer: Mailer, mail: OutgoingMail, job: Job<CaseJob>): Promise<void> {
    try {
      await mailer.send(mail);
    } catch (err) {
      const e = err as { code?: string; responseCode?: number; message?: string };
      const lasting = mailFailure(err);
      // attemptsMade counts the tries before this one.
      if (!worthRetrying(lasting, job.attemptsMade + 1)) throw new UnrecoverableError(`${lasting} mail failure ${e.code ?? ''} ${e.responseCode ?? ''}`.trim());
      throw Object.assign(new Error(`${lasting} mail failure ${e.code ?? ''} ${e.responseCode ?? ''}`.trim()), { code: e.code });
    }
  }

  /** How long staff have to acknowledge an urgent case raised now. */
  private ackDeadlineSeconds(): number {
    return ackDeadlineSeconds(this.profile, this.options.ackDeadlineSeconds, (this.options.now ?? (() => new Date()))());
  }

  /** Once the office has the urgent case, the clock starts for a named person to acknowledge it. */
  private async startAckClock(record: CaseRecord): Promise<void> {
    if (record.kind !== 'urgent') return;
    const ref = record.reference;
    await this.queues.add({ reference: ref, kind: 'urgent', step: 'ack-check', escalation: 0 }, `${ref}.ack-0`, this.ackDeadlineSeconds() * 1000);
  }

  /** Nobody acknowledged in time: escalate one step (channel post and e-mail), and check again later. */
  private async checkAcknowledged(mailer: Mailer, record: CaseRecord, step: number, job: Job<CaseJob>): Promise<void> {
    const ref = record.reference;
    if (deskState(record).acknowledged || deskState(record).status === 'resolved') return;
    const list = this.profile.urgentAcknowledgement.escalation;
    const to = list[Math.min(step, list.length - 1)] ?? list[0];
    if (!to) return;
    const waited = Math.round((Date.now() - Date.parse(record.receivedAt)) / 60_000);
    await this.sendOrRetry(mailer, escalationEmail(record, this.profile, { to: to.email, step: step + 1, minutes: waited }), job);
    await this.store.appendEvent(ref, { at: new Date().toISOString(), action: 'escalated', step: step + 1 });
    if (this.staffChannel) await this.staffChannel.escalate(record, { step: step + 1, minutes: waited, ...(to.mention ? { mention: to.mention } : {}) });
    this.log.warn({ reference: ref, step: step + 1 }, 'URGENT: not acknowledged in time, escalated');
    // The next step of the list (the last one again once it runs out), until someone acknowledges it.
    await this.queues.add({ reference: ref, kind: 'urgent', step: 'ack-check', escalation: step + 1 }, `${ref}.ack-${step + 1}`, this.ackDeadlineSeconds() * 1000);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.waitUntilReady().catch(() => undefined)));
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers.length = 0;
  }
}
