import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../src/domain/case-kind';
import { escapeMarkdown } from '../../src/domain/markdown';
import { QUEUE_PREFIX, queueName } from '../../src/services/case-queues';
import { buttonsOf, ConnectorStandIn, REFERENCE, TestConversation, textOf } from '../support/channel';
import type { SentActivity } from '../support/channel';
import { freePort } from '../support/free-port';
import { freshRedisUrl } from '../support/redis-db';
import { jsonRecord, SmtpSink } from '../support/smtp-sink';
import type { ReceivedMail } from '../support/smtp-sink';

// Production on one machine: two web processes (WORKERS=none) behind a "load balancer" that is this
// test, and two worker processes on the same Redis, in the README's production layout: one worker
// with WORKER_QUEUES=urgent (alerts only) and one with WORKER_QUEUES=ordinary (every other queue).
// Each resident's turns alternate between the web instances, as a load balancer without sticky
// sessions would send them; one web instance is SIGKILLed in the middle of some journeys.

const root = path.join(__dirname, '../..');
// By default B is killed as a resident's message leaves for it: that post fails and goes to A, and no
// turn is left half done on B. Killed later in a turn (FAULTS_MI_KILL_DURING='Yes, send it'
// FAULTS_MI_KILL_DELAY_MS=30), B can die after a reply and before saving the conversation: A then
// holds it a step behind what the resident saw, and the resident's next answer can be read as the
// answer to the question before (1 run in 4 here: a case made with the wrong words). Known,
// not yet fixed (the fix: hold a turn's replies until its state is saved, the 999 answer excepted).
// Two other faults that mode showed are fixed and pass there: a redelivery B had claimed is now
// answered 503 with Retry-After and taken over once B's heartbeat is gone, and a case stored but
// never queued is queued when the resident sends the same again.
const KILL_RESIDENTS = Number(process.env['FAULTS_MI_RESIDENTS'] ?? 40);
const KILL_DURING = process.env['FAULTS_MI_KILL_DURING'] ?? '';
const KILL_DELAY_MS = Number(process.env['FAULTS_MI_KILL_DELAY_MS'] ?? 0);
const COMMENT = (words: string) => ["Comment on the commissioner's work", 'Safer roads', words, "No, I'll stay anonymous", 'Yes, send it'];

interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  /** Its log lines (pino JSON on stdout, anything on stderr), for diagnosis and counting. */
  readonly output: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
}

interface Web extends Child {
  readonly url: string;
}

const children: Child[] = [];
// Last resort, should this test process end without afterAll: no web or worker process outlives it.
process.once('exit', () => {
  for (const c of children) if (!c.exit) c.proc.kill('SIGKILL');
});

function startChild(name: string, entry: string, env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--no-deprecation', path.join(root, 'dist', 'src', entry)], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child: Child = { name, proc, output: [], exit: null };
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) child.output.push(line);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  proc.once('exit', (code, signal) => {
    child.exit = { code, signal };
  });
  children.push(child);
  return child;
}

