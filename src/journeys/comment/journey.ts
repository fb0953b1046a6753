import type { JourneySpec } from '../journey';

/** A comment on the commissioner's work or on policing. */
export const commentJourney = {
  kind: 'comment',
  /** Tried third when reading what a resident wants in their own words. */
  cuePriority: 3,
  cues: /\b(?:comment\w*|feedback|suggest\w*|(?:an|my|some|good) ideas?|my (?:opinion|views?|thoughts)|say something|praise|thank you|thanks|well done|great job|brilliant|fantastic|amazing|grateful|appreciate\w*|compliment\w*|raise a concern|concerned about|worried about (?:policing|crime|the)|priorit\w*|police and crime plan|the plan|share my|have my say|let the commissioner know|tell the commissioner)\b/,
  start: 'resident',
  menuKey: 'menu.comment',
  staffLabel: 'Comment',
  emailRows: (r) => (r.comment ? [['Topic', r.comment.topic]] : []),
} as const satisfies JourneySpec;
