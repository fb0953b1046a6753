import type { RiskLevel, RiskTopic } from './risk-assessment';

/*
 * The language the phrase rules are written in: a shared vocabulary of word
 * groups ({SUBJ}, {PLACE}, ...), «anchors» that make a rule cheap to skip, and
 * the helpers that compile a rule or a cue. See risk-screen.ts for how a
 * message is read.
 */
export type Alarm = Exclude<RiskLevel, 'none'>;

export interface Phrase {
  readonly pattern: RegExp;
  /** Words the pattern cannot match without, found far faster than the pattern itself. */
  readonly anchor: RegExp;
}

/** Where a rule or cue came from, and the examples that keep it honest. */
export interface Documented {
  readonly id: string;
  readonly purpose: string;
  readonly matches: readonly string[];
  readonly ignores: readonly string[];
}

export interface RiskRule extends Phrase, Documented {
  readonly level: Alarm;
  readonly topics: readonly RiskTopic[];
  /** A bare topic word: policy, news or general-question framing means it is not a disclosure. */
  readonly framable: boolean;
  /** Something that must also be said somewhere in the message. */
  readonly alsoNeeds: RegExp | null;
  /** An emergency only while it is happening: recalled or habitual, it is high. */
  readonly nowOnly: boolean;
}

export type CueKind = 'present' | 'imminent' | 'now';

export interface Cue extends Phrase, Documented {
  readonly kind: CueKind;
}

// ---------------------------------------------------------------------------
// Vocabulary. Phrases refer to these as {NAME}; they are expanded once, when
// the module loads.

export const NOT_NEGATION = "(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ";

