import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Activity, ChannelAccount, ConversationAccount } from 'botbuilder';
import type { Logger } from 'pino';
import type restify from 'restify';
import { WebSocketServer } from 'ws';
import type { OfficeProfile } from '../../domain/office-profile';
import { ConversationsFullError, ConversationTooLongError, DirectLineConversations } from './direct-line-conversations';
import type { DirectLineConversation, DirectLineLimits } from './direct-line-conversations';
import { loopbackHost, publicOrigin } from './public-origin';
import { refuseIfLimited } from '../rate-limits';
import type { Verdict } from '../rate-limits';
import { applySecurityHeaders } from './security-headers';

export const DIRECT_LINE_PATH = '/v3/directline';
/** Where the bot's replies come back, as Connector calls to serviceUrl. */
const CONNECTOR_PATH = '/directline-connector';
const STREAM = /^\/v3\/directline\/conversations\/([0-9a-f-]{36})\/stream$/;

export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineLimits = {
  idleMs: 30 * 60_000,
  tokenTtlMs: 30 * 60_000,
  maxConversations: 2000,
  maxActivities: 2000,
  awayMs: 60_000,
  maxPerAddress: 20,
};

export interface OwnDirectLineOptions {
  readonly profile: OfficeProfile;
  readonly publicUrl: string | null;
  readonly processActivity: (activity: Partial<Activity>) => Promise<void>;
  readonly log: Logger;
  readonly limits?: Partial<DirectLineLimits>;
  /** The client's address (behind a trusted proxy, from X-Forwarded-For), for the per-address cap. */
  readonly clientAddress: (req: IncomingMessage) => string;
  /** Whether this client may open another chat now (the rate limit on new chats). */
  readonly newChat?: (req: IncomingMessage) => Promise<Verdict>;
}

export interface StartedConversation {
  readonly conversationId: string;
  readonly token: string;
  readonly userId: string;
  readonly expiresIn: number;
}

export interface OwnDirectLine {
  readonly conversations: DirectLineConversations;
  /** A conversation for the page, not yet started: it starts (and the bot greets) when Web Chat opens it. */
  open(locale: string, address?: string): StartedConversation;
  /** Whether a serviceUrl is this Direct Line's own Connector (the only place its turns may reply to). */
  isOwnServiceUrl(serviceUrl: string): boolean;
  /** Whether the resident of one of its conversations is still there (see DirectLineConversations#presence). */
  presence(conversationId: string): 'here' | 'away' | 'gone';
  /** Ends every stream (http.Server#close waits for upgraded sockets) and stops the sweeper. */
  close(): void;
}

type Req = restify.Request;
type Res = restify.Response;

function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1] ?? null;
}

function query(req: IncomingMessage, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://local').searchParams.get(name) ?? undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function reply(res: Res, status: number, body: unknown): void {
  applySecurityHeaders(res);
  res.send(status, body);
}

