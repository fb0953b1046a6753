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
  /** Set when the message is in a language the rules cannot read: a person must read it. */
  readonly unread?: UnreadLanguage;
}

export interface UnreadLanguage {
  /** ISO 639-1, or e.g. `ur` for Roman Urdu too. */
  readonly code: string;
  /** English name, for staff. */
  readonly name: string;
  /** How it was told: by its script, by its words, or by a detector (eld, azure). */
  readonly how: string;
}

export interface ModelOpinion {
  readonly version: string;
  readonly risk: number;
  readonly emergency: number;
  /** Its strongest features (model vocabulary, e.g. `b:got blade`). */
  readonly features: readonly string[];
  /** The same, as indexes into the model file's features: what a log line may carry. */
  readonly featureIds: readonly number[];
}

/** Least to most urgent; a level's index is its rank. */
export const RISK_LEVEL_ORDER: readonly RiskLevel[] = ['none', 'high', 'emergency'];

/** How urgent a level is: none 0, high 1, emergency 2. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVEL_ORDER.indexOf(level);
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
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
    ...(a.unread ?? b.unread ? { unread: (a.unread ?? b.unread) as UnreadLanguage } : {}),
  };
}

export const NO_RISK: RiskAssessment = { level: 'none', topics: [], reasons: [], language: 'unknown', basis: [] };
