import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LOG_REDACTION } from '../../src/services/log-redaction';

describe('the log', () => {
  it("takes personal data out of an error's message and stack, and leaves ids and codes", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const log = pino({ level: 'info', ...LOG_REDACTION }, sink);
    log.error({ reference: 'LAN-2026-000123', code: 'EENVELOPE', err: { message: 'Recipient jo.bloggs@example.org refused; call 07700 900123', stack: 'Error: My name is Jo Bloggs\n    at x' } }, 'mail failed');
    const line = JSON.parse(lines[0] ?? '{}') as { reference: string; code: string; err: { message: string; stack: string } };
    expect(line.reference).toBe('LAN-2026-000123');
    expect(line.code).toBe('EENVELOPE');
    expect(line.err.message).toBe('Recipient [e-mail] refused; call [phone]');
    expect(line.err.stack).toContain('My name is [name]');
  });
});
