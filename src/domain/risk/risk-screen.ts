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

type Alarm = Exclude<RiskLevel, 'none'>;

interface Phrase {
  readonly pattern: RegExp;
  /** Words the pattern cannot match without, found far faster than the pattern itself. */
  readonly anchor: RegExp;
}

interface RiskRule extends Phrase {
  readonly level: Alarm;
  readonly topics: readonly RiskTopic[];
  /** Read by staff; `{m}` becomes a short fragment of what matched. */
  readonly reason: string;
  /** A bare topic word: policy, news or general-question framing means it is not a disclosure. */
  readonly framable: boolean;
  /** Something that must also be said somewhere in the message. */
  readonly alsoNeeds: RegExp | null;
  /** An emergency only while it is happening: recalled or habitual, it is high. */
  readonly nowOnly: boolean;
}

type CueKind = 'present' | 'imminent' | 'now';

interface Cue extends Phrase {
  readonly kind: CueKind;
}

// ---------------------------------------------------------------------------
// Vocabulary. Phrases refer to these as {NAME}; they are expanded once, when
// the module loads.

const NOT_NEGATION = "(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ";

const VOCAB: Readonly<Record<string, string>> = {
  PARTNER:
    "(?:ex ?(?:partner|husband|hubby|wife|boyfriend|girlfriend|fiance|fiancee|bf|gf)|partner|husband|hubby|wife|boyfriend|boyfreind|girlfriend|fiance|fiancee|spouse|other half|missus|fella|feller|bloke|man|baby ?father|baby ?dad|baby ?daddy|baby ?mum|baby ?mother|kids'? (?:dad|father|mum|mother)|children's (?:dad|father|mum|mother)|ex)",
  FAMILY:
    '(?:step ?dad|step ?father|dad|daddy|father|step ?mum|step ?mother|mum|mummy|mam|mom|mother|(?:step |half )?brother|(?:step |half )?sister|step ?son|step ?daughter|son|daughter|uncle|aunt|auntie|aunty|grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny|grandma|grandmother|cousin|nephew|niece|parents|family|in ?laws|(?:father|mother|brother|sister|son|daughter) in law|grandson|granddaughter|grandchild|twin)',
  OTHER_PERSON:
    '(?:carer|care worker|neighbour|neighbor|neighbours|landlord|landlady|flatmate|housemate|lodger|boss|manager|supervisor|colleague|coworker|co worker|friend|mate|teacher|coach|tutor|stalker|abuser|attacker|rapist|pimp|dealer|date|pastor|priest|imam)',
  RELWORD: '(?:{PARTNER}|{FAMILY}|{OTHER_PERSON})',
  POSS: '(?:my|me|our|her|his|their|your|ma)',
  // Possessives are often typed without the apostrophe ("my mums boyfriend").
  FILLER:
    "(?:[a-z]+'s|[a-z]+s'|mums|mams|moms|dads|sisters|brothers|friends|nans|grans|exs|partners|wifes|husbands|girlfriends|boyfriends|daughters|sons|cousins|aunties|uncles|new|old|former|current|violent|abusive|controlling|drunken|drunk|estranged|elderly|older|younger|little|big|best|so called|possessive|jealous|ex|late|real|birth|foster|adoptive|own|twin|oldest|eldest|youngest|disabled|vulnerable)",
  REL: '{POSS}(?: {FILLER}){0,2} {RELWORD}',
  REL_DA: '{POSS}(?: {FILLER}){0,2} (?:{PARTNER}|{FAMILY})',
  SPRON: "(?:he|she|they|he's|she's|they're|they've|he'd|she'd|they'd)",
  UNK:
    "(?:someone|somebody|some one|some (?:man|men|lads|guy|guys|bloke|blokes|people|woman|youths|kids)|an? (?:strange |unknown |random |weird |suspicious |drunk |big |masked |hooded )?(?:man|woman|guy|bloke|lad|girl|stranger|group(?: of [a-z]+)?|gang|person|youth|intruder|burglar|older man|old man|couple of (?:men|lads|guys|people))|two men|2 men|three men|men|lads|guys|youths|strangers|intruders?|burglars?|(?:the|this|that) (?:man|men|guy|lad|lads|bloke|woman|person|people|intruder|burglar|gang|stalker|attacker)|gang members|(?:the |a |this )?(?:man|men|woman|lad|lads|guy|bloke|people|family|couple|youths) (?:from )?(?:next door|upstairs|downstairs|across the road|over the road|opposite|across the landing|down the road|number \\d+))",
  THREAT_SUBJ: '(?:{UNK}|(?:{POSS}|the|^)(?: {FILLER})? ?(?:ex(?: [a-z]+)?|stalker|abuser|attacker|rapist|ex partner))',
  SUBJ: '(?:{SPRON}|{REL}|{UNK})',
  KID:
    '(?:child|children|kid|kids|baby|babies|toddler|son|daughter|step ?son|step ?daughter|grandson|granddaughter|grandchild|grandchildren|nephew|niece|boy|girl|little (?:boy|girl|one|brother|sister|cousin|nephew|niece)|baby (?:brother|sister)|pupil|student|teenager|teen|\\d+ ?(?:year|yr) old|[a-z]+ year old|\\d+ ?yo)',
  OBJ: "(?:me|us|him|her|them|myself|{REL}|(?:{POSS}|the|a|their|next door's) (?:[a-z]+ )?{KID})",
  BE: "(?:'s|'re|'m| is| are| am| was| were)",
  NOW_BE: "(?:'s|'re|'m| is| are| am)(?: still| now| right now| currently| just| actually)?",
  // Up to N words that are not negations, so "he never hits me" is not "he hits me".
  G1: `(?:${NOT_NEGATION})?`,
  G2: `(?:${NOT_NEGATION}){0,2}`,
  G3: `(?:${NOT_NEGATION}){0,3}`,
  G6: `(?:${NOT_NEGATION}){0,6}`,
  ADV: '(?:just|also|then|badly|really|actually|recently|once|again|almost|nearly|brutally|violently|seriously|viciously|physically|sexually|repeatedly|twice|apparently|allegedly)',
  HOME_IN:
    '(?:house|home|flat|apartment|bedroom|room|kitchen|loft|attic|garden|back garden|front garden|garage|hallway|hall|building|landing|stairwell|living room|lounge|bathroom|caravan|hotel room)',
  PLACE:
    "(?:(?:outside|at|by|in front of|across from|opposite|near|round|around|behind|in|inside|on|through|up) (?:my|our|me|the|mum's|mams|my mum's) (?:front |back |bedroom |kitchen |living room |bathroom )?(?:house|home|flat|door|doorstep|window|windows|gate|garden|drive|driveway|car|work|workplace|office|school|kids' school|place|bedroom|room|street|road|close|building|landing|stairs|letterbox|hallway|hall|kitchen|loft|shed|garage|bus stop)|across the (?:road|street)|down the (?:road|street)|at the end of (?:my|the|our) (?:road|street|garden|drive)|on (?:my|the|our) doorstep|in the (?:house|flat|building|garden|loft|kitchen|next room|other room|hall|hallway|car park)|behind me|next to me|near me|next door)",
  WEAPON:
    '(?:zombie knife|stanley knife|kitchen knife|knife|knives|blade|blades|machete|machetes|gun|guns|handgun|pistol|shotgun|rifle|firearm|firearms|baseball bat|cricket bat|bat|bats|hammer|axe|hatchet|crowbar|crow bar|acid|weapon|weapons|sword|swords|screwdriver|broken bottle|glass bottle|iron bar|metal bar|golf club|taser|crossbow|petrol|cleaver|scissors|shank|knuckle ?dusters?|box cutter)',
  NOT_SPORT: '(?! (?:licen[cs]e|certificate|club|for (?:clay|shooting|work|farming|hunting|sport|cooking|diy)|crime|amnesty|bin|collection))',
  DET: '(?:a|an|the|his|her|their|some|two|2|my|this|that|these|those|another)',
  WADJ: '(?:big|massive|huge|large|long|small|kitchen|carving|bread|stanley|samurai|baseball|cricket|metal|iron|wooden|broken|sharp|loaded|real|fake|air|hand|sawn off|bloody)',
  HARM:
    '(?:hit|hits|hitting|beat|beats|beating|beaten|batter|batters|battered|battering|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|strangle|strangles|strangled|strangling|strangeled|choke|chokes|choked|choking|chocked|throttle|throttles|throttled|throttling|headbutt|headbutts|headbutted|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|hurt|hurts|hurting|harm|harms|harmed|harming|bite|bites|bit|biting|burn|burns|burnt|burned|burning|stab|stabs|stabbed|stabbing|attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting|assulted|spat at|spits at|spit at|spitting at|pin|pins|pinned|pinning|drag|drags|dragged|dragging|throws (?:things|stuff) at|threw (?:things|stuff|a [a-z]+) at|grab|grabs|grabbed|grabbing|shake|shakes|shook|shaking|suffocate[a-z]*|smother[a-z]*|whack[a-z]*|thump[a-z]*|wallop[a-z]*|knock[a-z]* (?:me|her|him|them) (?:out|about|around|down)|beat[a-z]* (?:me|her|him|them|us) up|lays? (?:his|her|their) hands on|laid (?:his|her|their) hands on|puts? (?:his|her|their) hands (?:on|round|around)|strangl[a-z]*)',
  ATTACK_ING:
    '(?:hitting|beating|punching|kicking|strangling|choking|throttling|stabbing|attacking|assaulting|battering|hurting|smacking|slapping|headbutting|dragging|suffocating|smothering|raping|beating up|stamping on|jumping on|laying into|going for|strangeling)',
  CONTACT_VERB:
    '(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|email(?:s|ed|ing)?|e mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|dm(?:s|ed|ing)?|snapchat(?:s|ted|ting)?|whatsapp(?:s|ed|ing)?|writ(?:e|es|ing) to|sen(?:d|ds|t|ding) (?:me |her |him )?(?:messages|texts|letters|gifts|flowers|emails|things|stuff))',
  PILLS:
    '(?:pills|tablets|paracetamol|paracetamols|co codamol|codeine|meds|medication|medicine|antidepressants|sleeping (?:pills|tablets)|insulin|painkillers|ibuprofen|aspirin|sertraline|diazepam|valium|tramadol|morphine|methadone|pill|tablet|prescription)',
  SELF: '(?:myself|my self|meself|my own life|my life)',
  SELF_ANY: '(?:myself|my self|meself|himself|herself|themselves|themself|my own life|my life|his (?:own )?life|her (?:own )?life|their (?:own )?life)',
  // Welsh, with the mutations a word takes after "fy", "ei" and friends.
  CY_HIT:
    '(?:nharo|taro|daro|tharo|nghuro|curo|guro|churo|mrifo|brifo|frifo|mhwnio|pwnio|bwnio|phwnio|nhagu|tagu|dagu|thagu|nghicio|cicio|gicio|chicio|nhrywanu|trywanu|drywanu|thrywanu|mwrw|bwrw|fwrw|slapio|nyrnu|dyrnu)',
  CY_KNIFE: '(?:cyllell|gyllell|chyllell|nghyllell|gwn|wn|ngwn|dryll|ddryll|nryll|bat|fat|machete|morthwyl|forthwyl|bwyell|fwyell|asid|arf|arfau|harf|cleddyf|gleddyf)',
  CY_PARTNER:
    '(?:ngwr|gwr|wr|ngwraig|gwraig|wraig|mhartner|partner|bartner|phartner|nghariad|cariad|gariad|chariad|nghyn (?:bartner|gariad|wr|wraig)|cyn (?:bartner|gariad|wr|wraig|partner|gwr)|gyn (?:bartner|gariad|wr|wraig)|nhad|tad|dad|mam|fam|mrawd|brawd|frawd|chwaer|nheulu|teulu)',
  CY_ME: '(?:fy|ein|ei)',
  CY_SUBJ: '(?:o|e|hi|nhw|fe|fo|rhywun|dyn|rhywrai|mae o|mae e|mae hi|mae nhw|ma fe|ma fo)',
};

// ---------------------------------------------------------------------------
// Compiling phrases.

