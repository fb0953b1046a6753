import type { RedisConnection } from './redis-connection';
import { formatReference } from '../domain/reference';

/**
 * Sequential references per office and year. Redis INCR never hands out a
 * number twice, and the counter key has no expiry, so restarts cannot reuse one.
 */
export class ReferenceCounter {
  constructor(
    private readonly redis: RedisConnection,
    private readonly officeId: string,
    private readonly prefix: string,
  ) {}

  async next(year: number): Promise<string> {
    const n = await this.redis.incr(this.key(year));
    return formatReference(this.prefix, year, n);
  }

  /** Claims `count` references at once, for use while Redis cannot be reached. */
  async nextBlock(year: number, count: number): Promise<string[]> {
    const last = await this.redis.incrby(this.key(year), count);
    return Array.from({ length: count }, (_, i) => formatReference(this.prefix, year, last - count + 1 + i));
  }

  private key(year: number): string {
    return `pcc:ref:${this.officeId}:${year}`;
  }
}
