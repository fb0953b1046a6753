import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redis-connection';

/**
 * This process's id, and a key in Redis that says it is alive (refreshed every second, gone three
 * seconds after the process dies, deleted at once when it stops). Work another instance claimed
 * can then be taken over once that instance is known to be gone, and not before.
 */
export class InstanceLiveness {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: RedisConnection,
    readonly ttlSeconds = 3,
  ) {}

  private static key(id: string): string {
    return `pcc:instance:${id}`;
  }

  start(): void {
    if (this.timer) return;
    const beat = (): void => void this.redis.set(InstanceLiveness.key(this.id), '1', 'EX', this.ttlSeconds).catch(() => undefined);
    beat();
    this.timer = setInterval(beat, Math.max(250, (this.ttlSeconds * 1000) / 3));
    this.timer.unref();
  }

  async isAlive(id: string): Promise<boolean> {
    if (id === this.id) return true;
    return (await this.redis.exists(InstanceLiveness.key(id))) === 1;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.del(InstanceLiveness.key(this.id)).catch(() => undefined);
  }
}
