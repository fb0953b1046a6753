/**
 * Benchmark (not a test): eight 1 MB messages posted at once to /api/messages, and what that
 * does to everyone else: the event loop's delay (sampled every 10 ms) and /healthz's latency
 * while they are taken, and the process's RSS. Real Redis, SMTP server and HTTP, in this process.
 *
 *   npm run bench:huge           (defaults: 5 rounds of 8 posts of 1 MB)
 */
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { PrivateRedis } from '../src/services/private-redis';
import { ConnectorStandIn, TestConversation } from '../test/support/channel';
import { SmtpSink } from '../test/support/smtp-sink';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 5);
  const redis = await PrivateRedis.start();
  const smtp = new SmtpSink();
  const connector = new ConnectorStandIn();
  const smtpUrl = await smtp.start();
  await connector.start();
  const app = createApp(loadConfig({ NODE_ENV: 'test', REDIS_URL: redis.url, SMTP_URL: smtpUrl, LOG_LEVEL: 'silent' }));
  await app.start();
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  // A million characters of ordinary words, with a disclosure at the very end.
  const huge = `${'I want to say something about the traffic on the main road near the school. '.repeat(13_000)}he is outside with a knife right now`;

  const lag = monitorEventLoopDelay({ resolution: 10 });
  const health: number[] = [];
  let peakRss = 0;
  for (let r = 0; r < rounds; r++) {
    const convs = Array.from({ length: 8 }, () => new TestConversation(botUrl, connector));
    await Promise.all(convs.map((c) => c.join()));
    lag.reset();
    lag.enable();
    let going = true;
    const probe = (async () => {
      while (going) {
        const t0 = performance.now();
        await (await fetch(`${botUrl}/healthz`)).text();
        health.push(performance.now() - t0);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        await new Promise((res) => setTimeout(res, 20));
      }
    })();
    const statuses = await Promise.all(convs.map((c) => c.post(c.activity({ text: huge }))));
    going = false;
    await probe;
    lag.disable();
    console.log(`round ${r + 1}: statuses ${[...new Set(statuses)].join(',')}; event-loop delay max ${(lag.max / 1e6).toFixed(1)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms`);
  }
  const sorted = [...health].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
  console.log(`| /healthz during the posts (ms) | n ${sorted.length} | median ${pct(0.5).toFixed(1)} | p99 ${pct(0.99).toFixed(1)} | max ${(sorted.at(-1) ?? NaN).toFixed(1)} |`);
  console.log(`| peak RSS | ${(peakRss / 1024 / 1024).toFixed(0)} MB |`);
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
