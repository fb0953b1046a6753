/**
 * The baseline for `npm run bench`: the official Bot Framework EchoBot sample (02.echo-bot), in
 * TypeScript. The same botbuilder CloudAdapter as the real bot, authentication off (no app id),
 * restify 11, POST /api/messages; it answers every message with its text and greets new members.
 * Nothing else: no Redis, no dialogs, no state. Not part of the bot; the benchmark starts it as a
 * child process (PORT, HOST).
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import type { Request as BotRequest } from 'botbuilder';
import restify from 'restify';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const welcomeText = 'Hello and welcome!';
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity(MessageFactory.text(welcomeText, welcomeText));
      }
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`echo bot: turn failed: ${error.message}\n`);
  await context.sendActivity('The bot encountered an error or bug.');
};
const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  // (restify's Request has `method?: string`, botbuilder's `method: string`: the same object, typed apart under exactOptionalPropertyTypes.)
  await adapter.process(req as BotRequest, res, (context) => bot.run(context));
});
// So the benchmark can tell when it is up (the sample has no such route; it costs nothing per turn).
server.get('/healthz', (_req, res, next) => {
  res.send(200, { ok: true });
  return next();
});

server.listen(Number(process.env['PORT'] ?? 3978), process.env['HOST'] ?? '127.0.0.1', () => {
  process.stdout.write(`echo bot listening on ${server.url}\n`);
});
const stop = (): void => {
  server.close(() => process.exit(0));
  server.server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
