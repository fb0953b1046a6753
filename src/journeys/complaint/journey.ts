import type { JourneyBlocks, JourneySpec } from '../journey';
import { COMPLAINT_ROUTES } from './routing';

function rows(r: JourneyBlocks): [string, string][] {
  const c = r.complaint;
  if (!c) return [];
  const out: [string, string][] = [['Complaint about', COMPLAINT_ROUTES[c.about].staffLabel]];
  if (c.passOnWithConsent) out.push(['Action', 'Resident asked us to pass this on to the body that handles it']);
  if (c.outcomeLetterDate) out.push(['Outcome letter dated', c.outcomeLetterDate]);
  if (c.reviewDeadline) out.push(['28-day review window ends', `${c.reviewDeadline}${c.lateReviewRequest ? ' (LATE: exceptional circumstances needed)' : ''}`]);
  if (c.forceReference) out.push(['Force reference', c.forceReference]);
  return out;
}

/** A complaint: who handles it (force, PCC, panel, review), said plainly, taken or passed on. */
export const complaintJourney = {
  kind: 'complaint',
  /** Tried first when reading what a resident wants in their own words. */
  cuePriority: 1,
  cues: /\b(?:complain\w*|complaint\w*|grievance|(?:unhappy|not happy|disappointed|fed up) with (?:the |an |a |how )?(?:officer|police|service|staff|chief|commissioner|response)|rude|aggressive|aggresive|unprofessional|disgraceful|appalling|bad experience|report (?:an|a) officer|misconduct|(?:nobody|no one|noone|never) (?:came|come|called|rang|got back)|(?:didn'?t|did not|never) (?:do anything|bother|come out|investigate|follow (?:it )?up|call (?:me )?back)|did nothing|treated me)\b/,
  start: 'resident',
  menuKey: 'menu.complaint',
  staffLabel: 'Complaint',
  emailRows: rows,
} as const satisfies JourneySpec;
