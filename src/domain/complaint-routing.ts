import type { ComplaintAbout } from './complaint-about';

/**
 * Who handles a complaint in England and Wales since 1 February 2020, and
 * what the bot does about it. `take` means the office itself handles it and
 * needs a way to reply; `refer` means another body handles it and the bot
 * explains that body's route (and may pass it on with consent).
 */
export type ComplaintHandling =
  | { readonly action: 'take'; readonly handledBy: 'pcc' | 'opcc-chief-executive' | 'pcc-review' }
  | { readonly action: 'refer'; readonly handledBy: 'force-professional-standards' | 'police-and-crime-panel' }
  | { readonly action: 'clarify' };

export function routeComplaint(about: ComplaintAbout): ComplaintHandling {
  switch (about) {
    case 'officer-or-staff':
      return { action: 'refer', handledBy: 'force-professional-standards' };
    case 'chief-constable':
      return { action: 'take', handledBy: 'pcc' };
    case 'pcc-or-deputy':
      return { action: 'refer', handledBy: 'police-and-crime-panel' };
    case 'opcc-staff':
      return { action: 'take', handledBy: 'opcc-chief-executive' };
    case 'review-request':
      return { action: 'take', handledBy: 'pcc-review' };
    case 'other':
      return { action: 'clarify' };
  }
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
