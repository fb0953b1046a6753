import type { CaseEvent, CaseRecord } from '../domain/case-record';
import type { OfficeProfile } from '../domain/office-profile';
import { OUTCOME_LABELS } from '../domain/staff-desk';
import { LocaleText } from '../i18n/locale-text';
import escapeHtml from 'escape-html';
import { journeyOf, JOURNEYS } from '../journeys/registry';
import type { OutgoingMail } from './mailer';

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The Message-ID of a case's first e-mail: every later e-mail about it replies to it, so they thread. */
function caseThreadId(record: CaseRecord, profile: OfficeProfile): string {
  return `<${record.reference.toLowerCase()}@${profile.id}.pcc-bot>`;
}

/** Which language the office writes back in: the one the conversation was held in (Welsh Language Standards). */
export function replyLanguage(locale: string): string {
  if (/^cy\b/i.test(locale)) return 'WELSH (Cymraeg): the resident used the service in Welsh, so reply in Welsh';
  if (/^en\b/i.test(locale)) return 'English';
  return `${locale} (the conversation's language); English if you cannot`;
}

/** Staff-facing rows, in the order a person triaging the inbox reads them. */
function rows(r: CaseRecord): [string, string][] {
  const out: [string, string][] = [
    ['Reference', r.reference],
    ['Kind', journeyOf(r.kind).staffLabel],
    ['Received', r.receivedAt],
    ['Channel', r.channel],
    ['Language', r.locale],
    ['Reply in', replyLanguage(r.locale)],
  ];
  if (r.risk.level !== 'none') out.push(['Risk', `${r.risk.level.toUpperCase()}: ${r.risk.reasons.join('; ')}`]);
  // Each journey's own rows, for the blocks the record has.
  for (const journey of JOURNEYS) out.push(...journey.emailRows(r));
  const c = r.contact;
  if (!c) out.push(['Contact', 'anonymous / none given']);
  else {
    if (c.name) out.push(['Name', c.name]);
    if (c.email) out.push(['E-mail', c.email]);
    if (c.phone) out.push(['Phone', c.phone]);
    if (c.address) out.push(['Address', c.address]);
    if (c.preferredMethod) out.push(['Preferred contact', c.preferredMethod]);
    if (c.safeToContact !== undefined) out.push(['Safe to contact', c.safeToContact ? 'yes' : 'NO: do not contact']);
    if (c.safeTimes) out.push(['Safe times', c.safeTimes]);
    out.push(['Consent to contact', c.consentToContact ? 'yes' : 'no']);
  }
  return out;
}

export interface RenderOptions {
  readonly update?: number;
}

