import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrivateRedis } from '../../src/services/private-redis';
import { ConnectorStandIn, REFERENCE, TestConversation, textOf } from '../support/channel';
import { freePort } from '../support/free-port';
import { freshRedisUrl } from '../support/redis-db';
import { SmtpSink } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// npm run test:faults: each fault as a test, and one table at the end:
// fault → cases shown to residents, e-mailed, lost, duplicated.
interface Row {
  readonly fault: string;
  readonly shown: number;
  readonly emailed: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly note?: string;
  /** The soak's samples of the bot's RSS, heap and event-loop lag, every 5 s (test-results/faults.json). */
  readonly samples?: readonly { rssMb: number; heapMb: number; lagP99Ms: number; lagMaxMs: number }[];
}
const rows: Row[] = [];
const root = path.join(__dirname, '../..');
const SOAK_SECONDS = Number(process.env['FAULTS_SOAK_S'] ?? 600);

afterAll(() => {
  const table = ['| fault | shown | e-mailed | lost | duplicated | note |', '| --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r.fault} | ${r.shown} | ${r.emailed} | ${r.lost} | ${r.duplicated} | ${r.note ?? ''} |`)].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(path.join('test-results', 'faults.json'), JSON.stringify(rows, null, 2));
});

const COMMENT = (words: string) => ["Comment on the commissioner's work", 'Safer roads', words, "No, I'll stay anonymous", 'Yes, send it'];

/** One anonymous comment; the reference the resident was shown, or null if they were shown none. */
async function comment(conv: TestConversation, words: string): Promise<string | null> {
  // A resident whose page could not reach the bot (it was restarting) just carries on.
  await conv.join().catch(() => []);
  let last = '';
  for (const a of COMMENT(words)) last = textOf(await conv.say(a).catch(() => []));
  return REFERENCE.exec(last)?.[0] ?? null;
}

/** The office e-mails per reference (each case's own e-mail, by its subject), read in one pass over the mailbox. */
function mailed(stack: Pick<TestStack, 'smtp'>, refs: readonly string[]): { emailed: number; lost: string[]; duplicated: number; sameMessageId: boolean } {
  const byRef = new Map<string, string[]>();
  for (const m of stack.smtp.messages) {
    const subject = m.parsed.subject ?? '';
    const ref = /^\[([A-Z]{2,6}-\d{4}-\d{6})\]/.exec(subject)?.[1];
    if (!ref || /ESCALATED|Acknowledged|\(update \d+\)/.test(subject) || m.to.some((t) => t.includes('@example.org'))) continue;
    byRef.set(ref, [...(byRef.get(ref) ?? []), m.parsed.messageId ?? '']);
  }
  let emailed = 0;
  let duplicated = 0;
  let sameMessageId = true;
  const lost: string[] = [];
  for (const ref of refs) {
    const ids = byRef.get(ref) ?? [];
    if (ids.length === 0) lost.push(ref);
    else emailed++;
    duplicated += Math.max(0, ids.length - 1);
    if (new Set(ids).size > 1) sameMessageId = false;
  }
  return { emailed, lost, duplicated, sameMessageId };
}

async function settle(stack: Pick<TestStack, 'smtp'>, refs: readonly string[], ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && mailed(stack, refs).lost.length > 0) await new Promise((r) => setTimeout(r, 1000));
  await new Promise((r) => setTimeout(r, 500));
}

