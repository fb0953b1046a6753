import { Cluster, Redis } from 'ioredis';
import type { ClusterOptions, RedisOptions } from 'ioredis';

/** One Redis, a Redis Cluster, or a primary found through Sentinel: the app's commands work on each. */
export type RedisConnection = Redis | Cluster;

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** Where Redis is, from configuration (REDIS_URL, REDIS_CLUSTER_NODES, or REDIS_SENTINELS + REDIS_SENTINEL_NAME). */
export type RedisTarget =
  | { readonly kind: 'single'; readonly url: string }
  | { readonly kind: 'cluster'; readonly nodes: readonly HostPort[]; readonly password: string | null; readonly tls: boolean }
  | { readonly kind: 'sentinel'; readonly sentinels: readonly HostPort[]; readonly name: string; readonly password: string | null; readonly tls: boolean };

/** `host:port,host:port` (IPv6 in brackets: `[::1]:7000`). */
export function parseHostPorts(list: string): HostPort[] | null {
  const out: HostPort[] = [];
  for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(part);
    const port = Number(m?.[2]);
    if (!m || !(port > 0 && port < 65536)) return null;
    out.push({ host: (m[1] ?? '').replace(/^\[|\]$/g, ''), port });
  }
  return out.length > 0 ? out : null;
}

/**
 * A connection to the configured Redis with these per-command options (fail fast for turns, wait
 * for ever for queue workers). A cluster connection follows MOVED and ASK replies and refreshes its
 * slot map; a Sentinel connection asks the sentinels for the current primary and follows a failover.
 */
export function connectRedis(target: RedisTarget, options: RedisOptions = {}): RedisConnection {
  if (target.kind === 'single') return new Redis(target.url, options);
  const auth = {
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
  };
  if (target.kind === 'sentinel') {
    return new Redis({
      ...options,
      ...auth,
      sentinels: target.sentinels.map((s) => ({ host: s.host, port: s.port })),
      name: target.name,
      ...(target.password ? { sentinelPassword: target.password } : {}),
      ...(target.tls ? { enableTLSForSentinelMode: true, sentinelTLS: {} } : {}),
    });
  }
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...options, ...auth },
    ...(options.enableOfflineQueue !== undefined ? { enableOfflineQueue: options.enableOfflineQueue } : {}),
    // Managed clusters (Azure, AWS) announce addresses that are only right over TLS by name.
    ...(target.tls ? { dnsLookup: (address: string, callback: (err: Error | null, address: string) => void) => callback(null, address) } : {}),
  };
  return new Cluster(target.nodes.map((n) => ({ host: n.host, port: n.port })), clusterOptions);
}

/**
 * A connection of its own, not yet connected, for WATCH … MULTI: a shared connection's other
 * callers would run their commands between the WATCH and the EXEC. A cluster's copy reaches each
 * key's primary the same way.
 */
export function dedicatedConnection(shared: RedisConnection): RedisConnection {
  const own = { lazyConnect: true, enableOfflineQueue: true } as const;
  const copy = shared instanceof Cluster ? shared.duplicate(undefined, own) : shared.duplicate(own);
  // Its failures reach the caller as rejected commands; the event would only be printed.
  copy.on('error', () => undefined);
  return copy;
}
