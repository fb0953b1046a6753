import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffChannelRegistry } from '../../src/services/staff-channel-registry';
import { REFERENCE, textOf } from '../support/channel';
import type { SentActivity } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

// Contract, "Staff in Teams": adding the bot to a team of the office's tenant registers that channel.
const TENANT = '8d2c1f4e-0000-4000-8000-00000000cafe';
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ STAFF_TENANT_ID: TENANT });
});

afterAll(async () => {
  await stack?.close();
});

function addedToTeam(channel: string, tenant: string): Record<string, unknown> {
  const conv = stack.conversation('msteams');
  return conv.activity({
    type: 'conversationUpdate',
    conversation: { id: channel, isGroup: true, conversationType: 'channel', tenantId: tenant },
    from: { id: '29:installer', aadObjectId: 'a1b2' },
    membersAdded: [{ id: 'pcc-bot' }],
    channelData: { eventType: 'teamMemberAdded', team: { id: `${channel}-team` }, tenant: { id: tenant } },
  });
}

async function waitFor(channel: string, count: number): Promise<SentActivity[]> {
  for (let i = 0; i < 60; i++) {
    const got = stack.connector.activities(channel);
    if (got.length >= count) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  return stack.connector.activities(channel);
}

describe('the staff channel, registered by adding the bot to the office team', () => {
  it("ignores a team of another tenant: nothing registered, nothing posted there, ever", async () => {
    const stranger = '19:stranger@thread.tacv2';
    const conv = stack.conversation('msteams');
    expect(await conv.post(addedToTeam(stranger, 'another-tenant-0000'))).toBe(200);
    expect(stack.connector.activities(stranger)).toEqual([]);
    const redis = new Redis(stack.redisUrl);
    try {
      expect(await new StaffChannelRegistry(redis, stack.config.office.id).get()).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  it('registers the channel from the office tenant, says so there, keeps it in Redis, and posts urgent cards to it', async () => {
    const channel = '19:pcc-staff@thread.tacv2';
    const conv = stack.conversation('msteams');
    expect(await conv.post(addedToTeam(channel, TENANT))).toBe(200);
    const welcome = textOf(await waitFor(channel, 1));
    expect(welcome).toContain('staff channel');
    expect(welcome).not.toMatch(/not an emergency service/i);

    const redis = new Redis(stack.redisUrl);
    try {
      // In Redis, not in the process: a restart or another instance finds the same channel.
      expect(await new StaffChannelRegistry(redis, stack.config.office.id).get()).toMatchObject({ conversationId: channel, tenantId: TENANT, teamId: `${channel}-team` });
    } finally {
      redis.disconnect();
    }

    const resident = stack.conversation();
    await resident.join();
    const acts = await resident.say('my ex has just turned up at my door and says he will kill me');
    const reference = REFERENCE.exec(textOf(acts))?.[0] ?? '';
    expect(reference).not.toBe('');
    const posted = await waitFor(channel, 2);
    const card = JSON.stringify(posted[1]?.attachments);
    expect(card).toContain(reference);
    expect(card).toContain('"verb":"acknowledge"');
  });

  it('answers staff writing in the channel without treating them as a resident', async () => {
    const channel = '19:pcc-staff@thread.tacv2';
    const conv = stack.conversation('msteams');
    const before = stack.connector.activities(channel).length;
    const message = conv.activity({
      conversation: { id: channel, isGroup: true, conversationType: 'channel', tenantId: TENANT },
      text: 'someone said he will kill her tonight, who is on call?',
      channelData: { team: { id: `${channel}-team` }, tenant: { id: TENANT } },
    });
    expect(await conv.post(message)).toBe(200);
    const replies = (await waitFor(channel, before + 1)).slice(before);
    // Not in the team's roster here: told the queue is for staff, never given a resident's journey.
    expect(textOf(replies)).toContain('staff team');
    expect(textOf(replies)).not.toContain('999');
  });
});
