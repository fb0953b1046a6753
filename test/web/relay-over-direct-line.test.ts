import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';
import { addBotToTeam, pressCard } from '../support/teams';

// A live chat with a resident on the web page's own Direct Line (as Web Chat talks to it, over a
// WebSocket), and what happens when they close the page mid-chat.
const TENANT = '8d2c1f4e-0000-4000-8000-00000000f00d';
const CHANNEL = '19:relay-staff@thread.tacv2';
const TEAM = '19:relay-team@thread.tacv2';
const ALEX = { id: '29:alex', name: 'Alex Smith' };
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ STAFF_TENANT_ID: TENANT, DIRECTLINE_AWAY_S: '1' });
  stack.connector.teams.set(TEAM, new Map([[ALEX.id, { ...ALEX, aadObjectId: 'aad-alex' }]]));
  await addBotToTeam(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM });
});

afterAll(async () => {
  await stack?.close();
});

interface Seen {
  readonly type: string;
  readonly name?: string;
  readonly text?: string;
  readonly value?: unknown;
}

/** A resident on the web page: a Direct Line conversation with its stream open, as Web Chat has. */
async function webResident() {
  const session = (await (await fetch(`${stack.botUrl}/api/directline/token`, { method: 'POST' })).json()) as { token: string; domain: string };
  const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
  const created = (await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers, body: '{}' })).json()) as { conversationId: string; streamUrl: string };
  const seen: Seen[] = [];
  const ws = new WebSocket(created.streamUrl);
  ws.on('message', (raw) => {
    const text = raw.toString();
    if (text) seen.push(...((JSON.parse(text) as { activities: (Seen & { from?: { role?: string } })[] }).activities.filter((a) => a.from?.role === 'bot')));
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const waitFor = async (what: RegExp | ((s: Seen) => boolean), from = 0): Promise<Seen[]> => {
    const test = typeof what === 'function' ? what : (s: Seen) => what.test(s.text ?? '');
    const end = Date.now() + 8000;
    while (!seen.slice(from).some(test)) {
      if (Date.now() > end) throw new Error(`nothing matching ${String(what)}; saw ${JSON.stringify(seen.slice(from).map((s) => s.text ?? s.name))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return seen.slice(from);
  };
  const say = async (text: string): Promise<void> => {
    const res = await fetch(`${session.domain}/conversations/${created.conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
    expect(res.status).toBe(200);
  };
  return { seen, ws, waitFor, say, conversationId: created.conversationId };
}

async function press(verb: string, reference: string, data: Record<string, unknown>, replyToId: string): Promise<string> {
  return JSON.stringify(await pressCard(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM }, ALEX, verb, { reference, ...data }, { replyToId }));
}

async function inThread(thread: string, text: string) {
  const before = stack.connector.activities(thread).length;
  const activity = stack.conversation('msteams').activity({
    type: 'message',
    text,
    conversation: { id: thread, isGroup: true, conversationType: 'channel', tenantId: TENANT },
    from: ALEX,
    channelData: { team: { id: TEAM }, tenant: { id: TENANT } },
  });
  await fetch(`${stack.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return stack.connector.activities(thread).slice(before);
}

describe('a live chat with a resident on the web page', () => {
  it('reaches them over their open stream, and ends, kept with the case, when they close the page', async () => {
    const resident = await webResident();
    await resident.waitFor(/999/);
    for (const [answer, next] of [
      ["Comment on the commissioner's work", /which part/i],
      ['Safer roads', /what would you like to tell/i],
      ['The crossing outside the school on Ribbleton Lane needs a warden.', /anonymous/i],
      ["No, I'll stay anonymous", /send/i],
      ['Yes, send it', REFERENCE],
    ] as const) {
      const from = resident.seen.length;
      await resident.say(answer);
      await resident.waitFor(next, from);
    }
    const reference = REFERENCE.exec(resident.seen.map((s) => s.text ?? '').join('\n'))?.[0] ?? '';
    let cardId = '';
    for (let i = 0; i < 100 && !cardId; i++) {
      cardId = String(stack.connector.activities(CHANNEL).find((a) => JSON.stringify(a.attachments ?? []).includes(reference))?.['id'] ?? '');
      if (!cardId) await new Promise((r) => setTimeout(r, 50));
    }
    expect(await press('claim', reference, { v: 0 }, cardId)).toContain('you hold this case');

    const from = resident.seen.length;
    expect(await press('relay', reference, { v: 1 }, cardId)).toContain('Live chat started');
    const joined = await resident.waitFor((s) => s.type === 'event' && s.name === 'handoff.status', from);
    expect(joined.find((s) => s.name === 'handoff.status')?.value).toMatchObject({ state: 'accepted' });
    await resident.waitFor(/Alex, a member of the office/, from);

    const thread = `${CHANNEL};messageid=${cardId}`;
    const n = resident.seen.length;
    await inThread(thread, 'Hello, thank you for this. Which school is it?');
    await resident.waitFor(/Which school is it\?/, n);
    await resident.say('St Matthew’s, the crossing by the shop');
    for (let i = 0; i < 100 && !textOf(stack.connector.activities(thread)).includes('St Matthew'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(textOf(stack.connector.activities(thread))).toContain('St Matthew');

    // The resident closes the page: the stream ends, and after DIRECTLINE_AWAY_S (1 s here) with no poll they are away.
    resident.ws.close();
    await new Promise((r) => setTimeout(r, 1500));
    const told = await inThread(thread, 'Would you like us to ask the council about it?');
    expect(textOf(told)).toContain('The resident has left the chat');
    expect(textOf(told)).toContain('gave no contact details');
    const redis = new Redis(stack.redisUrl);
    try {
      const record = JSON.parse((await redis.get(`pcc:case:${reference}`)) ?? '{}') as { events: { action: string; reason?: string; transcript?: { from: string; text: string }[] }[] };
      const ended = record.events.find((e) => e.action === 'relay-ended');
      expect(ended?.reason).toBe('resident-left');
      expect(ended?.transcript?.map((e) => e.from)).toEqual(['staff', 'resident']);
    } finally {
      redis.disconnect();
    }
    await stack.smtp.waitFor((m) => m.parsed.subject === `[${reference}] Live chat with the resident ended: the resident had left`);
  });
});
