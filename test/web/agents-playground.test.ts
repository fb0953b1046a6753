import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import { launchChromium } from '../support/chromium';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';
import { freePort } from '../support/free-port';

// Microsoft's own Teams emulator, Microsoft 365 Agents Playground (channel msteams, Adaptive Cards,
// its own mock connector and team roster), driven in Chromium as a member of staff would use it.
// Its default mock tenant, team ("My Team", channel General) and signed-in user (Alex Wilber).
const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
const CLI = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

let stack: TestStack;
let playground: ChildProcess;
let playgroundUrl = '';
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ STAFF_TENANT_ID: PLAYGROUND_TENANT, URGENT_ACK_DEADLINE_S: '600' });
  const port = await freePort();
  playgroundUrl = `http://localhost:${port}`;
  // Its own working folder: no configuration file of anyone's, so its built-in mock data is used.
  playground = spawn(process.execPath, [CLI, '-e', `${stack.botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], {
    cwd: mkdtempSync(path.join(tmpdir(), 'pcc-playground-')),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Agents Playground did not start within 30 s')), 30_000);
    playground.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    playground.once('exit', (code) => reject(new Error(`Agents Playground exited with ${code}`)));
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  playground?.kill();
  await stack?.close();
});

async function cardOf(page: Page, reference: string) {
  // The Adaptive Card that carries this reference in its heading.
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: reference }).last();
  await card.waitFor({ timeout: 15_000 });
  return card;
}

describe('the staff desk in Microsoft 365 Agents Playground', () => {
  it('registers its team channel, shows a new case there as a card, and a member of staff claims it in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(playgroundUrl);
    // Opening the team's channel is the bot being added to the team: it registers it as the staff channel.
    await page.getByText('General', { exact: true }).click();
    await page.getByText('This channel is now the staff channel').first().waitFor({ timeout: 15_000 });

    const resident = stack.conversation();
    await resident.join();
    for (const a of ["Comment on the commissioner's work", 'Safer roads', 'Please put a crossing warden outside the school on Ribbleton Lane.', "No, I'll stay anonymous"]) await resident.say(a);
    const reference = REFERENCE.exec(textOf(await resident.say('Yes, send it')))?.[0] ?? '';
    expect(reference).not.toBe('');

    const card = await cardOf(page, reference);
    await expect.poll(() => card.innerText()).toContain('Open: nobody holds it yet');
    expect(await card.innerText()).toContain('crossing warden outside the school');
    await page.screenshot({ path: path.join(tmpdir(), 'playground-case-card.png') });

    await card.getByRole('button', { name: 'Claim' }).click();
    // The invoke's answer replaces the card in place: the person who claimed it holds it.
    await expect.poll(async () => (await cardOf(page, reference)).innerText(), { timeout: 15_000 }).toContain('you hold this case');
    expect(await (await cardOf(page, reference)).getByRole('button', { name: 'Claim' }).count()).toBe(0);
    await page.screenshot({ path: path.join(tmpdir(), 'playground-case-claimed.png') });

    const redis = new Redis(stack.redisUrl);
    try {
      const record = JSON.parse((await redis.get(`pcc:case:${reference}`)) ?? '{}') as { events?: { action: string; by?: { name: string } }[] };
      expect(record.events?.map((e) => [e.action, e.by?.name])).toEqual([['claimed', 'Alex Wilber']]);
    } finally {
      redis.disconnect();
    }
  }, 90_000);
});
