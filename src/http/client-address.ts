import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's, or, behind `trustedHops` proxies of our own (TRUST_PROXY_HOPS),
 * the one the outermost of them saw, read from the right of X-Forwarded-For (what a client wrote
 * on the left cannot be trusted). Used for rate limits and caps, never logged.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket?.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  return chain[chain.length - trustedHops] ?? chain[0] ?? socket;
}
