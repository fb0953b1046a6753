import type { JourneySpec } from '../journey';

/** Support for a victim: what happened, whether they are safe, the services that fit, a call-back or a referral. */
export const supportJourney = {
  kind: 'support',
  /** Tried second when reading what a resident wants in their own words. */
  cuePriority: 2,
  cues: /\b(?:victim\w*|support|help (?:me|after|as a)|i need help|(?:speak|talk) to someone about what happened|what happened to me|been (?:burgled|robbed|scammed|attacked|assaulted|mugged|defrauded)|burglary|fraud|scam\w*|hate crime|anti ?social|stalk\w*|domestic|abuse\w*|harass\w*|someone to talk to|talk to someone about what happened|counsell\w*|cope|coping)\b/,
  start: 'resident',
  menuKey: 'menu.support',
  staffLabel: 'Support request',
  emailRows: (r) =>
    r.support
      ? [
          ['What happened', r.support.whatHappened],
          ['Safe now', r.support.safeNow ?? 'not asked'],
          ['Asked for', r.support.request === 'referral' ? 'referral to the local victims service' : 'a call-back from the office'],
          ['Services shown', r.support.servicesShown.join(', ')],
        ]
      : [],
} as const satisfies JourneySpec;
