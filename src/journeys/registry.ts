import { commentJourney } from './comment/journey';
import { complaintJourney } from './complaint/journey';
import { enquiryJourney } from './enquiry/journey';
import type { JourneySpec } from './journey';
import { supportJourney } from './support/journey';
import { urgentJourney } from './urgent/journey';

/**
 * Every journey, once. The case kinds, the queues, the profile's mailboxes, the record's `kind`,
 * what a resident can ask for and the main menu are all derived from this list: a new journey is
 * a folder beside these and a line here.
 */
export const JOURNEYS = [commentJourney, complaintJourney, supportJourney, urgentJourney, enquiryJourney] as const;

type Journey = (typeof JOURNEYS)[number];
export type CaseKind = Journey['kind'];
/** What a resident can ask for: the journeys they start themselves. */
export type Intent = Extract<Journey, { start: 'resident' }>['kind'];

export const CASE_KINDS = JOURNEYS.map((j) => j.kind) as unknown as readonly [CaseKind, ...CaseKind[]];

const BY_KIND: ReadonlyMap<string, JourneySpec> = new Map(JOURNEYS.map((j) => [j.kind, j]));

export function journeyOf(kind: CaseKind): JourneySpec {
  return BY_KIND.get(kind) as JourneySpec;
}

/** The main menu's journeys, in order, with their button text. */
export const MENU: readonly { readonly kind: Intent; readonly menuKey: NonNullable<JourneySpec['menuKey']> }[] = JOURNEYS.flatMap((j) =>
  'menuKey' in j ? [{ kind: j.kind, menuKey: j.menuKey }] : [],
);

/** What a resident wants, from their own words: each resident journey's cues, in cue priority. */
export function intentCues(): readonly (readonly [Intent, RegExp])[] {
  return JOURNEYS.flatMap((j) => ('cues' in j ? [{ kind: j.kind, cues: j.cues, priority: j.cuePriority }] : []))
    .sort((a, b) => a.priority - b.priority)
    .map((j) => [j.kind, j.cues] as const);
}