export const VOCAB: Readonly<Record<string, string>> = {
  PARTNER:
    [
      "(?:ex ?(?:partner|husband|hubby|wife|boyfriend|girlfriend|fiance|fiancee|bf|gf)|partner|husband|hubby|",
      "wife|boyfriend|boyfreind|girlfriend|fiance|fiancee|spouse|other half|missus|fella|feller|bloke|man|",
      "baby ?father|baby ?dad|baby ?daddy|baby ?mum|baby ?mother|kids'? (?:dad|father|mum|mother)|",
      "children's (?:dad|father|mum|mother)|ex)",
    ].join(''),
  FAMILY:
    [
      '(?:step ?dad|step ?father|dad|daddy|father|step ?mum|step ?mother|mum|mummy|mam|mom|mother|(?:step |',
      'half )?brother|(?:step |half )?sister|step ?son|step ?daughter|son|daughter|uncle|aunt|auntie|aunty|',
      'grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny|grandma|grandmother|cousin|nephew|niece|',
      'parents|family|in ?laws|(?:father|mother|brother|sister|son|daughter) in law|grandson|granddaughter|',
      'grandchild|twin)',
    ].join(''),
  OTHER_PERSON:
    [
      '(?:carer|care worker|neighbour|neighbor|neighbours|landlord|landlady|flatmate|housemate|lodger|boss|',
      'manager|supervisor|colleague|coworker|co worker|friend|mate|teacher|coach|tutor|stalker|abuser|attacker|',
      'rapist|pimp|dealer|date|pastor|priest|imam)',
    ].join(''),
  RELWORD: '(?:{PARTNER}|{FAMILY}|{OTHER_PERSON})',
  POSS: '(?:my|me|our|her|his|their|your|ma)',
  // Possessives are often typed without the apostrophe ("my mums boyfriend").
  FILLER:
    [
      "(?:[a-z]+'s|[a-z]+s'|mums|mams|moms|dads|sisters|brothers|friends|nans|grans|exs|partners|wifes|",
      "husbands|girlfriends|boyfriends|daughters|sons|cousins|aunties|uncles|new|old|former|current|violent|",
      "abusive|controlling|drunken|drunk|estranged|elderly|older|younger|little|big|best|so called|possessive|",
      "jealous|ex|late|real|birth|foster|adoptive|own|twin|oldest|eldest|youngest|disabled|vulnerable)",
    ].join(''),
  REL: '{POSS}(?: {FILLER}){0,2} {RELWORD}',
  REL_DA: '{POSS}(?: {FILLER}){0,2} (?:{PARTNER}|{FAMILY})',
  SPRON: "(?:he|she|they|he's|she's|they're|they've|he'd|she'd|they'd)",
  UNK:
    [
      "(?:someone|somebody|some one|some (?:man|men|lads|guy|guys|bloke|blokes|people|woman|youths|kids)|",
      "an? (?:strange |unknown |random |weird |suspicious |drunk |big |masked |hooded )?(?:man|woman|guy|bloke|",
      "lad|girl|stranger|group(?: of [a-z]+)?|gang|person|youth|intruder|burglar|older man|old man|",
      "couple of (?:men|lads|guys|people))|two men|2 men|three men|men|lads|guys|youths|strangers|intruders?|",
      "burglars?|(?:the|this|that) (?:man|men|guy|lad|lads|bloke|woman|person|people|intruder|burglar|gang|",
      "stalker|attacker)|gang members|(?:the |a |this )?(?:man|men|woman|lad|lads|guy|bloke|people|family|",
      "couple|youths) (?:from )?(?:next door|upstairs|downstairs|across the road|over the road|opposite|",
      "across the landing|down the road|number \\d+))",
    ].join(''),
  THREAT_SUBJ: '(?:{UNK}|(?:{POSS}|the|^)(?: {FILLER})? ?(?:ex(?: [a-z]+)?|stalker|abuser|attacker|rapist|ex partner))',
  SUBJ: '(?:{SPRON}|{REL}|{UNK})',
  KID:
    [
      '(?:child|children|kid|kids|baby|babies|toddler|son|daughter|step ?son|step ?daughter|grandson|',
      'granddaughter|grandchild|grandchildren|nephew|niece|boy|girl|little (?:boy|girl|one|brother|sister|',
      'cousin|nephew|niece)|baby (?:brother|sister)|pupil|student|teenager|teen|\\d+ ?(?:year|yr) old|',
      '[a-z]+ year old|\\d+ ?yo)',
    ].join(''),
  OBJ: "(?:me|us|him|her|them|myself|{REL}|(?:{POSS}|the|a|their|next door's) (?:[a-z]+ )?{KID})",
  BE: "(?:'s|'re|'m| is| are| am| was| were)",
  NOW_BE: "(?:'s|'re|'m| is| are| am)(?: still| now| right now| currently| just| actually)?",
  // Up to N words that are not negations, so "he never hits me" is not "he hits me".
  G1: `(?:${NOT_NEGATION})?`,
  G2: `(?:${NOT_NEGATION}){0,2}`,
  G3: `(?:${NOT_NEGATION}){0,3}`,
  G6: `(?:${NOT_NEGATION}){0,6}`,
  ADV: [
    '(?:just|also|then|badly|really|actually|recently|once|again|almost|nearly|brutally|violently|seriously|',
    'viciously|physically|sexually|repeatedly|twice|apparently|allegedly)',
  ].join(''),
  HOME_IN:
    [
      '(?:house|home|flat|apartment|bedroom|room|kitchen|loft|attic|garden|back garden|front garden|garage|',
      'hallway|hall|building|landing|stairwell|living room|lounge|bathroom|caravan|hotel room)',
    ].join(''),
  PLACE:
    [
      "(?:(?:outside|at|by|in front of|across from|opposite|near|round|around|behind|in|inside|on|through|",
      "up) (?:my|our|me|the|mum's|mams|my mum's) (?:front |back |bedroom |kitchen |living room |",
      "bathroom )?(?:house|home|flat|door|doorstep|window|windows|gate|garden|drive|driveway|car|work|",
      "workplace|office|school|kids' school|place|bedroom|room|street|road|close|building|landing|stairs|",
      "letterbox|hallway|hall|kitchen|loft|shed|garage|bus stop)|across the (?:road|street)|down the (?:road|",
      "street)|at the end of (?:my|the|our) (?:road|street|garden|drive)|on (?:my|the|our) doorstep|",
      "in the (?:house|flat|building|garden|loft|kitchen|next room|other room|hall|hallway|car park)|behind me|",
      "next to me|near me|next door)",
    ].join(''),
  WEAPON:
    [
      '(?:zombie knife|stanley knife|kitchen knife|knife|knives|blade|blades|machete|machetes|gun|guns|handgun|',
      'pistol|shotgun|rifle|firearm|firearms|baseball bat|cricket bat|bat|bats|hammer|axe|hatchet|crowbar|',
      'crow bar|acid|weapon|weapons|sword|swords|screwdriver|broken bottle|glass bottle|iron bar|metal bar|',
      'golf club|taser|crossbow|petrol|cleaver|scissors|shank|knuckle ?dusters?|box cutter)',
    ].join(''),
  NOT_SPORT: '(?! (?:licen[cs]e|certificate|club|for (?:clay|shooting|work|farming|hunting|sport|cooking|diy)|crime|amnesty|bin|collection))',
  DET: '(?:a|an|the|his|her|their|some|two|2|my|this|that|these|those|another)',
  WADJ: [
    '(?:big|massive|huge|large|long|small|kitchen|carving|bread|stanley|samurai|baseball|cricket|metal|iron|',
    'wooden|broken|sharp|loaded|real|fake|air|hand|sawn off|bloody)',
  ].join(''),
  HARM:
    [
      '(?:hit|hits|hitting|beat|beats|beating|beaten|batter|batters|battered|battering|punch|punches|punched|',
      'punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|strangle|',
      'strangles|strangled|strangling|strangeled|choke|chokes|choked|choking|chocked|throttle|throttles|',
      'throttled|throttling|headbutt|headbutts|headbutted|push|pushes|pushed|pushing|shove|shoves|shoved|',
      'shoving|hurt|hurts|hurting|harm|harms|harmed|harming|bite|bites|bit|biting|burn|burns|burnt|burned|',
      'burning|stab|stabs|stabbed|stabbing|attack|attacks|attacked|attacking|assault|assaults|assaulted|',
      'assaulting|assulted|spat at|spits at|spit at|spitting at|pin|pins|pinned|pinning|drag|drags|dragged|',
      'dragging|throws (?:things|stuff) at|threw (?:things|stuff|a [a-z]+) at|grab|grabs|grabbed|grabbing|',
      'shake|shakes|shook|shaking|suffocate[a-z]*|smother[a-z]*|whack[a-z]*|thump[a-z]*|wallop[a-z]*|',
      'knock[a-z]* (?:me|her|him|them) (?:out|about|around|down)|beat[a-z]* (?:me|her|him|them|us) up|',
      'lays? (?:his|her|their) hands on|laid (?:his|her|their) hands on|puts? (?:his|her|their) hands (?:on|',
      'round|around)|strangl[a-z]*)',
    ].join(''),
  ATTACK_ING:
    [
      '(?:hitting|beating|punching|kicking|strangling|choking|throttling|stabbing|attacking|assaulting|',
      'battering|hurting|smacking|slapping|headbutting|dragging|suffocating|smothering|raping|beating up|',
      'stamping on|jumping on|laying into|going for|strangeling|killing)',
    ].join(''),
  CONTACT_VERB:
    [
      '(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|',
      'email(?:s|ed|ing)?|e mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|dm(?:s|ed|ing)?|snapchat(?:s|ted|ting)?|',
      'whatsapp(?:s|ed|ing)?|writ(?:e|es|ing) to|sen(?:d|ds|t|ding) (?:me |her |him )?(?:messages|texts|',
      'letters|gifts|flowers|emails|things|stuff))',
    ].join(''),
  PILLS:
    [
      '(?:pills|tablets|paracetamol|paracetamols|co codamol|codeine|meds|medication|medicine|antidepressants|',
      'sleeping (?:pills|tablets)|insulin|painkillers|ibuprofen|aspirin|sertraline|diazepam|valium|tramadol|',
      'morphine|methadone|pill|tablet|prescription)',
    ].join(''),
  SELF: '(?:myself|my self|meself|my own life|my life)',
  SELF_ANY: '(?:myself|my self|meself|himself|herself|themselves|themself|my own life|my life|his (?:own )?life|her (?:own )?life|their (?:own )?life)',
  // Welsh, with the mutations a word takes after "fy", "ei" and friends.
  CY_HIT:
    [
      '(?:nharo|taro|daro|tharo|nghuro|curo|guro|churo|mrifo|brifo|frifo|mhwnio|pwnio|bwnio|phwnio|nhagu|tagu|',
      'dagu|thagu|nghicio|cicio|gicio|chicio|nhrywanu|trywanu|drywanu|thrywanu|mwrw|bwrw|fwrw|slapio|nyrnu|',
      'dyrnu)',
    ].join(''),
  CY_KNIFE: [
    '(?:cyllell|gyllell|chyllell|nghyllell|gwn|wn|ngwn|dryll|ddryll|nryll|bat|fat|machete|morthwyl|forthwyl|',
    'bwyell|fwyell|asid|arf|arfau|harf|cleddyf|gleddyf)',
  ].join(''),
  CY_PARTNER:
    [
      '(?:ngwr|gwr|wr|ngwraig|gwraig|wraig|mhartner|partner|bartner|phartner|nghariad|cariad|gariad|chariad|',
      'nghyn (?:bartner|gariad|wr|wraig)|cyn (?:bartner|gariad|wr|wraig|partner|gwr)|gyn (?:bartner|gariad|wr|',
      'wraig)|nhad|tad|dad|mam|fam|mrawd|brawd|frawd|chwaer|nheulu|teulu)',
    ].join(''),
  CY_ME: '(?:fy|ein|ei)',
  CY_SUBJ: '(?:o|e|hi|nhw|fe|fo|rhywun|dyn|rhywrai|mae o|mae e|mae hi|mae nhw|ma fe|ma fo)',
};

