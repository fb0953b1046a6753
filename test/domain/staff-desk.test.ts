import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/case-record';
import { redactPersonalData } from '../../src/domain/personal-data';
import path from 'node:path';
import { loadOfficeProfile } from '../../src/config';
import { ageOf, decide, deadlineOf, deskState, firstName, priorityScore, readQueueQuery } from '../../src/domain/staff-desk';
import { REFERENCE_PATTERN } from '../../src/domain/reference';
import { caseCard, residentWordsFor } from '../../src/staff/case-card';
import type { CaseRecord } from '../../src/domain/case-record';

const ALEX = { id: '29:alex', name: 'Alex Smith' };
const SAM = { id: '29:sam', name: 'Sam Jones' };
const AT = '2026-12-03T10:00:00.000Z';

function comment(events: CaseEvent[] = [], extra: Partial<CaseRecord> = {}): CaseRecord {
  return {
    schemaVersion: 1,
    reference: 'LAN-2026-000123',
    kind: 'comment',
    receivedAt: '2026-12-01T09:00:00.000+00:00',
    office: 'lancashire',
    channel: 'webchat',
    locale: 'en-GB',
    risk: { level: 'none', reasons: [] },
    details: 'More patrols please. Call me on 07700 900123 or write to jo.bloggs@example.org, PR1 2AB.',
    contact: null,
    comment: { topic: 'Safer roads' },
    events,
    ...extra,
  } as CaseRecord;
}

function apply(record: CaseRecord, ...steps: [Parameters<typeof decide>[1], typeof ALEX][]): CaseRecord {
  let r = record;
  for (const [action, who] of steps) {
    const d = decide(r, action, who, AT, null);
    if (!d.ok) throw new Error(d.reason);
    r = { ...r, events: [...(r.events ?? []), ...d.events] };
  }
  return r;
}

describe('who may do what on a case', () => {
  it('lets one person hold a case; others are told who holds it and cannot release or resolve it', () => {
    const held = apply(comment(), [{ verb: 'claim' }, ALEX]);
    expect(deskState(held).holder).toEqual(ALEX);
    expect(decide(held, { verb: 'claim' }, SAM, AT, null)).toMatchObject({ ok: false, reason: 'Alex Smith holds this case.' });
    expect(decide(held, { verb: 'release' }, SAM, AT, null)).toMatchObject({ ok: false, code: 'HeldByOther' });
    expect(decide(held, { verb: 'resolve', outcome: 'replied' }, SAM, AT, null)).toMatchObject({ ok: false, code: 'HeldByOther' });
    // Anyone in the team may add a note.
    expect(decide(held, { verb: 'note', note: 'Checked the file.' }, SAM, AT, null)).toMatchObject({ ok: true });
  });

  it('asks for an urgent case to be acknowledged before it is resolved, and acknowledging holds it', () => {
    const urgent = comment([], { kind: 'urgent', risk: { level: 'high', reasons: ['stalking'] }, transcript: [] });
    expect(decide(urgent, { verb: 'resolve', outcome: 'victim-services' }, ALEX, AT, null)).toMatchObject({ ok: false, code: 'NotAcknowledged' });
    const acked = apply(urgent, [{ verb: 'acknowledge' }, SAM]);
    expect(deskState(acked)).toMatchObject({ holder: SAM, acknowledged: { by: SAM } });
    expect(decide(acked, { verb: 'acknowledge' }, ALEX, AT, null)).toMatchObject({ ok: false, code: 'AlreadyAcknowledged' });
    expect(decide(comment(), { verb: 'acknowledge' }, ALEX, AT, null)).toMatchObject({ ok: false, code: 'NotUrgent' });
  });

  it('refuses what was decided on an older card, and a card from the future, but still takes a claim from one', () => {
    const noted = apply(comment(), [{ verb: 'claim' }, ALEX], [{ verb: 'note', note: 'Rang them.' }, SAM]);
    expect(decide(noted, { verb: 'resolve', outcome: 'replied' }, ALEX, AT, 1)).toMatchObject({ ok: false, code: 'StaleCard' });
    expect(decide(noted, { verb: 'resolve', outcome: 'replied' }, ALEX, AT, 2)).toMatchObject({ ok: true });
    expect(decide(noted, { verb: 'note', note: 'x' }, ALEX, AT, 7)).toMatchObject({ ok: false, code: 'StaleCard' });
    const released = apply(noted, [{ verb: 'release' }, ALEX]);
    expect(decide(released, { verb: 'claim' }, SAM, AT, 0)).toMatchObject({ ok: true });
  });

  it('resolves with an outcome, reopens to nobody holding it, and refuses empty or overlong notes', () => {
    const done = apply(comment(), [{ verb: 'claim' }, ALEX], [{ verb: 'resolve', outcome: 'professional-standards', note: ' passed on ' }, ALEX]);
    expect(deskState(done)).toMatchObject({ status: 'resolved', outcome: 'professional-standards' });
    expect(done.events?.at(-1)?.note).toBe('passed on');
    expect(decide(done, { verb: 'claim' }, SAM, AT, null)).toMatchObject({ ok: false, code: 'Resolved' });
    const reopened = apply(done, [{ verb: 'reopen' }, SAM]);
    expect(deskState(reopened)).toMatchObject({ status: 'open', holder: null, outcome: null });
    expect(decide(reopened, { verb: 'note', note: '   ' }, SAM, AT, null)).toMatchObject({ ok: false, code: 'EmptyNote' });
    expect(decide(reopened, { verb: 'note', note: 'x'.repeat(2001) }, SAM, AT, null)).toMatchObject({ ok: false, code: 'NoteTooLong' });
  });
});