function expand(source: string, depth = 0): string {
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
function tolerateDoubles(source: string): string {
  return source.replace(/(?<!\\)([a-z])\1(?![{*+?])/g, '$1{1,2}');
}

/** A whole-word pattern; a match may also start at a contraction ("he's" → "'s"). */
function compile(source: string): RegExp {
  return new RegExp(`(?:(?<![a-z0-9'])|(?='))(?:${tolerateDoubles(expand(source))})(?![a-z0-9])`, 'g');
}

/** The source cut at its top-level `|`, outside groups and character classes. */
function topLevelAlternatives(source: string): string[] {
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
function requiredCore(alternative: string, whose: string): string {
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

function phrase(source: string, whose: string): Phrase {
  const cores = topLevelAlternatives(source).map((alternative) => requiredCore(alternative, whose));
  const anchor = tolerateDoubles(expand(cores.map((c) => `(?:${c})`).join('|'))).replace(/\(\?<m>/g, '(?:');
  return { pattern: compile(source.replace(/«/g, '(?:').replace(/»/g, ')')), anchor: new RegExp(anchor, 'g') };
}

interface RuleOptions {
  readonly framable?: boolean;
  readonly alsoNeeds?: string;
  readonly nowOnly?: boolean;
}

function rule(level: Alarm, topics: readonly RiskTopic[], reason: string, source: string, options: RuleOptions = {}): RiskRule {
  return {
    ...phrase(source, reason),
    level,
    topics,
    reason,
    framable: options.framable ?? false,
    alsoNeeds: options.alsoNeeds === undefined ? null : compile(options.alsoNeeds),
    nowOnly: options.nowOnly ?? level === 'emergency',
  };
}

const E = 'emergency';
const H = 'high';

// ---------------------------------------------------------------------------
// Emergencies: danger now.

const EMERGENCY_RULES: readonly RiskRule[] = [
  // Someone in the home, or breaking in.
  rule(E, ['intruder', 'immediate-danger'], 'says someone is in their home now ({m})',
    "{THREAT_SUBJ}{NOW_BE} (?:hiding |lurking |standing |walking around )?(?:in|inside|upstairs in|downstairs in|in the back of) (?:my|our|the|me|mum's) «{HOME_IN}»"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is in their home now ({m})',
    "(?:there's|there is|there are|there're|theres) (?:a |an |some |two |2 |three |3 |a few |several |a couple of )?(?:someone|somebody|man|men|woman|people|stranger|strangers|intruder|intruders|burglar|burglars|lads|group(?: of [a-z]+)?|person|someone else) (?:hiding |standing )?(?:in|inside|upstairs in|downstairs in) (?:my|our|the|me) «{HOME_IN}»"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone has got into their home ({m})',
    "{THREAT_SUBJ}(?:'s|'ve| has| have| just)(?: just)? «(?:got|gotten|climbed|broken|come|snuck|sneaked|forced (?:his|her|their) way|let (?:himself|herself|themselves)) (?:in|into|over)» (?:my|our|the|me) (?:back |front )?(?:{HOME_IN}|fence|wall|gate)"),
  rule(E, ['intruder', 'immediate-danger'], 'can hear someone in the home ({m})',
    "(?:can|could|just) «(?:hear|heard)» (?:someone|somebody|people|a man|men|voices|footsteps|him|her|them|noises|someone's|somebody's) (?:{G2})?(?:downstairs|upstairs|inside|in (?:my|the|our) {HOME_IN}|moving|walking|trying|breaking|smashing|at the (?:back|front) door|outside my (?:window|bedroom|door))"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is breaking in ({m})',
    '«breaking in»(?:to)?|«(?:trying|tried|try) to» (?:break|get|force (?:their|his|her|a) way|force|kick|smash|climb|come) (?:in|into|through|(?:my|the|our) (?:front |back )?(?:door|window)s?)(?! (?:my|the|a|his|her) (?:car|van|shed|garage))'),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is forcing their way in ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} (?:banging|hammering|pounding|kicking|trying|rattling|forcing|smashing|breaking|booting|shouldering|trying to open) (?:on |at |through |down |in )?(?:my|the|our) (?:front |back |bedroom |bathroom )?«(?:door|doors|window|windows|letterbox|door handle|handle)»"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is climbing in ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:climbing|crawling|getting|coming) (?:in through|in via|in|into|through|over)» (?:my|our|the|a) (?:[a-z]+ )?(?:window|windows|door|fence|wall|gate|garden|house|flat|balcony|loft|bedroom)"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is forcing their way in ({m})',
    '«(?:kicking|smashing|forcing|breaking|booting)» (?:down |in )?(?:my|the|our) (?:front |back |bedroom |bathroom )?(?:door|doors|window|windows)(?: in| down)'),
  rule(H, ['intruder'], 'says someone has broken in ({m})',
    "[a-z]+(?:'s|'ve| has| have) (?:just )?«(?:broken|broke|got|smashed (?:their|his|her) way|forced (?:their|his|her) way) in»(?:to (?:my|our|the) (?:house|home|flat))?(?! (?:my|our|the|his|her) (?:car|van|shed|garage|allotment|locker))",
    { nowOnly: false }),
  rule(E, ['intruder', 'immediate-danger'], 'says someone has just broken in ({m})',
    "just «(?:broken|broke|got|smashed their way|forced their way) in»(?:to)?|[a-z]+(?:'s|'ve| has| have) «broken in» (?:and|but) (?:{G2})?(?:still|here|inside|upstairs|downstairs)"),
  rule(H, ['intruder'], 'describes someone trying doors or windows ({m})',
    '«trying» (?:all )?(?:the |my |our |people\'s |car )?(?:[a-z]+ )?(?:door handles|doors|windows|handles|door)'),

  // Someone who frightens them, near them now.
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    '{THREAT_SUBJ}{NOW_BE}(?: (?:[a-z]+ing|parked|sat|stood|stopped|pulled up|camped)){0,2} «(?:{PLACE}|here(?! (?:for|to))|outside(?! (?:the|a) [a-z]+))»'),
  rule(E, ['immediate-danger', 'stalking'], 'says someone is at the door or on the way now ({m})',
    "(?:{SPRON}|{THREAT_SUBJ}){NOW_BE} «(?:at (?:my|the|our) (?:front |back )?door|in my (?:house|flat|home)|outside my (?:window|bedroom window)|on (?:his|her|their) way (?:over|round|here|to (?:mine|my|me|get me|find me)|back(?! from)))»"),
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    '(?:now|right now|and now|and) {SPRON}{NOW_BE}(?: [a-z]+ing){0,2} «(?:{PLACE}|out there|outside)»'),
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    '{SPRON}{NOW_BE}(?: [a-z]+ing){0,2} (?:outside|at (?:my|our|the) (?:front |back )?(?:door|window)|in front of (?:my|our|the) (?:house|flat|home))(?: (?:my|our|the|me) (?:front |back |bedroom )?(?:window|windows|door|house|flat|home))? «(?:right now|now|again)»'),

  rule(E, ['stalking', 'immediate-danger'], 'says someone is watching them now ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:watching|filming|staring at|photographing)» (?:me|us|my (?:house|flat|home|kids|children|window)|our (?:house|flat|home)|the (?:house|flat))"),
  rule(H, ['violence'], 'says someone is aggressive now ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:kicking off|going mental|going mad|going crazy|going berserk|losing it|raging|out of control|getting (?:angry|angrier|violent|aggressive|nasty|physical|worse))»"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is in a car with a drunk driver ({m})',
    "(?:drunk|drink driving|off (?:his|her) face|high|wasted|drinking|on drugs)(?: [a-z']+){0,6} «(?:kids|children|baby|son|daughter|boy|girl) in the car»|«(?:kids|children|baby|son|daughter|boy|girl) in the car»(?: [a-z']+){0,6} (?:drunk|high|off (?:his|her) face|wasted|drink driving|drinking|on drugs)"),

  // Weapons.
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}|one of them|one)(?:{BE}| has| have| had|'s got| has got| have got|'ve got|'d| got)?(?: just| still| now| also| even)? (?:{G2})?(?:got|has|have|had|holding|held|carrying|carries|carried|waving|waved|brandishing|brandished|pulled|pulling|pulls|pointing|pointed|points|wielding|armed with|took out|taking out|takes out|grabbed|grabbing|grabs|picked up|picking up|came at (?:me|us|him|her|them) with|coming at (?:me|us|him|her|them) with|threatening (?:me|us|him|her|them|my [a-z]+) with|threatened (?:me|us|him|her|them|my [a-z]+) with|threatens (?:me|us|him|her|them|my [a-z]+) with|hiding|hides|keeps|keep|owns|put|held up)(?: out| up| round)? (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?«(?<m>{WEAPON})»{NOT_SPORT}"),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    '(?:{SUBJ}|{THREAT_SUBJ}) {G6}with (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?«(?<m>{WEAPON})»{NOT_SPORT}'),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    '«(?<m>(?:knife|blade|gun|machete|axe|knives|scissors|pistol|screwdriver))» (?:to|against|at|in|into|on) (?:my|his|her|their|your|our) (?:throat|neck|head|face|chest|back|side|stomach|belly|ribs)|at «(?:knife|gun) ?point»|«(?:knife|gun)point»'),
  rule(E, ['weapon', 'immediate-danger'], 'mentions shots being fired ({m})',
    "«shots?» (?:fired|being fired)|«gun ?shots?»|«gunfire»|«shooting at» (?:me|us|people|the house|my|our|cars)|[a-z]+(?:'s|'re| is| are) «shooting» (?:outside|in the street|at|everywhere|people)|(?:been|got|was|were|being|just) «shot»|(?:he|she|they|someone|somebody) (?:just )?«shot» (?:me|him|her|them|my|someone)"),
  rule(E, ['weapon', 'immediate-danger'], 'says someone is armed ({m})', '{SUBJ}{NOW_BE} «(?:armed|tooled up)»'),
  rule(E, ['weapon', 'immediate-danger'], 'mentions an acid or arson attack ({m})',
    '(?:throw|throwing|threw|chuck|chucking|spray|spraying|sprayed) (?:[a-z]+ )?«acid»|(?:pour|pouring|poured|splash|splashing|splashed) (?:[a-z]+ )?«petrol»|(?:set|setting|trying to set|tried to set) «(?:fire|light) to» (?:my|our|the|his|her) (?:front |back )?(?:house|home|flat|door|car|letterbox|room|bin|shed)|(?:my|our|the) (?:house|home|flat|door|room) «is on fire»|«petrol through» (?:my|the|our) letter ?box'),

  // Attacks happening now, or just happened.
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    '{SUBJ}{NOW_BE} «(?:{ATTACK_ING}|smashing|trashing|wrecking)» (?:on )?(?:{OBJ}|the (?:house|place|flat)|everything|the door)'),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:and|but|now) (?:is |'s |are |'re )?(?:still )?«(?:{ATTACK_ING}|dragging|chasing|grabbing)» (?:{OBJ})|(?:{SUBJ}{NOW_BE}|and|and is|and now|and he's|and she's|and they're) (?:[a-z]+ )?«(?:smashing|trashing|wrecking|breaking|throwing|destroying)» (?:the (?:house|place|flat|kitchen|room)|everything|things|stuff|my (?:stuff|things))"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:won't|wont|will not|can't|cant|doesn't|does not) «stop (?:{ATTACK_ING})» (?:{OBJ})"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:i'm|i am|im|we're|we are|{REL}(?:'s| is| are)|{SPRON}(?: is| are)?|someone is|someone's|(?:a|the) (?:man|woman|boy|girl|lad|child|kid) is) «(?:being|getting) (?:attacked|assaulted|stabbed|strangled|choked|kidnapped|abducted|raped|beaten up|beat up|battered|mugged|robbed|chased|held hostage|held captive|held against (?:my|her|his|their) will|held (?:in|at|prisoner)|kept (?:in|prisoner)|jumped|glassed|shot at)»"),
  rule(E, ['violence', 'immediate-danger'], 'says they have just got away from someone ({m})',
    "(?:just|only just|finally) (?:managed to |been able to )?«(?:get free|got free|escape|escaped|get away|got away|get out|got out|untie|untied|run away|ran away|break free|broke free)»"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    '{SUBJ}{NOW_BE} «(?:trying|tryna|going) to (?:kill|strangle|stab|choke|suffocate|smother|drown|shoot|run (?:me|us|him|her) over|hurt|rape|drag|take)» (?:me|us|her|him|them|my|our)'),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    '{SUBJ}{NOW_BE} «(?:chasing|grabbing|dragging)» (?:me|us|her|him|my|our)'),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack that has just happened ({m})',
    '«just (?:been )?(?:{HARM}|thrown|threw|flung|chucked|raped|mugged|robbed|glassed|shot|jumped|threatened (?:me|us|him|her) with|kidnapped|abducted|tried to|smashed|set on|beat (?:me|her|him|us) up)»(?: (?:{OBJ}|across|into|against|down|over|through|out|to|on))?'),
  rule(E, ['immediate-danger'], 'says they are trapped now ({m})',
    "«(?:blocking|blocked|standing in|stood in)» (?:the|my|our) (?:door|doorway|way out|exit|front door|stairs)|(?:can't|cannot|cant|can not) «get out»(?! of (?:bed|debt|the contract|my contract|my lease|the lease|this|it|the habit|the car park))(?= |$)"),
  rule(E, ['violence', 'immediate-danger'], 'describes a stabbing, shooting or kidnapping ({m})',
    "[a-z]+(?:'s|'ve| has| have) (?:just )?«been (?:stabbed|shot|glassed|kidnapped|abducted|taken hostage|raped)»|(?:{SUBJ}) (?:{G1})?(?:has |have |'s |'ve )?(?:just )?«(?:stabbed|shot|kidnapped|abducted|snatched)» (?:{OBJ})"),
  rule(E, ['violence', 'immediate-danger'], 'says they are shut in by someone ({m})',
    "(?:has|have|'s|'ve|just) «locked» (?:me|us|her|him|them|my [a-z]+) (?:in|up)|(?:got|has got|'s got|keeping|keeps|kept) (?:me|us|her|him|them|my [a-z]+) «locked (?:in|up)»|(?:{SUBJ}){NOW_BE} «holding» (?:me|us|her|him|them|my [a-z]+) (?:hostage|captive|against)|«won't let» (?:me|us|her|him) (?:leave|out|go) (?:now|right now|the house|the flat|the room|tonight)"),
  rule(E, ['immediate-danger'], 'says they are hiding from someone ({m})',
    '«hiding» (?:from (?:him|her|them|my|the)|in (?:the|my|a) (?:bathroom|bedroom|wardrobe|cupboard|loft|toilet|shed|garage|car|attic))|«locked (?:myself|ourselves|us) in»|«barricaded»'),

  // Danger now, said outright.
  rule(E, ['immediate-danger'], 'says someone is in danger now ({m})',
    "(?:i'm|i am|im|we're|we are|i feel|i think i'm|i think i am|i might be|{REL}(?:'s| is| are)|{SPRON}(?:'s|'re| is| are)?|someone is|someone's|somebody is|(?:the|my|our) (?:kids|children|baby|family) (?:are|is)|(?:my|our|her|his) li(?:fe|ves) (?:is|are)|could be|may be|might be) (?:{G1})?in (?:immediate |real |serious |grave |great |big )?«danger»(?! of)|^in (?:immediate |real )?«danger»|(?:i'm|i am|im|we're|we are|i feel) (?:{G1})?«(?:not safe|unsafe)»(?! (?:driving|on the roads|crossing))|(?:scared|afraid|frightened|terrified|fear|fearing|fearful) «for (?:my|our|her|his|their) (?:life|lives)»"),
  rule(H, ['immediate-danger'], 'says they do not feel safe ({m})',
    "(?:don't|do not|dont|never|no longer) «feel safe»(?= *$| (?:at home|in (?:my|our) (?:own )?(?:home|house|flat|bed|room)|around (?:him|her|them)|with (?:him|her|them)|any ?more$|because (?:of )?(?:him|her|he|she|they|my)))|(?:i'm|i am|im) «scared» (?:to death|for my safety|for (?:my|our) kids)|«fear for my safety»"),
  rule(E, ['immediate-danger', 'threat-to-kill'], 'fears being killed now ({m})',
    "(?:{SPRON}|{REL}|someone|somebody|they)(?:'s| is| are|'re)? (?:actually |really |definitely )?«(?:going to|gonna|about to) (?:kill|murder|stab|shoot|strangle)» (?:me|us|my|him|her|them)"),
  rule(E, ['immediate-danger'], 'asks for police or an ambulance now ({m})',
    '(?:call|ring|phone|get|send) (?:the )?«(?:police|999|an ambulance|ambulance|cops|help)» (?:now|quick|quickly|asap|as soon as possible|urgently|right now|immediately)|«send» (?:the )?(?:police|an ambulance|help)(?: please| now| quick| asap| urgently|$)|(?:please|pls|plz|can you|can someone) «send» (?:the |some )?(?:police|an ambulance|help|someone|officers)(?! (?:to (?:our|my) (?:area|estate|village|street) (?:more|to patrol))|round to patrol)|«send» (?:someone|somebody) (?:now|quick|quickly|asap|urgently|right now)|(?:need|needs) (?:the )?«(?:police|an ambulance|help)» (?:now|quick|quickly|urgently|asap|right now|as soon as possible|immediately)'),

  // Being followed now.
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    '(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} «(?:following|chasing|tailing)» (?:me|us|her|him|my [a-z]+)(?! (?:on|online|everywhere|all the time|for (?:weeks|months|years|ages)))'),
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    "(?:i'm|i am|im|we're|we are|i think i'm|i think i am|{REL}(?:'s| is)) «being (?:followed|chased|tailed)»(?! (?:on|online|everywhere|all the time|for (?:weeks|months|years|ages)))"),

  // Suicide or self-harm, now.
  rule(E, ['suicide', 'immediate-danger'], 'says they will act on suicide now ({m})',
    "«(?:going to|gonna|about to|'m going to|am going to|ready to|decided to|i'll|i will|i'm gonna|tonight i|plan to|planning to|planned to|got a plan to|have a plan to)» (?:{G1})?(?:kill {SELF_ANY}|end (?:{SELF}|it all|it(?! (?:with|here|there|at that|for (?:now|today)|now))|things(?! with)|everything(?! (?:with|here))|my own life)|take (?:my|his|her|their) (?:own )?life|top (?:myself|himself|herself)|hang (?:myself|himself|herself)|jump (?:off|in front|from|of)|overdose|od|take (?:all )?(?:my|the|these|those|all the) {PILLS}|slit my wrists|cut my wrists|kill my ?self|throw (?:myself|himself|herself) (?:off|under|in front)|jump(?=$| (?:tonight|now|today|soon)))"),
  rule(E, ['suicide', 'self-harm', 'immediate-danger'], 'says they have taken an overdose ({m})',
    "[a-z']+ (?:just |already )?(?:taken|took|had|done|swallowed) (?:an )?«(?:overdose|od)»|«(?:hanged|hung)» (?:himself|herself|themselves|myself)|«found» (?:him|her|them|my [a-z]+) (?:hanging|unconscious|unresponsive|not breathing)|«overdosed»|«overdosing»|(?:has|have|'s|'ve|just|i) «od'?d»|(?:taken|took|swallowed|had|necked|downed|eaten|ate) (?:all|a lot|lots|loads|a load|a bunch|too many|all of|every one of|the rest of|\\d{2,}|twenty|thirty|forty|fifty|(?:a |an |one |two |three |four |five |several |a few |half a |a whole |whole |\\d )?(?:packets?|packs?|boxes|box|bottles?|strips?|tubs?|handfuls?|blister packs?|weeks? worth|months? worth)) (?:of )?(?:[a-z']+ ){0,3}«{PILLS}»"),
  rule(E, ['immediate-danger'], 'says someone is unconscious or not breathing ({m})',
    "(?:isn't|is not|not|won't|wont|can't|cannot) «(?:waking up|wake (?:him|her|them) up|breathing|responding)»|«unconscious»|«unresponsive»|(?:can't|cannot|cant) «breathe»(?! (?:with|because of) (?:the|this|stress))"),
  rule(E, ['self-harm', 'immediate-danger'], 'says they are badly hurt by self-harm now ({m})',
    "(?:cut|slit|slashed|sliced|stabbed) (?:myself|my wrists?|my arms?|my legs?|herself|himself|her wrists?|his wrists?)(?: [a-z']+){0,6} (?:won't|wont|will not|can't|cant|doesn't|does not) «stop»(?: bleeding)?|«(?:bleeding|blood)» (?:won't|wont|will not|can't|cant) stop|«so much blood»|«blood» (?:everywhere|all over|pouring|pissing out|on the floor)|(?:i'm|i am|im|she's|he's) «bleeding»|«can't stop cutting»|«losing» (?:a lot of |loads of )?blood|«bleeding» (?:a lot|badly|heavily|everywhere|loads)|«cut» (?:myself|my wrists?|my arms?) (?:really |too |very |so )?(?:deep|badly|bad)"),
  rule(E, ['self-harm', 'immediate-danger'], 'says they have cut their wrists or throat ({m})',
    "(?:i've|i have|i|she's|he's|she has|he has|they've|has|have|just)(?: just)? «(?:slit|cut|slashed|sliced|opened) (?:my|her|his|their) (?:wrists?|throat)»"),
  rule(E, ['self-harm', 'immediate-danger'], 'says someone is harming themselves now ({m})',
    "(?:{SUBJ}|i)(?:'s|'m| is| am| are|'re)(?: still| now)? «(?:cutting|harming|hurting|burning|stabbing) (?:myself|herself|himself|themselves|my self)»(?! (?:again|lately|recently|for|since|most|every|a lot))|«(?:locked|shut) (?:herself|himself|themselves|myself) in» (?:the|my|her|his|a) (?:bathroom|bedroom|toilet|room|car|garage)"),
  rule(E, ['suicide', 'immediate-danger'], 'has the means ready ({m})',
    "(?:got|have|'ve got|saved|saving|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|lined up|counted out) (?:up )?(?:all |enough |some )?(?:of )?(?:my |the |these |her |his )?(?:[a-z]+ )?«{PILLS}»(?: [a-z']+){0,3} (?:ready|lined up|saved up|to take|in front of me|out)|(?:taking|take|swallow|swallowing|going to take|gonna take|'ll take) «(?:them|all of them|the lot|it all|all of it)»(?: [a-z]+)? (?:tonight|now|today|right now|in a (?:bit|minute))",
    { alsoNeeds: '{PILLS}|overdose' }),
  rule(E, ['suicide', 'immediate-danger'], 'says goodbye or has a plan ready ({m})',
    "(?:this is|it's|this will be) (?:my )?«(?:last|final) (?:message|goodbye|night|day|text)»(?! (?:about|on|regarding|to you|before|until|for (?:today|now|this)|of the day|at work|in the office|of term|of the holiday|of my holiday))|«goodbye» (?:everyone|forever|world|all)|(?:written|wrote|writing|left) (?:a|my) (?:suicide )?«note»|(?:got|have|'ve got|has got) the (?:rope|pills|tablets|knife|blade|noose) «(?:ready|here|with me|in my hand)»|«won't be» (?:here|alive|around) (?:tomorrow|in the morning|by (?:tonight|tomorrow|morning))"),

  // Children in danger now.
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing or in danger now ({m})',
    "(?:my|our|a|the|her|his|their) (?:[a-z]+ )?{KID}(?:'s| is| has| has been| have| 's been| was)? (?:gone |just gone |been )?«(?:missing(?! (?:school|lessons|classes|out|you|his|her|me|work|the bus|a [a-z]+))|not breathing|been taken|been abducted|been snatched|snatched|in danger)»|«(?:snatched|abducted|kidnapped|grabbed|taken)» (?:my|our|a|the) (?:[a-z]+ )?{KID}(?: (?:from|off|away|in|at|outside|and))"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing ({m})',
    "{KID}(?: [a-z0-9']+){0,3} (?:has |have |'s |is )?«(?:run off|run away|ran off|ran away|gone off|disappeared|gone missing|been taken|left)» (?:with (?:a|an|some|this|that|her|his|their) (?:[a-z0-9]+ ){0,4}(?:man|men|guy|guys|bloke|adult|stranger|boyfriend|girlfriend|older)|and (?:isn't|is not|won't|not|hasn't|has not) (?:answering|picking up|replying|responding|home|come home|been seen))|{KID}(?: [a-z0-9']+){0,3} «(?:hasn't|has not|didn't|did not|haven't|never) (?:come|came|been|got|returned|arrived) (?:home|back)»"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'can hear a child being hurt ({m})',
    "«(?:hear|hearing|heard)» (?:a|the|my|her|his|their|next door's|the neighbours'?) (?:[a-z]+ )?(?:child|kid|kids|children|baby|toddler) (?:screaming|crying for help|being hit|being hurt|being beaten|begging)"),
  rule(E, ['immediate-danger'], 'can hear someone calling for help ({m})',
    "(?:hear|hearing|heard|listening to) (?:a |the |my |our |someone|somebody|her|him|them|next door's |the neighbours'? )?(?:[a-z']+ ){0,2}«(?:screaming|shouting|crying|calling|yelling) (?:for help|help|rape|murder|stop)»|(?:hear|hearing|heard) (?:[a-z']+ ){0,3}«(?:being hit|being beaten|being hurt|being attacked|begging (?:him|her|them) to stop)»"),
];