describe('faults', () => {
  it('every activity delivered twice', async () => {
    const stack = await startStack();
    try {
      const refs: string[] = [];
      for (let i = 0; i < 15; i++) {
        const conv = stack.conversation();
        await conv.join();
        let last = '';
        for (const a of COMMENT(`Twice ${i}: the lights on Church Street are out.`)) {
          const activity = conv.activity({ text: a });
          const [first] = await Promise.all([conv.send(activity), conv.post(activity)]);
          last += textOf(first);
        }
        const ref = REFERENCE.exec(last)?.[0];
        if (ref) refs.push(ref);
      }
      await settle(stack, refs);
      const m = mailed(stack, refs);
      rows.push({ fault: 'every activity delivered twice', shown: refs.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated });
      expect(refs.length).toBe(15);
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBe(0);
    } finally {
      await stack.close();
    }
  });

  it('the mail server down for 15 seconds', async () => {
    const stack = await startStack({ MAIL_RETRY_BASE_MS: '500', MAIL_RETRY_MAX_MS: '2000' });
    try {
      stack.smtp.failWith = 421;
      const refs = (await Promise.all(Array.from({ length: 10 }, (_, i) => comment(stack.conversation(), `Outage ${i}: more patrols in Lytham.`)))).filter((r): r is string => r !== null);
      await new Promise((r) => setTimeout(r, 15_000));
      stack.smtp.failWith = null;
      await settle(stack, refs);
      const m = mailed(stack, refs);
      rows.push({ fault: 'SMTP down for 15 s', shown: refs.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated });
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBe(0);
    } finally {
      await stack.close();
    }
  });

  it('the mail server dropping the connection after DATA', async () => {
    const stack = await startStack();
    try {
      stack.smtp.keepThenFail = 5;
      const refs = (await Promise.all(Array.from({ length: 10 }, (_, i) => comment(stack.conversation(), `Dropped ${i}: speeding on the A59.`)))).filter((r): r is string => r !== null);
      await settle(stack, refs);
      const m = mailed(stack, refs);
      rows.push({ fault: 'SMTP drops the connection after DATA (5 times)', shown: refs.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated, note: 'each duplicate is a resend SMTP cannot avoid; every copy of a case has the same Message-ID, so the mailbox threads them as one' });
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBeLessThanOrEqual(5);
      expect(m.sameMessageId).toBe(true);
    } finally {
      await stack.close();
    }
  });

  it('Redis killed in the middle of the load, urgent and ordinary cases together', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pcc-faults-redis-'));
    let redis = await PrivateRedis.start({ dir });
    const port = Number(new URL(redis.url).port);
    const stack = await startStack({ REDIS_URL: redis.url });
    try {
      const refs: string[] = [];
      const urgent: string[] = [];
      const work = Array.from({ length: 20 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 150));
        const conv = stack.conversation();
        if (i % 4 === 0) {
          await conv.join().catch(() => []);
          const ref = REFERENCE.exec(textOf(await conv.say(`he is outside my house with a knife right now (${i})`).catch(() => [])))?.[0];
          if (ref) urgent.push(ref);
        } else {
          const ref = await comment(conv, `Redis ${i}: potholes on Preston Road.`);
          if (ref) refs.push(ref);
        }
      });
      await new Promise((r) => setTimeout(r, 1000));
      await redis.stop();
      await new Promise((r) => setTimeout(r, 2000));
      redis = await PrivateRedis.start({ dir, port });
      await Promise.all(work);
      const all = [...refs, ...urgent];
      await settle(stack, all);
      const m = mailed(stack, all);
      rows.push({ fault: 'Redis killed for 2 s mid-load', shown: all.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated, note: `${urgent.length} urgent; an ordinary case that could not be filed was never shown a reference` });
      expect(urgent.length).toBe(5);
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBe(0);
    } finally {
      await stack.close();
      await redis.stop();
    }
  });

  it('the bot restarted in the middle of the load', async () => {
    const stack = await startStack();
    try {
      const refs: string[] = [];
      const work = Array.from({ length: 20 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 100));
        const ref = await comment(stack.conversation(), `Restart ${i}: graffiti by the station.`);
        if (ref) refs.push(ref);
      });
      await new Promise((r) => setTimeout(r, 800));
      await stack.restart();
      await Promise.all(work);
      await settle(stack, refs);
      const m = mailed(stack, refs);
      rows.push({ fault: 'bot restarted mid-load', shown: refs.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated });
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBe(0);
    } finally {
      await stack.close();
    }
  });

  it(`a soak at moderate load (${SOAK_SECONDS} s), with RSS and event-loop lag sampled`, async () => {
    // The bot runs as production runs it, in a process of its own (built as `npm start` builds it), so
    // the RSS and lag sampled from its /metrics are the bot's alone, not this test's SMTP server's and
    // channel's, which keep every message.
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
    const smtp = new SmtpSink();
    const connector = new ConnectorStandIn();
    const smtpUrl = await smtp.start();
    await connector.start();
    const port = await freePort();
    const botUrl = `http://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pcc-soak-'));
    const bot = spawn(process.execPath, ['--no-deprecation', path.join(root, 'dist', 'src', 'server.js')], {
      env: { PATH: process.env['PATH'], PORT: String(port), HOST: '127.0.0.1', REDIS_URL: await freshRedisUrl(), SMTP_URL: smtpUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_MESSAGES: '1000/60', MAIL_RETRY_BASE_MS: '100', MAIL_RETRY_MAX_MS: '400' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const samples: { rssMb: number; heapMb: number; lagP99Ms: number; lagMaxMs: number }[] = [];
    let sampler: NodeJS.Timeout | undefined;
    try {
      for (let i = 0; i < 200 && !(await fetch(`${botUrl}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
      const sample = async (): Promise<void> => {
        const text = await fetch(`${botUrl}/metrics`).then((r) => r.text(), () => '');
        const metric = (name: string): number => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);
        samples.push({ rssMb: Math.round(metric('process_resident_memory_bytes') / 1048576), heapMb: Math.round(metric('nodejs_heap_size_used_bytes') / 1048576), lagP99Ms: metric('nodejs_eventloop_lag_p99_seconds') * 1000, lagMaxMs: metric('nodejs_eventloop_lag_max_seconds') * 1000 });
      };
      await sample();
      sampler = setInterval(() => void sample(), 5000);
      const refs: string[] = [];
      const end = Date.now() + SOAK_SECONDS * 1000;
      let i = 0;
      // Four residents at a time, each finishing a comment, one in ten disclosing danger.
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (Date.now() < end) {
            const n = i++;
            const conv = new TestConversation(botUrl, connector);
            if (n % 10 === 0) {
              await conv.join();
              const ref = REFERENCE.exec(textOf(await conv.say(`my ex is at the door and says he will kill me (${n})`)))?.[0];
              if (ref) refs.push(ref);
            } else {
              const ref = await comment(conv, `Soak ${n}: the bus shelter on King Street is broken.`);
              if (ref) refs.push(ref);
            }
          }
        }),
      );
      clearInterval(sampler);
      await sample();
      await settle({ smtp }, refs, 120_000);
      const m = mailed({ smtp }, refs);
      const rss = samples.map((s) => s.rssMb);
      const heap = samples.map((s) => s.heapMb);
      const note = `bot process alone: RSS ${rss[0] ?? '?'} → ${rss.at(-1) ?? '?'} MB (max ${Math.max(...rss)}), heap ${heap[0] ?? '?'} → ${heap.at(-1) ?? '?'} MB; event-loop lag p99 max ${Math.max(...samples.map((s) => s.lagP99Ms)).toFixed(0)} ms, max ${Math.max(...samples.map((s) => s.lagMaxMs)).toFixed(0)} ms; ${samples.length} samples`;
      rows.push({ fault: `soak, ${SOAK_SECONDS} s, 4 residents at a time`, shown: refs.length, emailed: m.emailed, lost: m.lost.length, duplicated: m.duplicated, note, samples });
      expect(refs.length).toBeGreaterThan(0);
      expect(m.lost).toEqual([]);
      expect(m.duplicated).toBe(0);
    } finally {
      clearInterval(sampler);
      bot.kill('SIGTERM');
      await new Promise((r) => bot.once('exit', r));
      await connector.stop();
      await smtp.stop();
    }
  });
});
