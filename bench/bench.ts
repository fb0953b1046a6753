/**
 * Benchmark (not a test): the full bot against a bare botbuilder echo bot, through real HTTP, with
 * a real Redis, a real SMTP server and a stand-in channel connector, all started here and stopped
 * here (also on an error or Ctrl-C). Prints one table and writes bench/results/<date>T<hh-mm>.json (every
 * figure, and the machine) and bench/results/chart.svg.
 *
 *   npm run bench                       (about 20 minutes on 2 cores)
 *   npm run bench -- --quick            (about 3 minutes: 1 pair, short runs, a 300-case burst)
 *   npm run bench -- --pairs=5 --seconds=20 --levels=1,10,50 --burst=10000 --live=1000 --urgent=60
 *   (each also as BENCH_PAIRS, BENCH_SECONDS, …; BENCH_QUICK=1)
 *
 * Three bots run side by side, each in processes of its own: the echo bot (bench/echo-bot.ts), the
 * full bot with its queue workers in the web process (WORKERS=in-process, the default), and the
 * production layout: the web process with WORKERS=none, a worker process for the urgent queue and
 * one for every other queue (src/worker.ts with WORKER_QUEUES=urgent and =ordinary).
 * Each full bot has its own Redis, SMTP server and staff channel; they take turns (echo, full,
 * split, echo, full, split, …), so a slow patch of the machine falls on all of them alike.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { PrivateRedis } from '../src/services/private-redis';
import { ConnectorStandIn, REFERENCE, TestConversation, textOf } from '../test/support/channel';
import type { SentActivity } from '../test/support/channel';
import { freePort } from '../test/support/free-port';
import { SmtpSink } from '../test/support/smtp-sink';
import { BOT_LABELS, readHistory, renderChart } from './chart';
import type { BotName, ChartInput, Distribution } from './chart';

// ---------------------------------------------------------------- options

interface Options {
  readonly mode: 'full' | 'quick';
  readonly pairs: number;
  readonly levels: readonly number[];
  readonly warmSeconds: number;
  readonly seconds: number;
  readonly idleSeconds: number;
  readonly live: number;
  readonly burst: number;
  readonly burstConcurrency: number;
  readonly urgent: number;
  /** Parts left out (--skip=risk,memory,throughput,urgent,burst), for a look at one of them. */
  readonly skip: readonly string[];
}

