import type { Activity } from 'botbuilder';
import type { RedisConnection } from './redis-connection';

/**
 * Channels redeliver an activity when they did not see our 200 in time. The
 * first delivery claims the activity's key; later ones are acknowledged and
 * dropped. A turn that fails releases its claim so that a retry is processed.
 */
export class ActivityDedupe {
  constructor(
    private readonly redis: RedisConnection,
    private readonly ttlSeconds: number,
  ) {}

  private key(a: Partial<Activity>): string | null {
    if (!a.id || !a.conversation?.id) return null;
    return `pcc:activity:${a.channelId ?? ''}:${a.conversation.id}:${a.id}`;
  }

  async claim(a: Partial<Activity>): Promise<boolean> {
    const key = this.key(a);
    if (!key) return true;
    return (await this.redis.set(key, '1', 'EX', this.ttlSeconds, 'NX')) === 'OK';
  }

  async release(a: Partial<Activity>): Promise<void> {
    const key = this.key(a);
    if (key) await this.redis.del(key);
  }
}
