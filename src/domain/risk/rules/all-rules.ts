import type { RiskTopic } from '../risk-assessment';
import type { RiskRule } from '../phrase';
import { ATTACKS_RULES } from './attacks';
import { CHILDREN_RULES } from './children';
import { DOMESTIC_ABUSE_RULES } from './domestic-abuse';
import { EXPLOITATION_RULES } from './exploitation';
import { FORCED_MARRIAGE_RULES } from './forced-marriage';
import { INTRUDER_RULES } from './intruder';
import { NEARBY_NOW_RULES } from './nearby-now';
import { SELF_HARM_RULES } from './self-harm';
import { SEXUAL_VIOLENCE_RULES } from './sexual-violence';
import { STALKING_RULES } from './stalking';
import { THREATS_RULES } from './threats';
import { VIOLENCE_AND_HATE_RULES } from './violence-and-hate';
import { VULNERABLE_ADULTS_RULES } from './vulnerable-adults';
import { WEAPONS_RULES } from './weapons';
import { WELSH_RULES } from './welsh';

export { CUES } from './cues';

/** Every phrase rule, in English and Welsh. */
export const RULES: readonly RiskRule[] = [
  ...INTRUDER_RULES,
  ...NEARBY_NOW_RULES,
  ...WEAPONS_RULES,
  ...ATTACKS_RULES,
  ...SELF_HARM_RULES,
  ...CHILDREN_RULES,
  ...DOMESTIC_ABUSE_RULES,
  ...STALKING_RULES,
  ...THREATS_RULES,
  ...SEXUAL_VIOLENCE_RULES,
  ...VULNERABLE_ADULTS_RULES,
  ...FORCED_MARRIAGE_RULES,
  ...EXPLOITATION_RULES,
  ...VIOLENCE_AND_HATE_RULES,
  ...WELSH_RULES,
];

// Someone there now makes a disclosure about these an emergency.
export const THREAT_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>([
  'weapon', 'intruder', 'violence', 'stalking', 'harassment', 'domestic-abuse', 'coercive-control', 'sexual-violence',
  'threat-to-kill', 'breach-of-order', 'child-at-risk', 'honour-based-abuse', 'hate-crime', 'immediate-danger',
]);
// "Right now" or "tonight" near a rule about these makes it an emergency.
export const NOW_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>([
  'violence', 'threat-to-kill', 'weapon', 'sexual-violence', 'child-at-risk', 'domestic-abuse', 'intruder', 'breach-of-order',
]);
// Soon ("tonight", "in an hour") near thoughts of suicide or self-harm makes them an emergency.
export const SELF_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>(['suicide', 'self-harm']);

