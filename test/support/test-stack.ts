import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import type { App, AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Config } from '../../src/config';
import { ConnectorStandIn, TestConversation } from './channel';
import { freshRedisUrl } from './redis-db';
import { SmtpSink } from './smtp-sink';

export interface TestStack {
  /** The app now running (a new one after `restart`). */
  readonly app: App;
  readonly config: Config;
  readonly smtp: SmtpSink;
  readonly connector: ConnectorStandIn;
  readonly botUrl: string;
  readonly redisUrl: string;
  conversation(channelId?: string, locale?: string): TestConversation;
  /** Stops the app as a deploy would and starts a new one on the same Redis, SMTP server and port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The real app on a real port, with a real Redis, a real SMTP server and a stand-in channel. */
export async function startStack(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestStack> {
  const smtp = new SmtpSink();
  const smtpUrl = await smtp.start();
  const connector = new ConnectorStandIn();
  await connector.start();
  const redisUrl = await freshRedisUrl();
  // A data folder of its own, so a developer's local urgent journal never leaks into a test.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pcc-test-data-'));
  const config = loadConfig({ NODE_ENV: 'test', REDIS_URL: redisUrl, SMTP_URL: smtpUrl, DATA_DIR: dataDir, MAIL_RETRY_BASE_MS: '100', MAIL_RETRY_MAX_MS: '400', ...env });
  let app = createApp(config, overrides);
  await app.start();
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const port = (app.server.address() as AddressInfo).port;
  const botUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.close();
    app.server.server.closeAllConnections();
    await closed;
  };
  return {
    get app() {
      return app;
    },
    config,
    smtp,
    connector,
    botUrl,
    redisUrl,
    conversation: (channelId = 'webchat', locale = 'en-GB') => new TestConversation(botUrl, connector, channelId, locale),
    async restart() {
      await stop();
      app = createApp(config, overrides);
      await app.start();
      await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      // As server.ts stops: no new connections, then the app (which ends its Direct Line streams), then the rest.
      await stop();
      await connector.stop();
      await smtp.stop();
    },
  };
}
