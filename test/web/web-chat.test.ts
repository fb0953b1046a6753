import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { loadOfficeProfile } from '../../src/config';
import { registerWebChat } from '../../src/http/web/web-chat';
import { launchChromium } from '../support/chromium';
import { REFERENCE } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

const root = path.join(__dirname, '..', '..');
const SCREENSHOT = path.join(root, 'test-results', 'web-chat.png');

/** A stand-in for the neutral site the quick exit leaves for; it remembers who asked and with what Referer. */
class NeutralSite {
  readonly visits: { url: string; referer: string | undefined }[] = [];
  private readonly server = http.createServer((req, res) => {
    this.visits.push({ url: req.url ?? '', referer: req.headers.referer });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>');
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/weather`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const neutral = new NeutralSite();
let stack: TestStack;
let profileDir: string;

beforeAll(async () => {
  await neutral.start();
  // The office's own profile, but leaving for a local neutral page instead of the real one.
  profileDir = mkdtempSync(path.join(os.tmpdir(), 'pcc-web-profile-'));
  const profile = JSON.parse(readFileSync(path.join(root, 'offices', 'lancashire.json'), 'utf8')) as { web: { quickExitUrl: string } };
  profile.web.quickExitUrl = neutral.url;
  writeFileSync(path.join(profileDir, 'lancashire.json'), JSON.stringify(profile));
  stack = await startStack({ OFFICE_PROFILE_DIR: profileDir });
});

afterAll(async () => {
  await stack?.close();
  await neutral.stop();
});

interface DirectLineSession {
  readonly token: string;
  readonly userID: string;
  readonly domain: string;
}

interface WireActivity {
  readonly id?: string;
  readonly type: string;
  readonly text?: string;
  readonly from?: { id: string; role?: string };
  readonly suggestedActions?: { actions: { title: string }[] };
  readonly channelData?: Record<string, unknown>;
}

interface ActivitySet {
  readonly activities: WireActivity[];
  readonly watermark: string;
}

async function session(): Promise<DirectLineSession> {
  const res = await fetch(`${stack.botUrl}/api/directline/token`, { method: 'POST' });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as DirectLineSession;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

async function poll(domain: string, conversationId: string, token: string, watermark: string, until: (set: ActivitySet) => boolean): Promise<ActivitySet> {
  const end = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`${domain}/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth(token) });
    expect(res.status).toBe(200);
    const set = (await res.json()) as ActivitySet;
    if (until(set)) return set;
    if (Date.now() > end) throw new Error(`no matching activities within 10 s: ${JSON.stringify(set)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const texts = (set: ActivitySet): string => set.activities.map((a) => a.text ?? '').join('\n');

describe('the page over HTTP', () => {
  it('is branded from the office profile, says 999, links the privacy notice and loads nothing from elsewhere', async () => {
    const res = await fetch(`${stack.botUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const office = stack.config.office;
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(`<title>${office.web.title}</title>`);
    expect(office.web.title).not.toMatch(/abuse|police|danger|crime|victim/i);
    expect(html).toContain(office.name);
    expect(html).toMatch(/not an emergency service[^<]*999/);
    expect(html).toContain(`href="${office.links.privacy}"`);
    expect(html).toContain('Leave this site');
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/assets/webchat.js', '/assets/chat.js']);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(sources.filter((s) => /^(?:https?:)?\/\//.test(s))).toEqual([office.web.quickExitUrl, office.links.privacy]);
  });

