import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { refuseIfLimited } from '../rate-limits';
import type { RateLimits } from '../rate-limits';
import type restify from 'restify';
import type { OfficeProfile } from '../../domain/office-profile';
import { LOCALES, LocaleText, resolveLocale } from '../../i18n/locale-text';
import { profileIn } from '../../domain/office-profile';
import { projectRoot } from '../../project-root';
import { directLineFailure } from '../../services/errors';
import { AZURE_DIRECT_LINE_URL, DirectLineTokenError, generateDirectLineToken } from './azure-direct-line-token';
import type { DirectLineLimits } from './direct-line-conversations';
import { ConversationsFullError } from './direct-line-conversations';
import { DIRECT_LINE_PATH, registerOwnDirectLine } from './own-direct-line';
import type { OwnDirectLine } from './own-direct-line';
import { PageTemplate } from './page-template';
import { publicOrigin } from './public-origin';
import { applySecurityHeaders, contentSecurityPolicy } from './security-headers';
import { StaticAsset } from './static-asset';

export interface WebChatOptions {
  readonly profile: OfficeProfile;
  /** Production: exchanged server-side for a Direct Line token; never sent to the browser. */
  readonly directLineSecret: string | null;
  /** The public base URL of this service, if known (else taken from the request). */
  readonly publicUrl: string | null;
  /** Runs one activity through the same adapter and bot as POST /api/messages, as the bot's own channel. */
  readonly processActivity: (activity: Partial<Activity>) => Promise<void>;
  readonly log: Logger;
  /** Azure Direct Line's base URL, for a regional endpoint (https://europe.directline.botframework.com) or a test stand-in. */
  readonly directLineUrl?: string;
  /** The bot's own Direct Line: idle expiry, token lifetime, caps. */
  readonly directLineLimits?: Partial<DirectLineLimits>;
  /** The client's address (behind TRUST_PROXY_HOPS proxies, from X-Forwarded-For). */
  readonly clientAddress: (req: IncomingMessage) => string;
  /** The shared rate limits; none in some tests. */
  readonly rateLimits?: RateLimits;
}

export const TOKEN_PATH = '/api/directline/token';
const LOCALE = 'en-GB';

function httpUrl(value: string, what: string): string {
  const u = new URL(value);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`${what} must be an http(s) URL, not ${u.protocol}`);
  return u.toString();
}

export interface WebChat {
  /** Whether a serviceUrl is the bot's own Direct Line (false when Azure's is used). */
  isOwnServiceUrl(serviceUrl: string): boolean;
  /** Whether a resident on the bot's own Direct Line is still there; `unknown` for any other channel. */
  presence(serviceUrl: string, conversationId: string): 'here' | 'away' | 'gone' | 'unknown';
  /** Ends the bot's own Direct Line streams; call before closing the server. */
  close(): void;
}

