import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, REFERENCE, textOf } from '../support/channel';
import { jsonRecord } from '../support/smtp-sink';
import { startStack } from '../support/test-stack';
import type { TestStack } from '../support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

describe('in Microsoft Teams', () => {
  it('offers the routes as hero card buttons, and a comment can be made by pressing them', async () => {
    const conv = stack.conversation('msteams');
    const welcome = await conv.join();
    expect(welcome[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(welcome)).toContain("Comment on the commissioner's work");
    expect(welcome[0]?.suggestedActions).toBeUndefined();
    let last = await conv.say("Comment on the commissioner's work");
    expect(buttonsOf(last)).toContain('Safer roads');
    for (const a of ['Safer roads', 'Please keep the Ribble Valley rural patrols.', "No, I'll stay anonymous", 'Yes, send it']) last = await conv.say(a);
    const reference = REFERENCE.exec(textOf(last))?.[0] ?? '';
    const record = jsonRecord(await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true));
    expect(record).toMatchObject({ channel: 'msteams', kind: 'comment' });
  });
});
