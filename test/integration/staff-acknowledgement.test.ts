import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';
import { addBotToTeam, pressCard } from '../support/teams';
import type { InvokeBody } from '../support/teams';

// Contract, "Staff in Teams": an urgent case is acknowledged by a named member of the staff team
// within the deadline (URGENT_ACK_DEADLINE_S), or re-escalated by post and by e-mail.
const TENANT = '8d2c1f4e-0000-4000-8000-00000000cafe';
const CHANNEL = '19:pcc-staff@thread.tacv2';
const TEAM = '19:pcc-team@thread.tacv2';
const ALEX = { id: '29:alex', name: 'Alex Smith', aadObjectId: 'aad-alex' };
const SAM = { id: '29:sam', name: 'Sam Jones', aadObjectId: 'aad-sam' };
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ STAFF_TENANT_ID: TENANT, URGENT_ACK_DEADLINE_S: '2' });
  stack.connector.teams.set(TEAM, new Map([ALEX, SAM].map((m) => [m.id, m])));
  expect(await addBotToTeam(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM })).toBe(200);
});

afterAll(async () => {
  await stack?.close();
});

let lastResident: ReturnType<TestStack['conversation']> | null = null;

async function urgentCase(words: string): Promise<string> {
  const resident = stack.conversation();
  await resident.join();
  const reference = REFERENCE.exec(textOf(await resident.say(words)))?.[0] ?? '';
  expect(reference).not.toBe('');
  lastResident = resident;
  return reference;
}

function press(reference: string, who: { id: string; name: string; aadObjectId?: string }, tenant = TENANT): Promise<InvokeBody> {
  return pressCard(stack, { tenant, channel: CHANNEL, team: TEAM }, who, 'acknowledge', { reference });
}

async function record(reference: string): Promise<Record<string, unknown>> {
  const redis = new Redis(stack.redisUrl);
  try {
    return JSON.parse((await redis.get(`pcc:case:${reference}`)) ?? '{}') as Record<string, unknown>;
  } finally {
    redis.disconnect();
  }
}

const escalated = (reference: string) => stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED`) === true);

describe('acknowledging an urgent case', () => {
  it('escalates by e-mail and in the channel when nobody acknowledges it within the deadline', async () => {
    const reference = await urgentCase('he is outside my door with a knife right now');
    const mail = await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED`) === true);
    expect(mail.parsed.text).toContain(reference);
    expect(mail.parsed.text).not.toContain('knife right now');
    let posts = '';
    for (let i = 0; i < 50 && !posts.includes(`ESCALATED (1): ${reference}`); i++) {
      await new Promise((r) => setTimeout(r, 100));
      posts = JSON.stringify(stack.connector.activities(CHANNEL));
    }
    expect(posts).toContain(`ESCALATED (1): ${reference}`);
    expect((await record(reference))['events']).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'escalated', step: 1 })]));
  });

  it('takes an acknowledgement from a named member of the staff team, and then nothing is escalated', async () => {
    const reference = await urgentCase('my partner strangled me last night and says he will do it again');
    const resident = lastResident;
    const before = resident?.all().length ?? 0;
    const answer = await press(reference, ALEX);
    expect(answer.statusCode).toBe(200);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(answer.value);
    expect(card).toContain(`ACKNOWLEDGED: ${reference}`);
    expect(card).toContain('Alex Smith');
    expect(card).not.toContain('"verb":"acknowledge"');
    expect(card).toContain('you hold this case');
    // The resident, still in the chat, hears that a member of staff has seen it (no name, no promise of a call).
    const told = textOf(resident?.all().slice(before) ?? []);
    expect(told).toContain('member of staff has now seen your message');
    expect(told).toContain('999');
    expect(told).not.toContain('Alex');
    // Kept with the case, and told to the office mailbox in the case's thread.
    const status = await stack.smtp.waitFor((m) => m.parsed.subject === `[${reference}] Acknowledged by Alex Smith`);
    expect(status.parsed.inReplyTo).toContain(reference.toLowerCase());
    expect((await record(reference))['events']).toEqual([expect.objectContaining({ action: 'acknowledged', by: { id: ALEX.id, name: 'Alex Smith' } })]);
    await new Promise((r) => setTimeout(r, 3500));
    expect(escalated(reference)).toEqual([]);
  });

  it('lets exactly one of two people pressing at once hold it, and tells the other who does', async () => {
    const reference = await urgentCase('my stepdad hits me and I am scared to go home tonight');
    const [a, b] = await Promise.all([press(reference, ALEX), press(reference, SAM)]);
    const cards = [JSON.stringify(a.value), JSON.stringify(b.value)];
    expect(cards.filter((c) => c.includes(`"ACKNOWLEDGED: ${reference}`))).toHaveLength(1);
    const other = cards.find((c) => c.includes('ALREADY ACKNOWLEDGED')) ?? '';
    const holder = cards.find((c) => c.includes(`"ACKNOWLEDGED: ${reference}`))?.includes('Alex Smith') ? 'Alex Smith' : 'Sam Jones';
    expect(other).toContain(holder);
  });

  it('knows a member of staff by their Entra id when the roster lists them so', async () => {
    const reference = await urgentCase('my husband locked me in the bedroom and took my phone, he is asleep downstairs');
    stack.connector.teams.get(TEAM)?.set('aad-robin', { id: '29:robin-elsewhere', name: 'Robin Lee', aadObjectId: 'aad-robin' });
    const answer = await press(reference, { id: '29:robin', name: 'Robin Lee', aadObjectId: 'aad-robin' });
    expect(answer.statusCode).toBe(200);
    expect(JSON.stringify(answer.value)).toContain('Robin Lee');
  });

  it('asks staff to press again when Teams cannot say who is in the team, and changes nothing', async () => {
    const reference = await urgentCase('my brother said he will stab me when he gets back tonight');
    stack.connector.membersFailWith = 500;
    try {
      const answer = await press(reference, ALEX);
      expect(answer.statusCode).toBe(503);
      expect(JSON.stringify(answer.value)).toContain('press again');
    } finally {
      stack.connector.membersFailWith = null;
    }
    expect(JSON.stringify((await press(reference, ALEX)).value)).toContain(`"ACKNOWLEDGED: ${reference}`);
  });

  it('refuses someone outside the staff team, or from another tenant, and changes nothing', async () => {
    const reference = await urgentCase('my ex is sending me messages saying he will burn my house down');
    const stranger = await press(reference, { id: '29:stranger', name: 'Not Staff' });
    expect(stranger.statusCode).toBe(403);
    const otherTenant = await press(reference, ALEX, 'another-tenant-0000');
    expect(otherTenant.statusCode).toBe(403);
    const forged = await press('LAN-2026-999999', ALEX);
    expect(forged.statusCode).toBe(403);
    // Still unacknowledged: the first member of staff to press holds it.
    const sam = await press(reference, SAM);
    expect([sam.statusCode, JSON.stringify(sam.value)]).toEqual([200, expect.stringContaining(`ACKNOWLEDGED: ${reference}`)]);
  });
});