// ---------------------------------------------------------------------------
// Compiling phrases.

export function expand(source: string, depth = 0): string {
  if (depth > 6) throw new Error(`risk-screen: vocabulary nests too deeply in ${source.slice(0, 40)}`);
  const out = source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_whole, name: string) => {
    const value = VOCAB[name];
    if (value === undefined) throw new Error(`risk-screen: unknown vocabulary {${name}}`);
    return value;
  });
  return out === source ? out : expand(out, depth + 1);
}

/**
 * The normaliser squeezes "killllll" to "kil"; every doubled letter in a
 * pattern is therefore allowed to appear once, so "kill", "kil" and "kiill"
 * all match, and a real double is never destroyed.
 */
export function tolerateDoubles(source: string): string {
  return source.replace(/(?<!\\)([a-z])\1(?![{*+?])/g, '$1{1,2}');
}

/** A whole-word pattern; a match may also start at a contraction ("he's" → "'s"). */
export function compile(source: string): RegExp {
  return new RegExp(`(?:(?<![a-z0-9'])|(?='))(?:${tolerateDoubles(expand(source))})(?![a-z0-9])`, 'g');
}

/** The source cut at its top-level `|`, outside groups and character classes. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** The first «…» of an alternative, which must be outside any group and must not be optional. */
export function requiredCore(alternative: string, whose: string): string {
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '«') {
      const close = alternative.indexOf('»', i);
      const core = alternative.slice(i + 1, close);
      if (depth !== 0 || close === -1 || /^(?:[?*+]|\{\d)/.test(alternative.slice(close + 1)) || /[«^$]/.test(core)) {
        throw new Error(`risk-screen: «…» in "${whose}" must be required, at the top level, without ^ or $`);
      }
      return core;
    }
  }
  throw new Error(`risk-screen: an alternative of "${whose}" has no «…» anchor: ${alternative.slice(0, 60)}`);
}

