import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { findRedisServer } from '../../src/services/private-redis';
import { freePort } from './free-port';

const run = promisify(execFile);

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ping(port: number): Promise<boolean> {
  const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } finally {
    r.disconnect();
  }
}

class Servers {
  protected readonly procs = new Map<number, ChildProcess>();
  protected readonly dir = mkdtempSync(path.join(tmpdir(), 'pcc-redis-topology-'));

  protected async server(port: number, args: readonly string[], config?: string): Promise<void> {
    const exe = findRedisServer();
    if (!exe) throw new Error('redis-server is not installed');
    const first = config ? [config] : [];
    // A folder each: a replica writes the primary's snapshot where it runs.
    const dir = path.join(this.dir, String(port));
    mkdirSync(dir, { recursive: true });
    const proc = spawn(exe, [...first, '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...args], { stdio: 'ignore' });
    this.procs.set(port, proc);
    await until(`redis-server on ${port}`, () => ping(port), 10_000);
  }

  /** Kills one server at once (SIGKILL), as a machine failing would. */
  kill(port: number): void {
    this.procs.get(port)?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.procs.values()].map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGKILL');
          }),
      ),
    );
  }
}

/** A real Redis Cluster of three primaries on this machine, made with `redis-cli --cluster create`. */
export class LocalCluster extends Servers {
  ports: number[] = [];

  async start(): Promise<string> {
    this.ports = [await freePort(), await freePort(), await freePort()];
    await Promise.all(this.ports.map((p) => this.server(p, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${p}.conf`, '--cluster-node-timeout', '2000'])));
    await run('redis-cli', ['--cluster', 'create', ...this.ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await until('cluster_state:ok', async () => {
      const info = await run('redis-cli', ['-p', String(this.ports[0]), 'cluster', 'info']);
      return info.stdout.includes('cluster_state:ok');
    });
    return this.ports.map((p) => `127.0.0.1:${p}`).join(',');
  }

  /** How many keys each primary holds. */
  async keysPerNode(): Promise<number[]> {
    return Promise.all(this.ports.map(async (p) => Number((await run('redis-cli', ['-p', String(p), 'dbsize'])).stdout.trim())));
  }

  /** The keys on every node that match a pattern. */
  async keys(pattern: string): Promise<string[]> {
    const all = await Promise.all(this.ports.map(async (p) => (await run('redis-cli', ['-p', String(p), '--scan', '--pattern', pattern])).stdout.split('\n').filter(Boolean)));
    return all.flat();
  }
}

/** A primary, its replica and one sentinel (quorum 1) that fails over within a few seconds. */
export class LocalSentinel extends Servers {
  primary = 0;
  replica = 0;
  sentinel = 0;
  readonly name = 'pcc-primary';

  async start(): Promise<string> {
    [this.primary, this.replica, this.sentinel] = [await freePort(), await freePort(), await freePort()];
    // No wait before the first full sync (Redis waits 5 s for more replicas by default).
    await this.server(this.primary, ['--repl-diskless-sync-delay', '0']);
    await this.server(this.replica, ['--replicaof', '127.0.0.1', String(this.primary)]);
    await until('the replica to sync', async () => (await run('redis-cli', ['-p', String(this.replica), 'info', 'replication'])).stdout.includes('master_link_status:up'));
    const conf = path.join(this.dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `sentinel monitor ${this.name} 127.0.0.1 ${this.primary} 1`,
        `sentinel down-after-milliseconds ${this.name} 1000`,
        `sentinel failover-timeout ${this.name} 5000`,
        `sentinel parallel-syncs ${this.name} 1`,
        '',
      ].join('\n'),
    );
    await this.server(this.sentinel, ['--sentinel'], conf);
    // The sentinel has found the replica (it will need it to fail over).
    await until('the sentinel to see the replica', async () => (await run('redis-cli', ['-p', String(this.sentinel), 'sentinel', 'replicas', this.name])).stdout.includes(String(this.replica)));
    return `127.0.0.1:${this.sentinel}`;
  }

  /** A key's value on whichever server is the primary now. */
  async get(key: string): Promise<string> {
    return (await run('redis-cli', ['-p', String(await this.currentPrimaryPort()), 'get', key])).stdout.trim();
  }

  async currentPrimaryPort(): Promise<number> {
    const out = (await run('redis-cli', ['-p', String(this.sentinel), 'sentinel', 'get-master-addr-by-name', this.name])).stdout.split('\n');
    return Number(out[1]);
  }

  /** Kills the primary and waits until the sentinel has promoted the replica. */
  async failOver(): Promise<void> {
    this.kill(this.primary);
    await until('the sentinel to promote the replica', async () => (await this.currentPrimaryPort()) === this.replica, 30_000);
  }
}