  it('sends the security headers on the page, its assets and the API', async () => {
    const page = await fetch(`${stack.botUrl}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')?.some((s) => s.startsWith("'nonce-"))).toBe(true);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('connect-src')).toEqual(["'self'", stack.botUrl.replace(/^http/, 'ws')]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    // A fresh nonce on every response.
    const again = await fetch(`${stack.botUrl}/`);
    expect(again.headers.get('content-security-policy')).not.toBe(csp);

    for (const url of ['/', '/assets/webchat.js', '/assets/chat.js', '/assets/chat.css']) {
      const res = url === '/' ? page : await fetch(`${stack.botUrl}${url}`);
      expect([url, res.status]).toEqual([url, 200]);
      expect([url, res.headers.get('cache-control')]).toEqual([url, 'no-store']);
      expect([url, res.headers.get('referrer-policy')]).toEqual([url, 'no-referrer']);
      expect([url, res.headers.get('x-content-type-options')]).toEqual([url, 'nosniff']);
      expect([url, res.headers.get('content-security-policy')]).toEqual([url, expect.stringContaining("default-src 'none'")]);
      await res.arrayBuffer();
    }
    const bundle = await fetch(`${stack.botUrl}/assets/webchat.js`);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await bundle.text()).toMatch(/renderWebChat/);

    const s = await session();
    const conv = await fetch(`${s.domain}/conversations`, { method: 'POST', headers: auth(s.token), body: '{}' });
    expect(conv.headers.get('cache-control')).toBe('no-store');
    expect(conv.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe("the bot's own Direct Line, over plain HTTP", () => {
  it('creates a conversation, greets, takes an activity and answers a poll after the watermark', async () => {
    const s = await session();
    expect(s.domain).toBe(`${stack.botUrl}/v3/directline`);
    const res = await fetch(`${s.domain}/conversations`, { method: 'POST', headers: auth(s.token), body: JSON.stringify({ locale: 'en-GB' }) });
    expect(res.status).toBe(201);
    const conv = (await res.json()) as { conversationId: string; token: string; expires_in: number; streamUrl: string };
    expect(conv.token).toBe(s.token);
    expect(conv.expires_in).toBeGreaterThan(60);
    expect(conv.streamUrl).toMatch(new RegExp(`^${stack.botUrl.replace(/^http/, 'ws')}/v3/directline/conversations/${conv.conversationId}/stream\\?`));

    const greeting = await poll(s.domain, conv.conversationId, s.token, '', (set) => /999/.test(texts(set)));
    expect(texts(greeting)).toMatch(/not an emergency service/i);
    const greet = greeting.activities.find((a) => a.suggestedActions);
    expect(greet?.suggestedActions?.actions.map((a) => a.title)).toEqual(["Comment on the commissioner's work", 'Make a complaint', 'Get support as a victim', 'Something else', 'Cymraeg']);
    expect(greet?.from?.role).toBe('bot');
    expect(JSON.stringify(greeting)).not.toContain('directline-connector');

    const posted = await fetch(`${s.domain}/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: auth(s.token),
      // A client cannot speak as the bot: from is always the resident.
      body: JSON.stringify({ type: 'message', text: "Comment on the commissioner's work", from: { id: 'pcc-bot', role: 'bot' }, channelData: { clientActivityID: 'c-1' } }),
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    expect(id).toMatch(new RegExp(`^${conv.conversationId}\\|`));

    const next = await poll(s.domain, conv.conversationId, s.token, greeting.watermark, (set) => /which part/i.test(texts(set)));
    expect(next.activities[0]).toMatchObject({ id, text: "Comment on the commissioner's work", from: { id: s.userID, role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(next.activities.some((a) => a.text === texts(greeting))).toBe(false);
    expect(Number(next.watermark)).toBeGreaterThan(Number(greeting.watermark));
  });

  it('streams the same activities over the WebSocket in streamUrl', async () => {
    const s = await session();
    const conv = (await (await fetch(`${s.domain}/conversations`, { method: 'POST', headers: auth(s.token), body: '{}' })).json()) as { conversationId: string; streamUrl: string };
    const ws = new WebSocket(conv.streamUrl);
    const received: WireActivity[] = [];
    const watermarks: string[] = [];
    ws.on('message', (data: Buffer) => {
      const set = JSON.parse(data.toString('utf8')) as ActivitySet;
      received.push(...set.activities);
      watermarks.push(set.watermark);
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await expect.poll(() => received.map((a) => a.text ?? '').join('\n'), { timeout: 10_000 }).toMatch(/999/);
    await fetch(`${s.domain}/conversations/${conv.conversationId}/activities`, { method: 'POST', headers: auth(s.token), body: JSON.stringify({ type: 'message', text: 'Something else' }) });
    await expect.poll(() => received.filter((a) => a.from?.role === 'user').map((a) => a.text), { timeout: 10_000 }).toEqual(['Something else']);
    await expect.poll(() => received.filter((a) => a.from?.role === 'bot').length, { timeout: 10_000 }).toBeGreaterThan(1);
    expect(watermarks.map(Number)).toEqual([...watermarks.map(Number)].sort((a, b) => a - b));
    ws.close();

    // The stream key is part of streamUrl; without it there is no stream.
    const bad = new WebSocket(conv.streamUrl.replace(/t=[^&]+/, 't=wrong'));
    const refused = await new Promise<boolean>((resolve) => {
      bad.once('open', () => resolve(false));
      bad.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('checks the token on every route and refreshes it', async () => {
    const a = await session();
    const b = await session();
    const convA = (await (await fetch(`${a.domain}/conversations`, { method: 'POST', headers: auth(a.token), body: '{}' })).json()) as { conversationId: string };
    const routes = [
      { method: 'GET', url: `${a.domain}/conversations/${convA.conversationId}/activities?watermark=0` },
      { method: 'GET', url: `${a.domain}/conversations/${convA.conversationId}?watermark=0` },
      { method: 'POST', url: `${a.domain}/conversations/${convA.conversationId}/activities`, body: JSON.stringify({ type: 'message', text: 'hello' }) },
    ];
    for (const r of routes) {
      for (const token of ['nonsense', b.token]) {
        const res = await fetch(r.url, { method: r.method, headers: auth(token), ...(r.body ? { body: r.body } : {}) });
        expect([r.method, r.url, res.status]).toEqual([r.method, r.url, 403]);
      }
      const none = await fetch(r.url, { method: r.method, ...(r.body ? { body: r.body, headers: { 'content-type': 'application/json' } } : {}) });
      expect(none.status).toBe(403);
    }
    const refreshed = await fetch(`${a.domain}/tokens/refresh`, { method: 'POST', headers: auth(a.token) });
    expect(refreshed.status).toBe(200);
    const fresh = (await refreshed.json()) as { token: string; conversationId: string };
    expect(fresh.conversationId).toBe(convA.conversationId);
    expect(fresh.token).not.toBe(a.token);
    const withFresh = await fetch(`${a.domain}/conversations/${convA.conversationId}/activities?watermark=0`, { headers: auth(fresh.token) });
    expect(withFresh.status).toBe(200);
    // Nobody but the bot can post into a conversation through the connector routes.
    const forged = await fetch(`${stack.botUrl}/directline-connector/guess/v3/conversations/${convA.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Please send your bank details' }),
    });
    expect(forged.status).toBe(404);
    const after = (await (await fetch(`${a.domain}/conversations/${convA.conversationId}/activities?watermark=0`, { headers: auth(fresh.token) })).json()) as ActivitySet;
    expect(texts(after)).not.toContain('bank details');
  });

  it('refuses files', async () => {
    const s = await session();
    const conv = (await (await fetch(`${s.domain}/conversations`, { method: 'POST', headers: auth(s.token), body: '{}' })).json()) as { conversationId: string };
    const res = await fetch(`${s.domain}/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: auth(s.token),
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://example.org/x.png' }] }),
    });
    expect(res.status).toBe(400);
  });
});

describe('production: a Direct Line secret', () => {
  const SECRET = 'test-direct-line-secret-0123456789';
  const seen: { url: string; authorization: string | undefined; body: string }[] = [];
  let azureStandIn: http.Server;
  let azureUrl = '';
  let server: restify.Server;
  let url = '';
  let azureFails = false;

  beforeAll(async () => {
    azureStandIn = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8') });
        if (azureFails) {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'Forbidden', message: `bad secret ${SECRET}` } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'token-from-azure', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => azureStandIn.listen(0, '127.0.0.1', resolve));
    azureUrl = `http://127.0.0.1:${(azureStandIn.address() as AddressInfo).port}`;

    server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    registerWebChat(server, {
      profile: loadOfficeProfile('lancashire', path.join(root, 'offices')),
      directLineSecret: SECRET,
      publicUrl: null,
      directLineUrl: azureUrl,
      processActivity: () => Promise.reject(new Error('production talks to Azure, not to the bot directly')),
      log: pino({ level: 'silent' }),
      clientAddress: () => '127.0.0.1',
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    azureStandIn.closeAllConnections();
    await new Promise<void>((resolve) => azureStandIn.close(() => resolve()));
  });

  it('exchanges the secret server-side and gives the page only a token for Direct Line', async () => {
    const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as DirectLineSession;
    expect(body.token).toBe('token-from-azure');
    expect(body.domain).toBe(`${azureUrl}/v3/directline`);
    expect(seen.at(-1)).toMatchObject({ url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect(JSON.parse(seen.at(-1)?.body ?? '{}')).toEqual({ user: { id: body.userID } });
    expect(body.userID).toMatch(/^dl_/);
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });

  it('never puts the secret in the page, and lets the page reach Direct Line only', async () => {
    const res = await fetch(`${url}/`);
    const html = await res.text();
    expect(html).not.toContain(SECRET);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`connect-src 'self' ws://127\\.0\\.0\\.1:\\d+ ${azureUrl} ${azureUrl.replace(/^http/, 'ws')}`));
    for (const asset of ['/assets/chat.js', '/assets/chat.css']) expect(await (await fetch(`${url}${asset}`)).text()).not.toContain(SECRET);
    // The bot's own Direct Line is for development and self-hosting only.
    expect((await fetch(`${url}/v3/directline/conversations`, { method: 'POST' })).status).toBeGreaterThanOrEqual(404);
  });

  it('answers 502 without the secret when Direct Line refuses', async () => {
    azureFails = true;
    try {
      const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      expect(await res.text()).not.toContain(SECRET);
    } finally {
      azureFails = false;
    }
  });
});

describe('in a real browser (Chromium)', () => {
  let browser: Browser | null = null;
  let launchError: unknown = null;
  const problems: string[] = [];

  beforeAll(async () => {
    try {
      browser = await launchChromium();
    } catch (err) {
      // Each test fails with the reason (apt-get install -y chromium), rather than being skipped.
      launchError = err;
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh context: no storage shared with any other test. */
  async function freshContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    if (!browser) throw launchError instanceof Error ? launchError : new Error('no browser');
    return browser.newContext({ viewport: { width: 1024, height: 1100 }, ...options });
  }

  /** The page in a fresh context, reporting CSP violations and script errors. */
  async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await freshContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${stack.botUrl}/`);
    return { context, page };
  }

  const transcript = (page: Page) => page.locator('.webchat__basic-transcript__scrollable');
  const choice = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name, exact: true });
  const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');

  async function waitForGreeting(page: Page): Promise<void> {
    await expect.poll(() => transcript(page).innerText(), { timeout: 15_000 }).toMatch(/999/);
    await choice(page, "Comment on the commissioner's work").waitFor();
  }

  it('shows the greeting with 999 and the buttons, with no CSP violation or script error', async () => {
    problems.length = 0;
    const { context, page } = await open();
    await waitForGreeting(page);
    expect(await transcript(page).innerText()).toMatch(/not an emergency service/i);
    for (const b of ['Make a complaint', 'Get support as a victim', 'Something else']) await expect(choice(page, b).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Leave this site' }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('takes a comment from buttons and typing to a reference, keeps nothing in the browser, and the office gets the e-mail', async () => {
    problems.length = 0;
    const { context, page } = await open();
    await waitForGreeting(page);
    await choice(page, "Comment on the commissioner's work").click();
    await choice(page, 'Safer roads').waitFor();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    await choice(page, 'Safer roads').click();
    await expect.poll(() => transcript(page).innerText()).toMatch(/what would you like to tell the commissioner/i);
    await sendBox(page).fill('Please keep the speed cameras near the primary school in Garstang.');
    await sendBox(page).press('Enter');
    await choice(page, "No, I'll stay anonymous").click();
    await expect.poll(() => transcript(page).innerText()).toContain('Garstang');
    await choice(page, 'Yes, send it').click();
    await expect.poll(() => transcript(page).innerText()).toMatch(REFERENCE);
    const reference = REFERENCE.exec(await transcript(page).innerText())?.[0] ?? '';
    expect(reference).toMatch(/^LAN-\d{4}-\d{6}$/);

    const mail = await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    expect(mail.to).toEqual([stack.config.office.mailboxes.comment]);
    expect(jsonRecord(mail)).toMatchObject({ reference, kind: 'comment', channel: 'webchat', contact: null, details: expect.stringContaining('Garstang') });

    // Nothing of it stays in the browser, and the tab's title gives nothing away.
    expect(await page.title()).toBe(stack.config.office.web.title);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0, caches: 0, workers: 0 });
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it("shows what the resident typed as typed: their Markdown never becomes a link or an image", async () => {
    problems.length = 0;
    const { context, page } = await open();
    await waitForGreeting(page);
    await choice(page, "Comment on the commissioner's work").click();
    await choice(page, 'Safer roads').click();
    await expect.poll(() => transcript(page).innerText()).toMatch(/what would you like to tell the commissioner/i);
    const typed = 'See [my petition](https://evil.example/login) ![](https://evil.example/pixel.png) and www.evil.example **please**';
    await sendBox(page).fill(typed);
    await sendBox(page).press('Enter');
    await choice(page, "No, I'll stay anonymous").click();
    // The summary quotes it back.
    await expect.poll(() => transcript(page).innerText()).toContain('Here is your comment');
    const bot = transcript(page).locator('[class*="from-bot"], .webchat__bubble:not(.webchat__bubble--from-user)');
    expect(await bot.locator('a[href*="evil.example"]').count()).toBe(0);
    expect(await transcript(page).locator('img[src*="evil.example"]').count()).toBe(0);
    const text = (await transcript(page).innerText()).replace(/\u2060/g, '');
    expect(text).toContain('[my petition](https://evil.example/login)');
    expect(text).toContain('**please**');
    await context.close();
  }, 60_000);

  it('leaves for the neutral site with the button, and Back does not return to the chat', async () => {
    const { context, page } = await open();
    await waitForGreeting(page);
    const visitsBefore = neutral.visits.length;
    await page.getByRole('link', { name: 'Leave this site' }).click();
    await page.waitForURL(neutral.url);
    expect(await page.title()).toBe('Weather');
    // No Referer: the neutral site cannot tell where the resident came from.
    expect(neutral.visits.slice(visitsBefore).filter((v) => v.url === '/weather').map((v) => v.referer)).toEqual([undefined]);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(stack.botUrl);
    await context.close();
  }, 60_000);

  it('leaves for the neutral site on Escape, even while typing in the chat', async () => {
    const { context, page } = await open();
    await waitForGreeting(page);
    await sendBox(page).fill('I am writing something private');
    await sendBox(page).press('Escape');
    await page.waitForURL(neutral.url);
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(stack.botUrl);
    await context.close();
  }, 60_000);

  it('works from the keyboard alone: skip link to the chat, type, send; focus never hides behind the exit bar', async () => {
    // Short enough that the page scrolls under the sticky bar.
    const { context, page } = await open({ viewport: { width: 1024, height: 600 } });
    await waitForGreeting(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the chat');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('webchat-sendbox-input');
    await page.keyboard.type('Something else');
    await page.keyboard.press('Enter');
    await expect.poll(() => transcript(page).innerText()).toMatch(/Something else[\s\S]*\S/);

    // Scroll down so the sticky bar sits over the page, then walk the whole tab order backwards.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const hidden: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.closest('.exit-bar')) return null;
        const box = el.getBoundingClientRect();
        const points: [number, number][] = [
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + 2, box.top + 2],
          [box.right - 2, box.bottom - 2],
        ];
        // Entirely hidden (WCAG 2.4.11) when what shows at each of its points is the exit bar.
        const covered = points.every(([x, y]) => document.elementFromPoint(x, y)?.closest('.exit-bar'));
        return { name: `${el.tagName} ${el.className} ${el.textContent?.slice(0, 30)}`, covered };
      });
      if (r?.covered) hidden.push(r.name);
    }
    expect(hidden).toEqual([]);
    await context.close();
  }, 60_000);

  it('has no serious or critical axe-core violation, mid-conversation', async () => {
    const { context, page } = await open();
    await waitForGreeting(page);
    await choice(page, "Comment on the commissioner's work").click();
    await choice(page, 'Safer roads').waitFor();
    // Evaluated through DevTools, which the page's CSP does not apply to.
    await page.evaluate(readFileSync(createRequire(path.join(root, 'package.json')).resolve('axe-core'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  }, 60_000);

  it('reflows at 320 CSS px (400 % zoom) with targets of at least 24 px', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 256 }, reducedMotion: 'reduce' });
    await waitForGreeting(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.exit-button, .webchat__suggested-action, .webchat__send-button, button'))
        .filter((el) => el.offsetParent !== null && !el.closest('.webchat__live-region-transcript, [aria-hidden="true"]'))
        .map((el) => ({ el: `${el.className} ${el.textContent?.slice(0, 20)}`, w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height }))
        .filter((r) => r.w < 24 || r.h < 24),
    );
    expect(small).toEqual([]);
    // Each choice is readable in full, not cut off with an ellipsis.
    const cut = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.webchat__suggested-action__text')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    // prefers-reduced-motion: the page's own stylesheet stops transitions and animations.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.exit-button') as Element).transitionDuration)).toBe('1e-05s');
    await context.close();
  }, 60_000);

  it('says how else to reach the office, with 999, when the chat cannot start', async () => {
    const context = await freshContext();
    const page = await context.newPage();
    await page.route('**/api/directline/token', (route) => route.fulfill({ status: 502, body: '{}' }));
    await page.goto(`${stack.botUrl}/`);
    const status = page.locator('#chat-status');
    await expect.poll(() => status.innerText()).toMatch(/not working/);
    const text = await status.innerText();
    expect(text).toContain(stack.config.office.contact.phone);
    expect(text).toContain('999');
    await context.close();
  }, 60_000);
});
