import { QUEUE_PREFIX } from '../../src/services/case-queues';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { PrivateRedis } from '../../src/services/private-redis';
import { ConnectorStandIn, REFERENCE, TestConversation, textOf } from '../support/channel';
import { jsonRecord, SmtpSink } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const readyz = async (botUrl: string) => {
  const r = await fetch(`${botUrl}/readyz`);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

const STAFF_CHANNEL = '19:resilience-staff@thread.tacv2';

describe('an urgent disclosure while Redis is down', () => {
  const redisDir = mkdtempSync(path.join(tmpdir(), 'pcc-redis-'));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pcc-data-'));
  let redis: PrivateRedis;
  let port = 0;
  let app: App;
  let botUrl = '';
  const smtp = new SmtpSink();
  const connector = new ConnectorStandIn();

  beforeAll(async () => {
    redis = await PrivateRedis.start({ dir: redisDir });
    port = Number(new URL(redis.url).port);
    const smtpUrl = await smtp.start();
    await connector.start();
    app = createApp(
      loadConfig({
        NODE_ENV: 'test',
        REDIS_URL: redis.url,
        SMTP_URL: smtpUrl,
        DATA_DIR: dataDir,
        MAIL_RETRY_BASE_MS: '100',
        MAIL_RETRY_MAX_MS: '400',
        STAFF_TEAMS_SERVICE_URL: connector.url,
        STAFF_TEAMS_CONVERSATION_ID: STAFF_CHANNEL,
      }),
    );
    await app.start();
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    botUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.close();
    await redis.stop();
    await smtp.stop();
    await connector.stop();
  });

  it('still says 999, hands over and e-mails staff; the case is in the queue once Redis is back, e-mailed once', async () => {
    const conv = new TestConversation(botUrl, connector);
    await conv.join();
    await conv.say('Make a complaint');

    await redis.stop();
    await until('the bot to notice', async () => (await readyz(botUrl)).status === 503);

    // An ordinary message cannot be handled without Redis: the resident is told so, with 999 and the phone.
    const sorry = await conv.say('The Chief Constable');
    expect(textOf(sorry)).toMatch(/something went wrong on our side/);
    expect(textOf(sorry)).toContain('999');

    const acts = await conv.say("he's outside my window right now and he's got a knife");
    expect(acts.find((a) => a.type === 'message')?.text).toContain('999');
    expect(acts.some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    expect(reference).toMatch(/^LAN-\d{4}-\d{6,}$/);
    const mail = await smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    expect(jsonRecord(mail)).toMatchObject({ kind: 'urgent', reference, risk: { level: 'emergency' } });
    expect((await readyz(botUrl)).body['urgentAlerts']).toMatchObject({ notYetQueued: 1 });

    redis = await PrivateRedis.start({ dir: redisDir, port });
    const check = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('cases-urgent', { connection: check, prefix: QUEUE_PREFIX });
    try {
      const state = await until('the case to be filed', async () => {
        const s = await queue.getJobState(`${reference}.office`);
        return s === 'completed' ? s : null;
      });
      expect(state).toBe('completed');
      expect(JSON.parse((await check.get(`pcc:case:${reference}`)) ?? '{}')).toMatchObject({ kind: 'urgent', reference });
      await until('readiness to recover', async () => (await readyz(botUrl)).status === 200);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toHaveLength(1);
      // Filed from the journal, it reaches the staff channel as a card too, once.
      await until('the staff card', async () => connector.activities(STAFF_CHANNEL).some((a) => JSON.stringify(a.attachments ?? []).includes(reference)));
      await new Promise((r) => setTimeout(r, 300));
      expect(connector.activities(STAFF_CHANNEL).filter((a) => JSON.stringify(a.attachments ?? []).includes(reference))).toHaveLength(1);
    } finally {
      await queue.close();
      await check.quit();
    }
  });
});

describe('an urgent disclosure while the mail server is down', () => {
  it('is retried, /readyz says so, and it reaches staff once the server is back, once', async () => {
    const stack = await startStack();
    try {
      stack.smtp.failWith = 421;
      const conv = stack.conversation();
      await conv.join();
      const acts = await conv.say('my stepdad is hitting my little sister right now');
      const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
      const during = await until('readiness to report the failing alert', async () => {
        const r = await readyz(stack.botUrl);
        return r.status === 503 ? r : null;
      });
      expect(during.body['urgentAlerts']).toMatchObject({ failingOrRetrying: 1 });
      stack.smtp.failWith = null;
      await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
      await until('readiness to recover', async () => (await readyz(stack.botUrl)).status === 200);
      await new Promise((r) => setTimeout(r, 500));
      expect(stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toHaveLength(1);
    } finally {
      stack.smtp.failWith = null;
      await stack.close();
    }
  });
});

describe('an urgent disclosure while ordinary mail is backed up', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  beforeAll(async () => {
    stack = await startStack({ RATE_LIMIT_MESSAGES: '1000/60', RATE_LIMIT_NEW_CHATS: '1000/60' });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('reaches the office at once, not after the ordinary e-mails ahead of it', async () => {
    // A slow mail server: every ordinary e-mail takes 1.5 s; an urgent one is answered at once.
    stack.smtp.holdFor = (raw) => (/^Subject: .*URGENT/m.test(raw) ? 0 : 1500);
    const journey = (n: number) => ["Comment on the commissioner's work", 'Safer roads', `Backlog ${n}: the lights on Church Street are out.`, "No, I'll stay anonymous", 'Yes, send it'];
    await Promise.all(
      Array.from({ length: 15 }, async (_, n) => {
        const conv = stack.conversation();
        await conv.join();
        for (const a of journey(n)) await conv.say(a);
      }),
    );
    // Fifteen e-mails at 1.5 s each are now queued for the mail server.
    const said = Date.now();
    const resident = stack.conversation();
    await resident.join();
    const reference = REFERENCE.exec(textOf(await resident.say('he is outside my door with a knife right now')))?.[0] ?? '';
    expect(reference).not.toBe('');
    const urgent = await stack.smtp.waitFor((m) => m.parsed.subject?.includes(reference) === true, 10_000);
    expect(urgent.at - said).toBeLessThan(1500);
    // The ordinary ones were still going out (none lost behind it).
    const ordinary = () => stack.smtp.messages.filter((m) => m.parsed.subject?.includes('URGENT') !== true).length;
    expect(ordinary()).toBeLessThan(15);
    await until('every ordinary e-mail', async () => ordinary() >= 15, 30_000);
  }, 60_000);
});
