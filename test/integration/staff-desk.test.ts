import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import type { SentActivity, TestConversation } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';
import { addBotToTeam, pressCard } from '../support/teams';
import type { InvokeBody } from '../support/teams';

// Issue 9 and the contract's "Staff in Teams": every case is a card staff act on, in Teams' own shapes.
const TENANT = '8d2c1f4e-0000-4000-8000-00000000beef';
const CHANNEL = '19:desk-staff@thread.tacv2';
const TEAM = '19:desk-team@thread.tacv2';
const ALEX = { id: '29:alex', name: 'Alex Smith', aadObjectId: 'aad-alex' };
const SAM = { id: '29:sam', name: 'Sam Jones', aadObjectId: 'aad-sam' };
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ STAFF_TENANT_ID: TENANT, URGENT_ACK_DEADLINE_S: '3' });
  stack.connector.teams.set(TEAM, new Map([ALEX, SAM].map((m) => [m.id, m])));
  expect(await addBotToTeam(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM })).toBe(200);
});

afterAll(async () => {
  await stack?.close();
});

async function until<T>(what: () => T | undefined | null | false, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const got = what();
    if (got) return got;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The card posted to the staff channel for a case (the latest one, if several). */
function postedCard(reference: string): { id: string; card: Record<string, unknown> } | null {
  const posts = stack.connector.activities(CHANNEL).filter((a) => JSON.stringify(a.attachments ?? []).includes(reference));
  const last = posts.at(-1);
  const card = last?.attachments?.[0]?.content as Record<string, unknown> | undefined;
  return card ? { id: String(last?.['id'] ?? ''), card } : null;
}

async function anonymousComment(words: string): Promise<{ reference: string; resident: TestConversation }> {
  const resident = stack.conversation();
  await resident.join();
  for (const a of ["Comment on the commissioner's work", 'Safer roads', words, "No, I'll stay anonymous"]) await resident.say(a);
  const reference = REFERENCE.exec(textOf(await resident.say('Yes, send it')))?.[0] ?? '';
  expect(reference).not.toBe('');
  return { reference, resident };
}

async function urgentCase(words: string): Promise<{ reference: string; resident: TestConversation }> {
  const resident = stack.conversation();
  await resident.join();
  const reference = REFERENCE.exec(textOf(await resident.say(words)))?.[0] ?? '';
  expect(reference).not.toBe('');
  return { reference, resident };
}

type Who = { id: string; name: string; aadObjectId?: string };

function teamsActivity(who: Who, extra: Record<string, unknown>, conversationId = CHANNEL, tenant = TENANT): Record<string, unknown> {
  return stack.conversation('msteams').activity({
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', tenantId: tenant },
    from: { id: who.id, name: who.name, ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) },
    channelData: { team: { id: TEAM }, tenant: { id: tenant }, channel: { id: CHANNEL } },
    ...extra,
  });
}

function press(verb: string, reference: string, who: Who, data: Record<string, unknown> = {}, replyToId?: string): Promise<InvokeBody> {
  return pressCard(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM }, who, verb, { reference, ...data }, replyToId ? { replyToId } : {});
}

