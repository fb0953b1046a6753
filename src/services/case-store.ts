import type { Redis } from 'ioredis';
import { CaseRecordSchema } from '../domain/case-record';
import type { CaseEvent, CaseRecord } from '../domain/case-record';

/** Case records by reference, kept for the office profile's retention period. */
export class CaseStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
  ) {}

  private key(reference: string): string {
    return `pcc:case:${reference}`;
  }

  async put(record: CaseRecord): Promise<void> {
    await this.redis.set(this.key(record.reference), JSON.stringify(CaseRecordSchema.parse(record)), 'EX', this.ttlSeconds);
  }

  async get(reference: string): Promise<CaseRecord | null> {
    const raw = await this.redis.get(this.key(reference));
    return raw ? CaseRecordSchema.parse(JSON.parse(raw)) : null;
  }

  /**
   * Appends what staff did to the record's `events`, and returns its index (null when the case is
   * gone). Optimistic: WATCH on a connection of its own, retried if another write came between.
   */
  async appendEvent(reference: string, event: CaseEvent): Promise<number | null> {
    const key = this.key(reference);
    const own = this.redis.duplicate({ lazyConnect: true, enableOfflineQueue: true });
    try {
      await own.connect();
      for (let attempt = 0; attempt < 10; attempt++) {
        await own.watch(key);
        const raw = await own.get(key);
        if (!raw) {
          await own.unwatch();
          return null;
        }
        const record = CaseRecordSchema.parse(JSON.parse(raw));
        const events = [...(record.events ?? []), event];
        const done = await own.multi().set(key, JSON.stringify(CaseRecordSchema.parse({ ...record, events })), 'KEEPTTL').exec();
        if (done) return events.length - 1;
      }
      throw new Error(`could not add an event to ${reference}: too many writes at once`);
    } finally {
      own.disconnect();
    }
  }
}
