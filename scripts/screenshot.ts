/*
 * Refreshes docs/web-chat.png, the picture of the web page in the README:
 * the real service (with a throwaway redis-server and .eml outbox) and Debian's
 * headless Chromium, a resident pressing the first button of a conversation.
 *
 *   npm run screenshot
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { projectRoot } from '../src/project-root';
import { PrivateRedis } from '../src/services/private-redis';
import { launchChromium } from '../test/support/chromium';

async function main(): Promise<void> {
  const out = path.join(projectRoot(), 'docs', 'web-chat.png');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pcc-screenshot-'));
  const redis = await PrivateRedis.start();
  const config = loadConfig({ NODE_ENV: 'development', REDIS_URL: redis.url, DATA_DIR: tmp, OUTBOX_DIR: path.join(tmp, 'outbox'), LOG_LEVEL: 'silent' });
  const app = createApp(config);
  try {
    await app.start();
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 1120 } });
      page.setDefaultTimeout(20_000);
      await page.goto(url);
      const choice = (name: string) => page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name, exact: true });
      await choice("Comment on the commissioner's work").click();
      await choice('Safer roads').waitFor();
      // No hover highlight from the click, and Web Chat's scroll to the newest message has settled.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(1000);
      mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.close();
    await redis.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshot failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