/** The office's e-mail: a subject that starts with the reference, text and HTML bodies, and the JSON record. */
export function officeEmail(record: CaseRecord, profile: OfficeProfile, options: RenderOptions = {}): OutgoingMail {
  const update = options.update ? ` (update ${options.update})` : '';
  const summary = record.kind === 'urgent' ? `URGENT ${record.risk.level} risk: ${record.risk.reasons[0] ?? 'disclosure'}` : `${journeyOf(record.kind).staffLabel}: ${oneLine(record.details, 60)}`;
  const subject = `[${record.reference}] ${oneLine(summary, 110)}${update}`;
  const table = rows(record);
  const transcript = record.transcript ?? [];
  const text = [
    `${journeyOf(record.kind).staffLabel} received through the online contact service${update}.`,
    '',
    ...table.map(([k, v]) => `${k}: ${v}`),
    '',
    'In their own words:',
    record.details,
    ...(transcript.length ? ['', 'Conversation so far:', ...transcript.map((e) => `[${e.at}] ${e.from === 'resident' ? 'Resident' : 'Bot'}: ${e.text}`)] : []),
    '',
    `The attached ${record.reference}.json is the case record (schema version ${record.schemaVersion}).`,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c">
<h1 style="font-size:20px">${escapeHtml(journeyOf(record.kind).staffLabel)}${escapeHtml(update)}: ${escapeHtml(record.reference)}</h1>
${record.kind === 'urgent' ? `<p style="background:#d4351c;color:#fff;padding:8px;font-weight:bold">Risk disclosure: ${escapeHtml(record.risk.level.toUpperCase())}. Read now.</p>` : ''}
<table style="border-collapse:collapse">${table
    .map(([k, v]) => `<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`)
    .join('')}</table>
<h2 style="font-size:17px">In their own words</h2>
<blockquote style="white-space:pre-wrap;border-left:4px solid #b1b4b6;margin:0;padding-left:12px">${escapeHtml(record.details)}</blockquote>
${transcript.length ? `<h2 style="font-size:17px">Conversation so far</h2><ol>${transcript.map((e) => `<li><strong>${e.from === 'resident' ? 'Resident' : 'Bot'}</strong> <small>${escapeHtml(e.at)}</small><br><span style="white-space:pre-wrap">${escapeHtml(e.text)}</span></li>`).join('')}</ol>` : ''}
<p style="color:#505a5f">The attached ${escapeHtml(record.reference)}.json is the case record for ${escapeHtml(profile.shortName)}.</p>
</body></html>`;
  const threadId = caseThreadId(record, profile);
  return {
    to: profile.mailboxes[record.kind],
    subject,
    text,
    html,
    attachments: [{ filename: `${record.reference}.json`, content: JSON.stringify(record, null, 2), contentType: 'application/json' }],
    ...(options.update ? { inReplyTo: threadId } : { messageId: threadId }),
    priority: record.kind === 'urgent' ? 'high' : 'normal',
  };
}

/** The resident's copy: their reference and what happens next, in their language, nothing sensitive. */
export function residentConfirmation(record: CaseRecord, profile: OfficeProfile): OutgoingMail | null {
  const to = record.contact?.email;
  if (!to) return null;
  const t = new LocaleText(record.locale);
  const vars = { reference: record.reference, office: profile.name, phone: profile.contact.phone, name: record.contact?.name ?? '' };
  const text = t.t('confirmationEmail.body', vars);
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px">${text
    .split('\n\n')
    .map((para) => `<p>${escapeHtml(para)}</p>`)
    .join('')}</body></html>`;
  return { to, subject: t.t('confirmationEmail.subject', vars), text, html };
}

export interface EscalationOptions {
  readonly to: string;
  /** 1 for the first escalation. */
  readonly step: number;
  /** Minutes since the case was received. */
  readonly minutes: number;
}

/** Nobody has acknowledged an urgent case in time: the subject starts `[<reference>] ESCALATED`. */
export function escalationEmail(record: CaseRecord, profile: OfficeProfile, o: EscalationOptions): OutgoingMail {
  const subject = `[${record.reference}] ESCALATED (${o.step}): urgent ${record.risk.level} disclosure not yet acknowledged`;
  const lines = [
    `Nobody has acknowledged urgent case ${record.reference} in the staff channel, ${o.minutes} minutes after it was received.`,
    `Level: ${record.risk.level.toUpperCase()}. Why: ${record.risk.reasons.join('; ') || 'disclosure'}.`,
    'The full record and transcript are in the first e-mail for this reference. Acknowledge it in Teams, or act on it now.',
  ];
  return {
    to: o.to,
    subject,
    text: `${lines.join('\n\n')}\n`,
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
    inReplyTo: caseThreadId(record, profile),
    priority: 'high',
  };
}

/** What staff did with a case, to the office mailbox, in the case's thread: `[<reference>] Acknowledged by …`. */
export function statusEmail(record: CaseRecord, profile: OfficeProfile, event: CaseEvent): OutgoingMail {
  const what = statusLine(event);
  const transcript = (event.transcript ?? []).map((e) => `[${e.at}] ${e.from === 'resident' ? 'Resident' : (event.by?.name ?? 'Staff')}: ${e.text}`);
  const lines = [
    `${what} at ${event.at}.`,
    ...(event.note ? [`Note: ${event.note}`] : []),
    ...(transcript.length ? [['Live chat with the resident:', ...transcript].join('\n')] : []),
    `Case ${record.reference}: the full record is in the first e-mail of this thread, and this event is in the attached record's "events".`,
  ];
  return {
    to: profile.mailboxes[record.kind],
    subject: `[${record.reference}] ${what}`,
    text: `${lines.join('\n\n')}\n`,
    html: lines.map((l) => `<p style="white-space:pre-wrap">${escapeHtml(l)}</p>`).join('\n'),
    attachments: [{ filename: `${record.reference}.json`, content: JSON.stringify(record, null, 2), contentType: 'application/json' }],
    inReplyTo: caseThreadId(record, profile),
    priority: record.kind === 'urgent' ? 'high' : 'normal',
  };
}

/** "Acknowledged by Alex Smith", "Resolved by Sam Jones: Passed to Professional Standards". */
export function statusLine(event: CaseEvent): string {
  const who = event.by ? ` by ${event.by.name}` : '';
  switch (event.action) {
    case 'acknowledged':
      return `Acknowledged${who}`;
    case 'escalated':
      return `Escalated (step ${event.step ?? 1})${who}`;
    case 'claimed':
      return `Claimed${who}`;
    case 'released':
      return `Released${who}`;
    case 'noted':
      return `Note added${who}`;
    case 'resolved':
      return `Resolved${who}: ${event.outcome ? OUTCOME_LABELS[event.outcome] : 'no outcome given'}`;
    case 'reopened':
      return `Reopened${who}`;
    case 'relay-started':
      return `Live chat with the resident started${who}`;
    case 'relay-ended':
      return `Live chat with the resident ended${event.reason === 'resident-left' ? ': the resident had left' : who}`;
    case 'callback-requested':
      return `Call-back task created${who}`;
  }
}
