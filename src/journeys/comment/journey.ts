import type { JourneySpec } from '../journey';

/** A comment on the commissioner's work or on policing. */
export const commentJourney = {
  kind: 'comment',
  start: 'resident',
  menuKey: 'menu.comment',
  staffLabel: 'Comment',
  emailRows: (r) => (r.comment ? [['Topic', r.comment.topic]] : []),
} as const satisfies JourneySpec;
