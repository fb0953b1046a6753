import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../src/domain/case-kind';
import { QUEUE_PREFIX, queueName } from '../../src/services/case-queues';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// Issue 12: what the office profile's retention periods say is deleted, is deleted — here with
// periods of a few seconds (the profile's days may be fractions) and a sweep every second.
const SECONDS = 4;

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('retention', () => {
  let stack: TestStack;
  let redis: Redis;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pcc-retention-'));
    const profile = JSON.parse(readFileSync(path.join(__dirname, '../../offices/lancashire.json'), 'utf8')) as Record<string, unknown>;
    const period = SECONDS / 86_400;
    writeFileSync(path.join(dir, 'lancashire.json'), JSON.stringify({ ...profile, retention: { conversationStateDays: period, caseDays: period, failedJobDays: period } }));
    stack = await startStack({ OFFICE_PROFILE_DIR: dir, RETENTION_SWEEP_S: '1', MAIL_MAX_ATTEMPTS: '1' });
    redis = new Redis(stack.redisUrl);
  });
  afterAll(async () => {
    await redis?.quit();
    await stack?.close();
  });

  it('deletes conversations, case records, finished and failed jobs and the desk entry after the periods, and keeps the reference counter', async () => {
    const journey = ["Comment on the commissioner's work", 'Safer roads', 'The lights on Church Street are out.', "No, I'll stay anonymous", 'Yes, send it'];
    const conv = stack.conversation();
    await conv.join();
    let last = '';
    for (const a of journey) last = textOf(await conv.say(a));
    const sent = REFERENCE.exec(last)?.[0] ?? '';
    expect(sent).not.toBe('');
    await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${sent}]`) === true);

    // A second case whose e-mail fails for good (a permanent refusal), so its job is kept as failed.
    stack.smtp.failWith = 550;
    const other = stack.conversation();
    await other.join();
    let otherLast = '';
    for (const a of journey) otherLast = textOf(await other.say(a));
    const failed = REFERENCE.exec(otherLast)?.[0] ?? '';
    expect(failed).not.toBe('');
    const comment = new Queue(queueName('comment'), { connection: redis, prefix: QUEUE_PREFIX });
    try {
      await until('the failed job', async () => (await comment.getJobCounts('failed'))['failed'] === 1);
      stack.smtp.failWith = null;
      // Everything is there now.
      expect(await redis.exists(`pcc:case:${sent}`, `pcc:case:${failed}`)).toBe(2);
      expect((await redis.keys('pcc:state:*')).length).toBeGreaterThan(0);
      expect(await redis.zscore(`pcc:desk:open:lancashire`, sent)).not.toBeNull();
      expect((await comment.getJobCounts('completed'))['completed']).toBeGreaterThan(0);

      // After the periods, and a sweep, it is gone: no resident's words are left anywhere.
      await until('everything past its period to be deleted', async () => {
        const counts = await Promise.all(CASE_KINDS.map((k) => new Queue(queueName(k), { connection: redis, prefix: QUEUE_PREFIX }).getJobCounts('completed', 'failed')));
        const jobs = counts.reduce((n, c) => n + (c['completed'] ?? 0) + (c['failed'] ?? 0), 0);
        const left = (await redis.exists(`pcc:case:${sent}`, `pcc:case:${failed}`)) + (await redis.keys('pcc:state:*')).length + (await redis.zcard('pcc:desk:open:lancashire'));
        return jobs === 0 && left === 0;
      }, 30_000);
      const everything = await redis.keys('*');
      const withWords = [];
      for (const key of everything) {
        const type = await redis.type(key);
        const dump = type === 'string' ? await redis.get(key) : type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1)) : '';
        if (dump?.includes('Church Street')) withWords.push(key);
      }
      expect(withWords).toEqual([]);
      // A reference is never handed out twice: the counter stays.
      expect(Number(await redis.get(`pcc:ref:lancashire:${sent.split('-')[1]}`))).toBeGreaterThanOrEqual(2);
    } finally {
      await comment.close();
    }
  }, 60_000);
});
