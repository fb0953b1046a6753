import type { CaseEvent, CaseRecord } from './case-record';
import type { OfficeProfile } from './office-profile';
import { addWorkingDays, isOpenAt, localMoment } from './opening-hours';

/**
 * The office's working queue, as a fold over each case's `events`: who holds a case, whether an
 * urgent one was acknowledged, whether it is resolved, and which actions staff may take on it.
 * Pure: the store applies a decision atomically, the staff channel shows it.
 */

export const OUTCOMES = ['replied', 'professional-standards', 'victim-services', 'no-further-action'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  replied: 'Replied to the resident',
  'professional-standards': 'Passed to Professional Standards',
  'victim-services': 'Referred to victim services',
  'no-further-action': 'No further action',
};

export interface Person {
  readonly id: string;
  readonly name: string;
}

export interface DeskState {
  readonly status: 'open' | 'resolved';
  readonly holder: Person | null;
  readonly acknowledged: { readonly by: Person; readonly at: string } | null;
  readonly outcome: Outcome | null;
  /** Who is talking with the resident live, if anyone. */
  readonly relay: Person | null;
  readonly notes: number;
  readonly escalations: number;
  /** How many events the case has: a card carries it, so an action from an older card is known. */
  readonly version: number;
}

export function deskState(record: Pick<CaseRecord, 'events'>): DeskState {
  let s: { -readonly [K in keyof DeskState]: DeskState[K] } = {
    status: 'open',
    holder: null,
    acknowledged: null,
    outcome: null,
    relay: null,
    notes: 0,
    escalations: 0,
    version: 0,
  };
  for (const e of record.events ?? []) {
    s = { ...s, version: s.version + 1 };
    switch (e.action) {
      case 'claimed':
        s.holder = e.by ?? null;
        break;
      case 'released':
        s.holder = null;
        break;
      case 'acknowledged':
        if (e.by) s.acknowledged = { by: e.by, at: e.at };
        s.holder ??= e.by ?? null;
        break;
      case 'escalated':
        s.escalations++;
        break;
      case 'noted':
        s.notes++;
        break;
      case 'resolved':
        s.status = 'resolved';
        s.outcome = e.outcome ?? null;
        s.relay = null;
        break;
      case 'reopened':
        s.status = 'open';
        s.outcome = null;
        s.holder = null;
        break;
      case 'relay-started':
        s.relay = e.by ?? null;
        break;
      case 'relay-ended':
        s.relay = null;
        break;
      case 'callback-requested':
        break;
    }
  }
  return s;
}

export type DeskAction =
  | { readonly verb: 'claim' }
  | { readonly verb: 'release' }
  | { readonly verb: 'acknowledge' }
  | { readonly verb: 'note'; readonly note: string }
  | { readonly verb: 'resolve'; readonly outcome: Outcome; readonly note?: string }
  | { readonly verb: 'reopen' };

export type DeskVerb = DeskAction['verb'];

export type Refusal = { readonly ok: false; readonly code: string; readonly reason: string };
export type Decision = { readonly ok: true; readonly events: readonly CaseEvent[] } | Refusal;

const refuse = (code: string, reason: string): Refusal => ({ ok: false, code, reason });

export const NOTE_LIMIT = 2000;

/**
 * Whether `actor` may take `action` on the case as it is now, and what to record if so.
 * `seenVersion` is the version on the card they pressed: actions that depend on what they saw
 * (release, resolve, reopen) are refused when the case changed since, and change nothing.
 */
export function decide(record: Pick<CaseRecord, 'events' | 'kind'>, action: DeskAction, actor: Person, at: string, seenVersion: number | null): Decision {
  const s = deskState(record);
  if (seenVersion !== null && seenVersion > s.version) return refuse('StaleCard', 'That card does not match this case. Nothing was changed.');
  const stale = seenVersion !== null && seenVersion < s.version;
  const mine = s.holder?.id === actor.id;
  const by = { id: actor.id, name: actor.name };
  switch (action.verb) {
    case 'claim':
      if (s.status === 'resolved') return refuse('Resolved', 'This case is resolved. Reopen it first if it needs more work.');
      if (mine) return refuse('AlreadyYours', 'You already hold this case.');
      if (s.holder) return refuse('HeldByOther', `${s.holder.name} holds this case.`);
      return { ok: true, events: [{ at, action: 'claimed', by }] };
    case 'release':
      if (!mine) return refuse(s.holder ? 'HeldByOther' : 'NotHeld', s.holder ? `${s.holder.name} holds this case: only they can release it.` : 'Nobody holds this case.');
      if (stale) return refuse('StaleCard', 'This case changed since your card was shown. Nothing was changed: here it is as it is now.');
      if (s.relay) return refuse('RelayOpen', 'End the chat with the resident before releasing the case.');
      return { ok: true, events: [{ at, action: 'released', by }] };
    case 'acknowledge':
      if (record.kind !== 'urgent') return refuse('NotUrgent', 'Only urgent cases are acknowledged.');
      if (s.acknowledged) return refuse('AlreadyAcknowledged', `${s.acknowledged.by.name} acknowledged this case at ${s.acknowledged.at}.`);
      return { ok: true, events: [{ at, action: 'acknowledged', by }] };
    case 'note': {
      const note = action.note.trim();
      if (!note) return refuse('EmptyNote', 'Write the note in the box, then press Add note.');
      if (note.length > NOTE_LIMIT) return refuse('NoteTooLong', `A note can be up to ${NOTE_LIMIT} characters.`);
      return { ok: true, events: [{ at, action: 'noted', by, note }] };
    }
    case 'resolve':
      if (s.status === 'resolved') return refuse('Resolved', 'This case is already resolved.');
      if (stale) return refuse('StaleCard', 'This case changed since your card was shown. Nothing was changed: here it is as it is now.');
      if (s.holder && !mine) return refuse('HeldByOther', `${s.holder.name} holds this case: only they can resolve it.`);
      if (record.kind === 'urgent' && !s.acknowledged) return refuse('NotAcknowledged', 'Acknowledge this urgent case before resolving it.');
      if (s.relay) return refuse('RelayOpen', 'End the chat with the resident before resolving the case.');
      return {
        ok: true,
        events: [{ at, action: 'resolved', by, outcome: action.outcome, ...(action.note?.trim() ? { note: action.note.trim().slice(0, NOTE_LIMIT) } : {}) }],
      };
    case 'reopen':
      if (s.status !== 'resolved') return refuse('NotResolved', 'This case is open.');
      if (stale) return refuse('StaleCard', 'This case changed since your card was shown. Nothing was changed: here it is as it is now.');
      return { ok: true, events: [{ at, action: 'reopened', by }] };
  }
}

