import { dedicatedConnection } from './redis-connection';
import type { RedisConnection } from './redis-connection';
import { CaseRecordSchema } from '../domain/case-record';
import type { CaseEvent, CaseRecord } from '../domain/case-record';

/** Case records by reference, kept for the office profile's retention period. */
export class CaseStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly ttlSeconds: number,
  ) {}

  private key(reference: string): string {
    return `pcc:case:${reference}`;
  }

  async put(record: CaseRecord): Promise<void> {
    await this.redis.set(this.key(record.reference), JSON.stringify(CaseRecordSchema.parse(record)), 'EX', this.ttlSeconds);
  }

  async exists(reference: string): Promise<boolean> {
    return (await this.redis.exists(this.key(reference))) === 1;
  }

  async get(reference: string): Promise<CaseRecord | null> {
    const raw = await this.redis.get(this.key(reference));
    return raw ? CaseRecordSchema.parse(JSON.parse(raw)) : null;
  }

  /** Appends one event (an escalation, say) whatever the case's state; its index, or null when the case is gone. */
  async appendEvent(reference: string, event: CaseEvent): Promise<number | null> {
    const done = await this.transition(reference, () => ({ events: [event] }));
    return done && 'indexes' in done ? (done.indexes[0] ?? null) : null;
  }

  /**
   * Decides on the record as it is now and appends the events decided, atomically: if another write
   * came between reading and writing (two people pressing Claim at once), it decides again on the
   * new record, so exactly one of them holds the case and the other is refused. Optimistic: WATCH
   * on a connection of its own. Null when the case is gone.
   */
  async transition<R>(
    reference: string,
    decide: (record: CaseRecord) => { readonly events: readonly CaseEvent[] } | { readonly refused: R },
  ): Promise<{ readonly record: CaseRecord; readonly indexes: readonly number[] } | { readonly record: CaseRecord; readonly refused: R } | null> {
    const key = this.key(reference);
    const own = dedicatedConnection(this.redis);
    try {
      await own.connect();
      for (let attempt = 0; attempt < 20; attempt++) {
        await own.watch(key);
        const raw = await own.get(key);
        if (!raw) {
          await own.unwatch();
          return null;
        }
        const record = CaseRecordSchema.parse(JSON.parse(raw));
        const decision = decide(record);
        if ('refused' in decision) {
          await own.unwatch();
          return { record, refused: decision.refused };
        }
        const before = record.events ?? [];
        const updated = CaseRecordSchema.parse({ ...record, events: [...before, ...decision.events] });
        const done = await own.multi().set(key, JSON.stringify(updated), 'KEEPTTL').exec();
        if (done) return { record: updated, indexes: decision.events.map((_, i) => before.length + i) };
      }
      throw new Error(`could not change ${reference}: too many writes at once`);
    } finally {
      own.disconnect();
    }
  }
}
