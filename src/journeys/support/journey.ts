import type { JourneySpec } from '../journey';

/** Support for a victim: what happened, whether they are safe, the services that fit, a call-back or a referral. */
export const supportJourney = {
  kind: 'support',
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
