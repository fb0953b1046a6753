import type { CaseRecord } from '../domain/case-record';
import { redactPersonalData } from '../domain/personal-data';
import type { OfficeProfile } from '../domain/office-profile';
import { ageOf, deadlineOf, deskState, OUTCOME_LABELS, OUTCOMES } from '../domain/staff-desk';
import type { Person } from '../domain/staff-desk';
import { JOURNEYS, journeyOf } from '../journeys/registry';

/** The verbs of the card's Action.Execute buttons, as the invoke brings them back. */
export const VERBS = {
  claim: 'claim',
  release: 'release',
  acknowledge: 'acknowledge',
  note: 'note',
  resolve: 'resolve',
  reopen: 'reopen',
  relay: 'relay',
  endRelay: 'endRelay',
  callback: 'callback',
  refresh: 'refresh',
} as const;
export type CardVerb = (typeof VERBS)[keyof typeof VERBS];
export const CARD_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));

export interface CardView {
  readonly record: CaseRecord;
  readonly profile: Pick<OfficeProfile, 'responseWorkingDays' | 'bankHolidays' | 'timeZone' | 'staffDesk'>;
  readonly now: Date;
  /** How long staff have to acknowledge an urgent case (the profile's, or URGENT_ACK_DEADLINE_S). */
  readonly ackSeconds: number;
  /** Whom the card is shown to, when the view differs per person (their own buttons); null for everyone. */
  readonly viewer: Person | null;
  /** What just happened, at the top: "ACKNOWLEDGED: LAN-…", "ESCALATED (1): …". */
  readonly heading?: string;
  /** Why the viewer's action was refused, or what it did. */
  readonly notice?: string;
  /** The resident's chat can still be joined (their conversation is known). */
  readonly residentReachable: boolean;
  /**
   * The record's details and risk reasons with personal data taken out (Azure AI Language and the
   * local recogniser); without it, the local recogniser alone is used.
   */
  readonly redacted?: { readonly details: string; readonly reasons: readonly string[] };
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What the resident wrote, as far as the office lets the staff channel show it. */
export function residentWordsFor(record: CaseRecord, setting: OfficeProfile['staffDesk'], redacted?: string): string | null {
  const words = record.details.trim();
  if (!words || setting.residentWords === 'none') return null;
  const clean = (redacted ?? redactPersonalData(words)).trim();
  return setting.residentWords === 'full' ? clean : shorten(clean, setting.extractLength);
}

/**
 * Why the screen raised it. Its reasons quote the resident's words in brackets ("(he will kill me)"):
 * with `none`, only the reason itself is shown.
 */
export function reasonsFor(record: CaseRecord, setting: OfficeProfile['staffDesk'], redacted?: readonly string[]): string {
  const reasons = record.risk.reasons.map((r, i) => (setting.residentWords === 'none' ? r.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, '') : (redacted?.[i] ?? redactPersonalData(r))));
  return [...new Set(reasons)].join('; ') || 'disclosure';
}

function headingOf(record: CaseRecord): string {
  return record.kind === 'urgent' ? `URGENT ${record.risk.level.toUpperCase()}: ${record.reference}` : `${journeyOf(record.kind).staffLabel}: ${record.reference}`;
}

