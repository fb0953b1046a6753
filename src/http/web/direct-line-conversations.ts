import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** One batch as Direct Line 3.0 sends it, on a socket or to a poll. */
export interface ActivitySet {
  readonly activities: readonly Partial<Activity>[];
  readonly watermark: string;
}

export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** The key in this conversation's streamUrl: a browser cannot put a bearer token on a WebSocket. */
  readonly streamKey: string;
  locale: string;
  started: boolean;
  lastSeen: number;
  /** Turns run one after another, so conversation state is never written by two at once. */
  turns: Promise<void>;
}

interface Held {
  readonly conversation: DirectLineConversation;
  /** The client address that opened it (never logged), for the per-address cap. */
  readonly address: string;
  readonly activities: Partial<Activity>[];
  readonly listeners: Set<(set: ActivitySet) => void>;
  readonly tokens: Map<string, number>;
  readonly closers: Set<() => void>;
}

export interface DirectLineLimits {
  readonly idleMs: number;
  readonly tokenTtlMs: number;
  readonly maxConversations: number;
  readonly maxActivities: number;
  /** With no socket open and no poll for this long, the resident has most likely closed the page. */
  readonly awayMs: number;
  /** Open conversations one client address may hold; a new one past it replaces that address's oldest. */
  readonly maxPerAddress?: number;
  readonly now?: () => number;
}

export class ConversationsFullError extends Error {
  constructor() {
    super('too many open conversations');
  }
}

export class ConversationTooLongError extends Error {
  constructor() {
    super('this conversation has too many activities');
  }
}

const secret = (): string => randomBytes(32).toString('base64url');

/**
 * The conversations of the bot's own Direct Line, in memory only: a resident's
 * words must not outlive the conversation here, and an idle one is forgotten.
 */
export class DirectLineConversations {
  private readonly byId = new Map<string, Held>();
  private readonly byToken = new Map<string, string>();
  private readonly now: () => number;

