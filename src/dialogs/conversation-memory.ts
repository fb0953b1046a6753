import type { TurnContext } from 'botbuilder';
import type { ConversationData } from '../conversation-data';
import type { TranscriptEntry } from '../domain/case-record';

/**
 * What the conversation remembers beyond a dialog's own state (its transcript, its urgent case,
 * the harms named so far), read and written only through these accessors. The bot loads it from
 * the conversation state and attaches it to the turn; dialogs get this object in their deps and
 * never reach into the bot's state themselves.
 */
export class ConversationMemory {
  private readonly key = Symbol('conversation memory');

  /** The bot, at the start of a turn: this turn's conversation data (saved by the bot at the end). */
  attach(context: TurnContext, data: ConversationData): void {
    context.turnState.set(this.key, data);
  }

  private data(context: TurnContext): ConversationData {
    const data = context.turnState.get(this.key) as ConversationData | undefined;
    if (data) return data;
    // A turn without memory (it could not be loaded): what is written now lasts for the turn only.
    const fresh: ConversationData = {};
    context.turnState.set(this.key, fresh);
    return fresh;
  }

  transcript(context: TurnContext): readonly TranscriptEntry[] {
    return this.data(context).transcript ?? [];
  }

  /** Harms the resident has named (e.g. stalking): a later disclosure is signposted with them in mind. */
  topics(context: TurnContext): readonly string[] {
    return this.data(context).topics ?? [];
  }

  noteTopic(context: TurnContext, topic: string): void {
    const data = this.data(context);
    data.topics = [...new Set([...(data.topics ?? []), topic])];
  }

  /** The conversation's urgent case, to which later disclosures are added. */
  urgentReference(context: TurnContext): string | null {
    return this.data(context).urgentReference ?? null;
  }

  setUrgentReference(context: TurnContext, reference: string): void {
    this.data(context).urgentReference = reference;
  }
}