describe('the queue order and the deadlines', () => {
  it('puts an emergency before a high risk, a risk before an ordinary case, and older before newer', () => {
    const at = (iso: string, kind: CaseRecord['kind'], level: 'none' | 'high' | 'emergency') => priorityScore({ kind, risk: { level, reasons: [] }, receivedAt: iso });
    const scores = [
      at('2026-12-03T10:00:00Z', 'comment', 'none'),
      at('2026-12-01T10:00:00Z', 'comment', 'none'),
      at('2026-12-03T11:00:00Z', 'urgent', 'high'),
      at('2026-12-03T12:00:00Z', 'urgent', 'emergency'),
      at('2026-12-03T12:00:00Z', 'support', 'high'),
    ];
    const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    expect(order).toEqual([3, 2, 4, 1, 0]);
  });

  it('gives a complaint its working days, skipping weekends and bank holidays, and an urgent case its acknowledgement time', () => {
    const profile = { responseWorkingDays: { complaint: 10, comment: 20, support: 2, urgent: 1, enquiry: 10, foi: 20, sar: 30 }, bankHolidays: ['2026-12-25', '2026-12-28'], timeZone: 'Europe/London' };
    const complaint = { kind: 'complaint' as const, receivedAt: '2026-12-18T15:00:00.000+00:00', events: [] };
    // Fri 18 Dec + 10 working days, without Christmas Day and the Boxing Day holiday (Mon 28).
    expect(deadlineOf(complaint, profile, 900, new Date('2026-12-20T00:00:00Z'))).toEqual({ what: 'reply', due: '2027-01-05', overdue: false });
    expect(deadlineOf(complaint, profile, 900, new Date('2027-01-06T09:00:00Z'))?.overdue).toBe(true);
    const urgent = { kind: 'urgent' as const, receivedAt: '2026-12-03T10:00:00.000+00:00', events: [] };
    expect(deadlineOf(urgent, profile, 900, new Date('2026-12-03T10:10:00Z'))).toEqual({ what: 'acknowledge', due: '2026-12-03T10:15:00.000Z', overdue: false });
    expect(deadlineOf(urgent, profile, 900, new Date('2026-12-03T10:16:00Z'))?.overdue).toBe(true);
    expect(deadlineOf({ ...urgent, events: [{ at: AT, action: 'acknowledged', by: ALEX }] }, profile, 900, new Date('2026-12-04T00:00:00Z'))).toBeNull();
  });

  it('says how old a case is in words staff read at a glance', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(ageOf('2026-12-03T11:58:30Z', now)).toBe('1 min');
    expect(ageOf('2026-12-03T09:55:00Z', now)).toBe('2 h 5 min');
    expect(ageOf('2026-11-28T12:00:00Z', now)).toBe('5 days');
  });
});