// ---------------------------------------------------------------------------
// High: needs a person soon.

const HIGH_RULES: readonly RiskRule[] = [
  // Domestic abuse, by a partner or family member.
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})', '{REL_DA} {G2}«(?:{HARM})» (?:{OBJ})'),
  rule(H, ['violence'], 'describes being tied up or restrained ({m})',
    "«(?:tied|ties|tying|taped|tapes|handcuffed|chained|gagged)» (?:me|her|him|us|them|my [a-z]+)(?: up)?|(?:i was|i've been|she was|he was|been|being|got) «(?:tied up|tied|taped up|handcuffed|chained|gagged)»"),
  rule(H, ['domestic-abuse', 'violence'], 'describes strangulation ({m})',
    '«hands? (?:round|around|on) (?:my|her|his|their) (?:neck|throat)»|«(?:strangl|strangel|throttl)»[a-z]*|«chok(?:ed|es|ing)» (?:me|her|him|them|us)(?! (?:up|with emotion))|«chocked» (?:me|her|him)'),
  rule(H, ['violence', 'domestic-abuse'], 'mentions injuries ({m})',
    '(?:has|had|got|with|covered in|full of|seen|noticed|saw) (?:[a-z]+ )?«(?:bruises|bruising|a black eye|black eyes|a split lip|marks on (?:her|his|my) (?:neck|arms|face|body)|finger ?marks)»(?! (?:from|after) (?:football|rugby|the gym|training|a fall|falling))'),
  rule(H, ['violence'], 'describes someone being hurt ({m})',
    '(?:{SPRON}|{UNK}|{POSS}(?: {FILLER}){0,2} {OTHER_PERSON}) (?:{G2})?«(?:{HARM})» (?:{OBJ})'),
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})',
    '(?:{SPRON}|{REL}) (?:{G2})?«(?:abuses|abused|abusing|is abusive|was abusive|gets violent|got violent|is violent|was violent|turns violent|gets physical|got physical|gets rough|beats? on)» (?:me|us|her|him|them|to me|towards me|{OBJ})?|{REL_DA} (?:{G3})?(?:and )?«(?:violent|abusive)»(?! (?:films?|games?|crime|offenders?))|«(?:abusive|violent|controlling|coercive) (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|stepdad|household|home|family)»'),
  rule(H, ['domestic-abuse'], 'describes being abused ({m})',
    "(?:i'm|i am|im|i've been|i have been|i was|she's|she is|she was|he's|he is|he was|been|being|getting|got) (?:physically |emotionally |mentally |verbally |financially |psychologically |domestically )?«(?:abused|beaten|battered|hit|beaten up|beat up|knocked about)»(?! (?:by (?:a|the) (?:car|van|bus|ball|cyclist|lorry|vehicle)|at|in|on|\\d|by (?:a|the|our|their) (?:team|side|rivals|opposition)))"),
  rule(H, ['domestic-abuse'], 'discloses domestic abuse ({m})',
    "(?:experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|victim of|going through|living with|living in|subjected to|escap(?:e|ed|ing)|fleeing|fled|dealing with|get(?:ting)? away from|happening to (?:me|us|her|him)|i'm in|i am in|i was in|we're in|she's in|she is in|he's in|stuck in|trapped in|left|leaving|survived|help (?:with|for|me with)|support (?:with|for)) (?:an? )?(?:ongoing |long term |years of |serious |physical |emotional |financial |economic |psychological |coercive )?«(?:domestic (?:abuse|violence)|abusive relationship|abusive marriage|dv|a domestic)»",
    { framable: true }),
  rule(H, ['domestic-abuse'], 'mentions domestic abuse ({m})', '«domestic (?:abuse|violence)»|«abusive relationship»', { framable: true }),
  rule(H, ['domestic-abuse'], 'is afraid of a partner or family member ({m})',
    "«(?:afraid|scared|frightened|terrified|fearful|petrified|scared stiff|bricking it)» (?:of |about )?(?:what )?(?:{REL}|him|her|them|he(?:'ll| will| might| would|'d| could| is going to| may)|she(?:'ll| will| might| would|'d| could| is going to| may)|they(?:'ll| will| might| would|'d| could| are going to| may))"),
  rule(H, ['domestic-abuse'], 'is afraid to go home ({m})',
    "«(?:afraid|scared|frightened|terrified)» (?:to go|of going) (?:back )?home|«walking on eggshells»|(?:don't|do not|dont) «feel safe» (?:at home|in (?:my|the|our) (?:own )?(?:home|house|flat))|«(?:afraid|scared|frightened|terrified)» (?:to|of) (?:leave|leaving) (?:him|her|them|my)"),
  rule(H, ['domestic-abuse'], 'has fled or is hiding from a partner ({m})',
    "«(?:fled|escaped|ran away from|had to leave|moved to a refuge|in a refuge|at a refuge|staying in a refuge|need a refuge|need (?:a )?safe (?:place|house))» (?:from )?(?:{REL}|him|her|them|home|the house)?|(?:{SPRON}|{REL})(?:'ll| will| might| is going to| are going to|'s going to) «(?:find|come after|track|hunt) (?:me|us)»"),

  // Coercive control.
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    '«(?:checks|checking|checked|goes through|going through|went through|reads|reading|monitors|monitoring|tracks|tracking|tracked|controls|controlling|controlled|takes|took|taking|keeps|kept|hides|hid|smashed|smashes|steals|stole|stealing)» (?:all |all the |the |all my |all our )?(?:my |our |her |his )?(?:phone(?! (?:number|bill|contract))|mobile|messages|texts|emails|money|bank|bank card|bank cards|bank account|cards?|finances|wages|benefits|pension|salary|location|spending|passport|keys|car keys|every move|documents|id)'),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:have|has|got) «to ask» (?:him|her|them) (?:for|before|if|permission|every)|(?:not|never|isn't|is not|aren't|are not|wasn't|weren't) «allowed» (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend)|«keep(?:s|ing)?» (?:a |her |him |them |people |women |girls )?(?:[a-z]+ )?(?:locked (?:in|up)|prisoner|captive)|(?:tells|told|telling|decides|decided) (?:me|her|him) «(?:who|what|where|when|how)» (?:i|she|he) (?:can|can't|am allowed|'m allowed|is allowed|could|couldn't|should|should be|have to|has to|must|wear|see|go)|(?:won't|doesn't|does not|wont|doesnt|didn't|will not|never) «(?:let|lets|allow|allows)» (?:me|her|him|us|{OBJ}) (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend|open)|(?:i'm|i am|im|she's|she is|he's|he is|we're|we are) «not allowed» (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend)|«(?:stops|stopped|stopping)» (?:me|her|him|us) (?:from )?(?:seeing|going|working|leaving|talking|speaking|visiting|contacting|having|getting)"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "«(?:locks|locked|lock|locking)» (?:me|her|him|us) (?:in|out|up)|«(?:isolat[a-z]*|cut(?:s|ting)? (?:me|her|him) off from|gaslight[a-z]*)» (?:me|her|him|us|my|his|from)?|«controls» (?:everything|me|her|him|what i|what she|what he|who i|who she)|«(?:makes|made|making)» (?:me|her|him) (?:ask (?:for|permission)|account for|beg|feel (?:worthless|stupid|useless|like nothing|crazy|mad)|hand over)|«puts?» (?:me|her|him) down (?:all the time|constantly|every day|in front)|«(?:calls|calling|called)» (?:me|her|him) (?:worthless|useless|fat|ugly|stupid|pathetic|a (?:slag|slut|whore|bitch|waste))|«threatens?» (?:to )?(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter)|«threatens?» to (?:kick|throw) (?:me|us|her|him) out|«(?:tracks|tracking|tracked)» (?:me|her|him|where i|where she|where he)|«(?:took|taken|takes|taking|take) out» (?:a |loans?|credit cards?|debts?|finance|phones?|contracts?)(?: [a-z]+)? in (?:my|her|his) name|(?:if|unless) (?:i|she|he) «(?:tell|tells|told|report|reports|call|calls|go to|went to|leave|leaves)» (?:anyone|anybody|the police|someone|people|him|her)(?: [a-z']+){0,3}$"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'mentions coercive control ({m})', '«coercive»(?: and)? control[a-z]*', { framable: true }),

  // Stalking and harassment.
  rule(H, ['stalking'], 'says they are being stalked ({m})',
    "(?:{SUBJ}|i'm|i am|im|i've|i have|i was|been|being|getting|got) (?:{G2})?«(?:stalked|stalking (?:me|us|her|him|my)|stalks (?:me|us|her|him))»|(?:my|our|her|his|their|a|the) (?:[a-z]+ )?«stalker»|«cyber ?stalk»[a-z]*|«(?:tracker|tracking device|tracking app|airtag|air tag|gps|tile|spyware|spy app)» (?:on|in|under|onto) (?:my|her|his|our) (?:car|bag|phone|coat|van|bike|laptop|keys)|«(?:lets?|letting|let) (?:himself|herself|themselves) (?:in|into)» (?:my|our|her|his)|«(?:going|goes|went|comes|coming|came|creeping|creeps|crept|sneaking|sneaks|sneaked) into» (?:my|her|his|their|the kids'|the children's|the girls'|the boys') (?:[a-z']+ ){0,2}(?:room|bedroom|bed)(?: at night| when| while)?|(?:comes|coming|came|walks|walked) into (?:my|our|her) (?:flat|house|room|home|bedroom) «without» (?:asking|permission|knocking)|(?:comes|came|coming|walks|walked|creeps|crept|gets|got) (?:in|into (?:my|the|her|his) (?:room|bedroom|bathroom|bed))(?: [a-z']+){0,3} «(?:when|while)» (?:i'm|i am|i was|she's|she is|she was|he's|he is|we're|we are) (?:asleep|sleeping|in bed|in the (?:shower|bath)|naked|getting (?:changed|dressed)|undressed)|«(?:put|puts|hid|hidden|installed|planted|fitted)» (?:a |hidden |secret |some )?(?:camera|cameras|tracker|recording device|bug|listening device|spyware|tracking app|spy app|app) (?:in|on|into|under) (?:my|our|her|his)|(?:has been|have been|'s been|'ve been|is|keeps|kept) «(?:watching|filming|recording|photographing)» (?:me|her|him|us)(?: [a-z']+){0,3}(?: through| from| when| without| in my| at night| every)?|«(?:know|knows|knew|got|has|have|found)» (?:my|our|her|his) (?:address|postcode|new address|home address)|«waiting for» (?:me|her|him) (?:after|outside|when|at|every)"),
  rule(H, ['stalking'], 'mentions stalking ({m})', '«stalk»(?:ing|ed|er|ers|s)?', { framable: true }),
  rule(H, ['stalking'], 'says they are being followed ({m})',
    "«follow(?:s|ed|ing)? (?:me|us|her|him|my [a-z]+)» (?:home|everywhere|to (?:work|school|college|the shops|my|her|his|the)|around|about|from|in (?:his|her|their|a) (?:car|van)|again|every)|«followed» (?:me |us |her |him )?home|(?:been|being|getting|keep getting|was|were|got) «followed»|(?:keeps?|kept|always|constantly|still) «(?:following|watching|filming|photographing)» (?:me|us|her|him|my)|«follows» (?:me|us|her|him)|(?:has been|have been|'s been|'ve been) «following» (?:me|us|her|him|my)"),
  rule(H, ['stalking', 'harassment'], 'says someone keeps turning up ({m})',
    "(?:keeps?|kept|always|constantly|still|keep on|keeps on) «(?:turning|turns|showing|shows|coming|comes|hanging|waiting|sitting|sat|parking|driving|walking|banging)» (?:up|round|over|around|by|past|outside|at|on)|«(?:turns|turned|turning|shows|showed|showing|shown) up» (?:at|outside|uninvited|unannounced|where|again|every|everywhere|to my)|«(?:drives|drove|driving|walks|walked|walking|sits|sat|sitting|parks|parked|parking|waits|waited|waiting|hangs around|hanging around|lurking|lurks)» (?:past |outside |around |by |near |at the end of |across from )(?:my|our|her|his|the) (?:house|home|flat|work|school|place|street|road)(?: every| all| most| at night| again| constantly)|«(?:sits|sat|sitting|waits|waited|waiting|lurks|lurking) outside» (?:my|our|her|his) (?:house|home|flat|work|school|place)|«(?:know|knows|knew|found out|find out|finding out|asking|asked|asks|trying to find out|wants to know|want to know) where» (?:i|we|she|he|they|my [a-z]+|the kids|our kids|the children)(?:'ve| have| has|'s)? (?:live|lives|living|work|works|am|are|go|goes|sleep|sleeps|park|parks|go to school|goes to school|moved|moved to|staying|stay)|«(?:left|leaves|leaving|sent|sends|sending)» (?:[a-z]+ )?(?:flowers|notes|gifts|letters|presents|things|cards|dead [a-z]+) (?:on|at|outside|through|to) (?:my|our|her|his) (?:door|doorstep|car|house|flat|home|work|letterbox)"),
  rule(H, ['harassment', 'stalking'], 'describes unwanted contact that will not stop ({m})',
    "(?:won't|wont|will not|doesn't|does not|never|can't|cant) «stop» (?:{CONTACT_VERB}|following|harassing|bothering|pestering|hassling|coming (?:round|over|to)|turning up|showing up|stalking|watching|threatening|abusing|sending|knocking|banging)|(?:won't|wont|will not|refuses to|refusing to) «(?:leave|go|get out)»(?: (?:my|the|our) (?:house|flat|property|home|garden|doorstep))?$|(?:won't|wont|will not|doesn't|does not|never) «(?:leave (?:me|us|her|him|my [a-z]+) alone|go away|take no for an answer|accept (?:it's|it is|that it's|that it is) over|let (?:me|her|him) go)»|(?:keeps?|kept|constantly|always|still|continually|repeatedly|keep on|keeps on|non stop|nonstop) «{CONTACT_VERB}»(?: me| us| her| him| my)?(?!(?: me| us| her| him)? (?:about|to (?:ask|check|arrange|sort|say)|re) (?:the |our |my )?(?:kids|children|pick ?ups?|arrangements|contact|maintenance|bills?|work|rent|money he owes|the house sale|dinner|plans))|«{CONTACT_VERB}» (?:me|us|her|him) (?:constantly|all the time|every day|non stop|nonstop|day and night|all day|all night|hundreds of times|again and again|from (?:new|different|fake|private|withheld) (?:numbers|accounts|profiles))|(?:hundreds|dozens|loads|hundred|\\d{2,}) (?:of )?«(?:messages|texts|calls|missed calls|emails|voicemails)»|(?:new|different|fake|multiple|burner) «(?:accounts|numbers|profiles|phones) to» (?:contact|message|text|call|reach|find|harass|abuse|watch)|«blocked» (?:him|her|them|his|their) (?:[a-z]+ )?(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just )?(?:keeps|keep|uses|use|makes|make|finds|find|gets|messages|texts|calls|contacts|carries|carry|creates|create)|«silent» (?:phone )?calls"),
  rule(H, ['harassment'], 'describes harassment ({m})',
    "«(?:harass|harrass|haras|harras)»[a-z]* (?:me|us|her|him|them|my|our)|(?:being|been|getting|got|was|were|i'm|i am|im|i've been|feel) «(?:harass|harrass|haras|harras)»[a-z]*|«intimidat(?:ing|ed|es|e)» (?:me|us|her|him|them|my)|(?:being|been|feel|feeling|i'm|i am) «intimidated»|(?:being|been|getting|got|was|were) (?:[a-z]+ and )?«(?:threatened|bullied and threatened|threatened and bullied)»|(?:threatening|abusive|nasty|horrible|vile|sexual|explicit|disgusting|threating|threatning) «(?:messages|texts|calls|letters|notes|voicemails|emails|comments|posts)»|«(?:threatens|threatened|threatening|threatning|threatend|threating)» (?:me|us|my|her|him|them)(?! with (?:legal|court|a solicitor|solicitors|eviction|the bailiffs|bailiffs|a fine|the sack|disciplinary|a ccj))|«kill yourself»|«kys»|(?:shouts?|shouting|screams?|screaming|yells?|yelling|swears?|swearing|hurls?|hurling) «abuse» (?:at )?(?:me|us|her|him|my)|(?:shouts?|shouting|screams?|screaming|yells?|yelling|swears?|swearing) (?:at )?(?:me|us|her|him) (?:[a-z]+ ){0,3}«(?:every day|every time|all the time|constantly|whenever|every night|in the street)»|(?:post|posts|posted|posting|share|shares|shared|sharing|put|puts|putting) (?:my|our|her|his) «(?:address|details|number|phone number|location|home|photos?|pictures?|pics)» (?:online|on|everywhere|all over)|(?:fake|false) «(?:profiles?|accounts?)» (?:of|pretending|in my name|as me|using my)|(?:spreading|spreads|spread|posting|posted) «(?:lies|rumours|rumors) about» (?:me|us|her|him)|«won't leave» (?:me|us|her|him) alone|«online abuse» (?:from|by)|(?:threw|thrown|throwing|throws|chucked|chucking|lobbed) (?:a |some |[a-z]+ )?«(?:brick|bricks|stone|stones|rock|rocks|bottle|bottles|paint|firework|fireworks|petrol bomb)» (?:through|at|into|over) (?:my|our|the|her|his) (?:window|windows|door|house|car|flat)|(?:post|posts|posting|posted|shared|sharing|telling people|told people|tells people) (?:[a-z']+ ){0,2}«where» (?:i|we|she|he) (?:live|lives|work|works)|(?:sending|sends|sent) (?:me|her|him|us|my [a-z]+) (?:death )?«threats»"),
  rule(H, ['harassment'], 'mentions harassment ({m})', '«(?:harass|harrass|haras|harras)(?:ment|ing|ed)»', { framable: true }),

  // Threats to kill or harm.
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    '«(?:threat(?:en|ens|ened|ening|end|ning|s)?|threatning|threating)» (?:me |us |her |him |them |my [a-z]+ )?(?:that (?:he|she|they)(?:\'ll| will|\'d| would) )?(?:to |with )?(?:kill|murder|stab|shoot|hurt|harm|burn|beat|batter|smash|do (?:me|her|him|us) in|end (?:me|her|him|us)|get (?:me|her|him|us)|acid|slit|cut|break (?:my|her|his)|set fire|torch|petrol bomb|have (?:me|her|him|us) (?:killed|hurt|done)|kidnap|take (?:the|my) (?:kids|children|baby) and)'),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:said|says|saying|told (?:me|her|him|us)|texted|messaged|wrote|writes|keeps saying|swore|sworn|promised|warned (?:me|her|him|us)?|shouting|shouted|shouts|screaming|screamed|screams|yelling|yelled|yells|threatening|threatened)(?: that)? (?:{G2})?(?:he|she|they|he's|she's|they're|someone|his mates|her mates|people)(?:'ll| will|'d| would| is going to| are going to|'s going to|'re going to| gonna| was going to| were going to| could| can|'s gonna)? (?:{G1})?«(?:(?:kill|murder|stab|shoot|hurt|harm|burn|batter|beat|smash|strangle|knife|glass|poison) (?:me|us|you|her|him|them|my|our|your|the (?:kids|children|dog|dogs|cat|cats|baby|family)|everyone)|end (?:me|her|him|us)|get (?:me|her|him|us)|sort (?:me|her|him|us) out|slit|cut (?:me|her|him|us|my)|do (?:me|her|him|us) in|finish (?:me|her|him|us) off|come (?:for|after) (?:me|her|him|us)|put (?:me|her|him|us) in (?:hospital|the ground|a box)|burn (?:the|my|our) (?:house|flat|home|car))»"),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:{SPRON}|{REL}|someone|they)(?:'ll| will| would|'d|'s going to| is going to| are going to|'re going to| gonna) «(?:kill|murder|stab|shoot|hurt|harm|burn)» (?:me|us|my|her|him|them)|(?:i'll|i will|i'm going to|i'm gonna|gonna|going to) «(?:kill|murder|stab|shoot|hurt|slit|cut)» (?:you|u|ya|your)(?: [a-z]+){0,3} (?:he|she|they) (?:said|says|shouted|screamed|texted|wrote|told)|«death threats?»|«threats? (?:to|on|against)» (?:my|her|his|their) (?:life|lives)|«(?:finish|finishing)» (?:what (?:he|she|they) started|me off|her off|him off)|«(?:teach|teaching)» (?:me|her|him|us) a lesson|(?:come|coming|go|going) (?:and|to) «(?:get|find|hurt|sort|batter|do)» (?:me|her|him|us)|«(?:sort|sorting)» (?:me|her|him|us) out|«(?:make|making)» (?:me|her|him|us) pay|(?:you'll|you will|i'll make you) «(?:regret|be sorry|pay)»|(?:he|she|they)(?:'s| is| are|'re) «(?:coming|going to come) (?:for|after)» (?:me|us|her|him)|(?:he|she|they|he'll|she'll|they'll|someone)(?: will| would| gonna| going to)? «come (?:for|after|round for)» (?:me|us|her|him|my)|«(?:threatens|threatened|threatening)» to (?:burn|set fire|torch) (?:the|my|our|her|his) (?:house|flat|home|car)"),

  // Court orders and bail.
  rule(H, ['breach-of-order'], 'says a court order or bail condition was breached ({m})',
    "«(?:breach|breaches|breached|breaching|broke|broken|breaks|breaking|ignores|ignored|ignoring|violated|violating|violates|flouting|flouted)» (?:of )?(?:his|her|their|the|my|a|an|our)?(?: [a-z]+)? ?(?:restraining|non molestation|non mol|nonmolestation|protection|occupation|stalking protection|domestic abuse protection|dapo|dvpo|injunction|court|bail|harassment|criminal behaviour|no contact|protective|bail conditions|release|licence|license|probation)(?: order| orders| conditions| notice| injunction)?|(?:restraining|non molestation|non mol|protection|no contact) «order» (?:[a-z']+ ){0,6}(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just |keeps |has |'s )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|messages|texted|texts|calls|called|rang|showed|shows|was|is|sent|got|has|keep)|«(?:on bail|bail conditions)» (?:[a-z']+ ){0,6}(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|texted|called|was|is)"),

  // Sexual violence.
  rule(H, ['sexual-violence'], 'discloses sexual violence ({m})',
    "(?:was|were|been|being|got|get|i'm|i am|she's|she was|he was|they were|i've been|she's been|he's been|'ve been|'s been) (?:[a-z]+ )?«(?:raped|rapped|sexually (?:assaulted|abused|attacked|harassed|exploited)|molested|groped|touched up|spiked|drugged|indecently assaulted|sexualy (?:assaulted|abused))»|«(?:raped|rapes|raping|molested|molests|molesting|groped|gropes|groping|sexually (?:assaulted|abused|assaults|abuses|assaulting|abusing))» (?:me|us|her|him|them|my|a|someone)|(?:he|she|they|someone|somebody|{REL}|a man|a guy|a lad) (?:{G1})?«raped»|«spiked» (?:my|our|her|his) (?:drink|drinks)|«(?:expos(?:ed|ing|es) (?:himself|herself|themselves)|flash(?:ed|ing|es) (?:at )?(?:me|us|her|him|my|kids|children|people))»|«(?:touched|touches|touching|grabbed|grabs)» (?:me|her|him|my|his) (?:[a-z]+ ){0,3}(?:without|inappropriately|private|privates|down there|under|between|when (?:i|she|he) was|while (?:i|she|he) (?:was|slept)|in (?:my|her|his) sleep|against|breasts?|bum|bottom|crotch|chest|boobs|thigh|leg)|(?:made|makes|making|forced|forces|forcing|pressured|pressures|pressuring|coerced|coerces|pushed|pushes) (?:me|her|him|us) (?:[a-z]+ ){0,2}(?:to )?«(?:have sex|sleep with|do (?:sexual|stuff|things|sex)|perform|give (?:him|her|them)|into (?:sex|sleeping|sexual)|watch porn|send (?:nudes|pictures|pics|photos))»|(?:without|didn't give|did not give|never gave|no) (?:my|her|his) «consent»|(?:didn't|did not|couldn't|could not|never) «consent»|(?:sex|having sex|sexual) (?:[a-z]+ ){0,3}(?:when|while) (?:i was|she was|he was|i) «(?:asleep|sleeping|unconscious|passed out|drunk|out of it|drugged)»|«woke up» (?:and|with|to) (?:him|her|them|he|she|they|someone|a man)(?: [a-z]+){0,2} (?:having sex|on top|touching|inside)|(?:keeps?|kept|always|constantly) «(?:touching|grabbing|groping|kissing|rubbing (?:against|up against)|feeling)» (?:me|her|him|my)|(?:{SPRON}|{REL}) (?:{G1})?«(?:touches|touched|touching|fondled|fondles)» (?:me|her|him|them)(?=$| (?:and|when|at night|inappropriately|down there|in (?:my|her|his) (?:sleep|bed|room)|under|up|sexually|there|all the time))|(?:comments?|commenting|remarks?) (?:on|about) (?:my|her) «(?:body|appearance|breasts?|boobs|bum|figure|legs|chest)»|pay (?:[a-z]+ ){0,2}«(?:in other ways|in another way|with sex|in kind|with (?:my|her) body)»|«sex for» (?:rent|money|a place|drugs)|«(?:masturbat|wank|touching (?:himself|herself))»[a-z]* (?:at|in front of|to|outside|through|near|by) (?:me|my|us|her|the|our)|(?:sends|sent|sending|keeps sending) (?:me|her|him|my [a-z]+) (?:unsolicited |unwanted )?«(?:nudes|dick pics|explicit|sexual|porn|naked)»|(?:pictures?|pics?|photos?|videos?|images?) «of (?:his|their|her) (?:privates|penis|dick|genitals|private parts)»|«upskirt»[a-z]*|«indecent exposure»|«exposed (?:himself|herself) to»"),
  rule(H, ['sexual-violence'], 'mentions sexual violence ({m})',
    '(?<![a-z])«rape»(?:d|s)?|«sexual (?:assault|abuse|violence|exploitation|harassment)»|«sexually (?:assaulted|abused)»', { framable: true }),

  // Suicide and self-harm: thoughts, and acts in the past.
  rule(H, ['suicide'], 'mentions suicidal thoughts ({m})',
    "(?:kill|killing|kil|end|ending|take|taking|top|topping|hang|hanging) «{SELF_ANY}»|«end (?:it all|my life|things)»|«(?:suicidal|sucidal|suicidle)»|(?:want|wanna|wants|wanted|wish|wishing|wished) (?:to )?«(?:die|be dead|i was dead|i were dead|to not be here|i wasn't here|i wasn't alive|i was never born|i'd never been born|to disappear forever|to not wake up|not to wake up)»|(?:don't|do not|dont|doesn't|does not|no longer) «want to (?:live|be alive|be here|wake up|go on|exist|carry on)»|«no (?:point|reason)» (?:in )?(?:living|to live|going on|being alive|carrying on)|«better off» (?:dead|without me|if i was dead|if i wasn't here)|(?:can't|cannot|cant) «(?:go on|carry on|do this)» (?:any ?more|like this|living)|«not worth living»|(?:don't|do not|dont|can't|cannot|cant) «see (?:the |any )?point» (?:in |of )?(?:going on|living|carrying on|life|being here|being alive|anything|it all|trying)|(?:had enough|sick|tired) «of (?:life|living|being alive|it all)»|«i've had enough»$|(?:want|wish|need) «(?:it all|everything|the pain|this|it) to (?:stop|end|be over)»|(?:everyone|they|people|my family|family|you all|the kids|everybody)(?: [a-z']+)? (?:would|'d|will) be «(?:happier|better off|better)» (?:if i (?:wasn't|was not|weren't|was gone|wasn't here|died)|without me|when i'm gone)|«if i (?:wasn't|was not|weren't) (?:around|here|alive)»|(?:thinking|thought|thoughts) «(?:about|of) (?:dying|ending|death|not being here|jumping)»|«not wanting to (?:be here|be alive|live|wake up|go on|exist|carry on)»|(?:want|going|thinking) «to jump (?:off|in front)»"),
  rule(H, ['suicide'], 'says someone is threatening suicide ({m})',
    '«threat»[a-z]* to (?:jump|kill {SELF_ANY}|end (?:it|his life|her life|their life|it all)|overdose|take (?:an overdose|(?:his|her|their) (?:own )?life)|hang (?:himself|herself|themselves)|cut (?:himself|herself))'),
  rule(H, ['suicide'], 'mentions suicide ({m})', '«suicid»[a-z]*|«sucid»[a-z]*', { framable: true }),
  rule(H, ['self-harm'], 'mentions self-harm ({m})',
    '«self ?harm»[a-z]*|(?:harm|harming|hurt|hurting|cut|cutting|burn|burning) «(?:myself|my self|meself|herself|himself|themselves|my arms|my wrists|my legs)»|«cutting again»|(?:took|taken|take|taking|had) «an overdose»|«overdose»'),

  // Children.
  rule(H, ['child-at-risk'], 'a child may be being groomed ({m})',
    "(?:being|been|was|were|getting|is|are) «groomed»|«grooming» (?:me|her|him|them|my|our|a|the|kids|children|girls|boys)|«groomer»|«(?:older|grown|adult|grown up)» (?:man|men|lads|boys|guy|guys|stranger|person|people|woman|women|boyfriend|girlfriend)(?: [a-z']+){0,4} (?:messag[a-z]*|talking to|texting|chatting|meeting|picking (?:her|him|them) up|giving (?:her|him|them)|buying (?:her|him|them)|asking (?:her|him|them|for)|sending|snapchat[a-z]*|dating|going out with|sleeping with|seeing)|«(?:keep it (?:a )?secret|our (?:little )?secret|don't tell (?:your|anyone|mum|dad)|not to tell (?:her|his|their|anyone|mum|dad))»|(?:man|men|adult|stranger|older [a-z]+|guy|bloke|someone|somebody)(?: [a-z']+){0,8} «(?:asking|asked|asks|wants|wanting|trying|tries|tried|keeps asking|keep asking) to meet»",
    { alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten) (?:year|yr)|teen' }),
  rule(H, ['child-at-risk'], 'a child may be at risk ({m})',
    "{KID}(?: [a-z']+){0,4} (?:is|are|was|were|has been|have been|being|been|getting|gets|got) (?:[a-z]+ )?«(?:abused|hit|beaten|hurt|neglected|groomed|touched|exploited|starved|locked (?:in|up|out)|left (?:alone|on (?:their|her|his) own)|smacked|battered|assaulted|raped|trafficked|forced|made to|threatened|sexually|kicked out|thrown out|going missing|missing|coming home with|taken advantage of)»|«(?:hits|hit|beats|beat|hurts|hurt|abuses|abused|abusing|touches|touched|touching|fondling|fondled|interfering with|interfered with|smacks|smacked|batters|kicks|punches|punched|locks|starves|neglects|neglected|shakes|shook|slaps|slapped|strangles|chokes|burns|burnt)» (?:up )?(?:my|his|her|their|the|a|our) (?:[a-z]+ )?{KID}|«(?:left|leave|leaves|leaving)» (?:my|his|her|their|the|our) (?:[a-z]+ )?(?:kids|children|child|baby|babies|toddler|son|daughter) (?:home )?(?:alone|on (?:their|her|his) own|unattended)|«child» (?:sexual )?(?:abuse|exploitation|neglect|cruelty)|«(?:paedo|pedo|pedoph|paedoph|nonce)»[a-z]*|(?<![a-z])«(?:cse|cce)»(?![a-z])|(?:ask|asked|asking|forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|told|telling|getting) (?:[a-z]+ ){0,3}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}«(?:pictures|pics|photos|images|nudes|videos|naked|selfies)»|«(?:pictures|pics|photos|images|videos)» (?:[a-z]+ ){0,2}(?:to|for|with) (?:older|grown|adult) (?:men|man|people|lads)|«older» (?:boyfriend|man|men|lads|guy|boys|kids|teenagers) (?:[a-z']+ ){0,6}(?:buys|bought|gives|gave|picks|picked|takes|took|vodka|alcohol|drugs|weed|gifts|money|phone|clothes)|(?:going|goes|went|keeps going|has been going) «missing»|«coming (?:back|home) with» (?:new )?(?:phones?|clothes|money|trainers|cash|gifts|jewellery)",
    { alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten|nine|eight|seven|six|five) (?:year|yr)|teen|school|class|underage|minor' }),
  rule(H, ['child-at-risk'], 'a child may be at risk ({m})',
    "(?:i'm|i am|im|she's|she is|he's|he is) «(?:1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)»(?: years old)? and (?:he|she|they|my (?:boyfriend|girlfriend|bf|gf|partner))(?:'s| is| are) (?:1[89]|[2-9]\\d)|(?:hangs|hanging|loiters|loitering|waits|waiting|lurks|lurking|hangs about|parks|parked) (?:around |about )?«(?:outside|near|by|at)» (?:the|a|my|our|their) (?:school|schools|park|playground|nursery|youth club|school gates)|(?:tries|trying|tried) «to (?:talk to|speak to|chat to|give [a-z]+ to|get)» (?:the |young |little )?(?:girls|boys|kids|children|pupils)"),
  rule(H, ['child-at-risk', 'sextortion'], 'says someone is being forced to send images ({m})',
    '(?:forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|coerced) (?:me|her|him|them|us|my [a-z]+|[a-z]+) (?:[a-z]+ ){0,2}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}«(?:pictures|pics|photos|images|nudes|videos|naked|selfies)»|«forced to send» (?:[a-z]+ ){0,2}(?:pictures|pics|photos|images|nudes|videos)'),

  // Vulnerable adults.
  rule(H, ['vulnerable-adult'], 'a vulnerable adult may be at risk ({m})',
    "«(?:taking|taken|takes|took|stealing|stole|steals|stolen|using|uses|used|draining|drained|spending|spends|spent|emptied|emptying|empties|controlling|controls|has|had|helping (?:himself|herself) to|cleared out|cleaning out)» (?:all )?(?:of )?(?:his|her|their) (?:money|pension|savings|benefits|bank|bank card|card|cards|cash|pin|account|bank account|wages|rent|house)|«(?:scar|bull|threaten|shout|abus|hit|neglect|exploit|hurt|intimidat|manipulat|pressur|push|lock|rough)»[a-z]* (?:him|her|them)|«(?:taken|took|taking|takes) over» (?:his|her|their) (?:flat|house|home)|«(?:moved|moving)» (?:in|into (?:his|her|their) (?:flat|house|home))|«cuckoo»(?:ing|ed)?|(?:his|her|their|[a-z]+'s) (?:money|pension|savings|benefits|bank card|cash|card|bank account) (?:has been|have been|is being|are being|was|were|keeps being|'s been|gets|got) «(?:taken|stolen|used|spent|emptied|drained|withdrawn|cleared out)»|(?:he|she|they)(?:'s| is| are|'re| was| has been|'s been| seems| seem) (?:really |so |very )?«(?:scared|frightened|terrified|afraid)»|(?:being|been) «taken advantage of»",
    { alsoNeeds: "(?:elderly|old|older|aged|frail|disabled|vulnerable|blind|deaf|dementia|alzheimer[a-z]*|learning (?:disabilit[a-z]*|difficult[a-z]*)|mental health|autistic|autism|housebound|bed ?bound|wheelchair|care home|nursing home|carer|care worker|pensioner|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|\\d{2} year old (?:man|woman|lady|neighbour|dad|mum|father|mother)|in (?:his|her|their) (?:70s|80s|90s|seventies|eighties|nineties))" }),
  rule(H, ['vulnerable-adult'], 'a vulnerable adult may be at risk ({m})',
    "«(?:carer|carers|care worker|care workers|care home|nursing home|care staff)» (?:[a-z']+ ){0,3}(?:hitting|hits|hit|abusing|abuses|abused|stealing|steals|stole|taking|takes|took|neglecting|neglects|neglected|rough|shouting|shouts|pinching|slapping|slapped|hurting|hurt|bruis[a-z]*|locking|locks|leaving (?:him|her|them) (?:in|without))"),

  // Forced marriage and honour-based abuse.
  rule(H, ['forced-marriage'], 'mentions forced marriage ({m})',
    "«forc(?:ed|ing|e|es)» (?:[a-z]+ ){0,3}(?:to|into) (?:marry|marriage|get married|wed)|«forced marriage»|(?:make|making|made|makes) (?:me|her|him|us) «(?:marry|get married)»|«married» (?:off )?against (?:my|her|his|their) will|(?:taking|take|sending|send|took|sent) (?:me|her|him|us) (?:abroad|back home|to [a-z]+) (?:[a-z]+ ){0,2}«to (?:get )?married»|(?:arranged|arranging) (?:[a-z]+ ){0,4}«(?:marr[a-z]*|wedding)»(?=(?: [a-z']+)* (?:(?:don't|do not|didn't|not) want|against (?:my|her|his) will|scared|forced|refuse|no choice|threat|won't let))"),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})', '«honou?r (?:based|killing|crime|violence|abuse)»', { framable: true }),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})',
    "(?:bring|brought|bringing|brings) «(?:shame|dishonour|dishonor)» (?:on|to|upon) (?:the|my|our|their|his|her) family|«izzat»|(?:family|brothers?|father|dad|uncles?|cousins?|parents|relatives) (?:[a-z']+ ){0,4}«(?:kill|hurt|punish|disown|beat|send (?:me|her|him) away)» (?:me|her|him|us) (?:[a-z']+ ){0,5}(?:because|if|for|cos) (?:[a-z']+ ){0,5}(?:boyfriend|girlfriend|relationship|gay|lesbian|dating|shame|honour|marry|married|religion|christian|muslim|convert|left|leaving|divorce|seeing)"),

  // Exploitation and modern slavery.
  rule(H, ['exploitation', 'modern-slavery'], 'signs of exploitation or modern slavery ({m})',
    "(?:no|without|took|taken|takes|taking|kept|keep|keeps|keeping|holding|hold|holds|held|confiscated|withholding|withheld|hides|hid|locked up) (?:[a-z]+ ){0,2}«passports?»(?! (?:office|renewal|application|photo|photos|form|forms|check))|«sleep(?:s|ing)?» (?:on site|at work|in the (?:shop|warehouse|car wash|factory|kitchen|back|van|garage|salon|restaurant|field|barn)|on the floor (?:of|at) (?:the|work))|«(?:live|living|lives)» (?:on site|above the (?:shop|car wash|salon|restaurant|takeaway)|in the (?:warehouse|factory|car wash|back of the shop))|never (?:get|gets|got|been|being) «paid»|(?:aren't|isn't|don't|doesn't|not|never|barely|hardly) (?:being |getting |ever |really )?«paid» (?:anything|at all|a penny|properly|for (?:months|weeks|their work))|(?:they|workers|staff|the (?:men|women|girls|lads|workers|staff)|people)(?: [a-z']+){0,3} (?:aren't|are not|don't|do not|never|not) (?:being |getting )?«paid»|«work(?:ing|s)? for» (?:no|free|nothing|no money)|«(?:made|making|forced|forcing) to (?:work|clean|cook|look after)»|«work(?:ing|s|ed)?»(?: [a-z']+){1,6} (?:for free|for nothing|without pay|for no money|unpaid)|«no pay»|«unpaid» (?:work|labour|wages)|«forced (?:to|into)» (?:work|sell|deliver|carry|hold|move|cook|beg|steal|prostitut|sex work)|(?:made|making|forcing|forces|makes|want|wants|wanted|asking|asked|asks|told|tells|telling|getting|gets|got|paying|pays|paid|using|uses|used|recruit|recruited|recruiting) (?:me|him|her|them|us|my [a-z]+|kids|children|young (?:lads|people|kids)) (?:to )?(?:sell|deliver|carry|hold|move|run|stash|cook|drop off|take) «(?:drugs|packages|parcels|bags|stuff|weed|cocaine|crack|heroin|gear|county|things|phones)»|(?:being |been |were |was )?«given» (?:free |loads of )?(?:weed|drugs|cannabis|vapes|alcohol|booze|money|cash|phones?|trainers|gifts)(?: [a-z']+){0,3} (?:by|from) (?:older|grown|adult|some|these|local) |(?:keeps?|kept|keeping|holding|holds|held|took|takes|taken|has|have) (?:the |their |all the |our |everyone's )?(?:workers'? |staff'?s? |girls'? |men'?s? |women'?s? )?«(?:id|identity|documents|papers|passports|id documents|id cards|bank cards)»(?! (?:for|at) (?:the|a) (?:bank|office|interview))|(?:workers|staff|they|them|people|the (?:men|women|girls|lads|workers|staff)) (?:[a-z']+ ){0,4}(?:sleep|sleeping|live|living|stay|staying) (?:in|on) (?:a |the )?«(?:container|shed|van|garage|warehouse|floor|caravans?|loft|back room|basement|cellar)»|(?:being|been|was|were) «trafficked»|(?:being|been|getting|are being|is being|were|was) «exploited»|«exploiting» (?:him|her|them|me|my|vulnerable)|«debt bondage»|«(?:owe|owes|owed|owing)» (?:money to )?(?:the |some )?(?:dealers?|a dealer|gang|a gang|gangsters)|«(?:owe|owes|owed|owing)» (?:them|him) (?:money )?(?:for (?:drugs|weed|gear)|and (?:they|he)(?:'re|'s| are| is)? (?:threatening|going to|will|say|says))|(?:running|run|runs) «(?:drugs|county)»|«(?:dealers?|gangs?)» (?:[a-z]+ ){0,2}(?:using|grooming|recruiting|made|making|forcing) (?:my|him|her|them|kids|children|young)|(?:took|taken|takes|take|keeps|keeping|kept) (?:all )?(?:our|their|his|her|my) «(?:pay|wages|money)»|«gangmaster»"),
  rule(H, ['modern-slavery'], 'mentions modern slavery or trafficking ({m})',
    '«modern (?:day )?slave»(?:ry)?|«slaves»|«human trafficking»|«traffick»(?:ing|ed)|«exploitation»|«county lines»', { framable: true }),

  // Sextortion and image abuse.
  rule(H, ['sextortion'], 'says they are being blackmailed with images ({m})',
    "«blackmail»[a-z]*|«sextort»[a-z]*|«threat»[a-z]* to (?:share|post|send|leak|release|publish|put|show|upload|spread|expose) (?:[a-z']+ ){0,3}(?:pictures|pics|photos|videos|nudes|images|intimate|sex tape|video|photo|picture|naked|private)|(?:share|shared|sharing|post|posted|posting|leak|leaked|leaking|upload|uploaded|send|sent|sending|spread|spreading) (?:[a-z]+ ){0,2}(?:my|her|his|our) «(?:nudes|intimate (?:pictures|pics|photos|images|videos)|private (?:pictures|pics|photos|images|videos)|naked (?:pictures|pics|photos|images|videos)|sexual (?:pictures|pics|photos|images|videos)|sex tape)»|«revenge porn»|(?:post|share|send|leak|release|show|upload|put)(?: [a-z']+){0,5} «(?:unless|if (?:i|we) (?:don't|do not))» (?:i |we )?(?:pay|send|give|transfer)|(?:share|shared|sharing|post|posted|posting|leak|leaked|leaking|upload|uploaded|sent|spread|spreading|threatening to (?:share|post|send|leak)) (?:[a-z']+ ){0,3}«(?:private|intimate|naked|nude|sexual|explicit)» (?:pictures|pics|photos|images|videos|video|photo|picture|pic)s?(?: of (?:me|her|him|us))?|(?:pay|send (?:money|£|bitcoin|gift cards)|give (?:them|him|her) money)(?: [a-z0-9£']+){0,6} «(?:or|otherwise|unless)» (?:[a-z']+ ){0,4}(?:share|post|send|leak|show|expose|release|tell)"),

  // Hate crime.
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})',
    "«(?:racist|racial|racially|homophobic|transphobic|biphobic|disablist|ableist|antisemitic|anti semitic|islamophobic|sectarian|religious|hate)» (?:abuse|abused|attack|attacked|slurs?|comments|graffiti|threats|harassment|harassed|assault|assaulted|names|insults|incident|incidents|crime|crimes|language|messages)|(?:attacked|abused|beaten|hit|spat at|targeted|harassed|threatened|called names|picked on|insulted|chased|assaulted) (?:[a-z']+ ){0,4}«(?:because|cos|for being|for wearing|for looking)» (?:(?:i'm|i am|we're|we are|he's|she's|they're|of (?:my|our|his|her|their)|my|his|her) )?(?:[a-z]+ ){0,2}(?:black|asian|muslim|jewish|gay|lesbian|trans|transgender|disabled|polish|gypsy|traveller|sikh|hindu|bi|bisexual|queer|foreign|immigrant|colour|race|religion|sexuality|disability|skin|hijab|turban|accent|wheelchair|romanian|chinese|indian|pakistani|african|eastern european)",
    { framable: true }),
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})',
    '(?:getting|got|been|being|receiving|received|suffering|subjected to|experiencing) (?:[a-z]+ )?«(?:racist|racial|homophobic|transphobic|disablist|antisemitic|islamophobic|sectarian|hate)» (?:abuse|attacks?|slurs|comments|threats|harassment|messages|graffiti|crime)'),

  // Violence outside the home.
  rule(H, ['violence'], 'describes being assaulted ({m})',
    "(?:i|we|i've|we've|he|she|they|{REL}) (?:{ADV} )?(?:was|were|got|been|have been|has been|'ve been|'s been|had been|being) (?:{ADV} )?«(?:attacked|assaulted|assulted|assalted|asaulted|atacked|attaked|beaten(?: up)?|beat up|stabbed|punched|glassed|mugged|jumped|headbutted|kicked(?! out| off)|battered|strangled|strangeled|choked|shot(?! down| at dawn)|kidnapped|abducted|robbed at (?:knife|gun) ?point|set upon|knocked (?:out|unconscious|down)|spat at|bottled|hospitalised|put in hospital|pushed|slapped|threatened)»(?!(?: over| down| off)? by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|car|van|bus|ball|cyclist|lorry|vehicle|taxi|bike|horse|bee|wasp|insect|seagull))"),
  rule(H, ['violence'], 'describes being assaulted ({m})',
    '(?:{SUBJ}|{UNK}) (?:{G1})?«(?:attacked|assaulted|stabbed|punched|glassed|mugged|jumped|headbutted|kicked|battered|strangled|choked|shot|bottled|spat at|spat on|beat up|beat me|knocked (?:me|her|him) (?:out|down))» (?:me|us|him|her|them|my|our)'),
  rule(H, ['violence'], 'mentions a stabbing or shooting ({m})', '«stabbing»|«shooting»|«stabbed»|«acid attack»', { framable: true }),
  rule(H, ['violence'], 'says someone was assaulted ({m})',
    '(?:someone|somebody|a (?:man|woman|lad|girl|boy|guy|teenager|student|pensioner)) (?:was|were|got|has been|had been) «(?:attacked|assaulted|beaten(?: up)?|beat up|stabbed|punched|glassed|mugged|jumped|shot|kidnapped|abducted)»',
    { framable: true }),
];

