import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';

export class RedisNotInstalledError extends Error {
  readonly code = 'REDIS_NOT_INSTALLED';
  constructor() {
    super('No REDIS_URL is set and no redis-server is installed: install one (Debian/Ubuntu: sudo apt-get install -y redis-server) or set REDIS_URL=redis://host:6379/0');
  }
}

export function findRedisServer(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number, proc: ChildProcess): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`redis-server exited with code ${proc.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs} ms`);
}

export interface PrivateRedisOptions {
  /** Where it keeps its append-only file; omit for a throwaway server (tests). */
  readonly dir?: string;
  /** A fixed port, to restart a server where its clients expect it. */
  readonly port?: number;
}

/**
 * A redis-server of our own, for development and tests when REDIS_URL is not
 * set. With a data folder it keeps an append-only file, so case references
 * keep counting up across restarts.
 */
export class PrivateRedis {
  private constructor(
    private readonly proc: ChildProcess,
    readonly url: string,
  ) {}

  static async start(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
    const exe = findRedisServer();
    if (!exe) throw new RedisNotInstalledError();
    const port = options.port ?? (await freePort());
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--protected-mode', 'yes'];
    if (options.dir) {
      mkdirSync(options.dir, { recursive: true });
      args.push('--dir', options.dir, '--appendonly', 'yes', '--appendfsync', 'everysec');
    } else {
      args.push('--appendonly', 'no');
    }
    const proc = spawn(exe, args, { stdio: 'ignore' });
    await waitForPort(port, 10_000, proc);
    return new PrivateRedis(proc, `redis://127.0.0.1:${port}`);
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.proc.kill('SIGTERM');
    });
  }
}
