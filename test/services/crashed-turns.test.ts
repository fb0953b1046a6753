import type { Activity } from 'botbuilder';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityDedupe } from '../../src/services/activity-dedupe';
import { CaseQueues, QUEUE_PREFIX, queueName } from '../../src/services/case-queues';
import type { CaseJob } from '../../src/services/case-queues';
import { CaseService } from '../../src/services/case-service';
import { CaseStore } from '../../src/services/case-store';
import { InstanceLiveness } from '../../src/services/instance-liveness';
import { ReferenceCounter } from '../../src/services/reference-counter';
import { freshRedisUrl } from '../support/redis-db';

// An instance can die at any point of a turn (killed, or its machine lost). What it leaves behind
// must never stop another instance from finishing the resident's turn, nor lose their case.
let redis: Redis;
beforeAll(async () => {
  redis = new Redis(await freshRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

const activity = (id: string) => ({ id, channelId: 'webchat', conversation: { id: 'conv-crash' } }) as unknown as Partial<Activity>;

describe('a redelivered activity', () => {
  it('is sent back for later while the instance that took it is alive, and dropped once it finished', async () => {
    const a = new InstanceLiveness(redis);
    const b = new InstanceLiveness(redis);
    a.start();
    b.start();
    try {
      const onA = new ActivityDedupe(redis, 60, a);
      const onB = new ActivityDedupe(redis, 60, b);
      expect(await onA.claim(activity('1'))).toBe('mine');
      // B is told to have it sent again later (A may yet die), A that it is its own turn running.
      expect(await onB.claim(activity('1'))).toBe('elsewhere');
      expect(await onA.claim(activity('1'))).toBe('seen');
      await onA.finish(activity('1'));
      expect(await onB.claim(activity('1'))).toBe('seen');
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it('is taken over by another instance once the one that took it is gone, by one of them only', async () => {
    const b = new InstanceLiveness(redis);
    const c = new InstanceLiveness(redis);
    b.start();
    c.start();
    try {
      // What a killed instance leaves: its claim, and no heartbeat any more.
      await redis.set('pcc:activity:webchat:conv-crash:2', 'busy:an-instance-that-died', 'EX', 60);
      const [onB, onC] = [new ActivityDedupe(redis, 60, b), new ActivityDedupe(redis, 60, c)];
      const taken = await Promise.all([onB.claim(activity('2')), onC.claim(activity('2'))]);
      expect(taken.filter((t) => t === 'mine')).toHaveLength(1);
      // An instance that stopped on purpose is gone at once too.
      const d = new InstanceLiveness(redis);
      d.start();
      const onD = new ActivityDedupe(redis, 60, d);
      expect(await onD.claim(activity('3'))).toBe('mine');
      expect(await onB.claim(activity('3'))).toBe('elsewhere');
      await d.stop();
      expect(await onB.claim(activity('3'))).toBe('mine');
    } finally {
      await b.stop();
      await c.stop();
    }
  });
});

describe('a case whose instance died after storing it and before queueing its e-mail', () => {
  it('is queued when the resident sends the same again, once', async () => {
    const log = pino({ level: 'silent' });
    const queues = new CaseQueues(redis, { maxAttempts: 3, keepCompletedSeconds: 60, keepFailedSeconds: 60 });
    const store = new CaseStore(redis, 600);
    const parts = { redis, counter: new ReferenceCounter(redis, 'lancashire', 'LAN'), store, log };
    const options = { officeId: 'lancashire', timeZone: 'Europe/London', idempotencySeconds: 600 };
    // The dying instance: the record is written, then the process is gone before the job is added.
    const dying = new CaseService({ ...parts, queues: { add: () => Promise.reject(new Error('killed')) } as unknown as CaseQueues }, options);
    const draft = { kind: 'comment' as const, details: 'The lights on Church Street are out.', contact: null, comment: { topic: 'Safer roads' } };
    const origin = { channel: 'webchat', conversationId: 'conv-crash-case', activityId: 'a-1', locale: 'en-GB' };
    await expect(dying.submit(draft as never, origin)).rejects.toThrow('killed');
    const comment = new Queue<CaseJob>(queueName('comment'), { connection: redis, prefix: QUEUE_PREFIX });
    try {
      expect(await comment.count()).toBe(0);
      // The redelivery (the same activity), and the resident finishing the journey again (a new one), on a live instance.
      const live = new CaseService({ ...parts, queues }, options);
      const first = await live.submit(draft as never, origin);
      const again = await live.submit(draft as never, { ...origin, activityId: 'a-2' });
      expect(again).toBe(first);
      const jobs = await comment.getJobs(['waiting', 'prioritized', 'delayed']);
      expect(jobs.map((j) => j.id)).toEqual([`${first}.office`]);
    } finally {
      await comment.close();
      await queues.close();
    }
  });
});