/** Adaptive Card 1.5 with Universal Actions: one case as the staff channel shows it. */
export function caseCard(v: CardView): Record<string, unknown> {
  const { record } = v;
  const s = deskState(record);
  const urgent = record.kind === 'urgent';
  const deadline = deadlineOf(record, v.profile, v.ackSeconds, v.now);
  const mine = v.viewer !== null && s.holder?.id === v.viewer.id;
  const data = (extra: Record<string, unknown> = {}) => ({ reference: record.reference, v: s.version, ...extra });
  const execute = (title: string, verb: CardVerb, style?: 'positive' | 'destructive') => ({ type: 'Action.Execute', title, verb, data: data(), ...(style ? { style } : {}) });

  const facts: { title: string; value: string }[] = [
    { title: 'Kind', value: journeyOf(record.kind).staffLabel },
    { title: 'Received', value: `${record.receivedAt} (${ageOf(record.receivedAt, v.now)} ago)` },
  ];
  if (deadline) {
    const what = deadline.what === 'acknowledge' ? 'Acknowledge by' : 'Reply by';
    facts.push({ title: what, value: `${deadline.due}${deadline.overdue ? ' (OVERDUE)' : ''}` });
  }
  facts.push({ title: 'Risk', value: record.risk.level === 'none' ? 'none found' : `${record.risk.level.toUpperCase()}: ${reasonsFor(record, v.profile.staffDesk, v.redacted?.reasons)}` });
  for (const journey of JOURNEYS) for (const [title, value] of journey.emailRows(record)) facts.push({ title, value });
  facts.push({ title: 'Anonymous', value: record.contact ? 'no (contact details in the e-mail)' : 'yes' });
  if (urgent) facts.push({ title: 'Safe to contact', value: record.contact ? (record.contact.safeToContact ? 'yes, details in the e-mail' : 'NO') : 'not yet known' });
  facts.push({ title: 'Channel', value: record.channel });
  if (urgent) {
    facts.push({ title: 'Acknowledged', value: s.acknowledged ? `by ${s.acknowledged.by.name} at ${s.acknowledged.at}` : 'NOT YET: press Acknowledge when you are dealing with it' });
  }
  const status =
    s.status === 'resolved'
      ? `Resolved: ${s.outcome ? OUTCOME_LABELS[s.outcome] : 'no outcome given'}`
      : s.holder
        ? mine
          ? 'Open: you hold this case'
          : `Open: held by ${s.holder.name}`
        : 'Open: nobody holds it yet';
  facts.push({ title: 'Status', value: status });
  if (s.relay) facts.push({ title: 'Live chat', value: `${s.relay.name} is talking with the resident` });

  const body: Record<string, unknown>[] = [
    {
      type: 'Container',
      style: urgent ? 'attention' : s.status === 'resolved' ? 'good' : 'emphasis',
      bleed: true,
      items: [{ type: 'TextBlock', size: urgent ? 'Large' : 'Medium', weight: 'Bolder', color: urgent ? 'Attention' : 'Default', text: v.heading ?? headingOf(record), wrap: true }],
    },
  ];
  if (v.notice) body.push({ type: 'TextBlock', text: v.notice, wrap: true, weight: 'Bolder', color: 'Warning' });
  body.push({ type: 'FactSet', facts });
  const words = residentWordsFor(record, v.profile.staffDesk, v.redacted?.details);
  if (words) body.push({ type: 'TextBlock', text: 'What they wrote (shortened, personal details removed):', wrap: true, isSubtle: true, spacing: 'Medium' }, { type: 'TextBlock', text: words, wrap: true });
  const notes = (record.events ?? []).filter((e) => e.action === 'noted' || (e.action === 'resolved' && e.note)).slice(-3);
  for (const n of notes) body.push({ type: 'TextBlock', text: `Note from ${n.by?.name ?? 'staff'} at ${n.at}: ${n.note ?? ''}`, wrap: true, isSubtle: true });
  body.push({ type: 'TextBlock', text: 'The full record is in the office mailbox under this reference.', wrap: true, isSubtle: true, size: 'Small' });

  const actions: Record<string, unknown>[] = [];
  if (urgent && !s.acknowledged) actions.push(execute('Acknowledge', VERBS.acknowledge, 'positive'));
  if (s.status === 'open') {
    if (!s.holder) actions.push(execute('Claim', VERBS.claim, urgent ? undefined : 'positive'));
    if (mine) actions.push(execute('Release', VERBS.release));
    if (mine && !s.relay && v.residentReachable) actions.push(execute('Chat with the resident', VERBS.relay));
    if (mine && s.relay?.id === v.viewer?.id) actions.push(execute('End chat', VERBS.endRelay, 'destructive'));
    if ((mine || !s.holder) && (!urgent || s.acknowledged)) {
      actions.push({
        type: 'Action.ShowCard',
        title: 'Resolve',
        card: {
          type: 'AdaptiveCard',
          body: [
            { type: 'Input.ChoiceSet', id: 'outcome', label: 'Outcome', isRequired: true, errorMessage: 'Choose an outcome', choices: OUTCOMES.map((o) => ({ title: OUTCOME_LABELS[o], value: o })) },
            { type: 'Input.Text', id: 'resolveNote', label: 'Note (optional)', isMultiline: true, maxLength: 2000 },
          ],
          actions: [execute('Resolve the case', VERBS.resolve, 'positive')],
        },
      });
    }
  } else {
    actions.push(execute('Reopen', VERBS.reopen));
  }
  actions.push({
    type: 'Action.ShowCard',
    title: 'Add a note',
    card: {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: 'note', label: 'Note for the case', isMultiline: true, isRequired: true, errorMessage: 'Write the note first', maxLength: 2000 }],
      actions: [execute('Add note', VERBS.note)],
    },
  });

  // People whose view differs (the holder sees Release, Resolve, Chat): Teams asks the bot for theirs.
  const userIds = [...new Set([s.holder?.id, s.relay?.id].filter((id): id is string => typeof id === 'string' && id.length > 0))];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...(userIds.length ? { refresh: { action: { type: 'Action.Execute', title: 'Refresh', verb: VERBS.refresh, data: data() }, userIds } } : {}),
    body,
    actions,
  };
}

/** What a case card says in a notification or a list, with no words of the resident's. */
export function cardSummary(record: CaseRecord): string {
  return record.kind === 'urgent' ? `Urgent ${record.risk.level} disclosure ${record.reference}` : `${journeyOf(record.kind).staffLabel} ${record.reference}`;
}
