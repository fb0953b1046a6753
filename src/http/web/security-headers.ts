import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export interface PolicySources {
  /** Per response: lets Web Chat's injected <style> elements in without 'unsafe-inline'. */
  readonly styleNonce?: string;
  /** Origins the page may call besides 'self': its own WebSocket origin (older browsers do not read 'self' as ws:), Azure Direct Line in production. */
  readonly connect: readonly string[];
}

const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;

/**
 * Only what the page needs: its own scripts (the Web Chat bundle is served from
 * here too), no eval, no inline script, no framing, no forms posting elsewhere.
 */
export function contentSecurityPolicy(sources: PolicySources): string {
  // One of Web Chat's libraries (react-scroll-to-bottom) inserts its <style> without the nonce, empty,
  // and fills it through CSSOM: the hash of the empty string lets exactly that in, and nothing else.
  const styles = ["'self'", ...(sources.styleNonce ? [`'nonce-${sources.styleNonce}'`, `'${EMPTY_STYLE_HASH}'`] : [])];
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styles.join(' ')}`,
    // Web Chat makes its typing and spinner animations into blob: URLs; only the page's own scripts can mint those.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...sources.connect].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every web route sends; nothing a resident sees or sends may sit in a cache. */
export function applySecurityHeaders(res: ServerResponse, csp?: string): void {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-content-type-options', 'nosniff');
  if (csp) res.setHeader('content-security-policy', csp);
}
