import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  readonly type: string;
  readonly name?: string;
  readonly text?: string;
  readonly value?: unknown;
  readonly suggestedActions?: { actions: { title: string; value: unknown }[] };
  readonly attachments?: { contentType: string; content: { buttons?: { title: string; value: unknown }[]; text?: string } }[];
  readonly [k: string]: unknown;
}

/** Stands in for the channel's Connector service: records what the bot sends to serviceUrl. */
export class ConnectorStandIn {
  private readonly byConversation = new Map<string, SentActivity[]>();
  /** Teams team rosters, by team id: what GET /v3/conversations/{teamId}/members/{userId} answers. */
  readonly teams = new Map<string, Map<string, { id: string; name: string; aadObjectId: string }>>();
  /** Set to answer every member lookup with this HTTP status (Teams having trouble). */
  membersFailWith: number | null = null;
  /** Called as each activity arrives (a benchmark times arrivals with it). */
  onPost: ((conversationId: string, activity: SentActivity) => void) | null = null;
  /** Conversations the channel no longer has (the resident closed the page): sending to them gets 404. */
  readonly gone = new Set<string>();
  /** Activities the bot updated in place (PUT …/activities/{id}), by conversation, in order. */
  private readonly updatesByConversation = new Map<string, (SentActivity & { id: string })[]>();
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)/.exec(req.url ?? '');
      if (member && req.method === 'GET') {
        if (this.membersFailWith) {
          res.writeHead(this.membersFailWith, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'try later' } }));
          return;
        }
        const found = this.teams.get(decodeURIComponent(member[1] ?? ''))?.get(decodeURIComponent(member[2] ?? ''));
        res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(found ?? { error: { code: 'MemberNotFoundInConversation', message: 'not a member' } }));
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (m && this.gone.has(decodeURIComponent(m[1] ?? ''))) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ConversationNotFound', message: 'conversation not found' } }));
        return;
      }
      if (m && req.method === 'PUT') {
        const conv = decodeURIComponent(m[1] ?? '');
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as SentActivity;
        const list = this.updatesByConversation.get(conv) ?? [];
        list.push({ ...body, id: decodeURIComponent(m[2] ?? '') });
        this.updatesByConversation.set(conv, list);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: m[2] }));
        return;
      }
      if (m && req.method === 'POST') {
        const conv = decodeURIComponent(m[1] ?? '');
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as SentActivity;
        const id = typeof body['id'] === 'string' ? body['id'] : randomUUID();
        const list = this.byConversation.get(conv) ?? [];
        list.push({ ...body, id });
        this.byConversation.set(conv, list);
        this.onPost?.(conv, body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  updates(conversationId: string): (SentActivity & { id: string })[] {
    return [...(this.updatesByConversation.get(conversationId) ?? [])];
  }

  activities(conversationId: string): SentActivity[] {
    return [...(this.byConversation.get(conversationId) ?? [])];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function textOf(acts: readonly SentActivity[]): string {
  return acts
    .filter((a) => a.type === 'message')
    .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => x.content?.text ?? '')].join('\n'))
    .join('\n');
}

export function buttonsOf(acts: readonly SentActivity[]): string[] {
  const out: string[] = [];
  for (const a of acts) {
    for (const b of a.suggestedActions?.actions ?? []) out.push(b.title);
    for (const att of a.attachments ?? []) for (const b of att.content?.buttons ?? []) out.push(b.title);
  }
  return out;
}

export const REFERENCE = /\b[A-Z]{2,6}-\d{4}-\d{6}\b/;

/** One resident's conversation, posted over HTTP to /api/messages as a channel would. */
export class TestConversation {
  readonly id = `conv-${randomUUID()}`;
  readonly userId = `user-${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly botUrl: string,
    private readonly connector: ConnectorStandIn,
    private readonly channelId = 'webchat',
    private readonly locale = 'en-GB',
  ) {}

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      type: 'message',
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: this.connector.url,
      from: { id: this.userId, name: 'Resident', role: 'user' },
      recipient: { id: 'pcc-bot', name: 'PCC bot', role: 'bot' },
      conversation: { id: this.id },
      timestamp: new Date().toISOString(),
      locale: this.locale,
      ...extra,
    };
  }

  async post(activity: Record<string, unknown>): Promise<number> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await res.text();
    return res.status;
  }

  /** Posts and returns what the bot sent during that turn (the turn has ended when the POST returns). */
  async send(activity: Record<string, unknown>): Promise<SentActivity[]> {
    const before = this.connector.activities(this.id).length;
    const status = await this.post(activity);
    if (status >= 300) throw new Error(`bot answered HTTP ${status}`);
    return this.connector.activities(this.id).slice(before);
  }

  join(): Promise<SentActivity[]> {
    return this.send(this.activity({ type: 'conversationUpdate', membersAdded: [{ id: 'pcc-bot' }, { id: this.userId }] }));
  }

  say(text: string): Promise<SentActivity[]> {
    return this.send(this.activity({ text }));
  }

  all(): SentActivity[] {
    return this.connector.activities(this.id);
  }
}
