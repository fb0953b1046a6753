import { format } from 'node:util';
import type { Logger } from 'pino';

/**
 * What the Bot Framework SDK prints on the console while it refuses a channel token: the refusal
 * itself is logged once, structured, by the route (src/http/messages.ts), so these are dropped.
 */
function isTokenRefusalNoise(args: readonly unknown[]): boolean {
  const [first] = args;
  if (first instanceof Error) return first.name === 'TokenExpiredError' || first.name === 'JsonWebTokenError' || first.name === 'NotBeforeError';
  return typeof first === 'string' && first.startsWith('Error finding key for token');
}

/**
 * Routes what libraries write with console.error and console.warn into the structured log, one
 * line each (through the log's redaction), so nothing multi-line and unstructured reaches stderr.
 * Installed once by each entry point (server.ts, worker.ts); returns a function that undoes it.
 */
export function bridgeConsole(log: Logger): () => void {
  const original = { error: console.error, warn: console.warn };
  const to = (level: 'error' | 'warn') => (...args: unknown[]): void => {
    if (isTokenRefusalNoise(args)) return;
    const [first] = args;
    if (first instanceof Error) {
      log[level]({ from: 'console', err: { name: first.name, message: first.message, stack: first.stack } }, 'a library reported an error');
      return;
    }
    log[level]({ from: 'console', message: format(...args).replace(/\s*\n\s*/g, ' ').slice(0, 1000) }, 'a library wrote to the console');
  };
  console.error = to('error');
  console.warn = to('warn');
  return () => {
    console.error = original.error;
    console.warn = original.warn;
  };
}
