/**
 * Benchmark (not a test): time from a disclosure reaching POST /api/messages
 * to the urgent e-mail being accepted by the SMTP server, to the urgent card
 * reaching the staff's Teams channel (a stand-in connector), and the time
 * until the resident's reply (the HTTP turn) completes. Real Redis, real SMTP
 * server, real HTTP, the whole app in this process.
 *
 *   npm run bench:urgent            (defaults: 150 sequential, then 15 rounds of 10 at once)
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { PrivateRedis } from '../src/services/private-redis';
import { ConnectorStandIn, REFERENCE, TestConversation, textOf } from '../test/support/channel';
import { SmtpSink } from '../test/support/smtp-sink';

const DISCLOSURES = [
  "he's at my door right now and he's got a knife",
  'my husband hits me and I am scared to go home tonight',
  'someone is breaking into my house right now',
  'my ex keeps following me home from work and turned up at my mum’s',
  "I'm going to kill myself tonight",
];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
}

function row(name: string, values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  return `| ${name} | ${s.length} | ${pct(s, 0.5).toFixed(1)} | ${pct(s, 0.95).toFixed(1)} | ${pct(s, 0.99).toFixed(1)} | ${(s.at(-1) ?? NaN).toFixed(1)} |`;
}

async function main(): Promise<void> {
  const sequential = Number(process.argv[2] ?? 150);
  const rounds = Number(process.argv[3] ?? 15);
  const redis = await PrivateRedis.start();
  const smtp = new SmtpSink();
  const connector = new ConnectorStandIn();
  const smtpUrl = await smtp.start();
  await connector.start();
  const staff = '19:bench-staff@thread.tacv2';
  const cardAt = new Map<string, number>();
  connector.onPost = (conversation, activity) => {
    if (conversation !== staff) return;
    const reference = REFERENCE.exec(JSON.stringify(activity.attachments ?? []))?.[0];
    if (reference && !cardAt.has(reference)) cardAt.set(reference, performance.now());
  };
  const app = createApp(
    loadConfig({ NODE_ENV: 'test', REDIS_URL: redis.url, SMTP_URL: smtpUrl, LOG_LEVEL: 'silent', STAFF_TEAMS_SERVICE_URL: connector.url, STAFF_TEAMS_CONVERSATION_ID: staff }),
  );
  await app.start();
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const toMail: number[] = [];
  const toCard: number[] = [];
  const toReply: number[] = [];
  const once = async (i: number): Promise<void> => {
    const conv = new TestConversation(botUrl, connector);
    await conv.join();
    const t0 = performance.now();
    const acts = await conv.say(DISCLOSURES[i % DISCLOSURES.length] ?? '');
    const replied = performance.now();
    const reference = REFERENCE.exec(textOf(acts))?.[0];
    if (!reference) throw new Error('no reference in the reply');
    const mail = await smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true, 10_000);
    for (let waited = 0; !cardAt.has(reference) && waited < 10_000; waited += 2) await new Promise((r) => setTimeout(r, 2));
    const card = cardAt.get(reference);
    if (card === undefined) throw new Error(`no staff card for ${reference} within 10 s`);
    toReply.push(replied - t0);
    toMail.push(mail.at - performance.timeOrigin - t0);
    toCard.push(card - t0);
  };

  for (let i = 0; i < 10; i++) await once(i); // warm-up
  toMail.length = 0;
  toCard.length = 0;
  toReply.length = 0;
  for (let i = 0; i < sequential; i++) await once(i);
  const seqMail = [...toMail];
  const seqCard = [...toCard];
  const seqReply = [...toReply];
  toMail.length = 0;
  toCard.length = 0;
  toReply.length = 0;
  for (let r = 0; r < rounds; r++) await Promise.all(Array.from({ length: 10 }, (_, i) => once(r * 10 + i)));

  console.log('| measure (ms) | n | median | p95 | p99 | max |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(row('disclosure → urgent e-mail accepted (one at a time)', seqMail));
  console.log(row('disclosure → staff card posted (one at a time)', seqCard));
  console.log(row('disclosure → reply with 999 sent (one at a time)', seqReply));
  console.log(row('disclosure → urgent e-mail accepted (10 at once)', toMail));
  console.log(row('disclosure → staff card posted (10 at once)', toCard));
  console.log(row('disclosure → reply with 999 sent (10 at once)', toReply));

  app.server.server.closeAllConnections();
  await new Promise<void>((resolve) => app.server.close(() => resolve()));
  await app.close();
  await smtp.stop();
  await connector.stop();
  await redis.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
