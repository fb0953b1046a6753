import type { ComplaintAbout } from '../../domain/complaint-about';
import type { TextKey } from '../../i18n/locale-text';

/** The body that handles a complaint, as the record's `complaint.handledBy` names it. */
export type HandledBy = 'pcc' | 'opcc-chief-executive' | 'pcc-review' | 'force-professional-standards' | 'police-and-crime-panel' | 'to-be-decided';

export interface ComplaintRoute {
  /** `take`: the office handles it and needs a way to reply; `refer`: another body does, and the bot gives its route. */
  readonly action: 'take' | 'refer' | 'clarify';
  readonly handledBy: HandledBy;
  /** For `refer`: which of the office profile's `complaintRoutes` describes that body. */
  readonly profileRoute?: 'forceProfessionalStandards' | 'policeAndCrimePanel';
  /** What the resident is told about who handles it. */
  readonly textKey: TextKey;
  /** What staff read in the office e-mail. */
  readonly staffLabel: string;
}

/**
 * Who handles a complaint in England and Wales since 1 February 2020, and what the bot does
 * about it: the complaint journey's own table, and the only place this is decided.
 */
export const COMPLAINT_ROUTES: Readonly<Record<ComplaintAbout, ComplaintRoute>> = {
  'officer-or-staff': {
    action: 'refer',
    handledBy: 'force-professional-standards',
    profileRoute: 'forceProfessionalStandards',
    textKey: 'complaint.route.officer',
    staffLabel: 'a police officer or member of police staff (force PSD handles it)',
  },
  'chief-constable': { action: 'take', handledBy: 'pcc', textKey: 'complaint.route.chief', staffLabel: 'the Chief Constable (the PCC handles it)' },
  'pcc-or-deputy': {
    action: 'refer',
    handledBy: 'police-and-crime-panel',
    profileRoute: 'policeAndCrimePanel',
    textKey: 'complaint.route.pcc',
    staffLabel: 'the PCC or Deputy PCC (Police and Crime Panel handles it)',
  },
  'opcc-staff': { action: 'take', handledBy: 'opcc-chief-executive', textKey: 'complaint.route.opccStaff', staffLabel: 'OPCC staff (Chief Executive handles it)' },
  'review-request': { action: 'take', handledBy: 'pcc-review', textKey: 'complaint.route.review', staffLabel: 'request for a review of a complaint outcome' },
  other: { action: 'clarify', handledBy: 'to-be-decided', textKey: 'complaint.route.other', staffLabel: 'other / to be decided' },
};

export function routeComplaint(about: ComplaintAbout): ComplaintRoute {
  return COMPLAINT_ROUTES[about];
}

/** Reg. 29(2): a review must be asked for within 28 days, starting the day after the outcome letter. */
export const REVIEW_WINDOW_DAYS = 28;

export interface ReviewDeadline {
  readonly lastDay: string; // YYYY-MM-DD
  readonly late: boolean;
}

export function reviewDeadline(outcomeLetterDate: string, today: string): ReviewDeadline {
  const letter = Date.parse(`${outcomeLetterDate}T00:00:00Z`);
  const last = new Date(letter + REVIEW_WINDOW_DAYS * 86_400_000);
  const lastDay = last.toISOString().slice(0, 10);
  return { lastDay, late: today > lastDay };
}