/** Staff write in the channel (or a thread of it); returns what the bot answered there. */
async function staffSays(text: string, who: Who, conversationId = CHANNEL): Promise<SentActivity[]> {
  const before = stack.connector.activities(conversationId).length;
  const res = await fetch(`${stack.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(teamsActivity(who, { type: 'message', text: `<at>PCC bot</at> ${text}`, entities: [{ type: 'mention', text: '<at>PCC bot</at>', mentioned: { id: 'pcc-bot', name: 'PCC bot' } }] }, conversationId)),
  });
  expect(res.status).toBe(200);
  return stack.connector.activities(conversationId).slice(before);
}

async function record(reference: string): Promise<Record<string, unknown> & { events?: Record<string, unknown>[] }> {
  const redis = new Redis(stack.redisUrl);
  try {
    return JSON.parse((await redis.get(`pcc:case:${reference}`)) ?? '{}') as Record<string, unknown>;
  } finally {
    redis.disconnect();
  }
}

const text = (b: InvokeBody): string => JSON.stringify(b.value);
const version = async (reference: string): Promise<number> => (await record(reference)).events?.length ?? 0;

describe('every case in the staff channel', () => {
  it('is posted as a card with its kind, age, deadline, risk, route and whether the resident is anonymous', async () => {
    const { reference } = await anonymousComment('Please put more patrols on Preston Road. You can ring me on 07700 900456.');
    const { card } = await until(() => postedCard(reference));
    const shown = JSON.stringify(card);
    expect(card['version']).toBe('1.5');
    expect(shown).toContain(`Comment: ${reference}`);
    expect(shown).toMatch(/"Reply by","value":"\d{4}-\d\d-\d\d"/);
    expect(shown).toContain('"Anonymous","value":"yes"');
    expect(shown).toContain('"Risk","value":"none found"');
    expect(shown).toContain('more patrols on Preston Road');
    expect(shown).not.toContain('07700 900456');
    expect(shown).toContain('"verb":"claim"');
  });

  it('puts urgent cases first in the queue, and lists a case by its reference', async () => {
    const { reference: comment } = await anonymousComment('The new speed cameras in Chorley are working well.');
    const { reference: urgent } = await urgentCase('my dad hits my mum every night and I am scared');
    await until(() => postedCard(urgent));
    const listing = await staffSays('queue', SAM);
    const order = listing.flatMap((a) => (a.attachments ?? []).map((x) => JSON.stringify(x.content)));
    const at = (ref: string) => order.findIndex((c) => c.includes(ref));
    expect(at(urgent)).toBeGreaterThanOrEqual(0);
    expect(at(comment)).toBeGreaterThanOrEqual(0);
    expect(at(urgent)).toBeLessThan(at(comment));
    const one = await staffSays(`case ${comment}`, SAM);
    expect(JSON.stringify(one)).toContain(`Comment: ${comment}`);
    const none = await staffSays('case LAN-2026-999998', SAM);
    expect(textOf(none)).toContain('There is no case LAN-2026-999998');
    const urgentOnly = JSON.stringify(await staffSays('urgent', SAM));
    expect(urgentOnly).toContain(urgent);
    expect(urgentOnly).not.toContain(`Comment: ${comment}`);
  });

  it('lets exactly one of two people pressing Claim at once hold it, and tells the other who does', async () => {
    const { reference } = await anonymousComment('Street lights on Market Street are out and it feels unsafe at night.');
    await until(() => postedCard(reference));
    const [a, b] = await Promise.all([press('claim', reference, ALEX, { v: 0 }), press('claim', reference, SAM, { v: 0 })]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const events = (await record(reference)).events ?? [];
    expect(events.filter((e) => e['action'] === 'claimed')).toHaveLength(1);
    const holder = (events[0]?.['by'] as { name: string }).name;
    const [winner, loser] = holder === 'Alex Smith' ? [a, b] : [b, a];
    expect(text(winner)).toContain('you hold this case');
    expect(text(loser)).toContain(`${holder} holds this case`);
    // The holder's view differs (Release, Resolve): the card asks Teams to refresh it for them.
    expect((winner.value['refresh'] as { userIds: string[] }).userIds).toEqual([events[0]?.['by'] && (events[0]['by'] as { id: string }).id]);
    // Every card of the case is updated in place for everyone.
    const { id } = await until(() => postedCard(reference));
    const updated = await until(() => stack.connector.updates(CHANNEL).filter((u) => u.id === id).at(-1));
    expect(JSON.stringify(updated)).toContain(`held by ${holder}`);
    await stack.smtp.waitFor((m) => m.parsed.subject === `[${reference}] Claimed by ${holder}`);
    // Teams asks for each listed person's own view (refresh): the holder sees their buttons, anyone else who holds it.
    const [holderWho, otherWho] = holder === 'Alex Smith' ? [ALEX, SAM] : [SAM, ALEX];
    const own = await press('refresh', reference, holderWho, { v: 1 });
    expect(text(own)).toContain('you hold this case');
    expect(text(own)).toContain('"verb":"release"');
    const others = await press('refresh', reference, otherWho, { v: 1 });
    expect(text(others)).toContain(`held by ${holder}`);
    expect(text(others)).not.toContain('"verb":"release"');
    expect(await version(reference)).toBe(1);
  });

  it('takes a note, resolves with an outcome, reopens, and keeps each step with the case and in the mailbox', async () => {
    const { reference } = await anonymousComment('Thank you for the youth club funding in Burnley.');
    await until(() => postedCard(reference));
    expect(text(await press('claim', reference, ALEX, { v: 0 }))).toContain('you hold this case');
    const noted = await press('note', reference, ALEX, { v: 1, note: 'Rang the youth club to pass on the thanks.' });
    expect(text(noted)).toContain('Rang the youth club');
    // Someone else cannot resolve a case Alex holds.
    const other = await press('resolve', reference, SAM, { v: 2, outcome: 'replied' });
    expect(text(other)).toContain('Alex Smith holds this case');
    expect(await version(reference)).toBe(2);
    const resolved = await press('resolve', reference, ALEX, { v: 2, outcome: 'no-further-action', resolveNote: 'Nothing more needed.' });
    expect(text(resolved)).toContain('Resolved: No further action');
    expect(text(resolved)).toContain('"verb":"reopen"');
    // Resolved cases leave the queue.
    expect(JSON.stringify(await staffSays('queue', SAM))).not.toContain(reference);
    const reopened = await press('reopen', reference, SAM, { v: 3 });
    expect(text(reopened)).toContain('Open: nobody holds it yet');
    expect(JSON.stringify(await staffSays('queue', SAM))).toContain(reference);
    const events = (await record(reference)).events ?? [];
    expect(events.map((e) => e['action'])).toEqual(['claimed', 'noted', 'resolved', 'reopened']);
    expect(events[2]).toMatchObject({ by: { id: ALEX.id, name: 'Alex Smith' }, outcome: 'no-further-action', note: 'Nothing more needed.' });
    for (const e of events) expect(String(e['at'])).toMatch(/^\d{4}-\d\d-\d\dT/);
    const mail = await stack.smtp.waitFor((m) => m.parsed.subject === `[${reference}] Resolved by Alex Smith: No further action`);
    expect(mail.parsed.inReplyTo).toContain(reference.toLowerCase());
    expect(mail.parsed.attachments[0]?.filename).toBe(`${reference}.json`);
    await stack.smtp.waitFor((m) => m.parsed.subject === `[${reference}] Note added by Alex Smith`);
  });

  it('refuses a stale card, a forged action, an unknown case and a stranger, and changes nothing', async () => {
    const { reference } = await anonymousComment('The police station counter in Lancaster should open on Saturdays.');
    await until(() => postedCard(reference));
    await press('claim', reference, ALEX, { v: 0 });
    await press('note', reference, ALEX, { v: 1, note: 'Asked the force about opening hours.' });
    // A card shown before the note: resolving from it changes nothing, and shows the case as it is.
    const stale = await press('resolve', reference, ALEX, { v: 1, outcome: 'replied' });
    expect(text(stale)).toContain('changed since your card was shown');
    expect(text(stale)).toContain('Asked the force about opening hours');
    const badOutcome = await press('resolve', reference, ALEX, { v: 2, outcome: 'delete-everything' });
    expect(text(badOutcome)).toContain('Choose an outcome');
    const future = await press('release', reference, ALEX, { v: 99 });
    expect(text(future)).toContain('does not match this case');
    expect((await press('drop-table', reference, ALEX)).statusCode).toBe(403);
    expect((await press('claim', 'LAN-2026-999997', ALEX)).statusCode).toBe(403);
    expect((await press('claim', '../../etc/passwd', ALEX)).statusCode).toBe(403);
    expect((await press('release', reference, { id: '29:stranger', name: 'Alex Smith' }, { v: 2 })).statusCode).toBe(403);
    const emptyNote = await press('note', reference, ALEX, { v: 2, note: '   ' });
    expect(text(emptyNote)).toContain('Write the note');
    expect(await version(reference)).toBe(2);
  });

  it('lists the cases someone holds, and the overdue ones', async () => {
    const { reference: mine } = await anonymousComment('Please thank the officers at the Blackpool illuminations.');
    const { reference: urgent } = await urgentCase('my partner choked me last night and I am frightened of him');
    await until(() => postedCard(mine));
    await press('claim', mine, SAM, { v: 0 });
    const held = JSON.stringify(await staffSays('my cases', SAM));
    expect(held).toContain(mine);
    expect(held).not.toContain(urgent);
    // The acknowledgement deadline here is 3 s: past it, the urgent case is overdue.
    await new Promise((r) => setTimeout(r, 3200));
    const overdue = JSON.stringify(await staffSays('overdue', SAM));
    expect(overdue).toContain(urgent);
    expect(overdue).toContain('OVERDUE');
    expect(overdue).not.toContain(mine);
  });

  it('answers the queue in a personal chat with the bot, and leaves a resident who writes "queue" in theirs to the bot', async () => {
    const { reference } = await anonymousComment('The new PCSO in Morecambe has been brilliant with the kids.');
    await until(() => postedCard(reference));
    await press('claim', reference, ALEX, { v: 0 });
    const personal = async (who: Who, tenant: string, words: string): Promise<SentActivity[]> => {
      const id = `a:personal-${who.id}-${tenant}`;
      const before = stack.connector.activities(id).length;
      const activity = stack.conversation('msteams').activity({
        type: 'message',
        text: words,
        conversation: { id, conversationType: 'personal', tenantId: tenant },
        from: { id: who.id, name: who.name },
        channelData: { tenant: { id: tenant } },
      });
      const res = await fetch(`${stack.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(res.status).toBe(200);
      return stack.connector.activities(id).slice(before);
    };
    const mine = JSON.stringify(await personal(ALEX, TENANT, 'my cases'));
    expect(mine).toContain(reference);
    expect(mine).toContain('you hold this case');
    // Not staff (another tenant, or not in the team): "queue" is just words to the bot's journeys, and no case is shown.
    for (const [who, tenant] of [[ALEX, 'another-tenant-0001'], [{ id: '29:resident', name: 'Resident' }, TENANT]] as const) {
      const answer = await personal(who, tenant, 'queue');
      expect(JSON.stringify(answer)).not.toContain(reference);
      expect(JSON.stringify(answer)).not.toContain('AdaptiveCard');
      expect(textOf(answer)).not.toBe('');
    }
  });

  it('tells a member of staff who writes something else what they can ask for', async () => {
    const replies = await staffSays('morning all, who is on today?', ALEX);
    expect(textOf(replies)).toMatch(/"queue"/);
    expect(textOf(replies)).not.toContain('999');
  });
});

