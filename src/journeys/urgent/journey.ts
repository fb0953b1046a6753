import type { JourneySpec } from '../journey';

/** A disclosure of risk: opened by the bot, at any point of any journey, and handed to staff. */
export const urgentJourney = {
  kind: 'urgent',
  start: 'disclosure',
  staffLabel: 'URGENT: risk disclosure',
  emailRows: () => [],
} as const satisfies JourneySpec;
