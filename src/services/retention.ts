import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { CASE_KINDS } from '../domain/case-kind';
import { QUEUE_PREFIX } from './case-queues';
import type { CaseQueues } from './case-queues';
import type { CaseStore } from './case-store';
import type { RedisConnection } from './redis-connection';
import type { StaffDeskStore } from './staff-desk-store';

export interface RetentionPeriods {
  /** Finished jobs, like the case records they point to (retention.caseDays). */
  readonly completedJobSeconds: number;
  /** Jobs that failed for good, kept for a person to look at (retention.failedJobDays). */
  readonly failedJobSeconds: number;
}

export interface SweepResult {
  readonly completedJobs: number;
  readonly failedJobs: number;
  /** References taken off the staff desk's open queue because their record has expired. */
  readonly expiredFromDesk: number;
}

/**
 * What expiry alone does not delete. Conversation state, case records, live chats and the rest
 * carry their own expiry (set from the office profile's retention periods on every write), so
 * Redis deletes them itself. BullMQ prunes finished jobs only when another job in the same queue
 * finishes, so a quiet queue would keep them for ever; and a case that expired while open would
 * stay listed on the staff desk. The reference counters are never deleted: a reference is never
 * handed out twice.
 */
/** Deletes every job in that state older than `olderThanSeconds`, a thousand at a time; how many. */
async function cleanAll(q: Queue, olderThanSeconds: number, state: 'completed' | 'failed'): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await q.clean(olderThanSeconds * 1000, 1000, state);
    total += removed.length;
    if (removed.length < 1000) return total;
  }
}

export class RetentionSweeper {
  constructor(
    private readonly parts: { readonly queues: CaseQueues; readonly store: CaseStore; readonly desk: StaffDeskStore },
    private readonly periods: RetentionPeriods,
  ) {}

  async sweep(): Promise<SweepResult> {
    let completedJobs = 0;
    let failedJobs = 0;
    for (const kind of CASE_KINDS) {
      const q = this.parts.queues.queue(kind);
      completedJobs += await cleanAll(q, this.periods.completedJobSeconds, 'completed');
      failedJobs += await cleanAll(q, this.periods.failedJobSeconds, 'failed');
    }
    let expiredFromDesk = 0;
    for (const reference of await this.parts.desk.openReferences(100_000)) {
      if (await this.parts.store.exists(reference)) continue;
      await this.parts.desk.close(reference);
      expiredFromDesk++;
    }
    return { completedJobs, failedJobs, expiredFromDesk };
  }
}

const MAINTENANCE = 'maintenance';
const SWEEP = 'retention-sweep';

/**
 * Runs the sweep on a repeatable BullMQ job (a job scheduler: one schedule however many worker
 * processes start it, and one of them runs each sweep).
 */
export class RetentionSchedule {
  private queue: Queue | null = null;
  private worker: Worker | null = null;

  constructor(
    private readonly connection: RedisConnection,
    private readonly sweeper: RetentionSweeper,
    private readonly everyMs: number,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.queue ??= new Queue(MAINTENANCE, { connection: this.connection, prefix: QUEUE_PREFIX });
    await this.queue.upsertJobScheduler(SWEEP, { every: this.everyMs }, { name: SWEEP, opts: { removeOnComplete: true, removeOnFail: 50 } });
    this.worker = new Worker(
      MAINTENANCE,
      async () => {
        const result = await this.sweeper.sweep();
        if (result.completedJobs + result.failedJobs + result.expiredFromDesk > 0) this.log.info(result, 'retention: deleted what had passed its retention period');
        return result;
      },
      { connection: this.connection, prefix: QUEUE_PREFIX, concurrency: 1 },
    );
    this.worker.on('error', (err) => this.log.error({ err: { message: err.message } }, 'retention worker error'));
    this.worker.on('failed', (_job, err) => this.log.error({ err: { message: err.message } }, 'retention sweep failed; it runs again on schedule'));
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }
}
