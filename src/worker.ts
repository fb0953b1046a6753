import path from 'node:path';
import { createWorkers } from './app';
import { loadConfigOrExit } from './config';
import { bridgeConsole } from './services/console-bridge';

/**
 * A queue worker process on its own, for running the web process with
 * WORKERS=none and scaling workers apart. Reads the same environment as server.ts.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  if (!config.redis) {
    process.stderr.write('REDIS_URL (or REDIS_CLUSTER_NODES, or REDIS_SENTINELS): required for a separate worker process (it must share Redis with the web process)\n');
    process.exit(2);
  }
  const workers = createWorkers(config);
  bridgeConsole(workers.log);
  workers.start();
  workers.log.info({ outbox: config.smtpUrl ? undefined : path.resolve(config.outboxDir) }, 'queue workers started');
  const stop = async (): Promise<void> => {
    await workers.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`worker start-up failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
