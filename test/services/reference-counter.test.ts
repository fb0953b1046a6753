import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceCounter } from '../../src/services/reference-counter';
import { freshRedisUrl } from '../support/redis-db';

let url: string;
const clients: Redis[] = [];
const client = () => {
  const r = new Redis(url);
  clients.push(r);
  return r;
};
beforeAll(async () => {
  url = await freshRedisUrl();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

describe('references', () => {
  it('count up one by one per office and year', async () => {
    const counter = new ReferenceCounter(client(), 'lancashire', 'LAN');
    expect(await counter.next(2026)).toBe('LAN-2026-000001');
    expect(await counter.next(2026)).toBe('LAN-2026-000002');
    expect(await counter.next(2027)).toBe('LAN-2027-000001');
    expect(await new ReferenceCounter(client(), 'cumbria', 'CUM').next(2026)).toBe('CUM-2026-000001');
  });

  it('are never handed out twice, even by many processes at once or after a restart', async () => {
    const counters = Array.from({ length: 5 }, () => new ReferenceCounter(client(), 'busy', 'BSY'));
    const refs = await Promise.all(Array.from({ length: 200 }, (_, i) => (counters[i % 5] as ReferenceCounter).next(2026)));
    expect(new Set(refs).size).toBe(200);
    const restarted = new ReferenceCounter(client(), 'busy', 'BSY');
    expect(await restarted.next(2026)).toBe('BSY-2026-000201');
  });
});
