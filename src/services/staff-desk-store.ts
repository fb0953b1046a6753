import type { RedisConnection } from './redis-connection';
import { z } from 'zod';
import type { CaseRecord } from '../domain/case-record';
import { priorityScore } from '../domain/staff-desk';

const CardPost = z.object({ serviceUrl: z.string(), conversationId: z.string(), activityId: z.string(), tenantId: z.string().nullable() });
/** Where a case's card was posted in the staff channel, so it can be updated in place. */
export type CardPost = z.infer<typeof CardPost>;

const RelayEntry = z.object({ from: z.enum(['resident', 'staff']), at: z.string(), text: z.string() });
export type RelayEntry = z.infer<typeof RelayEntry>;

const Relay = z.object({
  reference: z.string(),
  staff: z.object({ id: z.string(), name: z.string() }),
  /** The card's reply thread in the staff channel (or a personal chat), where the resident's words go. */
  thread: z.object({ serviceUrl: z.string(), conversationId: z.string(), tenantId: z.string().nullable() }),
  /** The resident's conversation reference, as the channel gave it. */
  resident: z.record(z.string(), z.unknown()),
  residentConversationId: z.string(),
  startedAt: z.string(),
});
export type Relay = z.infer<typeof Relay>;

/**
 * The staff desk's own keys in Redis: the open queue in priority order, where each case's cards
 * were posted, and live chats between staff and residents. What staff did is in the case record.
 */
export class StaffDeskStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly officeId: string,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * A live chat's keys share one hash tag, so the commands that start and end it together stay on one
   * node of a Redis Cluster.
   */
  private relayKey(part: 'case' | 'resident' | 'thread' | 'log', id: string): string {
    return `pcc:{relay:${this.officeId}}:${part}:${id}`;
  }

  private get openKey(): string {
    return `pcc:desk:open:${this.officeId}`;
  }

  /** The case is in the open queue (idempotent). */
  async open(record: Pick<CaseRecord, 'reference' | 'kind' | 'risk' | 'receivedAt'>): Promise<void> {
    await this.redis.zadd(this.openKey, priorityScore(record), record.reference);
  }

  async close(reference: string): Promise<void> {
    await this.redis.zrem(this.openKey, reference);
  }

  /** Open cases, most urgent and then oldest first. */
  async openReferences(limit: number): Promise<string[]> {
    return this.redis.zrange(this.openKey, 0, limit - 1);
  }

  async rememberCard(reference: string, post: CardPost): Promise<void> {
    const key = `pcc:desk:cards:${reference}`;
    await this.redis.multi().rpush(key, JSON.stringify(CardPost.parse(post))).ltrim(key, -20, -1).expire(key, this.ttlSeconds).exec();
  }

  async cards(reference: string): Promise<CardPost[]> {
    const raw = await this.redis.lrange(`pcc:desk:cards:${reference}`, 0, -1);
    return raw.flatMap((r) => {
      const p = CardPost.safeParse(JSON.parse(r));
      return p.success ? [p.data] : [];
    });
  }

  /** Starts a live chat unless one is already open for the case; the one that holds. */
  async startRelay(relay: Relay): Promise<{ readonly started: boolean; readonly relay: Relay }> {
    const key = this.relayKey('case', relay.reference);
    const won = await this.redis.set(key, JSON.stringify(Relay.parse(relay)), 'EX', this.ttlSeconds, 'NX');
    if (won !== 'OK') return { started: false, relay: (await this.relay(relay.reference)) ?? relay };
    await this.redis
      .multi()
      .set(this.relayKey('resident', relay.residentConversationId), relay.reference, 'EX', this.ttlSeconds)
      .set(this.relayKey('thread', relay.thread.conversationId), relay.reference, 'EX', this.ttlSeconds)
      .del(this.relayKey('log', relay.reference))
      .exec();
    return { started: true, relay };
  }

  async relay(reference: string): Promise<Relay | null> {
    const raw = await this.redis.get(this.relayKey('case', reference));
    const p = raw ? Relay.safeParse(JSON.parse(raw)) : null;
    return p?.success ? p.data : null;
  }

  async relayForResident(conversationId: string): Promise<Relay | null> {
    const reference = await this.redis.get(this.relayKey('resident', conversationId));
    return reference ? this.relay(reference) : null;
  }

  async relayForThread(conversationId: string): Promise<Relay | null> {
    const reference = await this.redis.get(this.relayKey('thread', conversationId));
    return reference ? this.relay(reference) : null;
  }

  async logRelay(reference: string, entry: RelayEntry): Promise<void> {
    const key = this.relayKey('log', reference);
    await this.redis.multi().rpush(key, JSON.stringify(entry)).ltrim(key, -500, -1).expire(key, this.ttlSeconds).exec();
  }

  /** Ends the chat (once: the caller that gets it back ends it) and hands back what was said. */
  async endRelay(reference: string): Promise<{ readonly relay: Relay; readonly transcript: RelayEntry[] } | null> {
    const relay = await this.relay(reference);
    if (!relay) return null;
    const [[, deleted], [, log]] = (await this.redis
      .multi()
      .del(this.relayKey('case', reference))
      .lrange(this.relayKey('log', reference), 0, -1)
      .del(this.relayKey('log', reference), this.relayKey('resident', relay.residentConversationId), this.relayKey('thread', relay.thread.conversationId))
      .exec()) as [[Error | null, number], [Error | null, string[]], [Error | null, number]];
    if (deleted !== 1) return null;
    const transcript = log.flatMap((r) => {
      const p = RelayEntry.safeParse(JSON.parse(r));
      return p.success ? [p.data] : [];
    });
    return { relay, transcript };
  }
}
