import type { RedisConnection } from '../services/redis-connection';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type restify from 'restify';

export interface RateLimit {
  /** How many in each window. */
  readonly points: number;
  readonly windowSeconds: number;
}

export interface RateLimitsConfig {
  /** New chats (Direct Line conversations and tokens) per client address. */
  readonly newChats: RateLimit;
  /** Messages per conversation (and sender). */
  readonly messages: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimitsConfig = {
  newChats: { points: 30, windowSeconds: 600 },
  messages: { points: 40, windowSeconds: 60 },
};

/** The answer of one check: allowed, or wait this many seconds. */
export type Verdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Rate limits shared by every instance (rate-limiter-flexible on the same Redis), with a limiter
 * in memory taking over while Redis is away, so a Redis outage never shuts residents out.
 */
export class RateLimits {
  private readonly newChats: RateLimiterRedis;
  private readonly messages: RateLimiterRedis;
  /** Requests turned away, by limit, since start (for /metrics). */
  readonly refused = { newChats: 0, messages: 0 };

  constructor(
    redis: RedisConnection,
    config: RateLimitsConfig,
    private readonly onRefused: (limit: 'newChats' | 'messages') => void = () => undefined,
  ) {
    const make = (name: string, l: RateLimit) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `pcc:rl:${name}`,
        points: l.points,
        duration: l.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `pcc:rl:${name}:memory`, points: l.points, duration: l.windowSeconds }),
      });
    this.newChats = make('chats', config.newChats);
    this.messages = make('messages', config.messages);
  }

  private static async consume(limiter: RateLimiterRedis, key: string): Promise<Verdict> {
    try {
      await limiter.consume(key);
      return { allowed: true };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      // The limiter itself failed (both stores): let the request through rather than shut a resident out.
      return { allowed: true };
    }
  }

  async newChat(address: string): Promise<Verdict> {
    const v = await RateLimits.consume(this.newChats, address);
    if (!v.allowed) {
      this.refused.newChats++;
      this.onRefused('newChats');
    }
    return v;
  }

  async message(key: string): Promise<Verdict> {
    const v = await RateLimits.consume(this.messages, key);
    if (!v.allowed) {
      this.refused.messages++;
      this.onRefused('messages');
    }
    return v;
  }
}

/** Answers 429 with Retry-After (and a kind body the page can show) when the verdict says so; true if it did. */
export function refuseIfLimited(res: restify.Response, verdict: Verdict, message: string): boolean {
  if (verdict.allowed) return false;
  res.setHeader('retry-after', String(verdict.retryAfterSeconds));
  res.send(429, { error: { code: 'TooManyRequests', message }, retryAfter: verdict.retryAfterSeconds });
  return true;
}
