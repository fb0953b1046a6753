import { maxLevel, type RiskAssessment, type RiskLevel, type RiskTopic } from './risk-assessment';
import { normaliseForScreening } from './normalise-text';

/*
 * The local risk screen: phrase rules over normalised text, in English and
 * Welsh. It runs on every message before any dialog sees it, so it must be
 * fast, deterministic, and able to say why it raised an alarm.
 *
 * How a message is read:
 *   1. It is cut into clauses at sentence punctuation and commas, and each
 *      clause is normalised (normalise-text.ts).
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

import { compile, tolerateDoubles } from './risk-phrase';
import type { Alarm, Cue, CueKind, RiskRule } from './risk-phrase';
import { CUES, NOW_TOPICS, RULES, SELF_TOPICS, THREAT_TOPICS } from './risk-rules';

// ---------------------------------------------------------------------------
// Suppressors: each applies only to the span it is asked about.

/** Idioms and innocent uses of alarming words; a match overlapping one is ignored. */
const IDIOMS: readonly RegExp[] = [
  "(?:is|are|was|were|it's|they're|'s|'re) killing (?:me|us|my)",
  'kill(?:ing)? (?:myself|me|us) (?:laughing|with laughter|to get|trying)|(?:laughing|laughed|laugh) (?:myself )?to death|(?:bored|worried) to death|died laughing|nearly died (?:laughing|of embarrassment)',
  "(?:could|would|i'd) (?:murder|kill|strangle|throttle) (?:a|for|some|whoever|someone|somebody|the)|kill for (?:a|some)|dying (?:to|for)|to kill time|kill(?:ed|ing)? it|killer (?:headache|app|heels|queen)",
  'knife crime|knife crimes|knife amnesty|knife arch|knife bins?|knives? (?:crime|amnesty|bin|arch|surrender)|knife and fork|butter knife|pen ?knife (?:collection|law)|gun (?:crime|licen[cs]e|club|certificate|shop|range)|shotgun (?:licen[cs]e|certificate)|firearms? (?:licen[cs]ing|licen[cs]e|certificate|department|officers?|team)|(?:water|nerf|glue|staple|heat|paint|toy|bb|airsoft|cap|spray|massage|nail|grease|starting) guns?',
  '(?:cricket|baseball|rounders|softball|table tennis|ping pong) bat (?:and ball|practice|club)|bats? (?:in|roosting|flying|survey)|bat (?:survey|box|boxes|colony|colonies|detector)',
  'stabbing (?:pain|pains|sensation)|shooting (?:pain|pains|star|stars|range|club|a film|a video|hoops|pool|season|party)|(?:clay|pigeon|game) shooting|photo ?shoot|(?:cutting|chopping|peeling|slicing|carving|cooking|eating|spreading|buttering|opening|cut) (?:[a-z]+ ){0,3}with (?:a|the|his|her|my)? ?(?:[a-z]+ )?knife',
  'hit (?:me|us) up|hitting on|hit on (?:me|her|him)|hit (?:the|my) (?:roof|ceiling|road|gym|shops|headlines|jackpot|target|wall|nail|hay|sack|spot|books)|hit by (?:a |the )?(?:car|van|bus|lorry|ball|cyclist|bike|vehicle|taxi)|hit and run|(?:car|van|bus|lorry|ball|cyclist|bike|vehicle|taxi|driver) (?:hit|hits|knocked)',
  '(?:stalking|stalker) (?:horse|mode|instagram|facebook|profiles?|their (?:profile|page))|(?:facebook|instagram|insta|social media) (?:stalk|stalking|stalked)',
  'in danger of|danger to (?:the )?public|stranger danger|danger money|dangerous (?:driving|dogs?|roads?|junction|parking)',
  "attacked by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|seagull|seagulls|bees?|wasps?|swans?|geese)",
  '(?:heart|panic|asthma) attack|attack (?:on|at) (?:the|our|my) (?:plan|policy|budget|funding|council|government|pcc|commissioner|police)',
  "(?:going to|gonna|will|'ll|'s going to) kill (?:me|us)(?: [a-z']+){0,2} (?:when (?:she|he|they) (?:sees?|hears?) (?:the|my|what|this|that|how)|if (?:i'm|i am|we're|we are) late|for (?:this|that|eating|breaking|losing|forgetting)|lol|haha|lmao)|kill (?:me|us) (?:lol|haha|lmao)",
  '(?:film|video|movie|scene|series|programme|photos?|footage|advert|it) (?:was|were|is being|got) shot|shot down|photo ?shoot',
  'fire (?:alarm|brigade|service|station|safety|works|fighter|fighters|door|exit|doors)|fireworks|on fire (?:at work|today|this week|lately)',
  'drug (?:dealer|dealing) (?:on|in|around) (?:our|my|the) (?:estate|street|area|road)',
  'threaten(?:ed|ing|s)? (?:me |us )?(?:with |to )(?:legal|court|a solicitor|solicitors|eviction|evict|the bailiffs|bailiffs|a fine|fine|the sack|sack|disciplinary|a ccj|sue|report|complain|call the police|take me to court|tow|clamp|close my account|cut off)',
  '(?:my|the) (?:phone|battery|laptop|car|tablet) (?:died|is dead|is dying)|dead (?:tired|good|easy|bored|funny|nice|lucky|end|line|lines)',
  '(?:police|officers?|bailiffs|enforcement agents|fire brigade|firefighters|paramedics)(?: [a-z\']+){0,3} (?:kicking|kicked|smashing|smashed|forcing|forced|breaking|broke|booting|booted|bashed) (?:down |in )?(?:my|the|our) (?:front |back )?doors?(?: in| down)?',
].map((source) => new RegExp(tolerateDoubles(source), 'g'));

