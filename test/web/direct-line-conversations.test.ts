import { describe, expect, it } from 'vitest';
import { ConversationsFullError, ConversationTooLongError, DirectLineConversations } from '../../src/http/web/direct-line-conversations';

const MINUTE = 60_000;

function store(limits: Partial<{ maxConversations: number; maxActivities: number }> = {}) {
  let now = 1_000_000;
  const conversations = new DirectLineConversations({ idleMs: 30 * MINUTE, tokenTtlMs: 30 * MINUTE, awayMs: MINUTE, maxConversations: 10, maxActivities: 100, ...limits, now: () => now });
  return { conversations, advance: (ms: number) => (now += ms) };
}

describe('the Direct Line conversations in memory', () => {
  it('numbers activities with watermarks and answers from any watermark', () => {
    const { conversations } = store();
    const { conversation } = conversations.create('en-GB');
    const a = conversations.append(conversation, { type: 'message', text: 'one' });
    conversations.append(conversation, { type: 'message', text: 'two' });
    expect(a.id).toBe(`${conversation.id}|0000000`);
    expect(conversations.since(conversation, '').activities.map((x) => x.text)).toEqual(['one', 'two']);
    expect(conversations.since(conversation, '1')).toMatchObject({ activities: [{ text: 'two' }], watermark: '2' });
    expect(conversations.since(conversation, '2').activities).toEqual([]);
    expect(conversations.since(conversation, '99').activities).toEqual([]);
  });

  it('hands new activities to a stream as they come', () => {
    const { conversations } = store();
    const { conversation } = conversations.create('en-GB');
    const got: string[] = [];
    const stop = conversations.subscribe(conversation, (set) => got.push(`${set.activities[0]?.text}@${set.watermark}`), () => undefined);
    conversations.append(conversation, { type: 'message', text: 'hello' });
    stop();
    conversations.append(conversation, { type: 'message', text: 'unheard' });
    expect(got).toEqual(['hello@1']);
  });

  it('opens a conversation only with its own live token', () => {
    const { conversations, advance } = store();
    const a = conversations.create('en-GB');
    const b = conversations.create('en-GB');
    expect(conversations.authorize(a.token, a.conversation.id)).toBe(a.conversation);
    expect(conversations.authorize(a.token, b.conversation.id)).toBeNull();
    expect(conversations.authorize('made-up', a.conversation.id)).toBeNull();
    expect(conversations.authorize(null)).toBeNull();
    advance(20 * MINUTE);
    const fresh = conversations.issueToken(a.conversation);
    conversations.touch(a.conversation);
    advance(11 * MINUTE);
    // The first token has expired; the refreshed one has not.
    expect(conversations.authorize(a.token)).toBeNull();
    expect(conversations.authorize(fresh)).toBe(a.conversation);
  });

  it('forgets an idle conversation, its words and its tokens, and closes its streams', () => {
    const { conversations, advance } = store();
    const { conversation, token } = conversations.create('en-GB');
    conversations.append(conversation, { type: 'message', text: 'private' });
    let closed = 0;
    conversations.subscribe(conversation, () => undefined, () => closed++);
    advance(30 * MINUTE + 1);
    conversations.sweep();
    expect(closed).toBe(1);
    expect(conversations.size).toBe(0);
    expect(conversations.find(conversation.id)).toBeNull();
    expect(conversations.authorize(token)).toBeNull();
    expect(() => conversations.since(conversation, '0')).toThrow(/ended/);
  });

  it('keeps a conversation that is in use', () => {
    const { conversations, advance } = store();
    const { conversation } = conversations.create('en-GB');
    for (let i = 0; i < 5; i++) {
      advance(20 * MINUTE);
      conversations.touch(conversation);
      conversations.sweep();
    }
    expect(conversations.find(conversation.id)).toBe(conversation);
  });

  it('caps conversations and activities, so memory cannot be run out', () => {
    const { conversations } = store({ maxConversations: 2, maxActivities: 2 });
    const { conversation } = conversations.create('en-GB');
    const second = conversations.create('en-GB').conversation;
    // Full only when every conversation has a page open on it: an idle one would make room.
    conversations.subscribe(conversation, () => undefined, () => undefined);
    conversations.subscribe(second, () => undefined, () => undefined);
    expect(() => conversations.create('en-GB')).toThrow(ConversationsFullError);
    conversations.append(conversation, { type: 'message' });
    conversations.append(conversation, { type: 'message' });
    expect(() => conversations.append(conversation, { type: 'message' })).toThrow(ConversationTooLongError);
  });
});

describe('whether the resident is still there (for a live chat with staff)', () => {
  it('is here with a socket open, away a minute after the page stops polling, and gone once forgotten', () => {
    const { conversations, advance } = store();
    const { conversation, token } = conversations.create('en-GB');
    expect(conversations.presence(conversation.id)).toBe('here');
    const unsubscribe = conversations.subscribe(conversation, () => undefined, () => undefined);
    advance(5 * MINUTE);
    // An open socket: still there, however long since the last message.
    expect(conversations.presence(conversation.id)).toBe('here');
    unsubscribe();
    expect(conversations.presence(conversation.id)).toBe('away');
    // A poll brings them back.
    expect(conversations.authorize(token, conversation.id)).not.toBeNull();
    expect(conversations.presence(conversation.id)).toBe('here');
    advance(MINUTE + 1);
    expect(conversations.presence(conversation.id)).toBe('away');
    advance(30 * MINUTE);
    expect(conversations.presence(conversation.id)).toBe('gone');
    expect(conversations.presence('no-such-conversation')).toBe('gone');
  });
});

describe('a flood of new conversations', () => {
  it('never locks anyone out: past its cap an address loses its own oldest, past the total the longest idle goes', () => {
    let now = 1_000_000;
    const conversations = new DirectLineConversations({ idleMs: 30 * MINUTE, tokenTtlMs: 30 * MINUTE, awayMs: MINUTE, maxConversations: 10, maxActivities: 100, maxPerAddress: 3, now: () => now });
    const resident = conversations.create('en-GB', undefined, '198.51.100.23');
    conversations.subscribe(resident.conversation, () => undefined, () => undefined);
    const flood: string[] = [];
    for (let i = 0; i < 50; i++) {
      now += 10;
      flood.push(conversations.create('en-GB', undefined, '203.0.113.7').conversation.id);
    }
    // The flood holds only its last three; the resident's conversation is still there.
    expect(conversations.size).toBe(4);
    expect(conversations.find(resident.conversation.id)).not.toBeNull();
    expect(flood.slice(-3).every((id) => conversations.find(id) !== null)).toBe(true);
    // Many addresses at once fill the total: the one idle longest (without a stream) goes first.
    for (let i = 0; i < 20; i++) {
      now += 10;
      conversations.create('en-GB', undefined, `192.0.2.${i}`);
    }
    expect(conversations.size).toBe(10);
    expect(conversations.find(resident.conversation.id)).not.toBeNull();
    expect(conversations.evicted).toBeGreaterThan(0);
  });
});
