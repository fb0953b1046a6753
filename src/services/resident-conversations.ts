import type { ConversationReference } from 'botbuilder';
import type { RedisConnection } from './redis-connection';

/**
 * Where the resident of an urgent case can still be reached (the channel's conversation
 * reference, never what they wrote), so staff acknowledging the case can tell them it was seen.
 */
export class ResidentConversations {
  constructor(
    private readonly redis: RedisConnection,
    private readonly ttlSeconds: number,
  ) {}

  private key(reference: string): string {
    return `pcc:resident-conversation:${reference}`;
  }

  async remember(reference: string, conversation: Partial<ConversationReference>): Promise<void> {
    await this.redis.set(this.key(reference), JSON.stringify(conversation), 'EX', this.ttlSeconds);
  }

  async find(reference: string): Promise<Partial<ConversationReference> | null> {
    const raw = await this.redis.get(this.key(reference));
    return raw ? (JSON.parse(raw) as Partial<ConversationReference>) : null;
  }
}
