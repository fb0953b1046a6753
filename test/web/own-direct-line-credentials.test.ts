import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// With app credentials (as in production) and no DIRECTLINE_SECRET, the page falls back on the
// bot's own Direct Line. Its turns never cross a network, so they must not be refused for want of
// a channel token, nor wait on Microsoft's sign-in service to send the replies (unreachable here).
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({
    MicrosoftAppId: '5a1d7c3e-0000-4000-8000-00000000abcd',
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'MultiTenant',
  });
});

afterAll(async () => {
  await stack?.close();
});

interface Activities {
  readonly activities: { text?: string; from?: { role?: string } }[];
  readonly watermark: string;
}

async function poll(url: string, token: string, watermark: string, until: RegExp): Promise<Activities> {
  const end = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(`${url}?watermark=${watermark}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const set = (await res.json()) as Activities;
    if (until.test(set.activities.map((a) => a.text ?? '').join('\n'))) return set;
    if (Date.now() > end) throw new Error(`no reply matching ${String(until)} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the bot's own Direct Line when the bot has app credentials", () => {
  it('greets the resident and answers what they type', async () => {
    const session = (await (await fetch(`${stack.botUrl}/api/directline/token`, { method: 'POST' })).json()) as { token: string; domain: string };
    const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
    const created = await fetch(`${session.domain}/conversations`, { method: 'POST', headers, body: '{}' });
    expect(created.status).toBe(201);
    const { conversationId } = (await created.json()) as { conversationId: string };
    const activities = `${session.domain}/conversations/${conversationId}/activities`;

    const greeting = await poll(activities, session.token, '', /999/);
    expect(greeting.activities.some((a) => a.from?.role === 'bot')).toBe(true);

    const posted = await fetch(activities, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: "Comment on the commissioner's work" }) });
    expect(posted.status).toBe(200);
    await poll(activities, session.token, greeting.watermark, /which part/i);
  });

  it('still refuses an unauthenticated POST to /api/messages', async () => {
    const res = await fetch(`${stack.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    expect(res.status).toBe(401);
  });
});