const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'noone', 'nor', 'without', 'ddim', 'nid', 'dim', 'nac', 'heb']);
// "no one believes me", "can't stop thinking", "dim ond": a negation that
// does not deny what follows.
const NEGATION_EXEMPT_NEXT = new Set([
  'stop', 'help', 'cope', 'escape', 'bear', 'leave', 'take', 'go', 'sleep', 'get', 'handle', 'stand', 'believe',
  'believes', 'listen', 'listens', 'helps', 'cares', 'care', 'sure', 'remember', 'know', 'knows', 'ond', 'eat',
  'breathe', 'tell', 'told', 'move', 'trust', 'matter', 'point', 'idea', 'wonder', 'certain',
]);
// A new clause starts after these, so a negation before them does not reach across.
const CLAUSE_JOINERS = new Set([
  'but', 'and', 'although', 'though', 'however', 'yet', 'because', 'cos', 'so', 'then', 'while', 'whilst', 'when',
  'since', 'until', 'except', 'apart', 'now', 'ond', 'ac', 'achos', 'oherwydd', 'felly', 'also', 'just', 'still', 'even',
]);
const NEGATION_WINDOW = 4;

const GENERIC_SUBJECT =
  /^(?:someone|somebody|a person|people|you|anyone|anybody|one|a victim|victims|a woman|a man|a child|a partner|your partner|their partner|a family|families|a friend|your|an ex|a parent|parents|women|men|children|kids)\b/;
const HYPOTHETICAL = new Set(['if', 'whether', 'suppose', 'imagine', 'hypothetically', 'os']);
const THEY = /^(?:they|they're|they've|their|them)\b/;
const GENERIC_MENTION = /\b(?:someone|somebody|a person|people|anyone|anybody|a victim|victims|a woman|a man|a child|women|men|children)\b/;

