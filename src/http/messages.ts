import { HELD_ELSEWHERE } from '../services/activity-dedupe';
import type { Activity, TurnContext } from 'botbuilder';
import type { PccCloudAdapter } from './adapter';
import type { Logger } from 'pino';
import type restify from 'restify';
import type { TurnGate } from './turn-gate';

export interface MessagesOptions {
  readonly adapter: PccCloudAdapter;
  readonly gate: TurnGate;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly log: Logger;
  /**
   * With authentication off (development, tests), where replies may go: loopback, and these
   * (ALLOWED_SERVICE_URLS). With it on, the channel's signed token says where.
   */
  readonly serviceUrlAllowed: (serviceUrl: string) => boolean;
}

/** What an activity must carry for the bot to take it; the first thing missing, or null. */
export function missingField(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'an activity (a JSON object)';
  const a = body as { type?: unknown; channelId?: unknown; conversation?: { id?: unknown }; serviceUrl?: unknown };
  if (typeof a.type !== 'string' || !a.type) return 'type';
  if (typeof a.channelId !== 'string' || !a.channelId) return 'channelId';
  if (!a.conversation || typeof a.conversation.id !== 'string' || !a.conversation.id) return 'conversation.id';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//i.test(a.serviceUrl)) return 'serviceUrl';
  return null;
}

/**
 * POST /api/messages: the Bot Framework channel's activities (web chat through Azure, Teams).
 * An activity without what a reply needs gets 400; a request whose token does not hold gets 401
 * and one log line; neither reaches the bot.
 */
export function registerMessages(server: restify.Server, options: MessagesOptions): void {
  server.post('/api/messages', async (req, res) => {
    const missing = missingField(req.body);
    if (missing) {
      res.send(400, { error: { code: 'BadArgument', message: `the activity needs ${missing}` } });
      return;
    }
    const activity = req.body as Partial<Activity>;
    if (!options.serviceUrlAllowed(activity.serviceUrl ?? '')) {
      options.log.warn({ channel: activity.channelId }, 'activity refused: its serviceUrl is not loopback nor in ALLOWED_SERVICE_URLS');
      res.send(400, { error: { code: 'BadArgument', message: 'this serviceUrl is not allowed' } });
      return;
    }
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    let started = false;
    let heldElsewhere: number | null = null;
    const ran = await options.gate.run(async () => {
      try {
        const invoke = await options.adapter.take(authorization, activity as Activity, async (context) => {
          started = true;
          await options.logic(context);
          heldElsewhere = (context.turnState.get(HELD_ELSEWHERE) as number | undefined) ?? null;
        });
        if (heldElsewhere !== null) {
          // Another instance is running this activity (or has just died running it): send it again soon.
          res.header('Retry-After', String(heldElsewhere));
          res.send(503, { error: { code: 'ServiceUnavailable', message: 'this activity is being handled elsewhere: send it again shortly' } });
          return;
        }
        res.send(invoke?.status ?? 200, invoke?.body ?? undefined);
      } catch (err) {
        // Before the turn started, it is the token that did not hold (or could not be checked): 401.
        const status = started ? 500 : 401;
        const e = err as { name?: string; message?: string };
        options.log.warn({ status, channel: activity.channelId, reason: e.name ?? 'Error', detail: (e.message ?? '').split('\n')[0]?.slice(0, 200) }, status === 401 ? 'request refused: not authenticated' : 'turn failed');
        res.send(status, { error: { code: status === 401 ? 'Unauthorized' : 'InternalError', message: status === 401 ? 'not authenticated' : 'the bot could not take this activity' } });
      }
    });
    if (!ran) res.send(503, { error: 'shutting down' });
  });
}

/** Loopback always (the channel stand-ins and the bot's own Direct Line), else only the allow-list. */
export function serviceUrlPolicy(allowed: readonly string[]): (serviceUrl: string) => boolean {
  const prefixes = allowed.map((u) => u.replace(/\/+$/, ''));
  return (serviceUrl) => {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === '127.0.0.1' || host === '::1' || host === 'localhost') return true;
    return prefixes.some((p) => serviceUrl === p || serviceUrl.startsWith(`${p}/`));
  };
}
