import { normaliseForScreening } from './normalise-text';
import { mergeAssessments, NO_RISK } from './risk-assessment';
import type { RiskAssessment, RiskLevel } from './risk-assessment';
import { screenRisk } from './risk-screen';
import { safetyNet } from './safety-net';
import { NOT_ABOUT_ME, OVER_NOW, SCENES } from './scenes';

// A general question with nothing of the resident's own in it ("what happens if someone breaches an order?").
const GENERAL_QUESTION = /^(?:what|how|is|are|does|do|can|could|would|should|if|who|where|when|which|why)\b[^.!]*\?\s*$/;
const OWN = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|us|our)\b/;

// Hyperbole with a trivial trigger: "my boss will murder me if I miss another deadline".
const HYPERBOLE = /\b(?:(?:boss|manager|teacher|mum|mom|mam|dad|nan|gran|wife|husband|missus|other half)(?:'s)? (?:will|is going to|is gonna|'ll|would|'d) (?:kill|murder|strangle) me if i (?:miss|forget|am late|'m late|don'?t (?:get|finish|do|tidy|clean)|spend|break|lose|eat|buy|crash|scratch|dent)|(?:boss|manager|teacher|mum|mom|mam|dad|nan|gran)(?:'s)? (?:will|would|'d|'ll|is going to|is gonna) (?:kill|murder) me if (?:she|he|they) (?:knew|found out|saw|sees|finds out))\b/;

// A joke about killing someone close: "gonna kill my brother lol he ate my curry".
const JOKE = /\b(?:lol|haha+|lmao|jk|only joking)\b/;
const JOKE_TARGET = /\b(?:(?:my )?(?:boss|mum|mom|mam|dad|nan|gran|brother|sister|teacher|manager|mate)(?:'s)? (?:is )?(?:going to|gonna|will|'ll|would|'d) (?:kill|murder) (?:me|him|her)|(?:gonna|going to) (?:kill|murder) my (?:brother|sister|mum|dad|mate|boss))\b/;

// Something still going on: a framing such as "I'm fine now" does not cancel it.
const ONGOING = /\b(?:(?:he|she|they|my \w+|his \w+|her \w+|the \w+)(?:'s| is| are)? (?:still|keeps?|kept|always)|again|every (?:day|night|week)|won'?t stop|right now|tonight)\b/;

function sceneAssessment(normalised: string): RiskAssessment {
  let level: RiskLevel = 'none';
  const topics: RiskAssessment['topics'][number][] = [];
  const reasons: string[] = [];
  for (const scene of SCENES) {
    const m = scene.pattern.exec(normalised);
    if (!m) continue;
    if (level !== 'emergency') level = scene.level;
    topics.push(scene.topic);
    reasons.push(`${scene.reason} ("${m[0].slice(0, 40)}")`);
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
  const precise = screenRisk(text);
  const normalised = normaliseForScreening(text).replace(/\s+/g, ' ');
  const scenes = sceneAssessment(normalised);
  if (JOKE.test(normalised) && JOKE_TARGET.test(normalised) && scenes.level === 'none') return { ...NO_RISK, language: precise.language };
  if (precise.level === 'emergency') return precise;
  const merged = mergeAssessments(mergeAssessments(precise, scenes), safetyNet(text, normalised) ?? NO_RISK);
  const talkAbout = NOT_ABOUT_ME.test(normalised) || HYPERBOLE.test(normalised) || (GENERAL_QUESTION.test(normalised) && !OWN.test(normalised));
  const over = OVER_NOW.test(normalised);
  if (merged.level === 'high' && (scenes.level === 'none' ? talkAbout || over : over && scenes.level !== 'emergency') && !ONGOING.test(normalised)) {
    return { ...NO_RISK, language: precise.language };
  }
  return merged;
}
