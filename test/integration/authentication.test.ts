import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeConsole } from '../../src/services/console-bridge';
import { OpenIdStandIn } from '../support/openid-stand-in';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// Authentication proven: the real SDK (CloudAdapter with credentials) checks channel tokens
// against OpenID metadata and signing keys published by a local stand-in, with tokens signed here.
const APP_ID = '5a1d7c3e-0000-4000-8000-00000000abcd';
const openId = new OpenIdStandIn();
let stack: TestStack;

beforeAll(async () => {
  const metadata = await openId.start();
  stack = await startStack({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', BOT_OPENID_METADATA_URL: metadata, LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await stack?.close();
  await openId.stop();
});

/** An activity that needs no reply (typing), so nothing has to reach Microsoft's sign-in service. */
function activity(channelId = 'webchat'): Record<string, unknown> {
  return { ...stack.conversation(channelId).activity({ type: 'typing' }), serviceUrl: stack.connector.url };
}

async function send(body: Record<string, unknown>, token: string | null): Promise<number> {
  const res = await fetch(`${stack.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
}

describe('a channel token', () => {
  it('is accepted when signed by a published key, for this bot, from the right issuer, for this serviceUrl', async () => {
    const a = activity();
    expect(await send(a, openId.token({ aud: APP_ID, serviceurl: a['serviceUrl'] }))).toBe(200);
  });

  it.each([
    ['for another bot (aud)', () => ({ claims: { aud: '11111111-0000-4000-8000-000000000000' } })],
    ['from another issuer (iss)', () => ({ claims: { iss: 'https://sts.example.com' } })],
    ['expired', () => ({ claims: {}, options: { expiresIn: -600 } })],
    ['signed with a key nobody published', () => ({ claims: {}, options: { key: openId.strangerKey } })],
    ['naming a key that does not exist', () => ({ claims: {}, options: { kid: 'no-such-key' } })],
    ['for another serviceUrl', () => ({ claims: { serviceurl: 'https://smba.trafficmanager.net/emea/' } })],
  ] as const)('is refused with 401 when it is %s', async (_why, make) => {
    const a = activity();
    const { claims, options } = make() as { claims: Record<string, unknown>; options?: Parameters<OpenIdStandIn['token']>[1] };
    expect(await send(a, openId.token({ aud: APP_ID, serviceurl: a['serviceUrl'], ...claims }, options))).toBe(401);
  });

  it('is refused with 401 when its key is not endorsed for the activity’s channel, and taken where it is', async () => {
    const signed = { key: openId.webchatOnly.privateKey, kid: openId.webchatOnly.kid };
    const teams = activity('msteams');
    expect(await send(teams, openId.token({ aud: APP_ID, serviceurl: teams['serviceUrl'] }, signed))).toBe(401);
    const web = activity('webchat');
    expect(await send(web, openId.token({ aud: APP_ID, serviceurl: web['serviceUrl'] }, signed))).toBe(200);
  });

  it('is required: none at all is 401', async () => {
    expect(await send(activity(), null)).toBe(401);
  });
});

describe('what a refused token leaves on the console', () => {
  it('is nothing: the SDK’s own printout of an expired or unknown-key token is dropped, other library output becomes one structured line', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString('utf8')), done()) }));
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const undo = bridgeConsole(log);
    try {
      const a = activity();
      expect(await send(a, openId.token({ aud: APP_ID, serviceurl: a['serviceUrl'] }, { expiresIn: -600 }))).toBe(401);
      expect(await send(a, openId.token({ aud: APP_ID, serviceurl: a['serviceUrl'] }, { key: openId.strangerKey }))).toBe(401);
      console.error('a library complaint\nover\nthree lines');
    } finally {
      undo();
      stderr.mockRestore();
    }
    expect(written).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ from: 'console', message: 'a library complaint over three lines' });
  });
});