export function phrase(source: string, whose: string): Phrase {
  const cores = topLevelAlternatives(source).map((alternative) => requiredCore(alternative, whose));
  const anchor = tolerateDoubles(expand(cores.map((c) => `(?:${c})`).join('|'))).replace(/\(\?<m>/g, '(?:');
  return { pattern: compile(source.replace(/«/g, '(?:').replace(/»/g, ')')), anchor: new RegExp(anchor, 'g') };
}

/** A phrase rule as it is written: what it is for, and what it must and must not match (run as tests). */
export interface RuleSpec {
  /** Stable, for log lines and for staff: `<topic>/<what>`. */
  readonly id: string;
  readonly level: Alarm;
  readonly topics: readonly RiskTopic[];
  /** One line, read by staff as "<purpose> (<what matched>)". */
  readonly purpose: string;
  /** The phrase, written in the language above; a list is joined into one, so no line need be long. */
  readonly phrase: string | readonly string[];
  /** A bare topic word: policy, news or general-question framing means it is not a disclosure. */
  readonly framable?: boolean;
  /** Something that must also be said somewhere in the message. */
  readonly alsoNeeds?: string;
  /** An emergency only while it is happening (the default for emergencies): recalled or habitual, it is high. */
  readonly nowOnly?: boolean;
  /** Messages the rule must fire on, and messages it must leave alone. */
  readonly matches: readonly string[];
  readonly ignores: readonly string[];
}

export function defineRules(specs: readonly RuleSpec[]): RiskRule[] {
  return specs.map((spec) => {
    const source = typeof spec.phrase === 'string' ? spec.phrase : spec.phrase.join('');
    return {
      ...phrase(source, spec.id),
      id: spec.id,
      level: spec.level,
      topics: spec.topics,
      purpose: spec.purpose,
      framable: spec.framable ?? false,
      alsoNeeds: spec.alsoNeeds === undefined ? null : compile(spec.alsoNeeds),
      nowOnly: spec.nowOnly ?? spec.level === 'emergency',
      matches: spec.matches,
      ignores: spec.ignores,
    };
  });
}

export const E = 'emergency';
export const H = 'high';

export interface CueSpec {
  readonly id: string;
  readonly kind: CueKind;
  readonly purpose: string;
  readonly phrase: string | readonly string[];
  readonly matches: readonly string[];
  readonly ignores: readonly string[];
}

export function defineCues(specs: readonly CueSpec[]): Cue[] {
  return specs.map((spec) => ({
    ...phrase(typeof spec.phrase === 'string' ? spec.phrase : spec.phrase.join(''), spec.id),
    id: spec.id,
    kind: spec.kind,
    purpose: spec.purpose,
    matches: spec.matches,
    ignores: spec.ignores,
  }));
}
