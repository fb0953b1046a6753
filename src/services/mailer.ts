import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter, TransportOptions } from 'nodemailer';

export interface MailAttachment {
  readonly filename: string;
  readonly content: string;
  readonly contentType: string;
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly MailAttachment[];
  /** Lets the office's mail client thread updates to one case together. */
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly priority?: 'high' | 'normal';
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  readonly description: string;
}

function toNodemailer(from: string, mail: OutgoingMail): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}),
    ...(mail.priority === 'high' ? { priority: 'high' as const } : {}),
  };
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  readonly description: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutsMs = 10_000,
  ) {
    // Pooled: an urgent alert goes out on an open connection instead of waiting for a new greeting.
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 3,
      maxMessages: 100,
      connectionTimeout: timeoutsMs,
      greetingTimeout: timeoutsMs,
      socketTimeout: timeoutsMs * 3,
    } as TransportOptions);
    const u = new URL(smtpUrl);
    this.description = `SMTP ${u.hostname}:${u.port || '(default port)'}`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail(toNodemailer(this.from, mail));
  }

  close(): void {
    this.transport.close();
  }
}

/** Development: every e-mail becomes an .eml file a person can open. */
export class OutboxMailer implements Mailer {
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  readonly description: string;

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    this.description = `.eml files in ${dir}`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail(toNodemailer(this.from, mail));
    await mkdir(this.dir, { recursive: true });
    const safe = mail.subject.replace(/^\[([A-Z0-9-]+)\].*$/, '$1').replace(/[^A-Za-z0-9-]/g, '') || 'mail';
    const file = path.join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safe}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
  }

  close(): void {
    this.transport.close();
  }
}