  constructor(private readonly limits: DirectLineLimits) {
    this.now = limits.now ?? Date.now;
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * A new conversation. Never a lock-out: past the address's cap, its own oldest conversation
   * goes; past the total, the one idle longest with no stream open goes (a flood evicts itself
   * first). Only when every conversation has a stream open and the total is reached is it full.
   */
  create(locale: string, userId = `resident_${randomUUID()}`, address = 'unknown'): { conversation: DirectLineConversation; token: string } {
    this.sweep();
    const perAddress = this.limits.maxPerAddress ?? Number.POSITIVE_INFINITY;
    const mine = [...this.byId.values()].filter((h) => h.address === address);
    if (mine.length >= perAddress) this.evictOldest(mine);
    if (this.byId.size >= this.limits.maxConversations) {
      const idle = [...this.byId.values()].filter((h) => h.listeners.size === 0);
      if (idle.length === 0) throw new ConversationsFullError();
      this.evictOldest(idle);
    }
    const conversation: DirectLineConversation = {
      id: randomUUID(),
      userId,
      streamKey: secret(),
      locale,
      started: false,
      lastSeen: this.now(),
      turns: Promise.resolve(),
    };
    this.byId.set(conversation.id, { conversation, address, activities: [], listeners: new Set(), tokens: new Map(), closers: new Set() });
    return { conversation, token: this.issueToken(conversation) };
  }

  /** The conversation a bearer token opens, if it is live and (when given) the one asked for. */
  authorize(token: string | null, conversationId?: string): DirectLineConversation | null {
    if (!token) return null;
    const id = this.byToken.get(token);
    const held = id === undefined ? undefined : this.byId.get(id);
    if (!held) return null;
    const expiresAt = held.tokens.get(token) ?? 0;
    if (expiresAt <= this.now() || this.idle(held)) {
      if (this.idle(held)) this.drop(held);
      return null;
    }
    if (conversationId !== undefined && conversationId !== held.conversation.id) return null;
    held.conversation.lastSeen = this.now();
    return held.conversation;
  }

  /** The conversation a bot's reply is for; the connector path's own key has already been checked. */
  find(conversationId: string): DirectLineConversation | null {
    const held = this.byId.get(conversationId);
    return held && !this.idle(held) ? held.conversation : null;
  }

  issueToken(conversation: DirectLineConversation): string {
    const held = this.mustHold(conversation);
    const token = secret();
    held.tokens.set(token, this.now() + this.limits.tokenTtlMs);
    this.byToken.set(token, conversation.id);
    return token;
  }

  touch(conversation: DirectLineConversation): void {
    conversation.lastSeen = this.now();
  }

  /** Adds an activity with the next id and watermark, and hands it to every open stream. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): Partial<Activity> {
    const held = this.mustHold(conversation);
    if (held.activities.length >= this.limits.maxActivities) throw new ConversationTooLongError();
    const stored: Partial<Activity> = { ...activity, id: `${conversation.id}|${String(held.activities.length).padStart(7, '0')}` };
    held.activities.push(stored);
    const set: ActivitySet = { activities: [stored], watermark: String(held.activities.length) };
    for (const listener of held.listeners) listener(set);
    return stored;
  }

  /** Activities after a watermark ('' or garbage: from the start). */
  since(conversation: DirectLineConversation, watermark: string | undefined): ActivitySet {
    const held = this.mustHold(conversation);
    const from = /^\d+$/.test(watermark ?? '') ? Math.min(Number(watermark), held.activities.length) : 0;
    return { activities: held.activities.slice(from), watermark: String(held.activities.length) };
  }

  /** `close` is called when the conversation is forgotten, so its sockets go with it. */
  subscribe(conversation: DirectLineConversation, listener: (set: ActivitySet) => void, close: () => void): () => void {
    const held = this.mustHold(conversation);
    held.listeners.add(listener);
    held.closers.add(close);
    return () => {
      held.listeners.delete(listener);
      held.closers.delete(close);
    };
  }

  /** Forgets idle conversations; an open socket keeps one alive, as the client pings it. */
  sweep(): void {
    for (const held of [...this.byId.values()]) {
      if (this.idle(held)) this.drop(held);
      else for (const [token, expiresAt] of held.tokens) if (expiresAt <= this.now()) this.forgetToken(held, token);
    }
  }

  /**
   * Whether the resident is still there: `here` with a socket open or a recent poll, `away` when
   * neither for `awayMs` (the page was closed, or the device slept), `gone` once it is forgotten.
   */
  presence(conversationId: string): 'here' | 'away' | 'gone' {
    const held = this.byId.get(conversationId);
    if (!held || this.idle(held)) return 'gone';
    if (held.listeners.size > 0) return 'here';
    return this.now() - held.conversation.lastSeen > this.limits.awayMs ? 'away' : 'here';
  }

  /** Drops the one of these seen least recently. */
  private evictOldest(among: readonly Held[]): void {
    const oldest = among.reduce<Held | null>((a, h) => (a === null || h.conversation.lastSeen < a.conversation.lastSeen ? h : a), null);
    if (oldest) {
      this.drop(oldest);
      this.evicted++;
    }
  }

  /** How many conversations were dropped to make room (a sign of a flood). */
  evicted = 0;

  closeAll(): void {
    for (const held of [...this.byId.values()]) this.drop(held);
  }

  private idle(held: Held): boolean {
    return this.now() - held.conversation.lastSeen > this.limits.idleMs;
  }

  private forgetToken(held: Held, token: string): void {
    held.tokens.delete(token);
    this.byToken.delete(token);
  }

  private drop(held: Held): void {
    this.byId.delete(held.conversation.id);
    for (const token of [...held.tokens.keys()]) this.forgetToken(held, token);
    for (const close of [...held.closers]) close();
    held.listeners.clear();
    held.closers.clear();
    held.activities.length = 0;
  }

  private mustHold(conversation: DirectLineConversation): Held {
    const held = this.byId.get(conversation.id);
    if (!held) throw new Error('this conversation has ended');
    return held;
  }
}