const FRAMING = compile(
  "i (?:read|heard|saw|seen) (?:about|that|on|in|there|an?|someone|somebody|people)|on the news|reported (?:in|on) the|(?:want|like|wish|would like|wanted|wanting) to (?:know|find out|learn|understand|ask|comment|give|share|raise|make a (?:comment|point|suggestion))|wondering|can you tell me|(?:information|info|details) (?:on|about)|find out (?:about|more|how|what|whether|if)|learn (?:about|more)|polic(?:y|ies)|polisi|strateg(?:y|ies)|strategaeth|fund(?:s|ed|ing)?|ariann[a-z]*|cyllid|grants?|charit(?:y|ies)|elusen[a-z]*|commission(?:ed|ing|s)?|commissioner|comisiynydd|pcc|opcc|article|erthygl|news|newyddion|newspaper|headlines?|documentary|programme|podcast|research(?:ing|er)?|ymchwil|study|studies|statistics|stats|ystadegau|figures|data|rates?|awareness|campaign|ymgyrch|conference|training|hyfforddiant|essay|dissertation|thesis|coursework|homework|project|survey|consultation|ymgynghoriad|priorit(?:y|ies)|blaenoriaethau|plan|cynllun|prevention|tackl(?:e|ing)|advocates?|advocacy|services|service|gwasanaeth(?:au)?|provision|providers?|helplines?|refuges|organisations?|sector|workshop|session|panel|board|committee|forum|network|(?:the|a|an|this|that|your|their) (?:[a-z]+ ){0,3}talks?(?! to)|assembly|lesson|presentation|speaker|event|volunteer(?:ing|s)?|thank(?:s| you)?|diolch|feedback|petition|debate|budget|spending|cuts|vacanc(?:y|ies)|career|university|uni|lecture|book|film|tv|drama|episode|leaflets?|posters?|website|gwefan|foi|freedom of information|laws?|legislation|act|bill|scheme|initiative|white ribbon|vawg|clinics?|increase in|rise in|levels of|epidemic|in (?:lancashire|preston|blackpool|blackburn|burnley|lancaster|chorley|the county|the area|our area|my area|the uk|england|wales|the country|society|cymru)|(?:a|my|to make a|leave a) comment (?:on|about)|sylw|reports? (?:on|about|into)|inquiry|review of|(?:what|how) (?:is|are) (?:the|you|your)",
);
// Someone speaking of what is happening to them or to someone close: policy
// words nearby do not turn that into a policy question.
const EXPERIENCE = compile(
  "i'm being|i am being|i've been|i have been|i was|we were|i feel|i'm scared|i am scared|i'm frightened|i'm terrified|happening to|happened to|i've had|i have had|i'm a victim|i am a victim|i'm suffering|i am suffering|i'm experiencing|i am experiencing|i need (?:help|support)|help me|against me|at me|to me|(?:i'm|i am|i was|i've been|i have been|we were|we've been|we are|my [a-z]+ (?:is|was|has been|'s been)) (?:being )?(?:stalked|harassed|abused|raped|groomed|exploited|trafficked|threatened|hit|beaten|hurt|attacked|assaulted|controlled)|dw i'n dioddef|arna i",
);
const PERSONAL = compile(
  "(?<!(?:tell|send|give|show|let|email|contact|ring|call|inform|advise|direct|point|help|ask|asking|to|with|for) )me|myself|my (?:[a-z]+'s )?{RELWORD}(?!'s)|fi|mi",
);
const GENERAL_QUESTION = /^(?:what|how|where|who|which|when|why|is|are|does|do|can|could|would|will|should|has|have|did|beth|sut|ble|pwy|pam|oes|a oes|ydy|ydi)\b/;

/** Recalled or habitual, not happening now. */
const NOT_NOW = compile(
  "years? ago|months? ago|weeks? ago|last (?:year|month|summer|winter|spring|autumn|christmas|time|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when i was (?:a |younger|little|small|\\d+|at|in|growing)|as a (?:child|kid|teenager|teen)|in (?:19|20)\\d\\d|used to|back in|growing up|in the past|previously|historic(?:al)?|a while (?:ago|back)|long time ago|twice|three times|several times|many times|yesterday|the other (?:day|night|week)|at the weekend|over the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every (?:day|night|week|time|morning|evening)|all the time|always|constantly|regularly|often|sometimes|usually|most (?:days|nights|weekends)|for (?:weeks|months|years|ages)|y llynedd|flynyddoedd yn ol|bob (?:dydd|nos|wythnos)",
);

// "my phone" is the resident's own; "my sister" is someone else.
const FIRST_PERSON = compile("i|i'm|i've|i'd|i'll|me|myself|my self|us|we|we're|we've|fi|mi|dw|dwi|rydw|arna|(?:my|our|fy) (?!(?:[a-z]+'s )?{RELWORD}|{KID})");
const THIRD_PERSON = compile("he|she|they|him|her|them|his|their|himself|herself|themselves|he's|she's|they're|(?:my|our) (?:[a-z]+'s )?(?:{RELWORD}|{KID})|o|e|hi|nhw|fo|fe");

// ---------------------------------------------------------------------------
// Reading a message, clause by clause.

const CLAUSE_BREAK = /[.!?;:,\u2026]+(?=\s|$)|[\r\n]+|\s[-\u2013\u2014]+\s|\s\|\s/;
const FRAGMENT_WORDS = 7;
const FRAGMENT_CHARS = 48;

