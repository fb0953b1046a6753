/**
 * Benchmark (not a test): eight 1 MB messages posted at once to /api/messages, and what that
 * does to everyone else. The bot runs in a process of its own (as in production), so what the
 * load generator does here never counts against it: its event-loop lag is read from its own
 * /metrics (the maximum since the last scrape), /healthz is timed from outside, and RSS read
 * from /metrics too. Real Redis, SMTP server and HTTP.
 *
 *   npm run bench:huge                     (defaults: 5 rounds of 8 posts of 1 MB)
 *   npm run bench:huge -- 5 250000         (8 posts of 250 KB: the largest that is taken)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PrivateRedis } from '../src/services/private-redis';
import { ConnectorStandIn, TestConversation } from '../test/support/channel';
import { SmtpSink } from '../test/support/smtp-sink';
import { freePort } from '../test/support/free-port';

const metric = (text: string, name: string): number => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 5);
  // The size of each post, in characters (default a million; the largest a channel can send is 256 KB).
  const size = Number(process.argv[3] ?? 1_000_000);
  const redis = await PrivateRedis.start();
  const smtp = new SmtpSink();
  const connector = new ConnectorStandIn();
  const smtpUrl = await smtp.start();
  await connector.start();
  const port = await freePort();
  const bot = spawn(process.execPath, ['--no-deprecation', path.join(__dirname, '..', 'src', 'server.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: redis.url, SMTP_URL: smtpUrl, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  const botUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${botUrl}/healthz`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // A million characters of ordinary words, with a disclosure at the very end.
  const filler = 'I want to say something about the traffic on the main road near the school. ';
  const huge = `${filler.repeat(Math.max(1, Math.floor(size / filler.length)))}he is outside with a knife right now`;
  const body = (c: TestConversation) => JSON.stringify(c.activity({ text: huge }));

  // Warm-up: eight ordinary messages, so the figures are a running bot's, not its first turn's.
  const warm = Array.from({ length: 8 }, () => new TestConversation(botUrl, connector));
  await Promise.all(warm.map(async (c) => {
    await c.join();
    await c.say('I would like to make a comment about the traffic near the school');
  }));

  const health: number[] = [];
  const lags: number[] = [];
  let peakRss = 0;
  for (let r = 0; r < rounds; r++) {
    const convs = Array.from({ length: 8 }, () => new TestConversation(botUrl, connector));
    await Promise.all(convs.map((c) => c.join()));
    const bodies = convs.map(body); // made before the clock starts
    await fetch(`${botUrl}/metrics`).then((x) => x.text()); // resets the lag's maximum
    let going = true;
    const probe = (async () => {
      while (going) {
        const t0 = performance.now();
        await (await fetch(`${botUrl}/healthz`)).text();
        health.push(performance.now() - t0);
        await new Promise((res) => setTimeout(res, 10));
      }
    })();
    const statuses = await Promise.all(bodies.map((b) => fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b }).then((x) => x.status)));
    going = false;
    await probe;
    const m = await fetch(`${botUrl}/metrics`).then((x) => x.text());
    const lag = metric(m, 'nodejs_eventloop_lag_max_seconds') * 1000;
    lags.push(lag);
    peakRss = Math.max(peakRss, metric(m, 'process_resident_memory_bytes'));
    console.log(`round ${r + 1}: HTTP ${[...new Set(statuses)].join(',')}; the bot's event-loop lag, max: ${lag.toFixed(1)} ms`);
  }
  const sorted = [...health].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| event-loop lag, max per round (ms) | ${lags.map((l) => l.toFixed(0)).join(', ')} |`);
  console.log(`| /healthz during the posts (ms), n ${sorted.length} | median ${pct(0.5).toFixed(1)}, p99 ${pct(0.99).toFixed(1)}, max ${(sorted.at(-1) ?? NaN).toFixed(1)} |`);
  console.log(`| the bot's peak RSS | ${(peakRss / 1024 / 1024).toFixed(0)} MB |`);
  bot.kill('SIGTERM');
  await new Promise((r) => bot.once('exit', r));
  await smtp.stop();
  await connector.stop();
  await redis.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
