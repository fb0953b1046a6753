import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStorage, StorageConflictError } from '../../src/services/redis-storage';
import { freshRedisUrl } from '../support/redis-db';

let redis: Redis;
beforeAll(async () => {
  redis = new Redis(await freshRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

describe('conversation state in Redis', () => {
  it('reads back what was written, with a new eTag each write', async () => {
    const storage = new RedisStorage(redis, { prefix: 't1:', ttlSeconds: 60 });
    await storage.write({ a: { step: 1 } });
    const first = await storage.read(['a', 'missing']);
    expect(first['a']).toMatchObject({ step: 1 });
    expect(first['missing']).toBeUndefined();
    await storage.write({ a: { ...first['a'], step: 2 } });
    const second = await storage.read(['a']);
    expect(second['a']?.['eTag']).not.toBe(first['a']?.['eTag']);
  });

  it('refuses a write based on a stale eTag, so two racing turns cannot both win', async () => {
    const storage = new RedisStorage(redis, { prefix: 't2:', ttlSeconds: 60 });
    await storage.write({ conv: { n: 0 } });
    const seen = (await storage.read(['conv']))['conv'];
    await storage.write({ conv: { ...seen, n: 1 } });
    await expect(storage.write({ conv: { ...seen, n: 2 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.read(['conv']))['conv']).toMatchObject({ n: 1 });
  });

  it('lets a "*" eTag overwrite, as the Bot Framework contract says', async () => {
    const storage = new RedisStorage(redis, { prefix: 't3:', ttlSeconds: 60 });
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 2 });
  });

  it('forgets state after the retention period', async () => {
    const storage = new RedisStorage(redis, { prefix: 't4:', ttlSeconds: 30 });
    await storage.write({ k: { v: 1 } });
    const ttl = await redis.ttl('t4:k');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });

  it('deletes on request', async () => {
    const storage = new RedisStorage(redis, { prefix: 't5:', ttlSeconds: 60 });
    await storage.write({ k: { v: 1 } });
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
  });
});