function testOnce(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

function isNegated(text: string, start: number, match: string): boolean {
  const window = text.slice(0, start).trimEnd().split(' ').filter((w) => w !== '').slice(-NEGATION_WINDOW);
  for (let i = window.length - 1; i >= 0; i--) {
    const word = window[i] ?? '';
    if (CLAUSE_JOINERS.has(word)) return false;
    if (NEGATORS.has(word) || word.endsWith("n't")) {
      const following = [...window.slice(i + 1), ...match.split(' ')];
      const next = (word === 'no' && following[0] === 'one' ? following[1] : following[0]) ?? '';
      if (!NEGATION_EXEMPT_NEXT.has(next)) return true;
    }
  }
  return false;
}

/** Whether the pattern matches somewhere that is not negated ("nobody was hurt"). */
function saysSo(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else if (!isNegated(text, m.index, m[0])) return true;
  }
  return false;
}

function overlapsIdiom(text: string, start: number, end: number): boolean {
  for (const idiom of IDIOMS) {
    idiom.lastIndex = 0;
    for (let m = idiom.exec(text); m !== null; m = idiom.exec(text)) {
      if (m.index < end && m.index + m[0].length > start) return true;
      if (m[0].length === 0) idiom.lastIndex++;
    }
  }
  return false;
}

/**
 * "If someone is followed, who do they call?" asks about the world; "what do
 * I do if someone is following me" is still about the resident, but asked,
 * not reported, so it is lowered rather than dropped.
 */
function hypothetical(text: string, start: number, match: string): 'general' | 'personal' | null {
  const before = text.slice(0, start).trimEnd().split(' ').filter((w) => w !== '').slice(-6);
  const at = before.findIndex((w) => HYPOTHETICAL.has(w));
  if (at === -1) return null;
  const after = [...before.slice(at + 1), ...match.split(' ')].join(' ');
  const earlier = text.slice(0, start).split(' ').slice(0, -(before.length - at)).join(' ');
  const generic = GENERIC_SUBJECT.test(after) || (THEY.test(after) && GENERIC_MENTION.test(earlier));
  if (!generic) return null;
  return testOnce(FIRST_PERSON, after) !== null ? 'personal' : 'general';
}

function fragmentOf(match: RegExpExecArray): string {
  const text = (match.groups?.['m'] ?? match[0]).trim();
  const words = text.split(' ').slice(0, FRAGMENT_WORDS).join(' ');
  return words.length > FRAGMENT_CHARS ? `${words.slice(0, FRAGMENT_CHARS)}…` : words;
}

/** What a clause says about itself, worked out only when a rule asks. */
class Clause {
  private cachedFramed: boolean | undefined;
  private cachedExperience: boolean | undefined;
  private cachedPersonal: boolean | undefined;
  private cachedNotNow: boolean | undefined;

  constructor(
    readonly text: string,
    readonly index: number,
    private readonly message: Message,
  ) {}

  /** Whether the words around a match say it was long ago or is a habit, not happening now. */
  notNowAround(start: number, end: number): boolean {
    if (this.cachedNotNow === false) return false;
    this.cachedNotNow ??= testOnce(NOT_NOW, this.text) !== null;
    return this.cachedNotNow && testOnce(NOT_NOW, this.text.slice(Math.max(0, start - NOT_NOW_BEFORE), end + NOT_NOW_AFTER)) !== null;
  }

  /**
   * A bare topic word is talk about the topic, not a disclosure, when policy
   * or news words sit in its own clause (unless someone says it is happening
   * to them), or elsewhere in the message or in a general question while
   * nobody in particular is mentioned.
   */
  get isTalkAbout(): boolean {
    if (this.framed) return !this.experience;
    return (this.message.framed || GENERAL_QUESTION.test(this.text)) && !this.personal;
  }

  private get framed(): boolean {
    return (this.cachedFramed ??= testOnce(FRAMING, this.text) !== null);
  }

  private get experience(): boolean {
    return (this.cachedExperience ??= saysSo(EXPERIENCE, this.text));
  }

  private get personal(): boolean {
    return (this.cachedPersonal ??= this.experience || testOnce(PERSONAL, this.text) !== null);
  }
}

const CLAUSE_JOIN = ' | ';
// How far either side of a match "years ago" or "every night" still speaks of it.
const NOT_NOW_BEFORE = 60;
const NOT_NOW_AFTER = 80;
// Run-on sentences are cut near this length, at a joining word where there
// is one, so that no phrase is ever searched for across a whole page.
const MAX_CLAUSE = 240;
const JOINING_WORD = / (?:and|but|so|then|because|cos|when|while|which|who|after|before|ac|ond) /g;