// ---------------------------------------------------------------------------
// Welsh.

const WELSH_RULES: readonly RiskRule[] = [
  rule(E, ['intruder', 'immediate-danger'], 'says someone is breaking in ({m})',
    "(?:yn|'n|wrthi'n|wrthi yn|ceisio|trio|trial|treio) «(?:torri|dorri|thorri) (?:i )?mewn»|«torri (?:i )?mewn»(?: [a-z']+){0,4} (?:nawr|rwan|rwan hyn|ar hyn o bryd)|(?:ceisio|trio|trial|treio) «(?:dod|ddod|cael|gael) (?:i )?mewn»"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is in their home now ({m})',
    "«(?:rhywun|rhywrai|dyn|dynion|pobl|lleidr|lladron|person|dieithryn|dieithriaid)»(?: dieithr)? (?:yn cuddio |yn sefyll |yn aros )?(?:yn|'n|tu allan|tu fas|y tu allan|wrth) (?:i'r |i'm |y |yr |fy |ein |yn y |yn fy |'r )?(?:ty|nhy|dy|thy|fflat|ngardd|gardd|ardd|drws|nrws|ffenest|ffenestr|lofft|llofft|gegin|cegin|lolfa|stafell|ystafell|garej)|«(?:clywed|glywed|clywaf)» (?:rhywun|rhywrai|pobl|dyn|dynion|traed|lleisiau|swn rhywun)"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "{CY_SUBJ}(?:'n| yn) {CY_ME} «{CY_HIT}»|(?:yn|'n) «ymosod» (?:arna|arnaf|arnon|arnom|arni|arno|arnyn|ar fy|ar ei|ar y)|«newydd» {CY_ME} {CY_HIT}|wedi {CY_ME} «(?:nhrywanu|drywanu|thrywanu|saethu)»|(?:ddim yn|byth yn) «stopio» {CY_HIT}"),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    "(?:ganddo|ganddi|ganddyn|ganddynt|gyda|gydag|efo|hefo|gafael mewn|dal|chwifio|cario|gan)(?: nhw| o| hi| e| fe| fo)? (?:[a-z']+ ){0,2}«(?<m>{CY_KNIFE})»"),
  rule(E, ['immediate-danger'], 'says someone is in danger now ({m})',
    "«mewn perygl»|«ofn am fy» (?:mywyd|bywyd)|(?:dw i|dwi|rydw i|rwy|rwyf|dw i'n|dwi'n) «ddim yn ddiogel»|«ddim yn saff»"),
  rule(E, ['suicide', 'immediate-danger'], 'says they will act on suicide now ({m})',
    "(?:mynd i|am|ar fin|yn mynd i|'n mynd i) «(?:ladd|lladd) (?:fy|ei) hun»|(?:mynd i|am|ar fin) «(?:gymryd|cymryd)» (?:fy |y |yr )?(?:holl )?(?:dabledi|tabledi|pils|bils)|(?:mynd i|am|ar fin) «(?:neidio|neud amdana i|wneud amdana i|gwneud amdana i)»"),
  rule(E, ['suicide', 'self-harm', 'immediate-danger'], 'says they have taken an overdose ({m})',
    '(?:wedi |newydd )?(?:cymryd|gymryd|llyncu|lyncu) (?:fy |yr |y |llwyth o |lot o |gormod o |pob |yr holl |fy holl |holl )?(?:holl )?«(?:dabledi|tabledi|pils|bils|moddion|foddion|paracetamol|cyffuriau|gyffuriau)»|«gorddos»'),
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    "{CY_SUBJ}(?:'n| yn) (?:fy|ein) «(?:nilyn|dilyn|ddilyn)»(?! (?:ers|bob|drwy'r amser|ar (?:facebook|instagram|lein)))"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing or in danger now ({m})',
    "(?:plentyn|mhlentyn|phlentyn|plant|mhlant|babi|mabi|mab|fab|merch|ferch)(?: i| ni)? (?:[a-z']+ ){0,2}«(?:mewn perygl|ar goll|wedi diflannu)»"),
  rule(E, ['immediate-danger'], 'says they are hiding from someone ({m})',
    '«(?:cuddio|yn cuddio)» (?:rhagddo|rhagddi|rhagddyn|oddi wrtho|oddi wrthi|yn y|yn yr|yn fy)'),

  rule(H, ['domestic-abuse'], 'discloses domestic abuse ({m})',
    "«(?:dioddef|ddioddef|profi|byw gyda|byw efo|dianc rhag|ffoi rhag)»(?: [a-z']+){0,2} (?:cam drin|gam drin|camdrin|trais)|(?:yn|wedi|'n) (?:fy|ein|ei) «(?:ngham drin|nghamdrin|cham drin|gam drin|camdrin|cam drin)»"),
  rule(H, ['domestic-abuse'], 'mentions domestic abuse ({m})', '«(?:cam drin|camdrin|gam drin) (?:domestig|yn y cartref)»|«trais domestig»', { framable: true }),
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})', "{CY_ME} «{CY_HIT}»|«(?:taro|curo|brifo|cicio) (?:fi|fi'n|mi)»(?![a-z])"),
  rule(H, ['domestic-abuse'], 'is afraid of a partner or family member ({m})',
    "«ofn» (?:fy |ar fy |o fy )?{CY_PARTNER}|«ofn beth» (?:wnaiff|wneith|neith|fydd|wnaeth)|«ofn mynd» (?:adref|adra|nol|'n ol)|«ofn» (?:fo|fe|o|e|hi|nhw)(?![a-z])|(?:mae )?«arna i ofn» (?:o|e|fo|fe|hi|nhw|fy|ei)"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:yn|'n) (?:fy|ein) «rheoli»|«rheoli» (?:fy|popeth|pob)|(?:gwirio|edrych ar|edrych drwy|mynd drwy|darllen) fy «(?:ffon|negeseuon|nhecsts)»|«ddim yn gadael i mi»|«ddim yn cael» (?:gweld|mynd|gadael|siarad)|(?:cymryd|cadw) fy «(?:arian|nghyflog|ngherdyn|mhasbort|ffon|allweddi)»"),
  rule(H, ['stalking'], 'says they are being stalked ({m})',
    "(?:yn|'n|wedi|cael) (?:fy|ein|ei) «stelc»[a-z]*|(?:fy|ein|ei) «(?:nilyn|dilyn|ddilyn)» (?:adref|adra|i'r gwaith|o'r gwaith|bob|ym mhobman|i bobman|ers)|«stelciwr»"),
  rule(H, ['stalking'], 'mentions stalking ({m})', '«stelc»[a-z]*', { framable: true }),
  rule(H, ['harassment'], 'describes harassment ({m})',
    '«aflonyddu» (?:arna|arnaf|arnon|arni|arno|arnom)|«negeseuon» (?:bygythiol|cas|di ri)|«galwadau» (?:bygythiol|cas|di ri)|«(?:dal i|yn dal i|byth yn stopio|ddim yn stopio|ddim yn gadael llonydd)» (?:anfon|gyrru|ffonio|ngalw|galw|dod|i mi|imi)?|(?:yn|wedi) fy «(?:mygwth|bygwth)»'),
  rule(H, ['harassment'], 'mentions harassment ({m})', '«aflonyddu»', { framable: true }),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "«(?:bygwth|fygwth|mygwth)» (?:fy |ein |ei |y |i )?(?:lladd|ladd|mrifo|brifo|frifo|niweidio|nhrywanu|trywanu|llosgi)|(?:am|mynd i|yn mynd i) (?:fy|ein) «(?:lladd|ladd|mrifo)»|(?:y bydd|bydd|y gwnaiff|gwnaiff|y gwneith|gwneith|y gwnan|am|mynd i) (?:o|e|fe|fo|hi|nhw)(?:'n| yn)? (?:fy|ein) «(?:lladd|ladd|mrifo|brifo|nhrywanu)»|(?:o|e|fe|fo|hi|nhw)(?:'n| yn) (?:mynd i )?(?:fy|ein) «(?:lladd|ladd)»"),
  rule(H, ['sexual-violence'], 'discloses sexual violence ({m})',
    '(?:fy|ei|ein) «(?:nhreisio|threisio|dreisio)»|«treisiwyd»|wedi «(?:treisio|dreisio)»|«ymosod» (?:arna i |arnaf |arni )?yn rhywiol|«cyffwrdd» (?:a )?(?:fi|mi|ynof|ynddi)|«cyffwrdd yn amhriodol»'),
  rule(H, ['sexual-violence'], 'mentions sexual violence ({m})', '«treisio»|«trais rhywiol»|«ymosodiad rhywiol»|«cam drin rhywiol»', { framable: true }),
  rule(H, ['suicide', 'self-harm'], 'mentions suicidal thoughts or self-harm ({m})',
    '(?:lladd|ladd) «(?:fy|ei) hun»|(?:niweidio|brifo|frifo|anafu|torri) «(?:fy|ei) hun»|«hunan ?niwed»[a-z]*|(?:eisiau|isio|moyn) «marw»|(?:dim|ddim) (?:eisiau|isio|moyn) «(?:byw|bod yma|bod yn fyw)»|«dim pwynt byw»'),
  rule(H, ['suicide'], 'mentions suicide ({m})', '«hunanladdiad»|«hunan laddiad»', { framable: true }),
  rule(H, ['forced-marriage'], 'mentions forced marriage ({m})',
    '«priodas» (?:dan orfod|orfodol|gorfodol)|(?:fy |ei |ein )?«(?:ngorfodi|gorfodi|orfodi)» (?:i |fi i |fi |mi i )?(?:briodi|priodi)|«gwneud i mi briodi»'),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})', '«cywilydd ar» (?:y|fy|ein) teulu|«dwyn cywilydd»|(?:trais|cam drin) «ar sail anrhydedd»'),
  rule(H, ['breach-of-order'], 'says a court order or bail condition was breached ({m})',
    "torri(?:'r| y| ei| eu)? «(?:gorchymyn|orchymyn|amodau|amod|gwaharddeb|waharddeb)»"),
  rule(H, ['child-at-risk'], 'a child may be at risk ({m})',
    "«cam drin plant»|(?:plentyn|plant|mab|fab|merch|ferch|mhlentyn|mhlant|wyres|wyr)(?: [a-z']+){0,3} «(?:cael (?:ei|eu) (?:gam drin|cham drin|cam drin|guro|churo|brifo|frifo|daro|tharo)|meithrin perthynas amhriodol)»|«meithrin perthynas amhriodol»"),
  rule(H, ['exploitation', 'modern-slavery'], 'signs of exploitation or modern slavery ({m})',
    '«caethwasiaeth»|«masnachu pobl»|«camfanteisio»|«cam fanteisio»|«llinellau sirol»', { framable: true }),
  rule(H, ['sextortion'], 'says they are being blackmailed with images ({m})', '«blacmel»[a-z]*|«bygwth rhannu» (?:lluniau|fideos|fy lluniau|fy fideos)'),
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})', '«trosedd casineb»|«cam drin hiliol»|«hiliol»|«homoffobig»', { framable: true }),
];

