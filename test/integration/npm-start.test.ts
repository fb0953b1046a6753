import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorStandIn, REFERENCE, textOf, TestConversation } from '../support/channel';
import { freePort } from '../support/free-port';

const root = path.join(__dirname, '../..');

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...extra };
  return env;
}

beforeAll(() => {
  // Build once, so the tests below time the start, not the compiler.
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
});

describe('npm start on a fresh clone with nothing configured', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pcc-start-'));
  let port = 0;
  let proc: ReturnType<typeof spawn>;
  let output = '';
  const connector = new ConnectorStandIn();

  beforeAll(async () => {
    port = await freePort();
    await connector.start();
    proc = spawn('node', ['--no-deprecation', 'dist/src/server.js'], { cwd: root, env: cleanEnv({ PORT: String(port), DATA_DIR: dataDir }) });
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`did not become ready:\n${output}`);
  });
  afterAll(async () => {
    if (proc.exitCode === null) proc.kill('SIGKILL');
    await connector.stop();
  });

  it('comes up with its own redis-server and an .eml outbox that the log names', async () => {
    expect(output).toContain(path.join(dataDir, 'outbox'));
    expect(output).toMatch(/authentication is OFF/);
    const conv = new TestConversation(`http://127.0.0.1:${port}`, connector);
    await conv.join();
    let last = await conv.say("Comment on the commissioner's work");
    for (const a of ['Safer roads', 'More patrols on the Preston Guild Wheel please.', "No, I'll stay anonymous", 'Yes, send it']) last = await conv.say(a);
    const reference = REFERENCE.exec(textOf(last))?.[0];
    expect(reference).toBeDefined();
    let eml = '';
    for (let i = 0; i < 50 && !eml; i++) {
      const outbox = path.join(dataDir, 'outbox');
      const files = existsSync(outbox) ? readdirSync(outbox, { withFileTypes: true }).filter((f) => f.name.endsWith('.eml')) : [];
      eml = files.map((f) => readFileSync(path.join(dataDir, 'outbox', f.name), 'utf8')).find((t) => t.includes(`[${reference}]`)) ?? '';
      if (!eml) await new Promise((r) => setTimeout(r, 100));
    }
    expect(eml).toContain(`${reference}.json`);
  });

  it('drains and stops its redis-server on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
    const redisPort = Number(/redis:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    expect(redisPort).toBeGreaterThan(0);
    const answered = await new Promise<boolean>((resolve) => {
      const sock = net.connect(redisPort, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    expect(answered).toBe(false);
  });
});

describe('bad configuration', () => {
  it('stops start-up listing every problem with the variable name', () => {
    const r = spawnSync('node', ['dist/src/server.js'], { cwd: root, encoding: 'utf8', env: cleanEnv({ PORT: 'eighty', SMTP_URL: 'mail.example.org', NODE_ENV: 'production' }) });
    expect(r.status).toBe(2);
    for (const name of ['PORT', 'SMTP_URL', 'MicrosoftAppId', 'REDIS_URL']) expect(r.stderr).toContain(`${name}:`);
  });
});
