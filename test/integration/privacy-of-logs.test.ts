import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

const lines: string[] = [];
let stack: TestStack;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  stack = await startStack({}, { log: pino({ level: 'trace' }, sink) });
});
afterAll(async () => {
  await stack.close();
});

describe('the logs', () => {
  it('carry the reference but never what the resident typed nor their contact details', async () => {
    const conv = stack.conversation();
    await conv.join();
    const said = ["I'd like to complain about the chief constable", 'Zebedee Quackenbush-Smythe ignored my letter about Ormskirk bus station.', 'Philippa Marchbanks', 'philippa.marchbanks@example.org', 'Yes, please', 'Yes, send it'];
    let last: Awaited<ReturnType<typeof conv.say>> = [];
    for (const s of said) last = await conv.say(s);
    const reference = REFERENCE.exec(textOf(last))?.[0] ?? '';
    await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    // A disclosure is logged too, but only as a level and a reference.
    await conv.say('my husband hits me and I am scared to go home');
    await new Promise((r) => setTimeout(r, 300));
    const log = lines.join('');
    expect(log).toContain(reference);
    for (const secret of ['Zebedee', 'Ormskirk', 'Philippa', 'Marchbanks', 'philippa.marchbanks', 'husband hits']) expect(log).not.toContain(secret);
    // The handoff's own line says what it rests on, by rule id and model feature number, never by the words.
    const handoff = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['msg'] === 'disclosure handed to staff');
    expect(handoff).toBeDefined();
    expect((handoff?.['basis'] as string[]).some((b) => b.startsWith('domestic-abuse/'))).toBe(true);
    expect(handoff?.['level']).toBe('high');
  });
});
