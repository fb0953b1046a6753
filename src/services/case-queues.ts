import { Queue } from 'bullmq';
import type { JobsOptions } from 'bullmq';
import type { RedisConnection } from './redis-connection';
import { CASE_KINDS } from '../domain/case-kind';
import type { CaseKind } from '../domain/case-kind';

/** What a job carries: only ids. The record itself stays in Redis under its reference. */
export interface CaseJob {
  readonly reference: string;
  readonly kind: CaseKind;
  readonly step: CaseStep;
  /** For urgent updates: which addition this job announces; for `notify-status`: which of the record's events. */
  readonly update?: number;
  /** For `ack-check`: which step of the escalation list comes next if nobody has acknowledged (0 = the first). */
  readonly escalation?: number;
}
/** `recorded`: the office was already e-mailed directly (Redis was down); the job only files the case. */
export type CaseStep = 'notify-office' | 'confirm-resident' | 'urgent-update' | 'recorded' | 'notify-staff-channel' | 'ack-check' | 'notify-status';

/** In braces, a hash tag: each queue's keys stay on one node of a Redis Cluster, as BullMQ needs. */
export const QUEUE_PREFIX = '{pcc-bull}';
export const queueName = (kind: CaseKind): string => `cases-${kind}`;

export interface CaseQueuesOptions {
  readonly maxAttempts: number;
  readonly keepCompletedSeconds: number;
  readonly keepFailedSeconds: number;
}

/** One BullMQ queue per workflow (case kind). Urgent jobs jump every line. */
export class CaseQueues {
  private readonly queues: ReadonlyMap<CaseKind, Queue<CaseJob>>;

  constructor(
    connection: RedisConnection,
    private readonly options: CaseQueuesOptions,
  ) {
    this.queues = new Map(CASE_KINDS.map((k) => [k, new Queue<CaseJob>(queueName(k), { connection, prefix: QUEUE_PREFIX })]));
  }

  queue(kind: CaseKind): Queue<CaseJob> {
    const q = this.queues.get(kind);
    if (!q) throw new Error(`no queue for case kind ${kind}`);
    return q;
  }

  /** A job id is added once only, so a redelivered or replayed step never runs twice. */
  async add(job: CaseJob, jobId: string, delayMs = 0): Promise<void> {
    const opts: JobsOptions = {
      jobId,
      ...(delayMs > 0 ? { delay: delayMs } : {}),
      attempts: this.options.maxAttempts,
      backoff: { type: 'capped-exponential' },
      removeOnComplete: { age: this.options.keepCompletedSeconds },
      removeOnFail: { age: this.options.keepFailedSeconds },
      ...(job.kind === 'urgent' ? { priority: 1 } : {}),
    };
    await this.queue(job.kind).add(job.step, job, opts);
  }

  async close(): Promise<void> {
    // A queue still setting up when the process stops would leave commands in flight on a closing connection.
    await Promise.all([...this.queues.values()].map((q) => q.waitUntilReady().catch(() => undefined)));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
