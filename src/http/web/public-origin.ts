import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Origins {
  /** e.g. http://localhost:3978 */
  readonly http: string;
  /** e.g. ws://localhost:3978 */
  readonly ws: string;
}

// A Host header goes into a URL and a CSP header: anything unusual is not trusted.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The origin the browser used to reach this page: PUBLIC_URL when configured,
 * else the request's Host (and a proxy's X-Forwarded-Proto, so a page served
 * over https gets a wss: stream).
 */
export function publicOrigin(req: IncomingMessage, publicUrl: string | null, fallback: AddressInfo | null): Origins {
  let origin: string;
  if (publicUrl) {
    origin = new URL(publicUrl).origin;
  } else {
    const host = header(req, 'host');
    const proto = header(req, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
    origin = host && HOST.test(host) ? `${proto}://${host}` : `http://${loopbackHost(fallback)}`;
  }
  return { http: origin, ws: origin.replace(/^http/, 'ws') };
}

/** host:port to reach this server from itself, whatever address it listens on. */
export function loopbackHost(address: AddressInfo | null): string {
  if (!address) return '127.0.0.1';
  const ip = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `${ip.includes(':') ? `[${ip}]` : ip}:${address.port}`;
}
