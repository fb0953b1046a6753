import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { CaseRecord } from '../domain/case-record';
import { cardSummary } from '../staff/case-card';
import type { StaffDeskStore } from './staff-desk-store';
import { continueConversation } from './proactive';

/** The staff's Teams channel, where every case is posted as a card they act on. */
export interface StaffChannel {
  /** Posts the case's card; false when there is no channel to post to (none registered yet). */
  post(record: CaseRecord, heading?: string): Promise<boolean>;
  /** Nobody acknowledged the case in time: a new post, naming who is asked to act. */
  escalate(record: CaseRecord, e: Escalation): Promise<boolean>;
  /** Every card of the case, updated in place to show it as it is now (as everyone sees it). */
  refresh(record: CaseRecord): Promise<void>;
}

/** Who is asked to act: a Teams tag or person (notified by an @mention), or a name written out. */
export type Mention = string | { readonly name: string; readonly id: string; readonly kind: 'tag' | 'person' };

export interface Escalation {
  readonly step: number;
  readonly minutes: number;
  readonly mention?: Mention;
}

/** Adds a Teams @mention to a card: `<at>name</at>` in its text, and the entity Teams resolves it by. */
export function withMention(card: Record<string, unknown>, mention: Mention | undefined): Record<string, unknown> {
  if (!mention || typeof mention === 'string') return card;
  const text = `<at>${mention.name}</at>`;
  const body = [{ type: 'TextBlock', text: `${text}, please act on this now.`, wrap: true, weight: 'Bolder' }, ...((card['body'] as unknown[]) ?? [])];
  return { ...card, body, msteams: { entities: [{ type: 'mention', text, mentioned: { id: mention.id, name: mention.name, ...(mention.kind === 'tag' ? { type: 'tag' } : {}) } }] } };
}

export interface TeamsChannelAddress {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId: string | null;
}

/** A conversation reference to a Teams channel (or a thread in it, `…;messageid=…`). */
export function teamsReference(appId: string, address: TeamsChannelAddress): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: address.serviceUrl,
    conversation: { id: address.conversationId, isGroup: true, conversationType: 'channel', name: 'staff', ...(address.tenantId ? { tenantId: address.tenantId } : {}) },
    bot: { id: appId, name: 'PCC contact bot' },
  };
}

/** Renders a case's card as everyone sees it, with an optional line on top. */
export type RenderCard = (record: CaseRecord, heading?: string) => Promise<Record<string, unknown>>;

/**
 * Posts case cards to the staff's Teams channel as proactive messages, remembers where each went,
 * and updates them in place when staff act. A card shows a short extract of what the resident
 * wrote at most (the office profile decides); the full record stays in the office's mailbox.
 */
export class TeamsStaffChannel implements StaffChannel {
  /** `where`: the configured channel, else the one registered when the bot joined the office's team. */
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly where: () => Promise<TeamsChannelAddress | null>,
    private readonly desk: StaffDeskStore,
    private readonly render: RenderCard,
  ) {}

  async post(record: CaseRecord, heading?: string): Promise<boolean> {
    return this.send(record, await this.render(record, heading), cardSummary(record));
  }

  async escalate(record: CaseRecord, e: Escalation): Promise<boolean> {
    const named = typeof e.mention === 'string' ? `. ${e.mention}, please act` : '';
    const heading = `ESCALATED (${e.step}): ${record.reference} not acknowledged after ${e.minutes} min${named}`;
    return this.send(record, withMention(await this.render(record, heading), e.mention), `Escalated: ${cardSummary(record)} not yet acknowledged`);
  }

  async refresh(record: CaseRecord): Promise<void> {
    const posts = await this.desk.cards(record.reference);
    if (posts.length === 0) return;
    const card = await this.render(record);
    for (const post of posts) {
      await continueConversation(this.adapter, this.appId, teamsReference(this.appId, post), async (context) => {
        const update: Partial<Activity> = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card), cardSummary(record)), id: post.activityId };
        await context.updateActivity(update);
      });
    }
  }

  private async send(record: CaseRecord, card: Record<string, unknown>, summary: string): Promise<boolean> {
    const address = await this.where();
    if (!address) return false;
    let activityId: string | undefined;
    await continueConversation(this.adapter, this.appId, teamsReference(this.appId, address), async (context) => {
      activityId = (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), summary)))?.id;
    });
    if (activityId) await this.desk.rememberCard(record.reference, { ...address, activityId });
    return true;
  }
}
