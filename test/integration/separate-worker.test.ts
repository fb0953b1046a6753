import { describe, expect, it } from 'vitest';
import { createWorkers } from '../../src/app';
import { REFERENCE, textOf } from '../support/channel';
import { startStack } from '../support/test-stack';

describe('workers in a separate process', () => {
  it('the web process with WORKERS=none queues the case, and a worker elsewhere e-mails it', async () => {
    const stack = await startStack({ WORKERS: 'none' });
    const workers = createWorkers(stack.config);
    try {
      const ready = await fetch(`${stack.botUrl}/readyz`);
      expect(await ready.json()).toMatchObject({ workers: 'separate process' });
      const conv = stack.conversation();
      await conv.join();
      let last = await conv.say("Comment on the commissioner's work");
      for (const a of ['Safer roads', 'Average speed cameras on the A59, please.', "No, I'll stay anonymous", 'Yes, send it']) last = await conv.say(a);
      const reference = REFERENCE.exec(textOf(last))?.[0] ?? '';
      await new Promise((r) => setTimeout(r, 300));
      expect(stack.smtp.messages.some((m) => m.parsed.subject?.startsWith(`[${reference}]`))).toBe(false);
      workers.start();
      await stack.smtp.waitFor((m) => m.parsed.subject?.startsWith(`[${reference}]`) === true);
    } finally {
      await workers.close();
      await stack.close();
    }
  });
});
