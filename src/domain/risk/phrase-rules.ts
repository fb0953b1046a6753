import { maxLevel, type RiskAssessment, type RiskLevel, type RiskTopic } from './risk-assessment';
import type { Alarm, Cue, CueKind, RiskRule } from './phrase';
import { Clause, Message } from './clauses';
import { detectLanguage } from './language';
import { CUES, NOW_TOPICS, RULES, SELF_TOPICS, THREAT_TOPICS } from './rules/all-rules';
import { FIRST_PERSON, hypothetical, isNegated, overlapsIdiom, testOnce, THIRD_PERSON } from './suppressors';
import { joined } from './pattern';

/*
 * The phrase rules (rules/) read over a message, in English and Welsh: the
 * precise first layer of the risk screen (screen.ts). Fast, deterministic,
 * and able to say which rule raised an alarm and why.
 *
 * How a message is read:
 *   1. It is cut into clauses at sentence punctuation and commas, and each
 *      clause is normalised (clauses.ts, normalise.ts).
 *   2. Every phrase rule is tried on every clause. A match is dropped when,
 *      for that span only, it is an idiom ("my feet are killing me"), negated
 *      ("I'm not in danger"), a generic hypothetical ("if someone is
 *      followed...") or, for a bare topic word, policy or news talk
 *      ("stalking advocates").
 *   3. Cues that are not disclosures by themselves ("he's outside", "right
 *      now", "tonight", a shouted HELP) raise what was found to an emergency.
 * Phrases speak about people generally (he/she/they, partner, ex, dad, carer,
 * "my sister's boyfriend"), so third-party disclosures count as disclosures.
 *
 * Writing a phrase: wrap, in every top-level alternative, a word group the
 * alternative cannot match without in «…». That group is tried first as a
 * cheap anchor, and a clause without it is skipped; the marks are checked when
 * the module loads, so an anchor can never hide a match.
 */

const FRAGMENT_WORDS = 7;
const FRAGMENT_CHARS = 48;

function fragmentOf(match: RegExpExecArray): string {
  const text = (match.groups?.['m'] ?? match[0]).trim();
  const words = text.split(' ').slice(0, FRAGMENT_WORDS).join(' ');
  return words.length > FRAGMENT_CHARS ? `${words.slice(0, FRAGMENT_CHARS)}…` : words;
}


interface Hit {
  readonly rule: RiskRule;
  readonly level: Alarm;
  readonly fragment: string;
  readonly clause: number;
  readonly thirdParty: boolean;
}

interface CueHit {
  readonly id: string;
  readonly kind: CueKind;
  readonly fragment: string;
  readonly clause: number;
}

/** Every non-empty match of a global pattern, in order. */
function* nonEmptyMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else yield m;
  }
}

function firstHit(rule: RiskRule, clause: Clause, message: Message): Hit | null {
  if (rule.framable && clause.isTalkAbout) return null;
  if (rule.alsoNeeds !== null && !message.mentions(rule.alsoNeeds)) return null;
  const text = clause.text;
  for (const m of nonEmptyMatches(rule.pattern, text)) {
    const start = m.index;
    if (overlapsIdiom(clause.withNext, start, start + m[0].length) || isNegated(text, start, m[0])) continue;
    const asked = hypothetical(text, start, m[0]);
    if (asked === 'general') continue;
    const lowered = asked === 'personal' || (rule.nowOnly && clause.notNowAround(start, start + m[0].length));
    return {
      rule,
      level: rule.level === 'emergency' && lowered ? 'high' : rule.level,
      fragment: fragmentOf(m),
      clause: clause.index,
      thirdParty: testOnce(FIRST_PERSON, m[0]) === null && testOnce(THIRD_PERSON, m[0]) !== null,
    };
  }
  return null;
}

