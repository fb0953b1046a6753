import { normaliseForScreening } from './normalise';
import { mergeAssessments, NO_RISK } from './risk-assessment';
import type { RiskAssessment, RiskLevel } from './risk-assessment';
import { screenPhrases } from './phrase-rules';
import { safetyNet } from './safety-net';
import { SCENES } from './scenes/all-scenes';
import { HYPERBOLE, JOKE, JOKE_TARGET, NOT_ABOUT_ME, ONGOING, OVER_NOW } from './suppressors';

function sceneAssessment(normalised: string): RiskAssessment {
  let level: RiskLevel = 'none';
  const topics: RiskAssessment['topics'][number][] = [];
  const reasons: string[] = [];
  for (const scene of SCENES) {
    const m = scene.pattern.exec(normalised);
    if (!m) continue;
    if (level !== 'emergency') level = scene.level;
    topics.push(scene.topic);
    reasons.push(`${scene.purpose} ("${m[0].slice(0, 40)}")`);
  }
  return { level, topics: [...new Set(topics)], reasons, language: 'unknown' };
}

/**
 * The local screen: precise phrase rules, then situations described in other
 * words, then the broader safety net; the last two can only raise the level.
 * A `high` that rests only on talk about a subject (research, fiction, a
 * question about the law, a past case that is over) is stood down.
 */
export function screenMessage(text: string): RiskAssessment {
  const precise = screenPhrases(text);
  const normalised = normaliseForScreening(text).replace(/\s+/g, ' ');
  const scenes = sceneAssessment(normalised);
  if (JOKE.pattern.test(normalised) && JOKE_TARGET.pattern.test(normalised) && scenes.level === 'none') return { ...NO_RISK, language: precise.language };
  if (precise.level === 'emergency') return precise;
  const merged = mergeAssessments(mergeAssessments(precise, scenes), safetyNet(text, normalised) ?? NO_RISK);
  const talkAbout = NOT_ABOUT_ME.pattern.test(normalised) || HYPERBOLE.pattern.test(normalised);
  const over = OVER_NOW.pattern.test(normalised);
  if (merged.level === 'high' && (scenes.level === 'none' ? talkAbout || over : over && scenes.level !== 'emergency') && !ONGOING.pattern.test(normalised)) {
    return { ...NO_RISK, language: precise.language };
  }
  return merged;
}