describe('a live chat with the resident', () => {
  it('relays both ways with the risk screen on, sends handoff.status, and keeps the transcript with the case', async () => {
    const { reference, resident } = await anonymousComment('I want to talk to someone about the way my report was handled.');
    const { id: cardId } = await until(() => postedCard(reference));
    await press('claim', reference, ALEX, { v: 0 });
    const before = resident.all().length;
    const started = await press('relay', reference, ALEX, { v: 1 }, cardId);
    expect(text(started)).toContain('Live chat started');
    const toResident = resident.all().slice(before);
    expect(toResident.find((a) => a.type === 'event' && a.name === 'handoff.status')?.value).toMatchObject({ state: 'accepted' });
    expect(textOf(toResident)).toContain('Alex, a member of the office');
    expect(textOf(toResident)).not.toContain('Smith');

    const thread = `${CHANNEL};messageid=${cardId}`;
    await until(() => textOf(stack.connector.activities(thread)).includes('You are now chatting with the resident'));
    // Staff write in the card's thread: it reaches the resident.
    const n = resident.all().length;
    await staffSays('Hello, I am reading your comment now. What happened?', ALEX, thread);
    expect(textOf(resident.all().slice(n))).toContain('Hello, I am reading your comment now');
    // The resident answers: it reaches the thread, not the bot's journeys.
    const answer = await resident.say('They never called me back after I reported it');
    expect(textOf(answer)).toBe('');
    expect(textOf(stack.connector.activities(thread))).toContain('They never called me back');
    // A disclosure mid-chat: the resident is told what to do now, and the thread is warned.
    const danger = await resident.say('he is outside my house right now with a knife');
    expect(textOf(danger)).toContain('999');
    expect(textOf(stack.connector.activities(thread))).toMatch(/Risk screen: EMERGENCY/);

    const m = resident.all().length;
    await staffSays('end chat', ALEX, thread);
    const after = resident.all().slice(m);
    expect(after.find((a) => a.type === 'event' && a.name === 'handoff.status')?.value).toMatchObject({ state: 'completed' });
    expect(textOf(after)).toContain('online assistant again');
    const ended = ((await record(reference)).events ?? []).find((e) => e['action'] === 'relay-ended') as { transcript: { from: string; text: string }[]; reason: string } | undefined;
    expect(ended?.reason).toBe('ended-by-staff');
    expect(ended?.transcript.map((e) => e.from)).toEqual(['staff', 'resident', 'resident']);
    expect(ended?.transcript[1]?.text).toContain('never called me back');
    // Back with the bot: what the resident writes now is a conversation with the bot again.
    expect(textOf(await resident.say('thank you'))).not.toBe('');
  });

  it('offers a call-back task when the resident has already left, and ends a chat whose resident closes the page', async () => {
    const { reference, resident } = await anonymousComment('I would like an update on the burglary on my street.');
    const { id: cardId } = await until(() => postedCard(reference));
    await press('claim', reference, SAM, { v: 0 });
    stack.connector.gone.add(resident.id);
    const left = await press('relay', reference, SAM, { v: 1 }, cardId);
    expect(text(left)).toContain('The resident has left the chat');
    expect(((await record(reference)).events ?? []).map((e) => e['action'])).toEqual(['claimed']);
    stack.connector.gone.delete(resident.id);

    await press('relay', reference, SAM, { v: 1 }, cardId);
    const thread = `${CHANNEL};messageid=${cardId}`;
    stack.connector.gone.add(resident.id);
    const told = await staffSays('Are you still there?', SAM, thread);
    expect(textOf(told)).toContain('The resident has left the chat');
    const ended = ((await record(reference)).events ?? []).find((e) => e['action'] === 'relay-ended');
    expect(ended?.['reason']).toBe('resident-left');
  });
});

describe('urgent acknowledgement across a restart', () => {
  it('still escalates, once, after the bot restarts during the deadline', async () => {
    const { reference } = await urgentCase('my ex says he will come round tonight and kill me');
    await stack.restart();
    const mail = await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED (1)`) === true, 10_000);
    expect(mail.parsed.text).toContain(reference);
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED (1)`) === true)).toHaveLength(1);
  });
});
