import { normaliseForScreening } from './normalise';
import { levelRank, maxLevel, mergeAssessments, NO_RISK } from './risk-assessment';
import type { RiskAssessment, RiskLevel, RiskTopic } from './risk-assessment';
import modelFile from './model/risk-model.json';
import { RiskModel } from './model/risk-model';
import type { ModelScore } from './model/risk-model';
import { screenPhrases } from './phrase-rules';
import { SELF_TOPICS } from './rules/all-rules';
import { safetyNet } from './safety-net';
import { SCENES } from './scenes/all-scenes';
import { withoutIdioms, HYPERBOLE, JOKE, JOKE_TARGET, NOT_ABOUT_ME, ONGOING, OVER_NOW, PAST_AND_DEALT_WITH } from './suppressors';
import { happeningNow } from './safety-net';

/*
 * The risk screen's entry point. A message is read by three layers of rules
 * (phrase rules, scenes, safety net: the floor for what must never be
 * missed), then by the learned layer (model/), which can only raise the
 * level the rules gave. A conversation is read as a whole too: the last few
 * messages together, and an answer to the bot's own question about safety.
 */

export const RISK_MODEL = RiskModel.fromJson(modelFile);

/** `normalised` with its idioms blanked: an idiom is not a scene either ("my boss is on fire today"). */
function sceneAssessment(normalised: string): RiskAssessment {
  let level: RiskLevel = 'none';
  const topics: RiskTopic[] = [];
  const reasons: string[] = [];
  const basis: string[] = [];
  for (const scene of SCENES) {
    const m = scene.pattern.exec(normalised);
    if (!m) continue;
    if (level !== 'emergency') level = scene.level;
    topics.push(scene.topic);
    reasons.push(`${scene.purpose} ("${m[0].slice(0, 40)}")`);
    basis.push(scene.id);
  }
  return { level, topics: [...new Set(topics)], reasons, language: 'unknown', basis };
}

interface RuleReading {
  readonly assessment: RiskAssessment;
  /** The message as normalised for screening, for the learned layer to read too. */
  readonly normalised: string;
  /** A stand-down (a joke, talk about a subject, a past case that is over) answered for the message. */
  readonly stoodDown: boolean;
}

function readRules(text: string): RuleReading {
  const precise = screenPhrases(text);
  const normalised = normaliseForScreening(text).replace(/\s+/g, ' ');
  const plain = withoutIdioms(normalised);
  const scenes = sceneAssessment(plain);
  const quiet = { ...NO_RISK, language: precise.language };
  if (JOKE.pattern.test(normalised) && JOKE_TARGET.pattern.test(normalised) && scenes.level === 'none') {
    return { assessment: quiet, stoodDown: true, normalised };
  }
  // A past event dealt with, unless it is about ending their life (always about now) or something is happening now.
  const aboutSelf = [...precise.topics, ...scenes.topics].some((t) => SELF_TOPICS.has(t));
  if (!aboutSelf && PAST_AND_DEALT_WITH.pattern.test(normalised) && !ONGOING.pattern.test(normalised) && !happeningNow(normalised)) {
    return { assessment: quiet, stoodDown: true, normalised };
  }
  if (precise.level === 'emergency') return { assessment: precise, stoodDown: false, normalised };
  const merged = mergeAssessments(mergeAssessments(precise, scenes), safetyNet(text, normalised, plain) ?? NO_RISK);
  const talkAbout = NOT_ABOUT_ME.pattern.test(normalised) || HYPERBOLE.pattern.test(normalised);
  const over = OVER_NOW.pattern.test(normalised);
  const ongoing = ONGOING.pattern.test(normalised);
  const standsDown = (scenes.level === 'none' ? talkAbout || over : over && scenes.level !== 'emergency') && !ongoing;
  if (merged.level === 'high' && standsDown) return { assessment: quiet, stoodDown: true, normalised };
  return { assessment: merged, stoodDown: merged.level === 'none' && (talkAbout || over) && !ongoing, normalised };
}

/**
 * The rules alone: precise phrase rules, then situations described in other
 * words, then the broader safety net; the last two can only raise the level.
 * A `high` that rests only on talk about a subject (research, fiction, a
 * question about the law, a past case that is over) is stood down.
 */
export function screenRules(text: string): RiskAssessment {
  return readRules(text).assessment;
}

const rank = levelRank;

function withModel(rules: RuleReading, score: ModelScore): RiskAssessment {
  const base = rules.assessment;
  const { version, features, featureIds } = score;
  const opinion = { version, risk: round(score.risk), emergency: round(score.emergency), features, featureIds };
  // The rules' own stand-downs hold against the model's `high`, never against an emergency.
  const level = rules.stoodDown && score.level === 'high' ? 'none' : score.level;
  if (rank(level) <= rank(base.level)) return { ...base, model: opinion };
  return {
    ...base,
    level: maxLevel(base.level, level),
    topics: level === 'emergency' ? [...new Set<RiskTopic>(['immediate-danger', ...base.topics])] : base.topics,
    reasons: [...base.reasons, `the learned layer reads it as ${level === 'emergency' ? 'an emergency' : 'a disclosure'} (${features.slice(0, 3).join(', ')})`],
    basis: [...base.basis, `model:${score.version}`],
    model: opinion,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** One message, every layer: the rules, then the learned layer, which can only raise. */
export function screenMessage(text: string, model: RiskModel = RISK_MODEL): RiskAssessment {
  const rules = readRules(text);
  return withModel(rules, model.score(text, rules.normalised));
}

/** How many of the resident's earlier messages are read together with the latest one. */
export const CONVERSATION_WINDOW = 2;

/**
 * The latest message read with the resident's few messages before it
 * ("he's back" … "said he'd finish it tonight"). The conversation can only
 * raise the latest message's level, and only above what the earlier messages
 * said on their own, which was answered when they came.
 */
export function screenConversation(
  latest: string,
  earlier: readonly string[],
  model: RiskModel = RISK_MODEL,
  single: RiskAssessment = screenMessage(latest, model),
): RiskAssessment {
  const recent = earlier.slice(-CONVERSATION_WINDOW).filter((m) => m.trim());
  if (recent.length === 0 || single.level === 'emergency') return single;
  const together = screenMessage([...recent, latest].join('\n'), model);
  if (rank(together.level) <= rank(single.level)) return single;
  const before = screenMessage(recent.join('\n'), model);
  if (rank(together.level) <= rank(before.level)) return single;
  return {
    ...together,
    language: single.language,
    reasons: [`read together with the ${recent.length === 1 ? 'message' : `${recent.length} messages`} before it`, ...together.reasons],
    basis: ['conversation/together', ...together.basis],
  };
}