async function until(what: string, child: Child, test: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (child.exit) throw new Error(`${child.name} exited (${JSON.stringify(child.exit)}) before ${what}:\n${child.output.slice(-30).join('\n')}`);
    if (Date.now() > end) throw new Error(`${child.name}: no ${what} within ${ms} ms:\n${child.output.slice(-30).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every child still running: SIGTERM (as a deploy stops it), then SIGKILL if it has not gone in 5 s. */
async function stopChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (c) => {
      if (c.exit || c.proc.exitCode !== null || c.proc.signalCode !== null) return;
      const gone = new Promise((r) => c.proc.once('exit', r));
      c.proc.kill('SIGTERM');
      const timer = setTimeout(() => c.proc.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    }),
  );
}

const logged = (c: Child, msg: string, also = ''): number => c.output.filter((l) => l.includes(`"msg":"${msg}"`) && l.includes(also)).length;
/** Which worker process sent the case's office e-mail, by its log ("case e-mail sent" naming the reference). */
const sentBy = (workers: readonly Child[], ref: string): string[] => workers.filter((w) => logged(w, 'case e-mail sent', `"reference":"${ref}"`) > 0).map((w) => w.name);

/** What each web instance is answering at this moment (the text of each post in flight), by instance name. */
const inFlight = new Map<string, string[]>();
/** Called as each post leaves, with how many other posts that instance was already answering. */
let onPostStart: ((web: Web, what: string, others: number) => void) | null = null;

/** One resident's chat, whose turns a load balancer spreads over the web instances. */
class Resident {
  /** Used for its ids and activity shape only: every post goes wherever `route` says. */
  readonly conv: TestConversation;
  /** Which instance answered each turn, in order (a turn sent again elsewhere names each try, e.g. "B(lost)→A"). */
  readonly via: string[] = [];
  /** Each turn's replies as the resident saw them (text and buttons), for comparing journeys. */
  readonly seen: string[] = [];
  /** Posts refused (the instance was down) and sent to the other instance, as a load balancer would. */
  refused = 0;
  /** Posts answered 503 (held by an instance that may have died) and sent again after Retry-After. */
  heldElsewhere = 0;
  /** Posts in flight when their instance died (no answer), sent again to the other instance. */
  lostInFlight = 0;
  /** Turns where the resident saw no reply at all and typed the same thing again. */
  repeated = 0;
  private turn = 0;

  constructor(
    private readonly webs: readonly Web[],
    connector: ConnectorStandIn,
    /** Instance index for turn n (the first turn is n = 0). */
    private readonly route: (n: number) => number = (n) => n % 2,
  ) {
    this.conv = new TestConversation(webs[0]?.url ?? '', connector);
  }

  private async post(web: Web, activity: Record<string, unknown>): Promise<number> {
    const what = typeof activity['text'] === 'string' ? activity['text'] : String(activity['type']);
    const list = inFlight.get(web.name) ?? [];
    inFlight.set(web.name, list);
    const others = list.length;
    list.push(what);
    try {
      const sent = fetch(`${web.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(30_000),
      });
      onPostStart?.(web, what, others);
      const res = await sent;
      await res.text();
      return res.status;
    } finally {
      list.splice(list.indexOf(what), 1);
    }
  }

  /**
   * Posts one activity to this turn's instance. If that post fails (the instance is gone), the
   * same activity goes to the other instance, as a channel redelivers it; if the resident then
   * sees no reply at all, they type the same thing again (a new activity).
   */
  async send(extra: Record<string, unknown>): Promise<SentActivity[]> {
    const n = this.turn++;
    const first = this.route(n);
    const order = [first, ...this.webs.map((_, i) => i).filter((i) => i !== first)];
    const before = this.conv.all().length;
    const path: string[] = [];
    let activity = this.conv.activity(extra);
    let answered = false;
    for (let attempt = 0; attempt < 5 && !answered; attempt++) {
      for (const i of order) {
        const web = this.webs[i];
        if (!web) continue;
        const had = this.conv.all().length;
        const outcome = await this.post(web, activity).then(
          (s) => (s < 300 ? 'ok' : `HTTP ${s}`),
          (e: unknown) => ((e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED' ? 'refused' : 'lost'),
        );
        const replied = this.conv.all().length > had;
        // How the turn went, e.g. "B(lost)→A": B died with the post in flight and A answered it.
        path.push(outcome === 'ok' ? (replied ? web.name : `${web.name}(nothing)`) : `${web.name}(${outcome}${replied ? ', after replying' : ''})`);
        if (outcome === 'ok') {
          answered = true;
          break;
        }
        if (outcome === 'HTTP 503') {
          // Held by an instance that may have died mid-turn: a channel sends it again after Retry-After.
          this.heldElsewhere++;
          await new Promise((r) => setTimeout(r, 3_100));
          continue;
        }
        if (outcome === 'refused') this.refused++;
        else this.lostInFlight++;
      }
      if (answered && !this.conv.all().slice(before).some((a) => a.type === 'message')) {
        // Answered 200 with nothing: the turn was dropped (e.g. as a redelivery of an activity the
        // killed instance had claimed). The resident types it again.
        this.repeated++;
        activity = this.conv.activity(extra);
        answered = false;
      }
    }
    this.via.push(path.join('→'));
    if (!answered) throw new Error(`resident ${this.conv.id}: turn ${n} (${JSON.stringify(extra)}) got no answer via ${path.join('→')}`);
    const acts = this.conv.all().slice(before);
    this.seen.push(`${textOf(acts)}\n[${buttonsOf(acts).join(' | ')}]`);
    return acts;
  }

  join(): Promise<SentActivity[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: [{ id: 'pcc-bot' }, { id: this.conv.userId }] });
  }

  say(text: string): Promise<SentActivity[]> {
    return this.send({ text });
  }

  /** The whole anonymous comment; the reference shown in its last reply, or null. */
  async comment(words: string, pause = 0): Promise<string | null> {
    await this.join();
    let last: SentActivity[] = [];
    for (const a of COMMENT(words)) {
      if (pause) await new Promise((r) => setTimeout(r, pause));
      last = await this.say(a);
    }
    return REFERENCE.exec(textOf(last))?.[0] ?? null;
  }
}

