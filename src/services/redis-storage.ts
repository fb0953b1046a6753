import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { RedisConnection } from './redis-connection';

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
    private readonly redis: RedisConnection,
    private readonly options: RedisStorageOptions,
  ) {}

  private key(k: string): string {
    return `${this.options.prefix}${k}`;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    // One command per key (auto-pipelined): in a cluster, each key may live on another node.
    const results = await Promise.all(keys.map((k) => this.redis.hmget(this.key(k), 'doc', 'etag')));
    keys.forEach((k, i) => {
      const [doc, etag] = results[i] ?? [null, null];
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
    await Promise.all(keys.map((k) => this.redis.del(this.key(k))));
  }
}