function options(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const value = (name: string): string | undefined => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    return arg ? arg.slice(name.length + 3) : env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  };
  const num = (name: string, fallback: number): number => {
    const v = value(name);
    const n = v === undefined || v === '' ? fallback : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: not a number: ${v}`);
    return n;
  };
  const quick = argv.includes('--quick') || env['BENCH_QUICK'] === '1';
  const levels = (value('levels') ?? '1,10,50').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return {
    mode: quick ? 'quick' : 'full',
    pairs: Math.max(1, Math.round(num('pairs', quick ? 1 : 3))),
    levels: levels.length > 0 ? levels : [1, 10, 50],
    warmSeconds: num('warm', quick ? 1 : 2),
    seconds: num('seconds', quick ? 3 : 10),
    idleSeconds: num('idle', quick ? 3 : 10),
    live: Math.round(num('live', quick ? 200 : 1000)),
    burst: Math.round(num('burst', quick ? 300 : 10_000)),
    burstConcurrency: Math.max(1, Math.round(num('burst-concurrency', 50))),
    urgent: Math.max(1, Math.round(num('urgent', quick ? 10 : 60))),
    skip: (value('skip') ?? '').split(',').map((x) => x.trim()).filter(Boolean),
  };
}

// ---------------------------------------------------------------- small helpers

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= end) return false;
    await sleep(everyMs);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, sleep(ms).then(() => undefined)]);
}

function pct(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))] ?? Number.NaN;
}

function distribution(values: readonly number[]): Distribution {
  const s = [...values].sort((a, b) => a - b);
  const r = (v: number): number => Math.round(v * 1000) / 1000;
  return {
    n: s.length,
    min: r(s[0] ?? NaN),
    p5: r(pct(s, 0.05)),
    p10: r(pct(s, 0.1)),
    p25: r(pct(s, 0.25)),
    p50: r(pct(s, 0.5)),
    p75: r(pct(s, 0.75)),
    p90: r(pct(s, 0.9)),
    p95: r(pct(s, 0.95)),
    p99: r(pct(s, 0.99)),
    max: r(s.at(-1) ?? NaN),
    mean: r(s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN),
  };
}

const median = (values: readonly number[]): number => pct([...values].sort((a, b) => a - b), 0.5);
const round = (v: number, digits = 1): number => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : NaN);
const ms = (v: number): string => (!Number.isFinite(v) ? '?' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

// ---------------------------------------------------------------- everything started, and its cleaning up

const children = new Set<ChildProcess>();
/** Children being stopped on purpose. */
const stopping = new Set<ChildProcess>();
const redises = new Set<PrivateRedis>();
const stoppables = new Set<{ stop(): Promise<void> }>();
const tempDirs = new Set<string>();

async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    children.delete(child);
    return;
  }
  stopping.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  if ((await withTimeout(exited.then(() => true), graceMs)) === undefined) {
    child.kill('SIGKILL');
    await withTimeout(exited, 5000);
  }
  children.delete(child);
}

let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stopChild(c)));
    await Promise.all([...stoppables].map((s) => withTimeout(s.stop().catch(() => undefined), 5000)));
    stoppables.clear();
    await Promise.all([...redises].map((r) => r.stop().catch(() => undefined)));
    redises.clear();
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
    tempDirs.clear();
  })();
  return cleaning;
}

// The last resort (an exit nobody awaited): nothing this benchmark started outlives it.
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const r of redises) (r as unknown as { proc?: ChildProcess }).proc?.kill('SIGKILL');
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything this benchmark started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function startChild(name: string, script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; stderr: () => string } {
  let err = '';
  const child = spawn(process.execPath, ['--no-deprecation', script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (c: Buffer) => {
    err = (err + c.toString('utf8')).slice(-4000);
  });
  child.once('exit', (code, signal) => {
    // A bot that dies mid-run would make every later figure wrong: the benchmark stops, and says why.
    if (cleaning || stopping.has(child)) return;
    log(`${name} exited unexpectedly (code ${code}, signal ${signal}); stopping the benchmark. Its last words: ${err.trim().slice(-1000)}`);
    void cleanUp().finally(() => process.exit(1));
  });
  children.add(child);
  return { child, stderr: () => err };
}

// ---------------------------------------------------------------- the bots

const STAFF_CONVERSATION = '19:bench-staff@thread.tacv2';
const BUILD = path.join(__dirname, '..');
const ROOT = path.join(__dirname, '..', '..');

/** An office's e-mails, by case reference (the subject's `[REF]`), drained from the SMTP sink as they come. */
class MailIndex {
  readonly byRef = new Map<string, { count: number; firstAt: number; ids: Set<string> }>();
  total = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly smtp: SmtpSink) {
    this.timer = setInterval(() => this.drain(), 25);
  }

  /** Moves what arrived into the index (so the sink does not keep 10,000 parsed e-mails). */
  drain(): void {
    for (const m of this.smtp.messages.splice(0)) {
      this.total++;
      const subject = m.parsed.subject ?? '';
      const ref = /^\[([A-Z]{2,6}-\d{4}-\d{6})\]/.exec(subject)?.[1];
      // As test/faults: only each case's own office e-mail (not escalations, acknowledgements, updates, residents' copies).
      if (!ref || /ESCALATED|Acknowledged|\(update \d+\)/.test(subject) || m.to.some((t) => t.includes('@example.org'))) continue;
      const entry = this.byRef.get(ref) ?? { count: 0, firstAt: m.at, ids: new Set<string>() };
      entry.count++;
      entry.firstAt = Math.min(entry.firstAt, m.at);
      entry.ids.add(m.parsed.messageId ?? '');
      this.byRef.set(ref, entry);
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.drain();
  }
}

interface Bot {
  readonly name: BotName;
  readonly url: string;
  readonly procs: ChildProcess[];
  /** Full bots only. */
  readonly mail?: MailIndex;
  readonly redisUrl?: string;
  /** performance.now() of each case's first staff card, by reference. */
  readonly cards?: Map<string, number>;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string, name: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up (code ${child.exitCode}): ${stderr().trim()}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await sleep(100);
  }
  throw new Error(`${name} did not answer ${url} within 30 s: ${stderr().trim()}`);
}

async function startEcho(): Promise<Bot> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, stderr } = startChild('echo bot', path.join(__dirname, 'echo-bot.js'), { PATH: process.env['PATH'], PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' });
  await waitUntilUp(`${url}/healthz`, child, stderr, 'echo bot');
  return { name: 'echo', url, procs: [child], stop: () => stopChild(child) };
}

async function startFull(name: 'full' | 'split'): Promise<Bot> {
  const redis = await PrivateRedis.start();
  redises.add(redis);
  const smtp = new SmtpSink();
  const smtpUrl = await smtp.start();
  stoppables.add(smtp);
  const staff = new ConnectorStandIn();
  await staff.start();
  stoppables.add(staff);
  const cards = new Map<string, number>();
  staff.onPost = (conversation, activity) => {
    if (conversation !== STAFF_CONVERSATION) return;
    const reference = REFERENCE.exec(JSON.stringify(activity.attachments ?? []))?.[0];
    if (reference && !cards.has(reference)) cards.set(reference, performance.now());
  };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `pcc-bench-${name}-`));
  tempDirs.add(dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Only what the bench means (not the developer's own REDIS_URL, OFFICE, Azure keys…).
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    PORT: String(port),
    HOST: '127.0.0.1',
    REDIS_URL: redis.url,
    SMTP_URL: smtpUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    RATE_LIMIT_MESSAGES: '100000/60',
    RATE_LIMIT_NEW_CHATS: '100000/60',
    STAFF_TEAMS_SERVICE_URL: staff.url,
    STAFF_TEAMS_CONVERSATION_ID: STAFF_CONVERSATION,
    WORKERS: name === 'split' ? 'none' : 'in-process',
  };
  const web = startChild(`${name} bot`, path.join(BUILD, 'src', 'server.js'), env);
  const procs = [web.child];
  // The production layout (README): a worker for the urgent queue alone, and one for every other queue.
  if (name === 'split') {
    for (const queues of ['urgent', 'ordinary'] as const) procs.push(startChild(`${name} ${queues} worker`, path.join(BUILD, 'src', 'worker.js'), { ...env, WORKER_QUEUES: queues }).child);
  }
  await waitUntilUp(`${url}/readyz`, web.child, web.stderr, `${name} bot`);
  const mail = new MailIndex(smtp);
  return {
    name,
    url,
    procs,
    mail,
    cards,
    redisUrl: redis.url,
    async stop() {
      for (const p of procs) await stopChild(p);
      mail.stop();
      await withTimeout(smtp.stop(), 5000);
      stoppables.delete(smtp);
      await staff.stop();
      stoppables.delete(staff);
      await redis.stop();
      redises.delete(redis);
    },
  };
}

// ---------------------------------------------------------------- residents

/** A channel for residents' conversations: times each turn from the post to the last reply at the connector. */
class Channel {
  readonly connector = new ConnectorStandIn();
  private readonly open = new Map<string, { last: number; replies: number }>();

  async start(): Promise<this> {
    await this.connector.start();
    this.connector.onPost = (conversation: string, activity: SentActivity) => {
      if (activity.type !== 'message') return;
      const t = this.open.get(conversation);
      if (!t) return;
      t.last = performance.now();
      t.replies++;
    };
    return this;
  }

  conversation(bot: Bot): TestConversation {
    return new TestConversation(bot.url, this.connector);
  }

  /** One resident message: what the bot answered, and when its last reply reached the channel. */
  async turn(conv: TestConversation, text: string): Promise<{ ok: boolean; ms: number; httpMs: number; text: string; startedAt: number; endedAt: number }> {
    const t = { last: 0, replies: 0 };
    this.open.set(conv.id, t);
    const t0 = performance.now();
    let acts: SentActivity[] = [];
    let ok = true;
    try {
      acts = await conv.say(text);
    } catch {
      ok = false;
    }
    const t1 = performance.now();
    this.open.delete(conv.id);
    return { ok: ok && t.replies > 0, ms: t.last - t0, httpMs: t1 - t0, text: textOf(acts), startedAt: t0, endedAt: t1 };
  }

  stop(): Promise<void> {
    return this.connector.stop();
  }
}

let journeyNumber = 0;
/** An anonymous comment, as in test/faults: five messages, the last of which files the case. */
const COMMENT = (words: string): string[] => ["Comment on the commissioner's work", 'Safer roads', words, "No, I'll stay anonymous", 'Yes, send it'];
const words = (n: number): string => `Bench ${n}: the street lights on Church Street have been out for a week.`;

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU seconds a process has used so far (Linux /proc; NaN elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** CPU so far: the bot's processes together, and this process (the load generator, connector stand-ins, SMTP servers). */
function cpuNow(bot: Bot): { at: number; bot: number; bench: number } {
  const u = process.cpuUsage();
  return { at: performance.now(), bot: bot.procs.reduce((a, p) => a + cpuSeconds(p.pid), 0), bench: (u.user + u.system) / 1e6 };
}

interface RunResult {
  readonly bot: BotName;
  readonly concurrency: number;
  readonly seconds: number;
  readonly turns: number;
  readonly turnsPerSecond: number;
  readonly failed: number;
  readonly journeys: number;
  readonly latencyMs: Distribution;
  readonly httpMs: Distribution;
  /** Full bots: how long after the run until every case it filed was e-mailed. */
  readonly mailSettleMs?: number;
  /** CPU over the measured window, in % of one core: the bot's processes, and this benchmark's own. */
  readonly cpuPercent: { readonly bot: number; readonly bench: number };
  readonly notMailed?: number;
}

/**
 * `concurrency` residents, each on anonymous comments, one message at a time, back to back. Turns
 * are counted (and timed) when they end within the measured window, after a warm-up; joins
 * (conversationUpdate) are sent but are not turns.
 */
async function load(bot: Bot, concurrency: number, o: { warmMs: number; measureMs?: number; until?: () => boolean }): Promise<RunResult & { refs: string[]; samples: number[] }> {
  const channel = await new Channel().start();
  const latencies: number[] = [];
  const http: number[] = [];
  const refs: string[] = [];
  let failed = 0;
  const start = performance.now();
  let cpuStart = cpuNow(bot);
  let cpuEnd: ReturnType<typeof cpuNow> | null = null;
  const timers = [setTimeout(() => (cpuStart = cpuNow(bot)), o.warmMs)];
  if (o.measureMs !== undefined) timers.push(setTimeout(() => (cpuEnd = cpuNow(bot)), o.warmMs + o.measureMs));
  const windowStart = start + o.warmMs;
  let windowEnd = o.measureMs !== undefined ? windowStart + o.measureMs : Number.POSITIVE_INFINITY;
  const over = (): boolean => (o.until ? o.until() : performance.now() >= windowEnd);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (!over()) {
          const conv = channel.conversation(bot);
          await conv.join().catch(() => []);
          for (const message of COMMENT(words(journeyNumber++))) {
            if (over()) break;
            const t = await channel.turn(conv, message);
            if (t.endedAt < windowStart || t.endedAt > windowEnd) continue;
            if (!t.ok) {
              failed++;
              break;
            }
            latencies.push(t.ms);
            http.push(t.httpMs);
            const ref = message === 'Yes, send it' ? REFERENCE.exec(t.text)?.[0] : undefined;
            if (ref) refs.push(ref);
          }
        }
      }),
    );
  } finally {
    await channel.stop();
  }
  if (o.until) windowEnd = performance.now();
  for (const t of timers) clearTimeout(t);
  const end = cpuEnd ?? cpuNow(bot);
  const wall = (end.at - cpuStart.at) / 1000;
  const seconds = (windowEnd - windowStart) / 1000;
  return {
    bot: bot.name,
    concurrency,
    seconds: round(seconds, 2),
    turns: latencies.length,
    turnsPerSecond: round(latencies.length / seconds, 1),
    failed,
    journeys: refs.length,
    latencyMs: distribution(latencies),
    httpMs: distribution(http),
    refs,
    cpuPercent: { bot: round(((end.bot - cpuStart.bot) / wall) * 100, 0), bench: round(((end.bench - cpuStart.bench) / wall) * 100, 0) },
    samples: latencies,
  };
}

/** Waits until each reference has its office e-mail; how long it took, and how many never came. */
async function settleMail(bot: Bot, refs: readonly string[], timeoutMs: number): Promise<{ ms: number; notMailed: number }> {
  const mail = bot.mail;
  if (!mail) return { ms: 0, notMailed: 0 };
  const t0 = Date.now();
  await until(() => refs.every((r) => mail.byRef.has(r)), timeoutMs, 50);
  return { ms: Date.now() - t0, notMailed: refs.filter((r) => !mail.byRef.has(r)).length };
}

async function warmUp(bot: Bot, journeys: number): Promise<void> {
  const channel = await new Channel().start();
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        while (next++ < journeys) {
          const conv = channel.conversation(bot);
          await conv.join();
          for (const m of COMMENT(words(journeyNumber++))) await channel.turn(conv, m);
        }
      }),
    );
  } finally {
    await channel.stop();
  }
}

// ---------------------------------------------------------------- memory and event-loop lag

interface Scrape {
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly lagP99Ms: number;
  readonly lagMaxMs: number;
}

/** The bot's own figures from GET /metrics (the lag is since the last scrape: each scrape resets it). */
async function scrape(bot: Bot): Promise<Scrape> {
  const text = await fetch(`${bot.url}/metrics`).then((r) => r.text());
  const metric = (name: string): number => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMb: round(metric('process_resident_memory_bytes') / 1048576),
    heapUsedMb: round(metric('nodejs_heap_size_used_bytes') / 1048576),
    lagP99Ms: round(metric('nodejs_eventloop_lag_p99_seconds') * 1000, 2),
    lagMaxMs: round(metric('nodejs_eventloop_lag_max_seconds') * 1000, 2),
  };
}

async function redisUsedMb(url: string | undefined): Promise<number> {
  if (!url) return NaN;
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await r.connect();
    const info = await r.info('memory');
    return round(Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN) / 1048576);
  } catch {
    return NaN;
  } finally {
    r.disconnect();
  }
}

interface MemoryResult {
  readonly idle: Scrape & { readonly seconds: number; readonly redisMb: number };
  /** While the conversations were being driven to two turns in, 50 at a time. */
  readonly building: Scrape & { readonly seconds: number; readonly conversations: number };
  /** Then left alone, every conversation still mid-journey. */
  readonly live: Scrape & { readonly seconds: number; readonly redisMb: number; readonly conversations: number };
}

async function memory(bot: Bot, live: number, idleMs: number): Promise<MemoryResult> {
  await scrape(bot);
  await sleep(idleMs);
  const idle = { ...(await scrape(bot)), seconds: idleMs / 1000, redisMb: await redisUsedMb(bot.redisUrl) };
  const channel = await new Channel().start();
  let built = 0;
  const t0 = performance.now();
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next++ < live) {
          const conv = channel.conversation(bot);
          await conv.join();
          // Two turns into a comment: the bot now waits for the resident's words.
          const a = await channel.turn(conv, "Comment on the commissioner's work");
          const b = await channel.turn(conv, 'Safer roads');
          if (a.ok && b.ok) built++;
        }
      }),
    );
  } finally {
    await channel.stop();
  }
  const building = { ...(await scrape(bot)), seconds: round((performance.now() - t0) / 1000, 1), conversations: built };
  await sleep(idleMs);
  const held = { ...(await scrape(bot)), seconds: idleMs / 1000, redisMb: await redisUsedMb(bot.redisUrl), conversations: built };
  return { idle, building, live: held };
}

// ---------------------------------------------------------------- urgent disclosures under load

interface UrgentResult {
  readonly disclosures: number;
  readonly loadConcurrency: number;
  readonly loadTurnsPerSecond: number;
  readonly toReplyMs: Distribution;
  readonly toMailMs: Distribution;
  readonly toCardMs: Distribution;
  readonly noReference: number;
  readonly noMail: number;
  readonly noCard: number;
}

async function urgentUnderLoad(bot: Bot, count: number, concurrency: number): Promise<UrgentResult> {
  const mail = bot.mail;
  const cards = bot.cards;
  if (!mail || !cards) throw new Error('urgent: a full bot only');
  let done = false;
  const running = load(bot, concurrency, { warmMs: 1000, until: () => done });
  const channel = await new Channel().start();
  const sent: { ref: string; at: number; perf: number }[] = [];
  const toReply: number[] = [];
  let noReference = 0;
  try {
    await sleep(2000); // the load is up to speed
    for (let i = 0; i < count; i++) {
      const conv = channel.conversation(bot);
      await conv.join();
      const at = Date.now();
      const t = await channel.turn(conv, `my ex is at the door and says he will kill me (${i})`);
      const ref = REFERENCE.exec(t.text)?.[0];
      if (!t.ok || !ref) {
        noReference++;
        continue;
      }
      toReply.push(t.ms);
      sent.push({ ref, at, perf: t.startedAt });
      await sleep(150);
    }
    await until(() => sent.every((s) => mail.byRef.has(s.ref) && cards.has(s.ref)), 30_000, 20);
  } finally {
    done = true;
    await channel.stop();
  }
  const loaded = await running;
  const toMail = sent.flatMap((s) => { const m = mail.byRef.get(s.ref); return m ? [m.firstAt - s.at] : []; });
  const toCard = sent.flatMap((s) => { const c = cards.get(s.ref); return c !== undefined ? [c - s.perf] : []; });
  await settleMail(bot, [...loaded.refs, ...sent.map((s) => s.ref)], 60_000);
  return {
    disclosures: count,
    loadConcurrency: concurrency,
    loadTurnsPerSecond: loaded.turnsPerSecond,
    toReplyMs: distribution(toReply),
    toMailMs: distribution(toMail),
    toCardMs: distribution(toCard),
    noReference,
    noMail: sent.length - toMail.length,
    noCard: sent.length - toCard.length,
  };
}

// ---------------------------------------------------------------- a burst of finished cases

interface BurstResult {
  readonly cases: number;
  readonly concurrency: number;
  readonly shown: number;
  /** From the first post until every resident had been shown a reference. */
  readonly allShownSeconds: number;
  /** From the first post until the last office e-mail was accepted by the SMTP server. */
  readonly allMailedSeconds: number;
  readonly casesPerSecond: number;
  readonly turnsPerSecond: number;
  readonly emailed: number;
  readonly lost: number;
  readonly duplicated: number;
  /** "Yes, send it" posted → the office e-mail accepted, per case. */
  readonly confirmToMailMs: Distribution;
}

async function burst(bot: Bot, cases: number, concurrency: number): Promise<BurstResult> {
  const mail = bot.mail;
  if (!mail) throw new Error('burst: a full bot only');
  const channel = await new Channel().start();
  const mailedBefore = mail.byRef.size;
  const shownAt = new Map<string, number>();
  /** When each resident posted "Yes, send it". */
  const confirmedAt = new Map<string, number>();
  let next = 0;
  let turns = 0;
  const t0 = Date.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < cases) {
          next++;
          const conv = channel.conversation(bot);
          await conv.join().catch(() => []);
          let last = '';
          let sentAt = 0;
          for (const m of COMMENT(words(journeyNumber++))) {
            sentAt = Date.now();
            const t = await channel.turn(conv, m);
            turns++;
            last = t.text;
            if (!t.ok) break;
          }
          const ref = REFERENCE.exec(last)?.[0];
          if (ref) {
            shownAt.set(ref, Date.now());
            confirmedAt.set(ref, sentAt);
          }
          if (shownAt.size % 1000 === 0 && ref) log(`  burst: ${shownAt.size} of ${cases} shown, ${mail.byRef.size - mailedBefore} e-mailed so far`);
        }
      }),
    );
  } finally {
    await channel.stop();
  }
  const tShown = Date.now();
  const refs = [...shownAt.keys()];
  await until(() => refs.every((r) => mail.byRef.has(r)), 15 * 60_000, 100);
  await sleep(2000); // for any duplicate still on its way
  mail.drain();
  let emailed = 0;
  let duplicated = 0;
  let lastAt = 0;
  const delays: number[] = [];
  for (const r of refs) {
    const m = mail.byRef.get(r);
    if (!m) continue;
    emailed++;
    duplicated += m.count - 1;
    lastAt = Math.max(lastAt, m.firstAt);
    delays.push(m.firstAt - (confirmedAt.get(r) ?? m.firstAt));
  }
  const mailedS = (lastAt - t0) / 1000;
  return {
    cases,
    concurrency,
    shown: refs.length,
    allShownSeconds: round((tShown - t0) / 1000, 1),
    allMailedSeconds: round(mailedS, 1),
    casesPerSecond: round(emailed / mailedS, 1),
    turnsPerSecond: round(turns / ((tShown - t0) / 1000), 1),
    emailed,
    lost: refs.length - emailed,
    duplicated,
    confirmToMailMs: distribution(delays),
  };
}

// ---------------------------------------------------------------- the risk screen

interface RiskRow {
  readonly name: string;
  readonly calls: number;
  readonly medianUs: number;
  readonly p90Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
}

/** bench/risk-screen-bench.ts as it is, in a process of its own; its table, parsed. */
function riskScreen(): { rows: RiskRow[]; output: string } {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'risk-screen-bench.js')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const rows = (r.stdout ?? '').split('\n').flatMap((line) => {
    const m = /^(.+?)\s{2,}(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    return m ? [{ name: (m[1] ?? '').trim(), calls: Number(m[2]), medianUs: Number(m[3]), p90Us: Number(m[4]), p99Us: Number(m[5]), maxUs: Number(m[6]) }] : [];
  });
  return { rows, output };
}

// ---------------------------------------------------------------- the machine

function machine(): Record<string, unknown> {
  const git = (args: string[]): string => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    availableParallelism: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 1048576),
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    gitCommit: git(['rev-parse', 'HEAD']) || 'unknown',
    gitDirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}

// ---------------------------------------------------------------- the table

interface LevelSummary {
  readonly concurrency: number;
  readonly pairs: Partial<Record<BotName, RunResult>>[];
  readonly turnsPerSecond: Partial<Record<BotName, number>>;
  readonly latency: Partial<Record<BotName, Distribution>>;
  readonly ratio: Partial<Record<'full' | 'split', number>>;
  readonly ratios: Partial<Record<'full' | 'split', number[]>>;
}

function table(o: Options, levels: readonly LevelSummary[], mem: Partial<Record<'full' | 'split', MemoryResult>>, urgent: Partial<Record<'full' | 'split', UrgentResult>>, bursts: Partial<Record<'full' | 'split', BurstResult>>, risk: readonly RiskRow[]): string {
  const cols: BotName[] = ['echo', 'full', 'split'];
  const rows: string[][] = [];
  const row = (measure: string, f: (b: BotName) => string): void => {
    rows.push([measure, ...cols.map((b) => f(b))]);
  };
  const only = (f: (b: 'full' | 'split') => string) => (b: BotName): string => (b === 'echo' ? '—' : f(b));
  for (const l of levels) {
    row(`${l.concurrency} conv: turns/s (median of ${l.pairs.length})`, (b) => (l.turnsPerSecond[b] !== undefined ? String(round(l.turnsPerSecond[b] ?? NaN)) : '?'));
    row(`${l.concurrency} conv: latency p50 / p90 / p99 ms`, (b) => { const d = l.latency[b]; return d ? `${ms(d.p50)} / ${ms(d.p90)} / ${ms(d.p99)}` : '?'; });
    row(`${l.concurrency} conv: CPU % of a core, bot / load generator (median)`, (b) => { const runs = l.pairs.flatMap((p) => (p[b] ? [p[b].cpuPercent] : [])); return runs.length ? `${median(runs.map((c) => c.bot)).toFixed(0)} / ${median(runs.map((c) => c.bench)).toFixed(0)}` : '?'; });
    row(`${l.concurrency} conv: turns/s ÷ echo (median over pairs)`, only((b) => { const r = l.ratio[b]; return r === undefined ? '?' : `**${r.toFixed(3)}** (${(l.ratios[b] ?? []).map((x) => x.toFixed(3)).join(', ')})`; }));
  }
  row('idle: RSS MB; event-loop lag p99 / max ms (10 ms = none: the sampling interval)', only((b) => { const m = mem[b]?.idle; return m ? `${m.rssMb}; ${ms(m.lagP99Ms)} / ${ms(m.lagMaxMs)}` : '?'; }));
  row(`building ${o.live.toLocaleString('en-GB')} mid-journey conv (50 at once): lag p99 / max ms`, only((b) => { const m = mem[b]?.building; return m ? `${ms(m.lagP99Ms)} / ${ms(m.lagMaxMs)} (${m.seconds} s)` : '?'; }));
  row(`${o.live.toLocaleString('en-GB')} live mid-journey conv: RSS MB; lag p99 / max ms; Redis MB`, only((b) => { const m = mem[b]; return m ? `${m.live.rssMb}; ${ms(m.live.lagP99Ms)} / ${ms(m.live.lagMaxMs)}; ${m.idle.redisMb} → ${m.live.redisMb}` : '?'; }));
  row(`burst of ${o.burst.toLocaleString('en-GB')} cases (${o.burstConcurrency} at once): all shown / all e-mailed, s`, only((b) => { const r = bursts[b]; return r ? `${r.allShownSeconds} / **${r.allMailedSeconds}** (${r.casesPerSecond} cases/s)` : '?'; }));
  row('burst: e-mailed / lost / duplicated', only((b) => { const r = bursts[b]; return r ? `${r.emailed} / **${r.lost}** / **${r.duplicated}**` : '?'; }));
  row('burst: "Yes, send it" posted → its e-mail accepted p50 / p99 ms', only((b) => { const r = bursts[b]; return r ? `${ms(r.confirmToMailMs.p50)} / ${ms(r.confirmToMailMs.p99)}` : '?'; }));
  const u = (f: (r: UrgentResult) => string) => only((b) => { const r = urgent[b]; return r ? f(r) : '?'; });
  const firstUrgent = urgent.full ?? urgent.split;
  row(`urgent under ${firstUrgent?.loadConcurrency ?? 50}-conv load (n ${firstUrgent?.disclosures ?? '?'}): → e-mail accepted p50 / p99 ms`, u((r) => `${ms(r.toMailMs.p50)} / ${ms(r.toMailMs.p99)}${r.noMail ? ` (${r.noMail} missing)` : ''}`));
  row('urgent under load: → staff card posted p50 / p99 ms', u((r) => `${ms(r.toCardMs.p50)} / ${ms(r.toCardMs.p99)}${r.noCard ? ` (${r.noCard} missing)` : ''}`));
  row('urgent under load: → reply to the resident p50 / p99 ms', u((r) => `${ms(r.toReplyMs.p50)} / ${ms(r.toReplyMs.p99)}`));
  for (const r of risk) row(`risk screen, ${r.name}: p50 / p90 / p99 µs`, (b) => (b === 'full' ? `${r.medianUs} / ${r.p90Us} / ${r.p99Us}` : b === 'echo' ? '—' : 'same code'));
  const header = ['measure', 'echo', 'full, in-process workers', 'full, production layout (WORKERS=none + urgent worker + ordinary worker)'];
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------- the run

async function main(): Promise<void> {
  const o = options(process.argv.slice(2), process.env);
  const started = new Date();
  const info = machine();
  log(`${o.mode} run: ${o.pairs} pair(s) per level at ${o.levels.join(', ')} conversations, ${o.seconds} s each (after ${o.warmSeconds} s warm-up); ${o.live} live; burst of ${o.burst}; ${o.urgent} urgent; ${String(info['cpus'])} cpus, node ${process.version}`);

  log('risk screen (bench/risk-screen-bench.js, in a process of its own)');
  const risk = o.skip.includes('risk') ? { rows: [], output: '' } : riskScreen();
  if (risk.rows.length === 0) log(`risk screen: no table in its output:\n${risk.output}`);

  log('starting Redis ×2, SMTP ×2, connector stand-ins, and the three bots');
  const echo = await startEcho();
  const full = await startFull('full');
  const split = await startFull('split');
  const bots: Bot[] = [echo, full, split];
  const fulls = [full, split] as const;
  for (const b of bots) await warmUp(b, o.mode === 'quick' ? 10 : 40);
  for (const b of fulls) await settleMail(b, [], 0);

  // Memory first, while each bot's heap has seen nothing but the warm-up.
  const mem: Partial<Record<'full' | 'split', MemoryResult>> = {};
  for (const b of o.skip.includes('memory') ? [] : fulls) {
    log(`memory: ${b.name}: idle ${o.idleSeconds} s, then ${o.live} conversations two turns in`);
    mem[b.name as 'full' | 'split'] = await memory(b, o.live, o.idleSeconds * 1000);
  }

  const levels: LevelSummary[] = [];
  for (const concurrency of o.skip.includes('throughput') ? [] : o.levels) {
    const pairs: Partial<Record<BotName, RunResult>>[] = [];
    const samples: Record<BotName, number[]> = { echo: [], full: [], split: [] };
    for (let p = 0; p < o.pairs; p++) {
      const pair: Partial<Record<BotName, RunResult>> = {};
      for (const b of bots) {
        const r = await load(b, concurrency, { warmMs: o.warmSeconds * 1000, measureMs: o.seconds * 1000 });
        const settled = await settleMail(b, r.refs, 60_000);
        const { refs: _refs, samples: s, ...result } = r;
        for (const v of s) samples[b.name].push(v);
        pair[b.name] = b.mail ? { ...result, mailSettleMs: settled.ms, notMailed: settled.notMailed } : result;
        log(`${concurrency} conv, pair ${p + 1}, ${b.name}: ${r.turnsPerSecond} turns/s, p50 ${ms(r.latencyMs.p50)} ms, p99 ${ms(r.latencyMs.p99)} ms${r.failed ? `, ${r.failed} failed` : ''}${b.mail ? `, mail settled in ${settled.ms} ms${settled.notMailed ? `, ${settled.notMailed} NOT mailed` : ''}` : ''}`);
      }
      pairs.push(pair);
    }
    const pooled = (b: BotName): Distribution | undefined => (samples[b].length ? distribution(samples[b]) : undefined);
    const ratios = (b: 'full' | 'split'): number[] => pairs.flatMap((p) => { const e = p.echo?.turnsPerSecond; const f = p[b]?.turnsPerSecond; return e && f !== undefined ? [round(f / e, 4)] : []; });
    const tps = (b: BotName): number => median(pairs.flatMap((p) => (p[b] ? [p[b].turnsPerSecond] : [])));
    const latency: Partial<Record<BotName, Distribution>> = {};
    for (const b of ['echo', 'full', 'split'] as const) {
      const d = pooled(b);
      if (d) latency[b] = d;
    }
    levels.push({
      concurrency,
      pairs,
      turnsPerSecond: { echo: tps('echo'), full: tps('full'), split: tps('split') },
      latency,
      ratio: { full: round(median(ratios('full')), 4), split: round(median(ratios('split')), 4) },
      ratios: { full: ratios('full'), split: ratios('split') },
    });
  }

  const urgentConcurrency = Math.max(...o.levels);
  const urgent: Partial<Record<'full' | 'split', UrgentResult>> = {};
  for (const b of o.skip.includes('urgent') ? [] : fulls) {
    log(`urgent: ${b.name}: ${o.urgent} disclosures while ${urgentConcurrency} residents file comments`);
    urgent[b.name as 'full' | 'split'] = await urgentUnderLoad(b, o.urgent, urgentConcurrency);
  }

  // The echo bot has nothing to do with the bursts: it stops, so its idle process costs them nothing.
  await echo.stop();
  const bursts: Partial<Record<'full' | 'split', BurstResult>> = {};
  for (const b of o.skip.includes('burst') ? [] : fulls) {
    log(`burst: ${b.name}: ${o.burst} comments by ${o.burstConcurrency} residents at once`);
    bursts[b.name as 'full' | 'split'] = await burst(b, o.burst, o.burstConcurrency);
    const r = bursts[b.name as 'full' | 'split'];
    if (r) log(`  ${r.shown} shown in ${r.allShownSeconds} s, all e-mailed at ${r.allMailedSeconds} s, lost ${r.lost}, duplicated ${r.duplicated}`);
  }
  for (const b of fulls) await b.stop();
  await cleanUp();

  const finished = new Date();
  const out = table(o, levels, mem, urgent, bursts, risk.rows);
  // The date and the time (UTC) the run started: several runs a day each keep their file.
  const date = started.toISOString().slice(0, 16).replace(':', '-');
  const resultsDir = path.join(ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  // Quick and partial runs are kept apart, so the chart's history is of full runs only.
  const suffix = `${o.mode === 'quick' ? '-quick' : ''}${o.skip.length ? '-partial' : ''}`;
  const file = path.join(resultsDir, `${date}${suffix}.json`);
  const results = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationSeconds: Math.round((finished.getTime() - started.getTime()) / 1000),
    mode: o.mode,
    options: o,
    machine: { ...info, loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)) },
    bots: BOT_LABELS,
    notes: [
      'turn: one resident message, posted to /api/messages; latency: post → the last reply of that turn received by the connector stand-in',
      'turns/s: turns ending in the measured window ÷ its length; each conversation sends one message at a time; joins are sent but not counted',
      'ratio: per pair, bot turns/s ÷ echo turns/s of the same pair; the median over pairs',
      'the load generator, SMTP server and connector stand-in share the machine with the bots and Redis',
    ],
    risk: risk.rows,
    throughput: levels,
    memory: mem,
    urgent,
    burst: bursts,
    table: out,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const history = o.skip.length ? [] : readHistory(resultsDir, o.mode === 'quick');
  const chartFile = path.join(resultsDir, `chart${suffix}.svg`);
  writeFileSync(chartFile, renderChart(results as ChartInput, history.some((h) => h.startedAt === results.startedAt) ? history : [...history, results as ChartInput]));

  console.log(`\nnpm run bench (${o.mode}): ${results.durationSeconds} s, ${String(info['cpus'])} × ${String(info['cpuModel'])}, node ${process.version}, commit ${String(info['gitCommit']).slice(0, 10)}${info['gitDirty'] ? ' (with uncommitted changes)' : ''}\n`);
  console.log(out);
  console.log(`\nresults: ${path.relative(process.cwd(), file)}; chart: ${path.relative(process.cwd(), chartFile)}`);
}

main().then(
  () => cleanUp(),
  async (err: unknown) => {
    console.error(err);
    await cleanUp();
    process.exit(1);
  },
);