function fail(res: Res, status: number, code: string, message: string): void {
  reply(res, status, { error: { code, message } });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function param(req: Req, name: string): string {
  const v: unknown = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
}

/** A BCP 47 tag from the client, or the fallback: it reaches the bot and the case record. */
function localeOf(body: unknown, fallback: string): string {
  const v = isRecord(body) ? body['locale'] : undefined;
  return typeof v === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(v) ? v : fallback;
}

const account = (id: string, name: string, role: string): ChannelAccount => ({ id, name, role });
const conversationAccount = (id: string): ConversationAccount => ({ id, isGroup: false, conversationType: 'personal', name: '' });

/**
 * A Direct Line 3.0 service of the bot's own, for development and self-hosting
 * without Azure: the routes botframework-directlinejs (inside Web Chat) calls,
 * a WebSocket stream, and the Connector routes the bot replies to.
 */
export function registerOwnDirectLine(server: restify.Server, options: OwnDirectLineOptions): OwnDirectLine {
  const limits: DirectLineLimits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...options.limits };
  const conversations = new DirectLineConversations(limits);
  const log = options.log.child({ component: 'direct-line' });
  const bot = account(`${options.profile.id}-bot`, options.profile.shortName, 'bot');
  // Only this process knows it, so only the bot can post replies into a resident's conversation.
  const connectorKey = randomBytes(24).toString('base64url');
  const expiresIn = Math.floor(limits.tokenTtlMs / 1000);

  const address = (): AddressInfo | null => {
    const a = server.server.address();
    return typeof a === 'object' ? a : null;
  };
  const serviceUrl = (): string => `http://${loopbackHost(address())}${CONNECTOR_PATH}/${connectorKey}`;

  const userAccount = (c: DirectLineConversation): ChannelAccount => account(c.userId, '', 'user');

  const runTurn = (c: DirectLineConversation, activity: Partial<Activity>): Promise<void> => {
    const turn = c.turns.then(() => options.processActivity(activity));
    c.turns = turn.catch(() => undefined);
    return turn;
  };

  const start = (c: DirectLineConversation): void => {
    if (c.started) return;
    c.started = true;
    // Web Chat waits for the bot to speak first: tell the bot the resident has joined.
    const update: Partial<Activity> = {
      type: 'conversationUpdate',
      id: randomUUID(),
      channelId: 'webchat',
      serviceUrl: serviceUrl(),
      timestamp: new Date(),
      from: userAccount(c),
      recipient: bot,
      conversation: conversationAccount(c.id),
      membersAdded: [bot, userAccount(c)],
      locale: c.locale,
    };
    runTurn(c, update).catch((err: unknown) => log.error({ err: { message: (err as Error).message } }, 'the bot did not take the greeting turn'));
  };

  const described = (req: Req, c: DirectLineConversation, token: string, watermark: string | undefined) => {
    const stream = new URL(`${publicOrigin(req, options.publicUrl, address()).ws}${DIRECT_LINE_PATH}/conversations/${c.id}/stream`);
    stream.searchParams.set('watermark', /^\d+$/.test(watermark ?? '') ? String(watermark) : '0');
    stream.searchParams.set('t', c.streamKey);
    return { conversationId: c.id, token, expires_in: expiresIn, streamUrl: stream.toString() };
  };

  const open = (locale: string, address?: string): StartedConversation => {
    const { conversation, token } = conversations.create(locale, undefined, address);
    return { conversationId: conversation.id, token, userId: conversation.userId, expiresIn };
  };

  const withConversation = (req: Req, res: Res, conversationId?: string): { c: DirectLineConversation; token: string } | null => {
    const token = bearer(req);
    const c = conversations.authorize(token, conversationId);
    if (!c || !token) {
      fail(res, 403, 'TokenExpired', 'the token is not valid for this conversation');
      return null;
    }
    return { c, token };
  };

  const full = (res: Res, err: unknown): boolean => {
    if (err instanceof ConversationsFullError) {
      fail(res, 503, 'ServiceUnavailable', 'too many conversations are open; try again soon');
      return true;
    }
    return false;
  };

  // Development has no secret to guard this with, so it mints a token as the page's token route does.
  const SLOW_DOWN = 'Too many new chats from this address just now. Please wait a moment and try again. If you are in danger now, call 999.';

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, async (req, res) => {
    if (options.newChat && refuseIfLimited(res, await options.newChat(req), SLOW_DOWN)) return;
    try {
      const o = open(localeOf(req.body, 'en-GB'), options.clientAddress(req));
      reply(res, 200, { conversationId: o.conversationId, token: o.token, expires_in: o.expiresIn });
    } catch (err) {
      if (!full(res, err)) throw err;
    }
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, (req, res, next) => {
    const found = withConversation(req, res);
    if (found) reply(res, 200, { conversationId: found.c.id, token: conversations.issueToken(found.c), expires_in: expiresIn });
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req, res) => {
    let token = bearer(req);
    let c = conversations.authorize(token);
    if (token && !c) {
      fail(res, 403, 'TokenExpired', 'the token is not valid');
      return;
    }
    const body: unknown = req.body;
    if (!c || !token) {
      // A conversation opened without a token is a new chat: rate-limited per address.
      if (options.newChat && refuseIfLimited(res, await options.newChat(req), SLOW_DOWN)) return;
      try {
        const created = conversations.create(localeOf(body, 'en-GB'), undefined, options.clientAddress(req));
        c = created.conversation;
        token = created.token;
      } catch (err) {
        if (full(res, err)) return;
        throw err;
      }
    }
    c.locale = localeOf(body, c.locale);
    start(c);
    reply(res, 201, described(req, c, token, undefined));
  });

  // directlinejs calls this to reconnect a dropped stream.
  server.get(`${DIRECT_LINE_PATH}/conversations/:id`, (req, res, next) => {
    const found = withConversation(req, res, param(req, 'id'));
    if (found) reply(res, 200, described(req, found.c, found.token, query(req, 'watermark')));
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:id/activities`, async (req, res) => {
    const found = withConversation(req, res, param(req, 'id'));
    if (!found) return;
    const { c } = found;
    const body: unknown = req.body;
    const activity = residentActivity(body, c);
    if (!activity) {
      fail(res, 400, 'BadArgument', 'expected a message, event or typing activity without attachments');
      return;
    }
    let echoed: Partial<Activity>;
    try {
      // Web Chat marks a message as sent when it comes back on the stream.
      echoed = conversations.append(c, activity);
    } catch (err) {
      if (err instanceof ConversationTooLongError) {
        fail(res, 429, 'TooManyRequests', err.message);
        return;
      }
      throw err;
    }
    if (activity.type === 'typing') {
      reply(res, 200, { id: echoed.id });
      return;
    }
    try {
      await runTurn(c, { ...echoed, serviceUrl: serviceUrl(), recipient: bot });
      reply(res, 200, { id: echoed.id });
    } catch (err) {
      log.error({ err: { message: (err as Error).message } }, 'the bot did not take a turn');
      fail(res, 502, 'BotError', 'the bot could not take this message');
    }
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:id/activities`, (req, res, next) => {
    const found = withConversation(req, res, param(req, 'id'));
    if (found) reply(res, 200, conversations.since(found.c, query(req, 'watermark')));
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:id/upload`, (_req, res, next) => {
    fail(res, 400, 'BadArgument', 'attachments are not accepted here');
    next();
  });

  const fromBot = (req: Req, res: Res, next: restify.Next): void => {
    const c = sameSecret(param(req, 'key'), connectorKey) ? conversations.find(param(req, 'conversationId')) : null;
    const body: unknown = req.body;
    if (!c || !isRecord(body) || typeof body['type'] !== 'string') {
      reply(res, c ? 400 : 404, { error: { code: c ? 'BadArgument' : 'NotFound', message: c ? 'expected an activity' : 'no such conversation' } });
      next();
      return;
    }
    // serviceUrl holds the connector key; the browser gets the rest as Direct Line would send it.
    const { serviceUrl: _omitted, ...rest } = body;
    const from = isRecord(rest['from']) ? rest['from'] : {};
    try {
      const stored = conversations.append(c, {
        ...(rest as Partial<Activity>),
        channelId: 'webchat',
        conversation: conversationAccount(c.id),
        from: { ...bot, ...from, role: 'bot' } as ChannelAccount,
        timestamp: new Date(),
      });
      reply(res, 200, { id: stored.id });
    } catch (err) {
      if (!(err instanceof ConversationTooLongError)) throw err;
      fail(res, 429, 'TooManyRequests', err.message);
    }
    next();
  };
  server.post(`${CONNECTOR_PATH}/:key/v3/conversations/:conversationId/activities`, fromBot);
  server.post(`${CONNECTOR_PATH}/:key/v3/conversations/:conversationId/activities/:activityId`, fromBot);

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (!url.pathname.startsWith(`${DIRECT_LINE_PATH}/`)) {
      // Another route's WebSocket, if anything else listens; else nobody will answer it.
      if (server.server.listenerCount('upgrade') === 1) socket.destroy();
      return;
    }
    const id = STREAM.exec(url.pathname)?.[1];
    const c = id ? conversations.find(id) : null;
    if (!c || !sameSecret(url.searchParams.get('t') ?? '', c.streamKey)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      conversations.touch(c);
      const send = (set: unknown): void => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(set));
      };
      const backlog = conversations.since(c, url.searchParams.get('watermark') ?? undefined);
      if (backlog.activities.length > 0) send(backlog);
      const unsubscribe = conversations.subscribe(c, send, () => ws.close(1000, 'conversation ended'));
      // directlinejs sends an empty message every 20 s: that keeps an open page's conversation alive.
      ws.on('message', () => conversations.touch(c));
      ws.on('close', unsubscribe);
      ws.on('error', unsubscribe);
    });
  });

  const sweeper = setInterval(() => conversations.sweep(), 60_000);
  sweeper.unref();
  const close = (): void => {
    clearInterval(sweeper);
    for (const ws of sockets.clients) ws.terminate();
    conversations.closeAll();
  };
  const isOwnServiceUrl = (url: string): boolean => url === serviceUrl() || url.startsWith(`${serviceUrl()}/`);

  return { conversations, open, isOwnServiceUrl, presence: (id) => conversations.presence(id), close };
}

/** Only what a resident may send, as the resident: never as the bot, never with files. */
function residentActivity(body: unknown, c: DirectLineConversation): Partial<Activity> | null {
  if (!isRecord(body)) return null;
  const type = body['type'];
  if (type !== 'message' && type !== 'event' && type !== 'typing') return null;
  if (Array.isArray(body['attachments']) && body['attachments'].length > 0) return null;
  const activity: Partial<Activity> = {
    type,
    channelId: 'webchat',
    conversation: conversationAccount(c.id),
    from: account(c.userId, '', 'user'),
    timestamp: new Date(),
    locale: localeOf(body, c.locale),
  };
  if (typeof body['text'] === 'string') activity.text = body['text'];
  if (typeof body['textFormat'] === 'string') activity.textFormat = body['textFormat'];
  if (type === 'event' && typeof body['name'] === 'string') activity.name = body['name'];
  if (body['value'] !== undefined) activity.value = body['value'];
  const channelData = body['channelData'];
  if (isRecord(channelData)) {
    const kept: Record<string, string> = {};
    for (const k of ['clientActivityID', 'clientTimestamp']) if (typeof channelData[k] === 'string') kept[k] = channelData[k];
    activity.channelData = kept;
  }
  return activity;
}