/** Urgent and emergency first, then other cases with a risk, then the rest; oldest first within each. */
export function priorityBand(record: Pick<CaseRecord, 'kind' | 'risk'>): number {
  if (record.kind === 'urgent') return record.risk.level === 'emergency' ? 0 : 1;
  return record.risk.level === 'none' ? 3 : 2;
}

/** A sort key for the open queue: band, then age. */
export function priorityScore(record: Pick<CaseRecord, 'kind' | 'risk' | 'receivedAt'>): number {
  return priorityBand(record) * 1e13 + Date.parse(record.receivedAt);
}

export interface Deadline {
  /** What the deadline is for, e.g. "acknowledge" or "reply". */
  readonly what: 'acknowledge' | 'reply';
  /** ISO date-time (acknowledge) or local date (reply). */
  readonly due: string;
  readonly overdue: boolean;
}

/**
 * The office's deadline for the case: an urgent case must be acknowledged within the profile's
 * seconds; any other is answered within its working days (e.g. complaints recorded within 10).
 */
export function deadlineOf(
  record: Pick<CaseRecord, 'kind' | 'receivedAt' | 'events'>,
  profile: Pick<OfficeProfile, 'responseWorkingDays' | 'bankHolidays' | 'timeZone'>,
  ackSeconds: number,
  now: Date,
): Deadline | null {
  const s = deskState(record);
  const received = new Date(Date.parse(record.receivedAt));
  if (record.kind === 'urgent') {
    if (s.acknowledged) return null;
    const due = new Date(received.getTime() + ackSeconds * 1000);
    return { what: 'acknowledge', due: due.toISOString(), overdue: now.getTime() > due.getTime() };
  }
  if (s.status === 'resolved') return null;
  const days = profile.responseWorkingDays[record.kind];
  const due = addWorkingDays(localMoment(received, profile.timeZone).date, days, profile.bankHolidays);
  return { what: 'reply', due, overdue: localMoment(now, profile.timeZone).date > due };
}

/** "3 min", "2 h 5 min", "4 days": how long ago the case came in. */
export function ageOf(receivedAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(receivedAt)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** The first name only: what the resident is told of the member of staff they are talking with. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? 'A member of staff';
}

/** What a staff member asked for in the channel or a personal chat. */
export type QueueQuery =
  | { readonly kind: 'queue' }
  | { readonly kind: 'mine' }
  | { readonly kind: 'urgent' }
  | { readonly kind: 'overdue' }
  | { readonly kind: 'case'; readonly reference: string }
  | { readonly kind: 'help' };

/** "queue", "my cases", "urgent", "overdue", "case LAN-2026-000123" (a bot mention already removed). */
export function readQueueQuery(text: string, referencePattern: RegExp): QueueQuery | null {
  const t = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  const ref = new RegExp(referencePattern.source.replace(/^\^|\$$/g, ''), 'i').exec(text);
  if (ref && /^(case|show|show case|open)?\s*\S+$/.test(t)) return { kind: 'case', reference: ref[0].toUpperCase() };
  if (/^(the )?queue$|^(show )?(open|all) cases$|^list$/.test(t)) return { kind: 'queue' };
  if (/^(my|mine)( cases| queue)?$/.test(t)) return { kind: 'mine' };
  if (/^urgent( cases)?$/.test(t)) return { kind: 'urgent' };
  if (/^overdue( cases)?$|^late$/.test(t)) return { kind: 'overdue' };
  if (/^(help|\?|commands)$/.test(t)) return { kind: 'help' };
  return null;
}

/** How long staff have to acknowledge an urgent case raised at `at`: the override, else the profile's for office hours or out of them. */
export function ackDeadlineSeconds(profile: Pick<OfficeProfile, 'officeHours' | 'timeZone' | 'bankHolidays' | 'urgentAcknowledgement'>, override: number | null | undefined, at: Date): number {
  if (override) return override;
  const open = isOpenAt(profile.officeHours, localMoment(at, profile.timeZone), profile.bankHolidays);
  return open ? profile.urgentAcknowledgement.officeHoursSeconds : profile.urgentAcknowledgement.outOfHoursSeconds;
}