/** The resident's web chat page (GET /), its assets, and the Direct Line it talks through. */
export function registerWebChat(server: restify.Server, options: WebChatOptions): WebChat {
  const { profile } = options;
  const root = projectRoot();
  const t = new LocaleText(resolveLocale(profile.locales[0]));
  const azure = options.directLineSecret ? new URL(options.directLineUrl ?? AZURE_DIRECT_LINE_URL) : null;
  const own: OwnDirectLine | null = azure
    ? null
    : registerOwnDirectLine(server, {
        profile,
        publicUrl: options.publicUrl,
        processActivity: options.processActivity,
        log: options.log,
        clientAddress: options.clientAddress,
        ...(options.rateLimits ? { newChat: (req: IncomingMessage) => (options.rateLimits as RateLimits).newChat(options.clientAddress(req)) } : {}),
        ...(options.directLineLimits ? { limits: options.directLineLimits } : {}),
      });

  const template = new PageTemplate(path.join(root, 'web', 'index.html'));
  /** The page's own text in one language, and a link to it in the other. */
  const pageIn = (locale: string): Readonly<Record<string, string>> => {
    const t = new LocaleText(locale);
    const office = profileIn(profile, t.locale);
    const other = t.locale.startsWith('cy') ? 'en' : 'cy';
    return {
      lang: t.locale,
      title: office.web.title,
      officeName: office.name,
      exitUrl: httpUrl(profile.web.quickExitUrl, 'web.quickExitUrl'),
      privacyUrl: httpUrl(profile.links.privacy, 'links.privacy'),
      tokenUrl: TOKEN_PATH,
      skipLink: t.t('web.skipLink'),
      leave: t.t('web.leave'),
      leaveHint: t.t('web.leaveHint'),
      notEmergency: t.t('web.notEmergency'),
      privacy: t.t('web.privacy'),
      nothingKept: t.t('web.nothingKept'),
      chatHeading: t.t('web.chatHeading'),
      loading: t.t('web.loading'),
      unavailable: t.t('web.unavailable', { phone: profile.contact.phone, email: profile.contact.email }),
      noScript: t.t('web.noScript', { phone: profile.contact.phone, email: profile.contact.email }),
      inputPlaceholder: t.t('web.inputPlaceholder'),
      otherLang: other,
      otherLangLabel: t.t('language.button'),
    };
  };
  const pages = new Map(LOCALES.map((l) => [l, pageIn(l)]));
  const firstLanguage = resolveLocale(profile.locales[0]);
  /** `?lang=cy` or `?lang=en` chooses; else the office's first language. */
  const pageFor = (req: restify.Request): Readonly<Record<string, string>> => {
    const asked = new URL(req.url ?? '/', 'http://page').searchParams.get('lang');
    const locale = asked && /^[a-z]{2}$/.test(asked) ? resolveLocale(asked) : firstLanguage;
    return pages.get(locale) ?? (pages.get(firstLanguage) as Readonly<Record<string, string>>);
  };
  const fixed = pages.get(firstLanguage) as Readonly<Record<string, string>>;
  // Rendered once now so that a slot without a value stops start-up rather than a resident's page.
  template.render({ ...fixed, nonce: 'x' });

  const address = () => {
    const a = server.server.address();
    return typeof a === 'object' ? a : null;
  };
  const azureOrigins = azure ? [azure.origin, azure.origin.replace(/^http/, 'ws')] : [];

  server.get('/', (req, res, next) => {
    const nonce = randomBytes(18).toString('base64');
    const origins = publicOrigin(req, options.publicUrl, address());
    applySecurityHeaders(res, contentSecurityPolicy({ styleNonce: nonce, connect: [origins.ws, ...azureOrigins] }));
    const html = template.render({ ...pageFor(req), nonce });
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.writeHead(200);
    res.end(html);
    next();
  });

  const assetPolicy = contentSecurityPolicy({ connect: [] });
  // Browsers ask for it on every visit; an answer keeps a 404 out of the logs and the console.
  server.get('/favicon.ico', (_req, res, next) => {
    applySecurityHeaders(res, assetPolicy);
    res.writeHead(204);
    res.end();
    next();
  });
  // The package's exports hide dist/; its main entry is lib/index.js, beside it.
  const webchatDist = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('botframework-webchat')), '..', 'dist');
  const assets: Readonly<Record<string, StaticAsset>> = {
    '/assets/webchat.js': new StaticAsset(path.join(webchatDist, 'webchat.js'), 'text/javascript; charset=utf-8'),
    '/assets/chat.js': new StaticAsset(path.join(root, 'web', 'chat.js'), 'text/javascript; charset=utf-8'),
    '/assets/chat.css': new StaticAsset(path.join(root, 'web', 'chat.css'), 'text/css; charset=utf-8'),
  };
  for (const [route, asset] of Object.entries(assets)) {
    server.get(route, async (req, res) => {
      applySecurityHeaders(res, assetPolicy);
      try {
        await asset.send(req, res);
      } catch (err) {
        options.log.error({ err: { message: (err as Error).message }, route }, 'web asset unavailable');
        res.send(500, { error: 'asset unavailable' });
      }
    });
  }

  server.post(TOKEN_PATH, async (req, res) => {
    applySecurityHeaders(res);
    if (options.rateLimits && refuseIfLimited(res, await options.rateLimits.newChat(options.clientAddress(req)), t.t('web.slowDown'))) return;
    const userID = `dl_${randomUUID()}`;
    try {
      if (azure && options.directLineSecret) {
        const token = await generateDirectLineToken(azure.toString(), options.directLineSecret, userID);
        res.send(200, { token: token.token, userID, domain: new URL(DIRECT_LINE_PATH, azure).toString() });
        return;
      }
      if (!own) throw new Error('no Direct Line configured');
      const opened = own.open(LOCALE, options.clientAddress(req));
      res.send(200, { token: opened.token, userID: opened.userId, domain: `${publicOrigin(req, options.publicUrl, address()).http}${DIRECT_LINE_PATH}` });
    } catch (err) {
      if (err instanceof ConversationsFullError) {
        res.send(503, { error: 'busy' });
        return;
      }
      // Never the secret, nor anything the resident wrote: the status is enough to act on.
      const status = err instanceof DirectLineTokenError ? err.status : undefined;
      const lasting = status === undefined ? 'unknown' : directLineFailure(status);
      options.log.error({ status, lasting, message: (err as Error).message }, 'could not get a Direct Line token for the web page');
      res.send(502, { error: 'chat unavailable' });
    }
  });

  return {
    isOwnServiceUrl: (url) => own?.isOwnServiceUrl(url) ?? false,
    presence: (url, id) => (own?.isOwnServiceUrl(url) ? own.presence(id) : 'unknown'),
    close: () => own?.close(),
  };
}
