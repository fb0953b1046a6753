import type { Redis } from 'ioredis';
import { CaseRecordSchema } from '../domain/case-record';
import type { CaseRecord } from '../domain/case-record';

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
}