const RULES: readonly RiskRule[] = [...EMERGENCY_RULES, ...HIGH_RULES, ...WELSH_RULES];

// ---------------------------------------------------------------------------
// Cues: not disclosures by themselves, but they turn one into an emergency.

function cue(kind: CueKind, source: string): Cue {
  return { ...phrase(source, `${kind} cue`), kind };
}

const CUES: readonly Cue[] = [
  // Someone is there, or on the way, now.
  cue('present',
    "(?:{SUBJ}|{THREAT_SUBJ})(?:'s|'re| is| are)(?: still| now| right now| currently| just| back| actually)? (?:(?:standing|stood|sat|sitting|parked|waiting|lurking|hanging around|loitering|hiding|banging|knocking|hammering|kicking|shouting|screaming|watching|staring|filming|circling|driving (?:up and down|round|past)|looking (?:in|through)) )?«(?:{PLACE}|here(?! (?:for|to help))|(?:there|out there|outside|out the front|out the back|downstairs|upstairs|inside) (?:right now|now|again|still)|in the (?:house|flat))»"),
  cue('present',
    "(?:{SUBJ}|{THREAT_SUBJ}|(?:a|the|his|her|their|same|that) (?:car|van|vehicle))(?: [a-z']+){0,5} (?:pulled up|parked up|parked|pulling up|stopped|standing|stood|waiting|sat|sitting|appeared|turned up|lurking) (?:right |just )?«(?:behind|next to|beside|outside|opposite|across from|near|in front of)» (?:me|us|my (?:car|house|flat|home|door|window)|our (?:car|house|flat|home)|the house)"),
  cue('present',
    "(?:is|are|'s|'re) (?:still |now |currently |just )?«(?:sat|sitting|parked|standing|stood|waiting|lurking|hanging around|watching|staring|hiding)»(?: [a-z']+){0,4} (?:outside|opposite|across from|at the end of|near|in|at) (?:my|our|the|me)|«hiding» (?:somewhere )?(?:in|inside|upstairs|downstairs|outside)|«still» (?:here|there|out there|out the (?:front|back)|outside|inside|in (?:the|my|our) [a-z]+|downstairs|upstairs|at (?:the|my) (?:door|window)|around|nearby|parked|waiting|watching|following|behind me|in the area|sat|sitting|standing|lurking|hanging around)"),
  cue('present',
    "«on (?:his|her|their|the|my) way» (?:over|round|around|here|back|home|to (?:me|mine|my|the house|our|get|find))|«(?:coming|heading|driving)» (?:over|round|around|here|back|home|to (?:my|mine|our|the house|get me|find me)|for (?:me|us)|after (?:me|us))|«just (?:turned up|arrived|shown up|showed up|pulled up|come round|came round|got here|walked in|come in|come back|got back|got home|let himself in|let herself in|broken in)»|(?:{SUBJ}|{THREAT_SUBJ})(?:'s|'ve| has| have) «(?:turned up|shown up|showed up|arrived|come round|appeared|got in|let (?:himself|herself|themselves) in)»(?! (?:at|to) (?:the|a|an) (?:meeting|appointment|office|court|station|interview))"),
  cue('present',
    '«(?:watching|following|filming|staring at|waiting for|outside)» (?:me|us|my (?:house|flat|home|window)|the house)(?: right now| now| as i (?:type|write|speak)| at the moment)|«as i (?:type|write|speak|message)»(?: this)?|(?:i )?«can (?:hear|see)» (?:him|her|them|he\'s|she\'s|they\'re|my ex|my stalker|his car|her car|their car|the car|the man|the guy|someone)'),
  cue('present',
    "(?:mae |ma )?(?:o|e|hi|nhw|fo|fe) «(?:yma|tu allan|tu fas)»(?: nawr| rwan)?|{CY_SUBJ}(?:'n| yn) «(?:dod|dod yn ol|dod nol|dod 'n ol|ar ei ffordd|ar eu ffordd|tu allan|tu fas|yma|wrth y drws)»|«ar (?:ei|eu) ffordd» (?:yma|draw|'ma)|«dal» (?:yma|yno|yn y ty|tu allan)|«(?:yma|tu allan) (?:nawr|rwan)»"),
  // Strictly now: turns threats and attacks into emergencies.
  cue('now',
    '«(?:right now|as we speak|as i (?:type|write|speak)|at this (?:moment|minute|second)|tonight|in a (?:minute|min|bit|second|sec)|when (?:he|she|they) (?:gets?|comes?) (?:home|back|in)|nawr|rwan|heno)»'),
  // Soon: turns thoughts of suicide or self-harm into an emergency.
  cue('imminent',
    "«(?:right now|as we speak|tonight|this (?:evening|afternoon|morning|weekend)|today|now|in a (?:minute|min|bit|few minutes|few mins|hour)|in (?:an hour|\\d+ (?:minutes|mins|hours))|soon|after (?:this|i send)|goodbye|on (?:the|a|top of the|the edge of the) (?:bridge|motorway bridge|roof|edge|ledge|tracks|train tracks|railway|railway line|cliff|multi storey|car park roof|balcony)|(?:got|have|'ve got) (?:the )?(?:rope|pills|tablets|blade|noose) (?:ready|here)|nawr|rwan|heno|heddiw)»"),
];

const THREAT_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>([
  'weapon', 'intruder', 'violence', 'stalking', 'harassment', 'domestic-abuse', 'coercive-control', 'sexual-violence',
  'threat-to-kill', 'breach-of-order', 'child-at-risk', 'honour-based-abuse', 'hate-crime', 'immediate-danger',
]);
const NOW_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>([
  'violence', 'threat-to-kill', 'weapon', 'sexual-violence', 'child-at-risk', 'domestic-abuse', 'intruder', 'breach-of-order',
]);
const SELF_TOPICS: ReadonlySet<RiskTopic> = new Set<RiskTopic>(['suicide', 'self-harm']);

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

function firstHit(rule: RiskRule, clause: Clause, message: Message): Hit | null {
  if (rule.framable && clause.isTalkAbout) return null;
  if (rule.alsoNeeds !== null && !message.mentions(rule.alsoNeeds)) return null;
  const { pattern } = rule;
  const text = clause.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
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
  const { pattern } = c;
  const text = clause.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
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
