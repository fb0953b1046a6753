import path from 'node:path';
import { createApp } from './app';
import { loadConfigOrExit } from './config';
import type { Config } from './config';
import { bridgeConsole } from './services/console-bridge';
import { PrivateRedis, RedisNotInstalledError } from './services/private-redis';

/** The only place that reads process.env: configure, start, listen, and drain on SIGTERM. */
async function main(): Promise<void> {
  let config: Config = loadConfigOrExit(process.env);

  let privateRedis: PrivateRedis | null = null;
  if (!config.redis) {
    try {
      privateRedis = await PrivateRedis.start({ dir: path.join(config.dataDir, 'redis') });
    } catch (err) {
      if (err instanceof RedisNotInstalledError) {
        process.stderr.write(`${err.message}\n`);
        process.exit(2);
      }
      throw err;
    }
    config = { ...config, redis: { kind: 'single', url: privateRedis.url } };
  }

  const app = createApp(config);
  const log = app.log;
  bridgeConsole(log);
  if (privateRedis) log.info({ redis: privateRedis.url, data: path.join(config.dataDir, 'redis') }, 'development: started a private redis-server');
  if (!config.smtpUrl) log.info({ outbox: config.outboxDir }, `development: e-mails are written as .eml files to ${config.outboxDir}`);
  if (!config.botAuth) log.warn('development: Bot Framework authentication is OFF (no MicrosoftAppId); never run like this in production');
  await app.start();
  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, office: config.office.id, mail: app.mailer.description }, `listening: open http://localhost:${port}/ to chat`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining: no new turns, finishing in-flight jobs');
    const hardStop = setTimeout(() => process.exit(1), 30_000);
    hardStop.unref();
    const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
    app.server.server.closeIdleConnections();
    await app.close();
    app.server.server.closeAllConnections();
    await closed;
    if (privateRedis) await privateRedis.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
