import type { JourneyBlocks, JourneySpec } from '../journey';

const ABOUT_LABEL: Record<string, string> = {
  'officer-or-staff': 'a police officer or member of police staff (force PSD handles it)',
  'chief-constable': 'the Chief Constable (the PCC handles it)',
  'pcc-or-deputy': 'the PCC or Deputy PCC (Police and Crime Panel handles it)',
  'opcc-staff': 'OPCC staff (Chief Executive handles it)',
  'review-request': 'request for a review of a complaint outcome',
  other: 'other / to be decided',
};

function rows(r: JourneyBlocks): [string, string][] {
  const c = r.complaint;
  if (!c) return [];
  const out: [string, string][] = [['Complaint about', ABOUT_LABEL[c.about] ?? c.about]];
  if (c.passOnWithConsent) out.push(['Action', 'Resident asked us to pass this on to the body that handles it']);
  if (c.outcomeLetterDate) out.push(['Outcome letter dated', c.outcomeLetterDate]);
  if (c.reviewDeadline) out.push(['28-day review window ends', `${c.reviewDeadline}${c.lateReviewRequest ? ' (LATE: exceptional circumstances needed)' : ''}`]);
  if (c.forceReference) out.push(['Force reference', c.forceReference]);
  return out;
}

/** A complaint: who handles it (force, PCC, panel, review), said plainly, taken or passed on. */
export const complaintJourney = {
  kind: 'complaint',
  start: 'resident',
  menuKey: 'menu.complaint',
  staffLabel: 'Complaint',
  emailRows: rows,
} as const satisfies JourneySpec;
