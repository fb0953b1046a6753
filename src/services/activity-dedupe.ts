import type { Activity } from 'botbuilder';
import type { InstanceLiveness } from './instance-liveness';
import type { RedisConnection } from './redis-connection';

/** Set on a turn's state when another instance holds the activity: the route answers 503 with Retry-After. */
export const HELD_ELSEWHERE = 'pcc.activityHeldElsewhere';

/** Takes a claim over only if it still names the instance found dead (another may have taken it first). */
const TAKE_OVER = `if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3]) return 1 end return 0`;

/**
 * Channels redeliver an activity when they did not see our 200 in time. The first delivery claims
 * the activity's key for this instance; a redelivery while that turn runs is acknowledged and
 * dropped, and so is one after it finished. A turn that fails releases its claim, so a retry is
 * processed. A turn whose instance died (killed, or its machine lost) can never release its claim:
 * once that instance's liveness key is gone, a redelivery takes the claim over and is processed.
 */
export class ActivityDedupe {
  constructor(
    private readonly redis: RedisConnection,
    private readonly ttlSeconds: number,
    private readonly liveness: InstanceLiveness,
  ) {}

  private key(a: Partial<Activity>): string | null {
    if (!a.id || !a.conversation?.id) return null;
    return `pcc:activity:${a.channelId ?? ''}:${a.conversation.id}:${a.id}`;
  }

  /**
   * `mine`: this turn is ours to run. `seen`: it ran, or runs here now: acknowledge it and drop it.
   * `elsewhere`: another instance that still looks alive is running it (or died a moment ago):
   * the channel should send it again shortly, when it has either finished or can be taken over.
   */
  async claim(a: Partial<Activity>): Promise<'mine' | 'seen' | 'elsewhere'> {
    const key = this.key(a);
    if (!key) return 'mine';
    const mine = `busy:${this.liveness.id}`;
    if ((await this.redis.set(key, mine, 'EX', this.ttlSeconds, 'NX')) === 'OK') return 'mine';
    const held = await this.redis.get(key);
    if (held === null) return (await this.redis.set(key, mine, 'EX', this.ttlSeconds, 'NX')) === 'OK' ? 'mine' : 'seen';
    if (held === mine || !held.startsWith('busy:')) return 'seen';
    const owner = held.slice('busy:'.length);
    if (await this.liveness.isAlive(owner)) return 'elsewhere';
    return (await this.redis.eval(TAKE_OVER, 1, key, held, mine, String(this.ttlSeconds))) === 1 ? 'mine' : 'elsewhere';
  }

  /** Seconds after which an `elsewhere` activity is worth sending again (the owner's heartbeat has run out). */
  get retryAfterSeconds(): number {
    return this.liveness.ttlSeconds;
  }

  /** The turn finished: a redelivery from now on is only acknowledged. */
  async finish(a: Partial<Activity>): Promise<void> {
    const key = this.key(a);
    if (key) await this.redis.set(key, 'done', 'EX', this.ttlSeconds, 'XX');
  }

  async release(a: Partial<Activity>): Promise<void> {
    const key = this.key(a);
    if (key) await this.redis.del(key);
  }
}
