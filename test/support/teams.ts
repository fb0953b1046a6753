import { randomUUID } from 'node:crypto';
import type { TestStack } from './test-stack';

/** A Teams team and its staff channel, in Teams' own id shapes. */
export interface TeamsTeam {
  readonly tenant: string;
  readonly channel: string;
  readonly team: string;
}

export interface InvokeBody {
  readonly statusCode: number;
  readonly type: string;
  readonly value: Record<string, unknown>;
}

export interface TeamsPerson {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

/** Adds the bot to the team (conversationUpdate in its channel), as Teams does when the app is added; the HTTP status. */
export async function addBotToTeam(stack: TestStack, t: TeamsTeam): Promise<number> {
  const conv = stack.conversation('msteams');
  return conv.post(
    conv.activity({
      type: 'conversationUpdate',
      conversation: { id: t.channel, isGroup: true, conversationType: 'channel', tenantId: t.tenant },
      membersAdded: [{ id: 'pcc-bot' }],
      channelData: { eventType: 'teamMemberAdded', team: { id: t.team }, tenant: { id: t.tenant } },
    }),
  );
}

/** Presses a card button (an Action.Execute invoke, `adaptiveCard/action`) as `who`; the invoke response. */
export async function pressCard(stack: TestStack, t: TeamsTeam, who: TeamsPerson, verb: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<InvokeBody> {
  const activity = stack.conversation('msteams').activity({
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: { id: t.channel, isGroup: true, conversationType: 'channel', tenantId: t.tenant },
    from: { id: who.id, name: who.name, ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) },
    channelData: { team: { id: t.team }, tenant: { id: t.tenant } },
    value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data } },
    ...extra,
  });
  const res = await fetch(`${stack.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const body = (await res.json()) as InvokeBody;
  // The invoke's own status is the HTTP status too.
  if (res.status !== body.statusCode) throw new Error(`HTTP ${res.status} but invoke status ${body.statusCode}`);
  return body;
}