/** The case's own office e-mail(s), by subject `[REF]` (not its updates, escalations or acknowledgements). */
function caseMails(smtp: SmtpSink, ref?: string): ReceivedMail[] {
  return smtp.messages.filter((m) => {
    const subject = m.parsed.subject ?? '';
    const r = /^\[([A-Z]{2,6}-\d{4}-\d{6})\]/.exec(subject)?.[1];
    if (!r || (ref && r !== ref)) return false;
    return !/ESCALATED|Acknowledged|\(update \d+\)/.test(subject) && !m.to.some((t) => t.includes('@example.org'));
  });
}

const mailText = (m: ReceivedMail): string => `${m.parsed.subject ?? ''}\n${m.parsed.text ?? ''}\n${m.raw}`;

/** The bot's replies with what differs by resident (their words, their reference) taken out. */
const normalised = (seen: readonly string[], words: string): string[] =>
  seen.map((s) => s.split(escapeMarkdown(words)).join('<their words>').split(words).join('<their words>').replace(new RegExp(REFERENCE.source, 'g'), '<REF>'));

describe('two web instances and two workers on one Redis, a conversation moving between web instances', () => {
  const smtp = new SmtpSink();
  const connector = new ConnectorStandIn();
  let redisUrl = '';
  let webs: Web[] = [];
  let urgentWorker: Child;
  let ordinaryWorker: Child;

  /** Until every expected case e-mail is in, then until no workflow queue has a job waiting or running. */
  async function drained(refs: readonly string[], ms = 60_000): Promise<{ failed: number }> {
    const end = Date.now() + ms;
    while (Date.now() < end && refs.some((r) => caseMails(smtp, r).length === 0)) await new Promise((r) => setTimeout(r, 250));
    const queues = CASE_KINDS.map((k) => new Queue(queueName(k), { connection: { url: redisUrl }, prefix: QUEUE_PREFIX }));
    try {
      for (;;) {
        const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'failed')));
        const busy = counts.reduce((s, c) => s + (c['waiting'] ?? 0) + (c['active'] ?? 0) + (c['prioritized'] ?? 0), 0);
        if (busy === 0 || Date.now() > end) {
          // A moment more, so that a second copy of an e-mail (were one sent) would be in the mailbox too.
          await new Promise((r) => setTimeout(r, 1000));
          return { failed: counts.reduce((s, c) => s + (c['failed'] ?? 0), 0) };
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  }

  /** For a reference shown but never e-mailed: what Redis and the web processes' logs say of it. */
  async function whyLost(ref: string, resident?: Resident): Promise<string> {
    const redis = new Redis(redisUrl);
    const queue = new Queue(queueName('comment'), { connection: { url: redisUrl }, prefix: QUEUE_PREFIX });
    try {
      const record = (await redis.exists(`pcc:case:${ref}`)) === 1;
      const job = await queue.getJob(`${ref}.office`);
      const msg = (line: string): string => {
        try {
          return (JSON.parse(line) as { msg?: string }).msg ?? line;
        } catch {
          return line;
        }
      };
      const logs = webs.map((w) => `${w.name}: ${w.output.filter((l) => l.includes(ref)).map(msg).join('; ') || 'nothing'}`);
      return `${ref}: case record in Redis ${record ? 'yes' : 'no'}; office job ${job ? `yes (${await job.getState()})` : 'never queued'}; resident's turns ${resident?.via.join(',') ?? '?'}; logs ${logs.join(' / ')}`;
    } finally {
      await queue.close();
      redis.disconnect();
    }
  }

  beforeAll(async () => {
    const t0 = Date.now();
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stdout}${built.stderr}`);
    const buildSeconds = (Date.now() - t0) / 1000;
    const smtpUrl = await smtp.start();
    await connector.start();
    redisUrl = await freshRedisUrl();
    const shared = { REDIS_URL: redisUrl, SMTP_URL: smtpUrl, MAIL_RETRY_BASE_MS: '100', MAIL_RETRY_MAX_MS: '400', RATE_LIMIT_MESSAGES: '1000/60' };
    try {
      webs = await Promise.all(
        ['A', 'B'].map(async (name) => {
          const port = await freePort();
          const child = startChild(name, 'server.js', {
            ...shared,
            PORT: String(port),
            HOST: '127.0.0.1',
            WORKERS: 'none',
            DATA_DIR: mkdtempSync(path.join(tmpdir(), `pcc-multi-web-${name}-`)),
          });
          return Object.assign(child, { url: `http://127.0.0.1:${port}` });
        }),
      );
      // The production layout (README, "Production layout"): urgent alerts in a worker of their own.
      urgentWorker = startChild('urgent worker', 'worker.js', { ...shared, WORKER_QUEUES: 'urgent', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pcc-multi-wu-')) });
      ordinaryWorker = startChild('ordinary worker', 'worker.js', { ...shared, WORKER_QUEUES: 'ordinary', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pcc-multi-wo-')) });
      await Promise.all([
        ...webs.map((w) =>
          until('ready /readyz with separate workers', w, async () => {
            const body = (await fetch(`${w.url}/readyz`).then((r) => (r.ok ? r.json() : null), () => null)) as { workers?: unknown } | null;
            return body?.workers === 'separate process';
          }),
        ),
        ...[urgentWorker, ordinaryWorker].map((w) => until('"queue workers started"', w, () => logged(w, 'queue workers started') > 0)),
      ]);
    } catch (err) {
      await stopChildren();
      throw err;
    }
    console.log(`[multi-instance] built and started 2 web + 2 worker processes in ${((Date.now() - t0) / 1000).toFixed(1)} s (build ${buildSeconds.toFixed(1)} s)`);
  }, 300_000);

  afterAll(async () => {
    const t0 = Date.now();
    await stopChildren();
    console.log(`[multi-instance] stopped every child process in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await connector.stop();
    await smtp.stop();
  });

  it('ten residents, every turn on the other instance: one case, one reference, one office e-mail each', async () => {
    const tag = randomUUID().slice(0, 6);
    // A resident who stays on instance A, to compare with: moving must change nothing they see.
    const control = new Resident(webs, connector, () => 0);
    const controlWords = `Control ${tag}: the crossing on Ribbleton Lane needs a lollipop person.`;
    const controlRef = await control.comment(controlWords);
    expect(controlRef ?? control.seen.join('\n---\n')).toMatch(REFERENCE);

    const residents = Array.from({ length: 10 }, () => new Resident(webs, connector));
    const words = residents.map((_, i) => `Moving ${tag} ${String.fromCharCode(97 + i)}: average speed cameras on the A59, please.`);
    const refs = await Promise.all(residents.map((r, i) => r.comment(words[i] ?? '')));

    for (const r of residents) expect(r.via).toEqual(['A', 'B', 'A', 'B', 'A', 'B']);
    // Each shown their reference, with the same questions in the same order as on one instance.
    residents.forEach((r, i) => {
      expect(refs[i] ?? '', `resident ${i}, turns ${r.via.join(',')}, saw:\n${r.seen.join('\n---\n')}`).toMatch(REFERENCE);
      expect(normalised(r.seen, words[i] ?? '')).toEqual(normalised(control.seen, controlWords));
    });
    expect(new Set(refs).size).toBe(10);

    const all = [...(refs as string[]), controlRef ?? ''];
    const { failed } = await drained(all);
    for (const ref of all) expect(caseMails(smtp, ref), `office e-mails for ${ref}`).toHaveLength(1);
    // One case per resident: their words are in exactly one case e-mail, the one with their reference.
    words.forEach((w, i) => {
      const withWords = caseMails(smtp).filter((m) => mailText(m).includes(w));
      expect(withWords.map((m) => /^\[([^\]]+)\]/.exec(m.parsed.subject ?? '')?.[1])).toEqual([refs[i]]);
    });
    // Nothing else: no case this test did not show a resident.
    const ours = caseMails(smtp).filter((m) => mailText(m).includes(tag));
    expect(ours).toHaveLength(11);
    expect(failed).toBe(0);
    for (const ref of all) expect(sentBy([urgentWorker, ordinaryWorker], ref)).toEqual(['ordinary worker']);
    console.log(`[multi-instance] 10 residents alternating A/B on every turn: shown 10 references, e-mailed ${all.length - 1}, lost 0, duplicated 0`);
  });

  it('a disclosure of danger on A, after a turn on B: 999 and a reference, one urgent e-mail, later disclosures on B added to it', async () => {
    const r = new Resident(webs, connector);
    await r.join(); // A
    await r.say("Comment on the commissioner's work"); // B
    const danger = await r.say('he is outside my door with a knife right now'); // A
    expect(r.via).toEqual(['A', 'B', 'A']);
    const first = danger.find((a) => a.type === 'message')?.text ?? '';
    expect(first).toContain('999');
    const ref = REFERENCE.exec(textOf(danger))?.[0] ?? '';
    expect(ref).toMatch(REFERENCE);
    expect(danger.filter((a) => a.type === 'event' && a.name === 'handoff.initiate')).toHaveLength(1);

    // On B, the same conversation's next disclosure goes to the same urgent case, not a new one.
    const more = await r.say('he also said he would kill me if I opened the door'); // B
    expect(REFERENCE.exec(textOf(more))?.[0]).toBe(ref);
    expect(textOf(more)).toMatch(/added this to what you told us/);

    const mail = await smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${ref}]`) === true, 20_000);
    await smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${ref}]`) === true && /update/.test(m.parsed.subject), 20_000);
    const { failed } = await drained([ref]);
    expect(caseMails(smtp, ref)).toHaveLength(1);
    expect(mail.raw).toMatch(/^X-Priority: 1/m);
    // The case instance A filed has the turn B took in its transcript.
    const record = jsonRecord(mail);
    expect(record).toMatchObject({ kind: 'urgent', reference: ref, risk: { level: 'emergency' } });
    expect(JSON.stringify(record?.['transcript'])).toContain("Comment on the commissioner's work");
    const updates = smtp.messages.filter((m) => m.parsed.subject?.startsWith(`[${ref}]`) === true && /\(update \d+\)/.test(m.parsed.subject));
    expect(updates).toHaveLength(1);
    expect(sentBy([urgentWorker, ordinaryWorker], ref)).toEqual(['urgent worker']);
    // No other urgent case for this conversation.
    expect(smtp.messages.filter((m) => m.raw.includes('he also said he would kill me') && !m.parsed.subject?.startsWith(`[${ref}]`))).toEqual([]);
    expect(failed).toBe(0);
    console.log(`[multi-instance] disclosure on A after a turn on B: shown 1 reference with 999, urgent e-mail 1 (+1 update from B), lost 0, duplicated 0`);
  });

  it('web instance B killed (SIGKILL) in the middle of journeys: the residents carry on on A, one case each', async () => {
    const n = KILL_RESIDENTS;
    const tag = randomUUID().slice(0, 6);
    const residents = Array.from({ length: n }, () => new Resident(webs, connector));
    const words = residents.map((_, i) => `Killed ${tag} ${i}: more patrols in Lytham at night.`);
    const b = webs[1] as Web;
    let turnsBeforeKill = -1;
    let cutShort = '';
    const killed = new Promise<void>((resolve) => {
      onPostStart = (web, what, others) => {
        const done = residents.reduce((s, r) => s + r.via.length, 0);
        // A third of the way through: most residents are mid-journey.
        if (web !== b || done < 2 * n || (KILL_DELAY_MS === 0 && others > 0) || (KILL_DURING && what !== KILL_DURING)) return;
        onPostStart = null;
        turnsBeforeKill = done;
        cutShort = what;
        const kill = (): void => {
          b.proc.kill('SIGKILL');
          resolve();
        };
        // At once by default: the post is on its way, and B dies before it has read any of it.
        if (KILL_DELAY_MS > 0) setTimeout(kill, Math.random() * KILL_DELAY_MS);
        else kill();
      };
    });
    const refs = await Promise.all(
      residents.map(async (r, i) => {
        await new Promise((res) => setTimeout(res, (i * 480) / n));
        // A resident takes a moment to read each reply before answering.
        return r.comment(words[i] ?? '', 40 + ((i * 37) % 60));
      }),
    );
    onPostStart = null;
    await Promise.race([killed, new Promise((r) => setTimeout(r, 100))]);
    await new Promise((r) => setTimeout(r, 200));
    expect(b.exit?.signal, 'B was never killed: no turn went to B at the moment wanted').toBe('SIGKILL');

    // Some journeys were really cut in two: begun with turns on B, finished on A after the kill.
    const cut = residents.filter((r) => r.via.includes('B') && r.via.some((v) => /^B\(/.test(v)));
    expect(cut.length).toBeGreaterThan(0);
    // Soft, so that each resident's outcome is reported, not only the first that went wrong.
    residents.forEach((r, i) => expect.soft(refs[i] ?? '', `resident ${i}, turns ${r.via.join(',')}, saw:\n${r.seen.join('\n---\n')}`).toMatch(REFERENCE));
    const shown = refs.filter((r): r is string => r !== null);
    expect.soft(new Set(shown).size, 'references shown, all different').toBe(n);

    const { failed } = await drained(shown);
    for (const [i, ref] of refs.entries()) {
      if (!ref) continue;
      const mails = caseMails(smtp, ref);
      expect.soft(mails, mails.length === 0 ? await whyLost(ref, residents[i]) : `office e-mails for ${ref}`).toHaveLength(1);
    }
    words.forEach((w, i) => {
      const withWords = caseMails(smtp).filter((m) => mailText(m).includes(w));
      expect.soft(withWords.map((m) => /^\[([^\]]+)\]/.exec(m.parsed.subject ?? '')?.[1]), `the case e-mails with resident ${i}'s words`).toEqual([refs[i]]);
    });
    expect.soft(caseMails(smtp).filter((m) => mailText(m).includes(tag)), 'case e-mails of this test').toHaveLength(n);
    expect(failed).toBe(0);
    const refused = residents.reduce((s, r) => s + r.refused, 0);
    const lost = residents.reduce((s, r) => s + r.lostInFlight, 0);
    const repeated = residents.reduce((s, r) => s + r.repeated, 0);
    const perRef = shown.map((ref) => caseMails(smtp, ref).length);
    const a = webs[0] as Web;
    console.log(
      `[multi-instance] web B SIGKILLed after ${turnsBeforeKill} of ${6 * n} turns, as ${JSON.stringify(cutShort)} reached it: ${cut.length} of ${n} journeys cut in two, ${lost} posts lost in flight and ${refused} refused, each sent again to A, ${residents.reduce((s, r) => s + r.heldElsewhere, 0)} answered 503 (held by B) and sent again after Retry-After, ${repeated} turns answered with nothing and typed again (A ignored ${logged(a, 'redelivered activity ignored')} as redeliveries); shown ${shown.length} references, e-mailed ${perRef.filter((c) => c > 0).length}, lost ${perRef.filter((c) => c === 0).length}, duplicated ${perRef.reduce((s, c) => s + Math.max(0, c - 1), 0)}`,
    );
  });
});
