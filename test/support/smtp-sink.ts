import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  readonly to: string[];
  readonly parsed: ParsedMail;
  readonly raw: string;
  readonly at: number;
}

/** A real SMTP server (the `smtp-server` package) that keeps every message; it can be told to fail. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** While set, every message is refused with this SMTP reply code. */
  failWith: number | null = null;
  /**
   * The next this-many messages are kept, then answered 421 as if the connection dropped after
   * DATA: the sender cannot know they arrived, and sends again (SMTP allows that duplicate).
   */
  keepThenFail = 0;
  /** Milliseconds to hold a message before answering it (a slow mail server), by what it says; 0 answers at once. */
  holdFor: ((raw: string) => number) | null = null;
  private waiters: (() => void)[] = [];
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const at = Date.now();
          if (this.failWith !== null) {
            const err = Object.assign(new Error('refused for the test'), { responseCode: this.failWith });
            callback(err);
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const dropAfter = this.keepThenFail > 0;
          if (dropAfter) this.keepThenFail--;
          const hold = this.holdFor?.(raw) ?? 0;
          void new Promise((r) => setTimeout(r, hold)).then(() => simpleParser(raw)).then((parsed) => {
            this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed, raw, at });
            for (const w of this.waiters.splice(0)) w();
            if (dropAfter) callback(Object.assign(new Error('connection lost after DATA'), { responseCode: 421 }));
            else callback();
          });
        });
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until a message matches, or fails the test after `timeoutMs`. */
  async waitFor(pred: (m: ReceivedMail) => boolean, timeoutMs = 8000): Promise<ReceivedMail> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(pred);
      if (found) return found;
      const left = end - Date.now();
      if (left <= 0) throw new Error(`no matching e-mail within ${timeoutMs} ms (got ${this.messages.length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export function jsonRecord(mail: ReceivedMail): Record<string, unknown> | null {
  const att = mail.parsed.attachments.find((a) => a.contentType === 'application/json');
  return att ? (JSON.parse(att.content.toString('utf8')) as Record<string, unknown>) : null;
}
