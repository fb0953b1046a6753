import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';
import { addBotToTeam, pressCard } from '../support/teams';

// An office whose escalation list has two steps (an on-call tag, then a duty manager), and which
// keeps the resident's words out of Teams altogether: both by data alone, in its profile.
const TENANT = '8d2c1f4e-0000-4000-8000-0000000e5ca1';
const CHANNEL = '19:escalation-staff@thread.tacv2';
const TEAM = '19:escalation-team@thread.tacv2';
let stack: TestStack;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pcc-office-'));
  const profile = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'offices', 'lancashire.json'), 'utf8')) as Record<string, unknown> & { urgentAcknowledgement: Record<string, unknown> };
  profile.urgentAcknowledgement = {
    ...profile.urgentAcknowledgement,
    escalation: [
      { email: 'on-call@office.example', mention: { name: 'On call', id: 'tag-on-call-1', kind: 'tag' } },
      { email: 'duty-manager@office.example', mention: 'Duty manager' },
    ],
  };
  profile['staffDesk'] = { residentWords: 'none', extractLength: 240 };
  writeFileSync(path.join(dir, 'test-office.json'), JSON.stringify(profile));
  stack = await startStack({ OFFICE: 'test-office', OFFICE_PROFILE_DIR: dir, STAFF_TENANT_ID: TENANT, URGENT_ACK_DEADLINE_S: '1' });
  stack.connector.teams.set(TEAM, new Map([['29:kim', { id: '29:kim', name: 'Kim Lee', aadObjectId: 'aad-kim' }]]));
  await addBotToTeam(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM });
});

afterAll(async () => {
  await stack?.close();
});

describe('re-escalation along the profile list', () => {
  it('goes to each step in order, then keeps to the last, mentions the on-call tag, and stops once acknowledged', async () => {
    const resident = stack.conversation();
    await resident.join();
    const reference = REFERENCE.exec(textOf(await resident.say('my ex Darren is outside the Spar on Garstang Road with a knife and says he will kill me')))?.[0] ?? '';
    expect(reference).not.toBe('');
    const step = (n: number) => stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED (${n})`) === true, 10_000);
    expect((await step(1)).to).toEqual(['on-call@office.example']);
    expect((await step(2)).to).toEqual(['duty-manager@office.example']);
    expect((await step(3)).to).toEqual(['duty-manager@office.example']);

    const posts = stack.connector.activities(CHANNEL).map((a) => a.attachments?.[0]?.content as Record<string, unknown> | undefined);
    const first = posts.find((c) => JSON.stringify(c ?? {}).includes(`ESCALATED (1): ${reference}`));
    expect(first?.['msteams']).toEqual({ entities: [{ type: 'mention', text: '<at>On call</at>', mentioned: { id: 'tag-on-call-1', name: 'On call', type: 'tag' } }] });
    expect(JSON.stringify(first)).toContain('<at>On call</at>, please act');
    const second = posts.find((c) => JSON.stringify(c ?? {}).includes(`ESCALATED (2): ${reference}`));
    expect(JSON.stringify(second)).toContain('Duty manager, please act');
    // This office keeps what the resident wrote out of Teams: the card has the reasons, not the words.
    for (const card of posts.filter((c) => JSON.stringify(c ?? {}).includes(reference))) {
      expect(JSON.stringify(card)).toMatch(/"Risk","value":"EMERGENCY: [^"(]+"/);
      for (const words of ['Darren', 'Garstang', 'Spar']) expect(JSON.stringify(card)).not.toContain(words);
    }

    expect((await pressCard(stack, { tenant: TENANT, channel: CHANNEL, team: TEAM }, { id: '29:kim', name: 'Kim Lee' }, 'acknowledge', { reference })).statusCode).toBe(200);
    const count = () => stack.smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${reference}] ESCALATED`) === true).length;
    await new Promise((r) => setTimeout(r, 300));
    const after = count();
    await new Promise((r) => setTimeout(r, 2500));
    expect(count()).toBe(after);
    // Each step once: no step number twice.
    const steps = stack.smtp.messages.flatMap((m) => /ESCALATED \((\d+)\)/.exec(m.parsed.subject?.startsWith(`[${reference}]`) ? m.parsed.subject : '')?.[1] ?? []);
    expect(new Set(steps).size).toBe(steps.length);
  }, 30_000);
});
