import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type restify from 'restify';
import type { OfficeProfile } from '../domain/office-profile';

export interface WebChatOptions {
  readonly profile: OfficeProfile;
  /** Production: exchanged server-side for a Direct Line token; never sent to the browser. */
  readonly directLineSecret: string | null;
  /** The public base URL of this service, if known (else taken from the request). */
  readonly publicUrl: string | null;
  /** Runs one activity through the same adapter and bot as POST /api/messages (authentication off only). */
  readonly processActivity: (activity: Partial<Activity>) => Promise<void>;
  readonly log: Logger;
}

/** GET / and what Web Chat needs to talk to the bot. (Placeholder until the web page lands.) */
export function registerWebChat(server: restify.Server, options: WebChatOptions): void {
  server.get('/', (_req, res, next) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${options.profile.web.title}</title></head><body><p>The web chat page is not built yet. If you are in danger, call 999.</p></body></html>`);
    next();
  });
}
