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
  /** The ids of the rules, scenes, nets and cues behind the level, and `model:<version>` when the learned layer raised it. */
  readonly basis: readonly string[];
  /** What the learned layer made of the message: for a log line, never shown to the resident. */
  readonly model?: ModelOpinion;
}

export interface ModelOpinion {
  readonly version: string;
  readonly risk: number;
  readonly emergency: number;
  /** Its strongest features (model vocabulary, e.g. `b:got blade`). */
  readonly features: readonly string[];
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
    basis: [...new Set([...a.basis, ...b.basis])],
    ...(a.model ?? b.model ? { model: (a.model ?? b.model) as ModelOpinion } : {}),
  };
}

export const NO_RISK: RiskAssessment = { level: 'none', topics: [], reasons: [], language: 'unknown', basis: [] };
