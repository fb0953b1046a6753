import type { RedisConnection } from './redis-connection';
import { z } from 'zod';

const Registered = z.object({
  serviceUrl: z.url(),
  conversationId: z.string().min(3),
  teamId: z.string().min(3),
  tenantId: z.string().min(3),
  registeredAt: z.iso.datetime(),
});
export type RegisteredStaffChannel = z.infer<typeof Registered>;

/**
 * The office's staff channel, registered when the bot is added to a team of the office's tenant.
 * Kept in Redis (no expiry), so it survives restarts and every instance posts to the same one.
 */
export class StaffChannelRegistry {
  private readonly key: string;

  constructor(
    private readonly redis: RedisConnection,
    officeId: string,
  ) {
    this.key = `pcc:staff-channel:${officeId}`;
  }

  async get(): Promise<RegisteredStaffChannel | null> {
    const raw = await this.redis.get(this.key);
    if (!raw) return null;
    const parsed = Registered.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async register(channel: RegisteredStaffChannel): Promise<void> {
    await this.redis.set(this.key, JSON.stringify(Registered.parse(channel)));
  }
}
