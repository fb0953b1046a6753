import type { LoggerOptions } from 'pino';
import { redactPersonalData } from '../domain/personal-data';

/** Keys whose strings may carry what someone typed (an error's message or stack, a library's reason). */
const FREE_TEXT = new Set(['message', 'stack', 'reason', 'detail', 'details']);

function clean(value: unknown, depth: number): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && FREE_TEXT.has(k) ? redactPersonalData(v) : clean(v, depth + 1);
  return out;
}

/**
 * The bot never logs what a resident typed; an error raised elsewhere might carry it in its message
 * (a library quoting a value back). Those fields go through the local personal-data recogniser.
 */
export const LOG_REDACTION: Pick<LoggerOptions, 'formatters'> = {
  formatters: { log: (object) => clean(object, 0) as Record<string, unknown> },
};
