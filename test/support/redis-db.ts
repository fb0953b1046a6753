import { Redis } from 'ioredis';
import { inject } from 'vitest';

/**
 * A Redis database of this test file's own: test files run in parallel
 * workers, and each worker gets its own database number, flushed first.
 */
export async function freshRedisUrl(): Promise<string> {
  const base = new URL(inject('redisUrl'));
  const pool = Number(process.env['VITEST_POOL_ID'] ?? '1');
  base.pathname = `/${(pool % 15) + 1}`;
  const url = base.toString();
  const r = new Redis(url);
  await r.flushdb();
  await r.quit();
  return url;
}