function cutRunOn(clause: string): string[] {
  const parts: string[] = [];
  let rest = clause;
  while (rest.length > MAX_CLAUSE) {
    const head = rest.slice(0, MAX_CLAUSE);
    let cut = -1;
    JOINING_WORD.lastIndex = 0;
    for (let m = JOINING_WORD.exec(head); m !== null; m = JOINING_WORD.exec(head)) {
      if (m.index > MAX_CLAUSE / 3) cut = m.index;
      JOINING_WORD.lastIndex = m.index + 1;
    }
    if (cut === -1) cut = head.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_CLAUSE;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  parts.push(rest);
  return parts.filter((p) => p !== '');
}

class Message {
  readonly clauses: readonly Clause[];
  readonly text: string;
  private readonly starts: readonly number[];
  private readonly said = new Map<RegExp, boolean>();
  private cachedFramed: boolean | undefined;

  constructor(raw: string) {
    const texts = raw.split(CLAUSE_BREAK).flatMap((c) => cutRunOn(normaliseForScreening(c)));
    this.text = texts.join(CLAUSE_JOIN);
    this.clauses = texts.map((t, i) => new Clause(t, i, this));
    let at = 0;
    this.starts = texts.map((t) => {
      const start = at;
      at += t.length + CLAUSE_JOIN.length;
      return start;
    });
  }

  get framed(): boolean {
    return (this.cachedFramed ??= testOnce(FRAMING, this.text) !== null);
  }

  /** Whether the pattern appears anywhere in the message; asked once per pattern. */
  mentions(pattern: RegExp): boolean {
    let found = this.said.get(pattern);
    if (found === undefined) {
      found = testOnce(pattern, this.text) !== null;
      this.said.set(pattern, found);
    }
    return found;
  }

  /**
   * The clauses an anchor appears in, found by one lazy pass over the whole
   * message: a long message costs one scan per rule, not one per rule per
   * clause, and a rule that has decided stops the scan.
   */
  *clausesWith(anchor: RegExp): Generator<Clause> {
    let from = 0;
    while (from < this.text.length) {
      anchor.lastIndex = from;
      const m = anchor.exec(this.text);
      const clause = m === null ? undefined : this.clauses[this.clauseAt(m.index)];
      if (clause === undefined) return;
      yield clause;
      from = this.starts[clause.index + 1] ?? this.text.length;
    }
  }

  private clauseAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

interface Hit {
  readonly rule: RiskRule;
  readonly level: Alarm;
  readonly fragment: string;
  readonly clause: number;
  readonly thirdParty: boolean;
}

interface CueHit {
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
    if (overlapsIdiom(text, start, start + m[0].length) || isNegated(text, start, m[0])) continue;
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
    if (isNegated(text, m.index, m[0]) || overlapsIdiom(text, m.index, m.index + m[0].length)) continue;
    return { kind: c.kind, fragment: fragmentOf(m), clause: clause.index };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Crying for help. Plain "help" is the bot's own command, so it alone is not
// an alarm; "HELP", "help!", "help me", "helpwch fi" are.

const HELP_CRY = /(?<![a-z])(?:help me|help us|helpwch fi|helpwch ni|help fi|helpa fi|helpu fi|achubwch fi|save me|someone help|somebody help|please help|help please|sos)(?![a-z])/;
const HELP_NOT_CRY =
  /(?:can|could|would|will|you|to|need|needs|for|get|getting|ask|asking|want|wanted|looking for|seeking|the|your|of|would you) (?:please )?help (?:me|us)|help (?:me|us) (?:with|to|understand|find|make|get|complain|fill|know|out|on|about|if|regarding|in|choose|decide|sort|contact|apply|write|report|please with|figure|work|access|because|cos)/;
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
// Language: counted from function words, not guessed from a single word.

const WELSH_WORDS = new Set([
  'mae', 'yn', 'dw', 'dwi', 'rwy', 'rwyf', 'rydw', 'roedd', 'fy', 'mewn', 'nawr', 'rwan', 'gyda', 'efo', 'wedi', 'ddim',
  'nid', 'hoffwn', 'eisiau', 'isio', 'heddlu', 'helpwch', 'diolch', 'gwelwch', 'hefyd', 'chi', 'nhw', 'ganddo',
  'ganddi', "i'r", "i'n", "mae'r", 'rhywun', 'ofn', 'perygl', 'cwyn', 'swyddog', 'ydw', 'ydy', 'oes', 'sydd', 'fod',
  'bod', 'angen', 'ac', 'ond', 'yr', 'fe', 'fo', 'eich', 'ein', 'cael', 'gael', 'gen', 'hwn', 'hon', 'yno', 'wrth',
  'allan', 'ffordd', 'mynd', 'dod', 'wneud', 'gwneud', 'eto', 'iawn', 'cymorth', 'ty', 'nhy', 'drws', 'plis', 'arna',
  'yw', 'beth', 'sut', 'pam', 'pwy', 'ble', 'heno', "o'n", "e'n", "hi'n", "dwi'n", 'cam', 'drin', 'domestig', 'gorchymyn',
  'stelcian', 'stelcio', 'aflonyddu', 'cyllell', 'gyllell', 'bygwth', 'ymosod', 'treisio', 'helpu',
]);
// Short English messages carry few function words, so common content words
// that are not Welsh count too; "i" counts because Welsh text outweighs it.
const ENGLISH_WORDS = new Set([
  'the', 'and', 'is', 'are', 'my', 'i', "i'm", "i've", "i'd", "i'll", 'you', 'to', 'of', 'in', 'it', "it's", 'he', 'she',
  'they', "they're", "they've", 'have', 'has', 'had', 'was', 'were', 'with', 'for', 'on', 'at', 'this', 'that', 'me',
  'not', 'please', 'can', "can't", 'what', 'how', 'who', 'why', 'where', 'when', 'which', 'someone', 'somebody', "he's",
  "she's", "he'll", "she'll", 'just', 'been', 'do', 'did', "don't", "didn't", 'want', 'like', 'would', 'could',
  'should', 'about', 'there', "there's", 'from', 'will', 'your', 'a', 'an', 'be', 'we', 'our', 'us', 'him', 'her',
  'them', 'his', 'their', 'keeps', 'keep', "won't", 'now', 'here', 'hello', 'hi', 'thanks', 'thank', 'myself', 'tonight',
  'today', 'outside', 'inside', 'really', 'very', 'so', 'all', 'out', 'up', 'if', 'or', 'no', 'yes', 'but', 'by', 'as',
  'got', 'get', 'feel', 'said', 'says', 'going', 'know', 'think', 'some', 'any', 'again', 'still', 'because', 'after',
  'before', 'over', 'into', 'too', 'off', 'taken', 'took', 'house', 'home', 'kill', 'killed', 'hurt', 'scared', 'help',
]);
const WELSH_LETTERS = /[ŵŷ]/i;

function detectLanguage(raw: string, normalised: string): RiskAssessment['language'] {
  let welsh = WELSH_LETTERS.test(raw) ? 2 : 0;
  let english = 0;
  for (const w of normalised.split(' ')) {
    if (WELSH_WORDS.has(w)) welsh++;
    else if (ENGLISH_WORDS.has(w)) english++;
  }
  if (welsh === 0 && english === 0) return 'unknown';
  return welsh > english ? 'cy' : 'en';
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
export function screenRisk(text: string): RiskAssessment {
  const message = new Message(text);
  const hits = RULES.map((r) => bestHit(r, message)).filter((h): h is Hit => h !== null);
  const cues = CUES.flatMap((c) => cueHits(c, message));

  let level: RiskLevel = 'none';
  const topics: RiskTopic[] = [];
  const reasons: string[] = [];
  const escalate = (reason: string): void => {
    level = 'emergency';
    topics.push('immediate-danger');
    reasons.push(reason);
  };

  const present = cues.find((c) => c.kind === 'present');
  if (present && hits.some((h) => about(THREAT_TOPICS, h.rule))) escalate(`someone is present now (${present.fragment})`);
  const now = cues.find((c) => c.kind === 'now' && saidNear(NOW_TOPICS, c.clause, message));
  if (now) escalate(`says it is happening now (${now.fragment})`);
  const soon = cues.find((c) => c.kind === 'imminent' && saidNear(SELF_TOPICS, c.clause, message));
  if (soon) escalate(`says they may act on it now (${soon.fragment})`);
  const help = cryForHelp(text, message.text);
  if (help.only || (help.cry && (hits.length > 0 || present))) escalate('cries for help');

  const ordered = [...hits].sort((a, b) => (a.level === b.level ? 0 : a.level === 'emergency' ? -1 : 1));
  for (const h of ordered) {
    level = maxLevel(level, h.level);
    topics.push(...h.rule.topics);
    reasons.push(h.rule.reason.replace('{m}', h.fragment));
    const main = h.rule.topics[0];
    if (h.thirdParty && main !== undefined && main !== 'immediate-danger') reasons.push(`third-party disclosure: ${topicLabel(main)}`);
  }

  return { level, topics: [...new Set(topics)], reasons: [...new Set(reasons)], language: detectLanguage(text, message.text) };
}