describe('what staff ask for in Teams', () => {
  it('reads the queue commands and a reference, and nothing else', () => {
    const read = (t: string) => readQueueQuery(t, REFERENCE_PATTERN);
    expect(read('queue')).toEqual({ kind: 'queue' });
    expect(read('Queue.')).toEqual({ kind: 'queue' });
    expect(read('my cases')).toEqual({ kind: 'mine' });
    expect(read('Urgent')).toEqual({ kind: 'urgent' });
    expect(read('overdue cases')).toEqual({ kind: 'overdue' });
    expect(read('case lan-2026-000123')).toEqual({ kind: 'case', reference: 'LAN-2026-000123' });
    expect(read('LAN-2026-000123')).toEqual({ kind: 'case', reference: 'LAN-2026-000123' });
    expect(read('is anyone looking at the queue today?')).toBeNull();
    expect(read('my husband is urgent about it')).toBeNull();
    expect(read('I have a case LAN-2026-000123 and he hit me again')).toBeNull();
  });

  it('tells the resident the first name of the member of staff only', () => {
    expect(firstName('Alex Smith')).toBe('Alex');
    expect(firstName('  Sam  ')).toBe('Sam');
  });
});

describe('what the card shows of the resident', () => {
  const profile = loadOfficeProfile('lancashire', path.join(__dirname, '..', '..', 'offices'));

  it('shows a short extract without contact details by default, and nothing when the office says so', () => {
    const r = comment();
    const words = residentWordsFor(r, profile.staffDesk) ?? '';
    expect(words).toContain('More patrols please');
    expect(words).not.toMatch(/07700|jo\.bloggs|PR1 2AB/);
    expect(residentWordsFor(r, { residentWords: 'none', extractLength: 240 })).toBeNull();
    expect(residentWordsFor({ ...r, details: 'x'.repeat(1000) }, { residentWords: 'extract', extractLength: 100 })?.length).toBe(100);
    const card = JSON.stringify(caseCard({ record: r, profile: { ...profile, staffDesk: { residentWords: 'none', extractLength: 240 } }, now: new Date(), ackSeconds: 900, viewer: null, residentReachable: false }));
    expect(card).not.toContain('More patrols');
    expect(card).toContain('LAN-2026-000123');
  });

  it('takes out UK phone numbers, e-mail addresses and postcodes, and leaves dates and references', () => {
    expect(redactPersonalData('ring 07700 900123, +44 7700 900123 or (01772) 533587')).toBe('ring [phone], [phone] or [phone]');
    expect(redactPersonalData('me: a.b-c@mail.example.co.uk, BB11 2AB and lan 12/11/2026 ref LAN-2026-000123')).toBe('me: [e-mail], [postcode] and lan 12/11/2026 ref LAN-2026-000123');
  });

  it('shows the holder their own buttons, and everyone else who holds it', () => {
    const held = apply(comment(), [{ verb: 'claim' }, ALEX]);
    const base = { record: held, profile, now: new Date(), ackSeconds: 900, residentReachable: true };
    const mine = JSON.stringify(caseCard({ ...base, viewer: ALEX }));
    const theirs = JSON.stringify(caseCard({ ...base, viewer: SAM }));
    expect(mine).toContain('you hold this case');
    expect(mine).toContain('"verb":"release"');
    expect(mine).toContain('"verb":"relay"');
    expect(theirs).toContain('held by Alex Smith');
    expect(theirs).not.toContain('"verb":"release"');
    expect(theirs).not.toContain('"verb":"resolve"');
  });
});
