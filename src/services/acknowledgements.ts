import type { Redis } from 'ioredis';
import { z } from 'zod';

const Ack = z.object({ by: z.object({ id: z.string(), name: z.string() }), at: z.iso.datetime() });
export type Acknowledgement = z.infer<typeof Ack>;

/**
 * Who acknowledged an urgent case, and when: the first member of staff to press Acknowledge holds
 * it (one atomic SET NX, so two at once cannot both hold it). Kept in Redis as long as the case.
 */
export class Acknowledgements {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
  ) {}

  private key(reference: string): string {
    return `pcc:ack:${reference}`;
  }

  async get(reference: string): Promise<Acknowledgement | null> {
    const raw = await this.redis.get(this.key(reference));
    const parsed = raw ? Ack.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  }

  /** The acknowledgement that holds: this one if it came first, else the earlier one. */
  async acknowledge(reference: string, ack: Acknowledgement): Promise<{ readonly first: boolean; readonly holding: Acknowledgement }> {
    const set = await this.redis.set(this.key(reference), JSON.stringify(Ack.parse(ack)), 'EX', this.ttlSeconds, 'NX');
    if (set === 'OK') return { first: true, holding: ack };
    return { first: false, holding: (await this.get(reference)) ?? ack };
  }
}
