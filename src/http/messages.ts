import type { CloudAdapter, Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { TurnGate } from './turn-gate';

export interface MessagesOptions {
  readonly adapter: CloudAdapter;
  readonly gate: TurnGate;
  readonly logic: (context: TurnContext) => Promise<void>;
}

/** POST /api/messages: the Bot Framework channel's activities (web chat through Azure, Teams). */
export function registerMessages(server: restify.Server, options: MessagesOptions): void {
  server.post('/api/messages', async (req, res) => {
    const ran = await options.gate.run(() => options.adapter.process(req as unknown as BotRequest, res as unknown as BotResponse, options.logic));
    if (!ran) res.send(503, { error: 'shutting down' });
  });
}