function firstCue(c: Cue, clause: Clause): CueHit | null {
  const text = clause.text;
  for (const m of nonEmptyMatches(c.pattern, text)) {
    if (isNegated(text, m.index, m[0]) || overlapsIdiom(clause.withNext, m.index, m.index + m[0].length)) continue;
    return { id: c.id, kind: c.kind, fragment: fragmentOf(m), clause: clause.index };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Crying for help. Plain "help" is the bot's own command, so it alone is not
// an alarm; "HELP", "help!", "help me", "helpwch fi" are.

const HELP_CRY = joined([
  String.raw`(?<![a-z])(?:help me|help us|helpwch fi|helpwch ni|help fi|helpa fi|helpu fi|achubwch fi|save me|`,
  String.raw`someone help|somebody help|please help|help please|sos)(?![a-z])`,
]);
const HELP_NOT_CRY =
  joined([
    String.raw`(?:can|could|would|will|you|to|need|needs|for|get|getting|ask|asking|want|wanted|looking for|`,
    String.raw`seeking|the|your|of|would you) (?:please )?help (?:me|us)|help (?:me|us) (?:with|to|understand|find|`,
    String.raw`make|get|complain|fill|know|out|on|about|if|regarding|in|choose|decide|sort|contact|apply|write|`,
    String.raw`report|please with|figure|work|access|because|cos)`,
  ]);
const SHOUTED_HELP = /(?<![A-Za-z])HELP(?![A-Za-z])/;
const HELP_WITH_BANG = /(?<![A-Za-z])help\s*!/i;
const HELP_ONLY_WORDS = new Set([
  'help', 'me', 'us', 'please', 'someone', 'somebody', 'now', 'quick', 'quickly', 'asap', 'sos', 'i', 'need', 'plis',
  'helpwch', 'fi', 'ni', 'helpu', 'helpa', 'achubwch', 'save', 'urgent', 'urgently', 'oh', 'god', 'omg', 'pls', 'plz',
  'right', 'anyone', 'anybody', 'is', 'there', 'can', 'you', 'x',
]);
const HELP_ONLY_MAX_WORDS = 8;

function cryForHelp(raw: string, normalised: string): { cry: boolean; only: boolean } {
  const shouted = SHOUTED_HELP.test(raw) || HELP_WITH_BANG.test(raw);
  const said = HELP_CRY.test(normalised) && !HELP_NOT_CRY.test(normalised);
  const cry = shouted || said;
  const words = normalised.split(' ').filter((w) => w !== '' && w !== '|');
  const only = cry && words.length > 0 && words.length <= HELP_ONLY_MAX_WORDS && words.every((w) => HELP_ONLY_WORDS.has(w));
  return { cry, only };
}

// ---------------------------------------------------------------------------

function topicLabel(topic: RiskTopic): string {
  return topic.replace(/-/g, ' ');
}

function about(set: ReadonlySet<RiskTopic>, rule: RiskRule): boolean {
  return rule.topics.some((t) => set.has(t));
}

/**
 * The rule's strongest hit in the message. It stops at the first hit at the
 * rule's own level: one is enough to decide, and a page of disclosures then
 * costs no more than a line of them.
 */
function bestHit(rule: RiskRule, message: Message): Hit | null {
  let best: Hit | null = null;
  for (const clause of message.clausesWith(rule.anchor)) {
    const hit = firstHit(rule, clause, message);
    if (hit === null) continue;
    if (best === null || (hit.level === 'emergency' && best.level !== 'emergency')) best = hit;
    if (best.level === rule.level) break;
  }
  return best;
}

/** Whether one rule fires anywhere in a message, as the screen would read it (for the rules' own examples). */
export function ruleFires(rule: RiskRule, text: string): boolean {
  return bestHit(rule, new Message(text)) !== null;
}

/** Whether one cue is found anywhere in a message, as the screen would read it. */
export function cueFires(c: Cue, text: string): boolean {
  return cueHits(c, new Message(text)).length > 0;
}

function cueHits(c: Cue, message: Message): CueHit[] {
  const found: CueHit[] = [];
  for (const clause of message.clausesWith(c.anchor)) {
    const hit = firstCue(c, clause);
    if (hit !== null) found.push(hit);
  }
  return found;
}

/** Whether a rule about one of these topics matches in or next to the given clause. */
function saidNear(topics: ReadonlySet<RiskTopic>, index: number, message: Message): boolean {
  for (const r of RULES) {
    if (!about(topics, r)) continue;
    for (let i = index - 1; i <= index + 1; i++) {
      const clause = message.clauses[i];
      if (clause !== undefined && testOnce(r.anchor, clause.text) !== null && firstHit(r, clause, message) !== null) return true;
    }
  }
  return false;
}

/** Screens one message. Pure, synchronous and fast enough to run on every turn. */
export function screenPhrases(text: string): RiskAssessment {
  const message = new Message(text);
  const hits = RULES.map((r) => bestHit(r, message)).filter((h): h is Hit => h !== null);
  const cues = CUES.flatMap((c) => cueHits(c, message));

  let level: RiskLevel = 'none';
  const topics: RiskTopic[] = [];
  const reasons: string[] = [];
  const basis: string[] = [];
  const escalate = (reason: string, id: string): void => {
    level = 'emergency';
    topics.push('immediate-danger');
    reasons.push(reason);
    basis.push(id);
  };

  const present = cues.find((c) => c.kind === 'present');
  if (present && hits.some((h) => about(THREAT_TOPICS, h.rule))) escalate(`someone is present now (${present.fragment})`, present.id);
  const now = cues.find((c) => c.kind === 'now' && saidNear(NOW_TOPICS, c.clause, message));
  if (now) escalate(`says it is happening now (${now.fragment})`, now.id);
  const soon = cues.find((c) => c.kind === 'imminent' && saidNear(SELF_TOPICS, c.clause, message));
  if (soon) escalate(`says they may act on it now (${soon.fragment})`, soon.id);
  const help = cryForHelp(text, message.text);
  if (help.only || (help.cry && (hits.length > 0 || present))) escalate('cries for help', 'cry-for-help');

  const ordered = [...hits].sort((a, b) => (a.level === b.level ? 0 : a.level === 'emergency' ? -1 : 1));
  for (const h of ordered) {
    level = maxLevel(level, h.level);
    topics.push(...h.rule.topics);
    reasons.push(`${h.rule.purpose} (${h.fragment})`);
    basis.push(h.rule.id);
    const main = h.rule.topics[0];
    if (h.thirdParty && main !== undefined && main !== 'immediate-danger') reasons.push(`third-party disclosure: ${topicLabel(main)}`);
  }

  return {
    level,
    topics: [...new Set(topics)],
    reasons: [...new Set(reasons)],
    language: detectLanguage(text, message.text),
    basis: [...new Set(basis)],
  };
}
