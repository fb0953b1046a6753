import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

export class StorageConflictError extends Error {
  readonly code = 'STORAGE_ETAG_CONFLICT';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

// Compare-and-set in one step, so two turns of one conversation racing on
// different processes cannot both win.
const WRITE_SCRIPT = `
if ARGV[1] ~= '' and ARGV[1] ~= '*' then
  local current = redis.call('HGET', KEYS[1], 'etag')
  if current and current ~= ARGV[1] then return 0 end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'doc', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
`;

export interface RedisStorageOptions {
  readonly prefix: string;
  readonly ttlSeconds: number;
}

/** Bot Framework conversation and user state in Redis, with eTag checks and a retention TTL. */
export class RedisStorage implements Storage {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisStorageOptions,
  ) {}

  private key(k: string): string {
    return `${this.options.prefix}${k}`;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const pipeline = this.redis.pipeline();
    for (const k of keys) pipeline.hmget(this.key(k), 'doc', 'etag');
    const results = (await pipeline.exec()) ?? [];
    keys.forEach((k, i) => {
      const [err, value] = results[i] ?? [null, null];
      if (err) throw err;
      const [doc, etag] = (value as [string | null, string | null] | null) ?? [null, null];
      if (doc) items[k] = { ...(JSON.parse(doc) as object), eTag: etag ?? undefined };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [k, item] of Object.entries(changes)) {
      const { eTag, ...doc } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const written = (await this.redis.eval(
        WRITE_SCRIPT,
        1,
        this.key(k),
        eTag ?? '',
        JSON.stringify(doc),
        randomUUID(),
        String(this.options.ttlSeconds),
      )) as number;
      if (written !== 1) throw new StorageConflictError(k);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((k) => this.key(k)));
  }
}
