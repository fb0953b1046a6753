export type RiskLevel = 'none' | 'high' | 'emergency';

export type RiskTopic =
  | 'immediate-danger'
  | 'weapon'
  | 'intruder'
  | 'violence'
  | 'stalking'
  | 'harassment'
  | 'domestic-abuse'
  | 'coercive-control'
  | 'sexual-violence'
  | 'self-harm'
  | 'suicide'
  | 'child-at-risk'
  | 'vulnerable-adult'
  | 'threat-to-kill'
  | 'breach-of-order'
  | 'forced-marriage'
  | 'honour-based-abuse'
  | 'exploitation'
  | 'modern-slavery'
  | 'sextortion'
  | 'hate-crime';

/**
 * What the screen concluded about one message. `reasons` are for staff: short
 * English sentences quoting at most a short fragment of what was written, so
 * an alert never carries the whole message where it does not need to.
 */
export interface RiskAssessment {
  readonly level: RiskLevel;
  readonly topics: readonly RiskTopic[];
  readonly reasons: readonly string[];
  readonly language: 'en' | 'cy' | 'unknown';
}

/** Least to most urgent; a level's index is its rank. */
export const RISK_LEVEL_ORDER: readonly RiskLevel[] = ['none', 'high', 'emergency'];

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVEL_ORDER.indexOf(a) >= RISK_LEVEL_ORDER.indexOf(b) ? a : b;
}

/**
 * Combines two opinions on the same message. A second analyser may only add
 * to what the first found: the level never drops and nothing is forgotten.
 */
export function mergeAssessments(a: RiskAssessment, b: RiskAssessment): RiskAssessment {
  return {
    level: maxLevel(a.level, b.level),
    topics: [...new Set([...a.topics, ...b.topics])],
    reasons: [...new Set([...a.reasons, ...b.reasons])],
    language: a.language !== 'unknown' ? a.language : b.language,
  };
}

export const NO_RISK: RiskAssessment = { level: 'none', topics: [], reasons: [], language: 'unknown' };
