import { CardFactory, MessageFactory } from 'botbuilder';
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { CaseRecord } from '../domain/case-record';

/** Where urgent alerts are posted besides the e-mail (a Teams channel of the office's staff). */
export interface StaffChannel {
  /** False when there is no channel to post to (none registered yet). */
  post(record: CaseRecord, update?: number): Promise<boolean>;
  /** Nobody acknowledged the case in time: a new post, naming who is asked to act. */
  escalate(record: CaseRecord, e: { readonly step: number; readonly minutes: number; readonly mention?: string }): Promise<boolean>;
}

/** The verb of the urgent card's Acknowledge button (an Action.Execute). */
export const ACKNOWLEDGE = 'acknowledge';

/** The urgent card: reference, level and reasons, and a button for a named person to acknowledge it. */
export function urgentCard(record: CaseRecord, heading: string, acknowledged: { readonly by: string; readonly at: string } | null): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', size: 'Large', weight: 'Bolder', color: 'Attention', text: heading, wrap: true },
      {
        type: 'FactSet',
        facts: [
          { title: 'Received', value: record.receivedAt },
          { title: 'Channel', value: record.channel },
          { title: 'Why', value: record.risk.reasons.join('; ') || 'disclosure' },
          { title: 'Safe to contact', value: record.contact ? (record.contact.safeToContact ? 'yes, details in the e-mail' : 'NO') : 'not yet known' },
          { title: 'Acknowledged', value: acknowledged ? `by ${acknowledged.by} at ${acknowledged.at}` : 'NOT YET: press Acknowledge when you are dealing with it' },
        ],
      },
      { type: 'TextBlock', text: 'The full record and transcript are in the urgent mailbox under this reference.', wrap: true, isSubtle: true },
    ],
    actions: acknowledged ? [] : [{ type: 'Action.Execute', title: 'Acknowledge', verb: ACKNOWLEDGE, data: { reference: record.reference } }],
  };
}

export interface TeamsChannelAddress {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId: string | null;
}

/**
 * Posts an urgent alert to the staff's Teams channel as a proactive message.
 * It carries the reference, level and reasons only: what the resident wrote
 * stays in the office's mailbox, not in a chat channel's history.
 */
export class TeamsStaffChannel implements StaffChannel {
  /** `where`: the configured channel, else the one registered when the bot joined the office's team. */
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly where: () => Promise<TeamsChannelAddress | null>,
  ) {}

  private referenceTo(address: TeamsChannelAddress): Partial<ConversationReference> {
    return {
      channelId: 'msteams',
      serviceUrl: address.serviceUrl,
      conversation: { id: address.conversationId, isGroup: true, conversationType: 'channel', name: 'staff', ...(address.tenantId ? { tenantId: address.tenantId } : {}) },
      bot: { id: this.appId, name: 'PCC contact bot' },
    };
  }

  async post(record: CaseRecord, update?: number): Promise<boolean> {
    const heading = `URGENT ${record.risk.level.toUpperCase()}: ${record.reference}${update ? ` (update ${update})` : ''}`;
    return this.send(CardFactory.adaptiveCard(urgentCard(record, heading, null)), `Urgent ${record.risk.level} disclosure ${record.reference}`);
  }

  async escalate(record: CaseRecord, e: { readonly step: number; readonly minutes: number; readonly mention?: string }): Promise<boolean> {
    const heading = `ESCALATED (${e.step}): ${record.reference} not acknowledged after ${e.minutes} min${e.mention ? `. ${e.mention}, please act` : ''}`;
    return this.send(CardFactory.adaptiveCard(urgentCard(record, heading, null)), `Escalated: urgent ${record.risk.level} disclosure ${record.reference} not yet acknowledged`);
  }

  private async send(card: ReturnType<typeof CardFactory.adaptiveCard>, summary: string): Promise<boolean> {
    const address = await this.where();
    if (!address) return false;
    await this.adapter.continueConversationAsync(this.appId, this.referenceTo(address), async (context) => {
      await context.sendActivity(MessageFactory.attachment(card, summary));
    });
    return true;
  }
}
