import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import type { TestConversation } from '../support/channel';
import { LocalCluster, LocalSentinel } from '../support/redis-topologies';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// Issue 12: the same product on a real Redis Cluster and on a primary behind a real Sentinel.
const STAFF = '19:topology-staff@thread.tacv2';
const COMMENT = (words: string) => ["Comment on the commissioner's work", 'Safer roads', words, "No, I'll stay anonymous", 'Yes, send it'];

async function comment(conv: TestConversation, words: string): Promise<string> {
  await conv.join();
  let last = '';
  for (const a of COMMENT(words)) last = textOf(await conv.say(a));
  return REFERENCE.exec(last)?.[0] ?? '';
}

const mailsFor = (stack: TestStack, reference: string) => stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true && !/\(update|Acknowledged/.test(m.parsed.subject ?? ''));

async function until(what: string, probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('on a Redis Cluster of three primaries', () => {
  const cluster = new LocalCluster();
  let stack: TestStack;
  beforeAll(async () => {
    const nodes = await cluster.start();
    stack = await startStack({ REDIS_URL: '', REDIS_CLUSTER_NODES: nodes });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await cluster.stop();
  });

  it('takes cases, e-mails each once, and spreads conversations over the nodes', async () => {
    const refs = await Promise.all(Array.from({ length: 6 }, (_, i) => comment(stack.conversation(), `Cluster ${i}: the lights on Church Street are out.`)));
    expect(refs.every((r) => r !== '')).toBe(true);
    expect(new Set(refs).size).toBe(6);
    await until('every e-mail', () => refs.every((r) => mailsFor(stack, r).length >= 1));
    await new Promise((r) => setTimeout(r, 300));
    for (const r of refs) expect(mailsFor(stack, r)).toHaveLength(1);
    // Conversation state lives on more than one primary; each queue's keys on one (its hash tag).
    const state = await cluster.keys('pcc:state:*');
    expect(state.length).toBeGreaterThanOrEqual(6);
    expect((await cluster.keysPerNode()).filter((n) => n > 0).length).toBeGreaterThan(1);
    expect((await cluster.keys('{pcc-bull}:cases-comment:*')).length).toBeGreaterThan(0);
  });

  it('answers an urgent disclosure with 999 and e-mails the office at once', async () => {
    const conv = stack.conversation();
    await conv.join();
    const reply = textOf(await conv.say('he is outside my door with a knife right now'));
    expect(reply).toMatch(/999/);
    const reference = REFERENCE.exec(reply)?.[0] ?? '';
    expect(reference).not.toBe('');
    await stack.smtp.waitFor((m) => m.parsed.subject?.includes(reference) === true && /URGENT/.test(m.parsed.subject ?? ''), 10_000);
  });
});

describe('on a primary behind Sentinel, through a failover', () => {
  const sentinel = new LocalSentinel();
  let stack: TestStack;
  beforeAll(async () => {
    const sentinels = await sentinel.start();
    stack = await startStack({ REDIS_URL: '', REDIS_SENTINELS: sentinels, REDIS_SENTINEL_NAME: sentinel.name, STAFF_TEAMS_SERVICE_URL: 'http://127.0.0.1:1/', STAFF_TEAMS_CONVERSATION_ID: STAFF });
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await sentinel.stop();
  });

  it('keeps taking cases after the primary dies and the replica is promoted; nothing lost, nothing twice', async () => {
    const before = await comment(stack.conversation(), 'Before: the bus shelter on King Street is broken.');
    expect(before).not.toBe('');
    await until('the first e-mail', () => mailsFor(stack, before).length >= 1);

    await sentinel.failOver();

    // A resident arriving after the failover, and the references go on counting from where they were.
    let after = '';
    for (let i = 0; i < 50 && after === ''; i++) {
      after = await comment(stack.conversation(), 'After: the bus shelter on King Street is still broken.').catch(() => '');
      if (after === '') await new Promise((r) => setTimeout(r, 200));
    }
    expect(after).not.toBe('');
    expect(after).not.toBe(before);
    // The promoted replica has the reference counter: no number handed out before can come again.
    expect(Number(await sentinel.get(`pcc:ref:lancashire:${before.split('-')[1]}`))).toBeGreaterThanOrEqual(Number(before.slice(-6)));
    await until('the second e-mail', () => mailsFor(stack, after).length >= 1, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsFor(stack, before)).toHaveLength(1);
    expect(mailsFor(stack, after)).toHaveLength(1);
  }, 90_000);
});
