import { maxLevel, type RiskAssessment, type RiskLevel, type RiskTopic } from './risk-assessment';
import { normaliseForScreening } from './normalise-text';

/*
 * The local risk screen: phrase rules over normalised text, in English and
 * Welsh. It runs on every message before any dialog, so it must be fast,
 * deterministic, and able to say why it raised an alarm.
 *
 * How a message is read:
 *   1. It is cut into clauses at sentence punctuation and commas, and each
 *      clause is normalised (normalise-text.ts).
 *   2. Every rule is tried on every clause. A match is dropped when, for that
 *      span only, it is an idiom ("my feet are killing me"), negated ("I'm not
 *      in danger"), a generic hypothetical ("if someone is followed...") or,
 *      for bare topic words, policy or news talk ("stalking advocates").
 *   3. Cues that are not disclosures by themselves ("he's outside", "right
 *      now", "tonight", a shouted HELP) raise what was found to an emergency.
 * Rules speak about people generally (he/she/they, partner, ex, dad, carer,
 * "my sister's boyfriend"), so third-party disclosures count as disclosures.
 */

type Alarm = Exclude<RiskLevel, 'none'>;

interface RiskRule {
  readonly level: Alarm;
  readonly topics: readonly RiskTopic[];
  /** Read by staff; `{m}` becomes a short fragment of what matched. */
  readonly reason: string;
  readonly pattern: RegExp;
  /** A bare topic word: policy, news or general-question framing means it is not a disclosure. */
  readonly framable: boolean;
  /** Something that must also be said somewhere in the message. */
  readonly alsoNeeds: RegExp | null;
  /** Emergency only while it is happening: said of the past or as a habit, it is high. */
  readonly nowOnly: boolean;
}

type CueKind = 'present' | 'imminent' | 'now';

interface Cue {
  readonly kind: CueKind;
  readonly pattern: RegExp;
}

// ---------------------------------------------------------------------------
// Vocabulary. Patterns below refer to these as {NAME}; they are expanded once
// when the module loads.

const VOCAB: Readonly<Record<string, string>> = {
  PARTNER:
    "(?:ex ?(?:partner|husband|hubby|wife|boyfriend|girlfriend|fiance|fiancee|bf|gf)|partner|husband|hubby|wife|boyfriend|boyfreind|girlfriend|fiance|fiancee|spouse|other half|missus|fella|feller|bloke|man|baby ?father|baby ?dad|baby ?daddy|baby ?mum|baby ?mother|kids'? (?:dad|father|mum|mother)|children's (?:dad|father|mum|mother)|ex)",
  FAMILY:
    '(?:step ?dad|step ?father|dad|daddy|father|step ?mum|step ?mother|mum|mummy|mam|mom|mother|(?:step |half )?brother|(?:step |half )?sister|step ?son|step ?daughter|son|daughter|uncle|aunt|auntie|aunty|grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny|grandma|grandmother|cousin|nephew|niece|parents|family|in ?laws|(?:father|mother|brother|sister|son|daughter) in law|grandson|granddaughter|grandchild|twin)',
  OTHER_PERSON:
    "(?:carer|care worker|neighbour|neighbor|neighbours|landlord|landlady|flatmate|housemate|lodger|boss|manager|supervisor|colleague|coworker|co worker|friend|mate|teacher|coach|tutor|stalker|abuser|attacker|rapist|pimp|dealer|date|pastor|priest|imam)",
  RELWORD: '(?:{PARTNER}|{FAMILY}|{OTHER_PERSON})',
  POSS: '(?:my|me|our|her|his|their|your|ma)',
  FILLER:
    "(?:[a-z]+'s|[a-z]+s'|mums|mams|moms|dads|sisters|brothers|friends|nans|grans|exs|partners|wifes|husbands|girlfriends|boyfriends|daughters|sons|cousins|aunties|uncles|new|old|former|current|violent|abusive|controlling|drunken|drunk|estranged|elderly|older|younger|little|big|best|so called|possessive|jealous|ex|late|real|birth|foster|adoptive|own|twin|oldest|eldest|youngest|disabled|vulnerable)",
  REL: '{POSS}(?: {FILLER}){0,2} {RELWORD}',
  REL_DA: '{POSS}(?: {FILLER}){0,2} (?:{PARTNER}|{FAMILY})',
  SPRON: "(?:he|she|they|he's|she's|they're|they've|he'd|she'd|they'd)",
  UNK: "(?:someone|somebody|some one|some (?:man|men|lads|guy|guys|bloke|blokes|people|woman|youths|kids)|an? (?:man|woman|guy|bloke|lad|girl|stranger|group(?: of [a-z]+)?|gang|person|youth|intruder|burglar|older man|old man|couple of (?:men|lads|guys|people))|two men|2 men|three men|men|lads|guys|youths|strangers|intruders?|burglars?|(?:the|this|that) (?:man|men|guy|lad|lads|bloke|woman|person|people|intruder|burglar|gang|stalker|attacker|lads)|gang members|(?:the |a |this )?(?:man|men|woman|lad|lads|guy|bloke|people|family|couple|youths) (?:from )?(?:next door|upstairs|downstairs|across the road|over the road|opposite|across the landing|down the road|number \\d+))",
  THREAT_SUBJ: '(?:{UNK}|(?:{POSS}|the|^)(?: {FILLER})? ?(?:ex(?: [a-z]+)?|stalker|abuser|attacker|rapist|ex partner))',
  SUBJ: '(?:{SPRON}|{REL}|{UNK})',
  KID:
    "(?:child|children|kid|kids|baby|babies|toddler|son|daughter|step ?son|step ?daughter|grandson|granddaughter|grandchild|grandchildren|nephew|niece|boy|girl|little (?:boy|girl|one|brother|sister)|pupil|student|teenager|teen|\\d+ ?(?:year|yr) old|[a-z]+ year old|\\d+ ?yo)",
  OBJ: "(?:me|us|him|her|them|myself|{REL}|(?:{POSS}|the|a|their|next door's) (?:[a-z]+ )?{KID})",
  BE: "(?:'s|'re|'m| is| are| am| was| were)",
  NOW_BE: "(?:'s|'re|'m| is| are| am)(?: still| now| right now| currently| just| actually)?",
  // Up to N words that are not negations, so "he never hits me" is not "he hits me".
  G1: "(?:(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ )?",
  G2: "(?:(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ){0,2}",
  G3: "(?:(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ){0,3}",
  G4: "(?:(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ){0,4}",
  G6: "(?:(?!(?:not|never|no|nobody|nothing)\\b)(?![a-z]+n't\\b)[a-z0-9']+ ){0,6}",
  HOME_IN:
    '(?:house|home|flat|apartment|bedroom|room|kitchen|loft|attic|garden|back garden|front garden|garage|hallway|hall|building|landing|stairwell|living room|lounge|bathroom|caravan|hotel room)',
  PLACE:
    "(?:(?:outside|at|by|in front of|across from|opposite|near|round|around|behind|in|inside|on|through|up) (?:my|our|me|the|mum's|mams|my mum's) (?:front |back |bedroom |kitchen |living room |bathroom )?(?:house|home|flat|door|doorstep|window|windows|gate|garden|drive|driveway|car|work|workplace|office|school|kids' school|place|bedroom|room|street|road|close|building|landing|stairs|letterbox|hallway|hall|kitchen|loft|shed|garage|bus stop)|across the (?:road|street)|down the (?:road|street)|at the end of (?:my|the|our) (?:road|street|garden|drive)|on (?:my|the|our) doorstep|in the (?:house|flat|building|garden|loft|kitchen|next room|other room|hall|hallway|car park)|behind me|next to me|near me|next door)",
  WEAPON:
    '(?:zombie knife|stanley knife|kitchen knife|knife|knives|blade|blades|machete|machetes|gun|guns|handgun|pistol|shotgun|rifle|firearm|firearms|baseball bat|cricket bat|bat|bats|hammer|axe|hatchet|crowbar|crow bar|acid|weapon|weapons|sword|swords|screwdriver|broken bottle|glass bottle|iron bar|metal bar|golf club|taser|crossbow|petrol|cleaver|scissors|shank|knuckle ?dusters?|box cutter)',
  NOT_SPORT: '(?! (?:licen[cs]e|certificate|club|for (?:clay|shooting|work|farming|hunting|sport|cooking|diy)|crime|amnesty|bin|collection))',
  DET: "(?:a|an|the|his|her|their|some|two|2|my|this|that|these|those|another)",
  WADJ: "(?:big|massive|huge|large|long|small|kitchen|carving|bread|stanley|samurai|baseball|cricket|metal|iron|wooden|broken|sharp|loaded|real|fake|air|hand|sawn off|massive|bloody)",
  HARM:
    "(?:hit|hits|hitting|beat|beats|beating|beaten|batter|batters|battered|battering|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|strangle|strangles|strangled|strangling|strangeled|choke|chokes|choked|choking|chocked|throttle|throttles|throttled|throttling|headbutt|headbutts|headbutted|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|hurt|hurts|hurting|harm|harms|harmed|harming|bite|bites|bit|biting|burn|burns|burnt|burned|burning|stab|stabs|stabbed|stabbing|attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting|assulted|spat at|spits at|spit at|spitting at|pin|pins|pinned|pinning|drag|drags|dragged|dragging|throws (?:things|stuff) at|threw (?:things|stuff|a [a-z]+) at|grab|grabs|grabbed|grabbing|shake|shakes|shook|shaking|suffocate[a-z]*|smother[a-z]*|whack[a-z]*|thump[a-z]*|wallop[a-z]*|batter[a-z]*|knock[a-z]* (?:me|her|him|them) (?:out|about|around|down)|beat[a-z]* (?:me|her|him|them|us) up|lays? (?:his|her|their) hands on|laid (?:his|her|their) hands on|put (?:his|her|their) hands (?:on|round|around)|puts (?:his|her|their) hands (?:on|round|around)|strangl[a-z]*)",
  ATTACK_ING:
    '(?:hitting|beating|punching|kicking|strangling|choking|throttling|stabbing|attacking|assaulting|battering|hurting|smacking|slapping|headbutting|dragging|suffocating|smothering|raping|beating up|stamping on|jumping on|laying into|going for|strangeling)',
  CONTACT_VERB:
    '(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|email(?:s|ed|ing)?|e mail(?:s|ed|ing)?|contact(?:s|ed|ing)?|dm(?:s|ed|ing)?|snapchat(?:s|ted|ting)?|whatsapp(?:s|ed|ing)?|writ(?:e|es|ing) to|sen(?:d|ds|t|ding) (?:me |her |him )?(?:messages|texts|letters|gifts|flowers|emails|things|stuff))',
  PILLS:
    "(?:pills|tablets|paracetamol|paracetamols|co codamol|codeine|meds|medication|medicine|antidepressants|sleeping (?:pills|tablets)|insulin|painkillers|ibuprofen|aspirin|sertraline|diazepam|valium|tramadol|morphine|methadone|pill|tablet|prescription)",
  SELF: '(?:myself|my self|meself|my own life|my life)',
  SELF_ANY: '(?:myself|my self|meself|himself|herself|themselves|themself|my own life|my life|his (?:own )?life|her (?:own )?life|their (?:own )?life)',
  // Welsh, with the mutations a word takes after "fy", "ei" and friends.
  CY_HIT:
    '(?:nharo|taro|daro|tharo|nghuro|curo|guro|churo|mrifo|brifo|frifo|mhwnio|pwnio|bwnio|phwnio|nhagu|tagu|dagu|thagu|nghicio|cicio|gicio|chicio|nhrywanu|trywanu|drywanu|thrywanu|mwrw|bwrw|fwrw|slapio|nyrnu|dyrnu)',
  CY_KNIFE: '(?:cyllell|gyllell|chyllell|nghyllell|gwn|wn|ngwn|dryll|ddryll|nryll|bat|fat|machete|morthwyl|forthwyl|bwyell|fwyell|asid|arf|arfau|harf|cleddyf|gleddyf)',
  CY_PARTNER:
    '(?:ngwr|gwr|wr|ngwraig|gwraig|wraig|mhartner|partner|bartner|phartner|nghariad|cariad|gariad|chariad|nghyn (?:bartner|gariad|wr|wraig)|cyn (?:bartner|gariad|wr|wraig|partner|gwr)|gyn (?:bartner|gariad|wr|wraig)|nhad|tad|dad|mam|fam|mrawd|brawd|frawd|chwaer|nheulu|teulu)',
  CY_ME: '(?:fy|ein|ei)',
  CY_SUBJ: "(?:o|e|hi|nhw|fe|fo|rhywun|dyn|rhywrai|mae o|mae e|mae hi|mae nhw|ma fe|ma fo)",
};

function expand(source: string, depth = 0): string {
  if (depth > 6) throw new Error(`risk-screen: vocabulary nests too deeply in ${source.slice(0, 40)}`);
  const out = source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (whole, name: string) => {
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

function compile(source: string): RegExp {
  return new RegExp(`(?:(?<![a-z0-9'])|(?='))(?:${tolerateDoubles(expand(source))})(?![a-z0-9])`, 'g');
}

interface RuleOptions {
  readonly framable?: boolean;
  readonly alsoNeeds?: string;
  readonly nowOnly?: boolean;
}

function rule(level: Alarm, topics: readonly RiskTopic[], reason: string, source: string, options: RuleOptions = {}): RiskRule {
  return {
    level,
    topics,
    reason,
    pattern: compile(source),
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
    "{THREAT_SUBJ}{NOW_BE} (?:hiding |lurking |standing |walking around )?(?:in|inside|upstairs in|downstairs in|in the back of) (?:my|our|the|me|mum's) {HOME_IN}"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is in their home now ({m})',
    "(?:there's|there is|there are|there're|theres) (?:a |an |some |two |2 |three |3 |a few |several |a couple of )?(?:someone|somebody|man|men|woman|people|stranger|strangers|intruder|intruders|burglar|burglars|lads|group(?: of [a-z]+)?|person|someone else) (?:hiding |standing )?(?:in|inside|upstairs in|downstairs in) (?:my|our|the|me) {HOME_IN}"),
  rule(E, ['intruder', 'immediate-danger'], 'can hear someone in the home ({m})',
    "(?:can|could|just) (?:hear|heard) (?:someone|somebody|people|a man|men|voices|footsteps|him|her|them|noises|someone's|somebody's) (?:{G2})?(?:downstairs|upstairs|inside|in (?:my|the|our) {HOME_IN}|moving|walking|trying|breaking|smashing|at the (?:back|front) door|outside my (?:window|bedroom|door))"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is breaking in ({m})',
    'breaking in(?:to)?|(?:trying|tried|try) to (?:break|get|force (?:their|his|her|a) way|force|kick|smash|climb|come) (?:in|into|through|(?:my|the|our) (?:front |back )?(?:door|window)s?)(?! (?:my|the|a|his|her) (?:car|van|shed|garage))'),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is forcing their way in ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} (?:banging|hammering|pounding|kicking|trying|rattling|forcing|smashing|breaking|booting|shouldering|trying to open) (?:on |at |through |down |in )?(?:my|the|our) (?:front |back |bedroom |bathroom )?(?:door|doors|window|windows|letterbox|door handle|handle)"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is forcing their way in ({m})',
    '(?:kicking|smashing|forcing|breaking|booting) (?:down |in )?(?:my|the|our) (?:front |back |bedroom |bathroom )?(?:door|doors|window|windows)(?: in| down)'),
  rule(H, ['intruder'], 'says someone has broken in ({m})',
    "[a-z]+(?:'s|'ve| has| have) (?:just )?(?:broken|broke|got|smashed (?:their|his|her) way|forced (?:their|his|her) way) in(?:to (?:my|our|the) (?:house|home|flat))?(?! (?:my|our|the|his|her) (?:car|van|shed|garage|allotment|locker))", { nowOnly: false }),
  rule(E, ['intruder', 'immediate-danger'], 'says someone has just broken in ({m})',
    "just (?:broken|broke|got|smashed their way|forced their way) in(?:to)?|[a-z]+(?:'s|'ve| has| have) broken in (?:and|but) (?:{G2})?(?:still|here|inside|upstairs|downstairs)"),

  // Someone who is a threat, near them now.
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    "{THREAT_SUBJ}{NOW_BE}(?: (?:[a-z]+ing|parked|sat|stood|stopped|pulled up|camped)){0,2} (?:{PLACE}|here(?! (?:for|to))|outside(?! (?:the|a) [a-z]+))"),
  rule(H, ['intruder'], 'describes someone trying doors or windows ({m})',
    "trying (?:all )?(?:the |my |our |people's |car )?(?:car )?(?:door handles|doors|windows|handles|door)(?: [a-z]+){0,2}"),
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    "(?:now|right now|and now|and) {SPRON}{NOW_BE}(?: [a-z]+ing){0,2} (?:{PLACE}|out there|outside)"),
  rule(E, ['immediate-danger', 'stalking'], 'says someone who frightens them is outside now ({m})',
    "{SPRON}{NOW_BE}(?: [a-z]+ing){0,2} (?:outside|at (?:my|our|the) (?:front |back )?(?:door|window)|in front of (?:my|our|the) (?:house|flat|home))(?: (?:my|our|the|me) (?:front |back |bedroom )?(?:window|windows|door|house|flat|home))? (?:right now|now|again)"),

  // Weapons.
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}|one of them|one)(?:{BE}| has| have| had|'s got| has got| have got|'ve got|'d| got)?(?: just| still| now| also| even)? (?:{G2})?(?:got|has|have|had|holding|held|carrying|carries|carried|waving|waved|brandishing|brandished|pulled|pulling|pulls|pointing|pointed|points|wielding|armed with|took out|taking out|takes out|grabbed|grabbing|grabs|picked up|picking up|came at (?:me|us|him|her|them) with|coming at (?:me|us|him|her|them) with|threatening (?:me|us|him|her|them|my [a-z]+) with|threatened (?:me|us|him|her|them|my [a-z]+) with|threatens (?:me|us|him|her|them|my [a-z]+) with|hiding|hides|keeps|keep|owns|put|held up)(?: out| up| round)? (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?(?<m>{WEAPON}){NOT_SPORT}"),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    '(?:{SUBJ}|{THREAT_SUBJ}) {G6}with (?:{DET} )?(?:{WADJ} )?(?:[a-z]+ )?(?<m>{WEAPON}){NOT_SPORT}'),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    '(?<m>(?:knife|blade|gun|machete|axe|knives|scissors|pistol|screwdriver)) (?:to|against|at|in|into|on) (?:my|his|her|their|your|our) (?:throat|neck|head|face|chest|back|side|stomach|belly|ribs)|at (?:knife|gun) ?point|(?:knife|gun)point'),
  rule(E, ['weapon', 'immediate-danger'], 'mentions shots being fired ({m})',
    "shots? (?:fired|being fired)|gun ?shots?|gunfire|shooting at (?:me|us|people|the house|my|our|cars)|[a-z]+(?:'s|'re| is| are) shooting (?:outside|in the street|at|everywhere|people)|(?:been|got|was|were|being|just) shot|(?:he|she|they|someone|somebody) (?:just )?shot (?:me|him|her|them|my|someone)"),
  rule(E, ['weapon', 'immediate-danger'], 'says someone is armed ({m})', "{SUBJ}{NOW_BE} (?:armed|tooled up)"),
  rule(E, ['weapon', 'immediate-danger'], 'mentions an acid or arson attack ({m})',
    "(?:throw|throwing|threw|chuck|chucking|spray|spraying|sprayed) (?:[a-z]+ )?acid|(?:pour|pouring|poured|splash|splashing|splashed) (?:[a-z]+ )?petrol|(?:set|setting|trying to set|tried to set) (?:fire|light) to (?:my|our|the|his|her) (?:front |back )?(?:house|home|flat|door|car|letterbox|room|bin|shed)|(?:my|our|the) (?:house|home|flat|door|room) is on fire|petrol through (?:my|the|our) letter ?box"),

  // Attacks happening now or just happened.
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    '{SUBJ}{NOW_BE} (?:{ATTACK_ING}|smashing|trashing|wrecking) (?:on )?(?:{OBJ}|the (?:house|place|flat)|everything|the door)'),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:and|but|now) (?:is |'s |are |'re )?(?:still )?(?:{ATTACK_ING}|dragging|chasing|grabbing) (?:{OBJ})|(?:{SUBJ}{NOW_BE}|and|and is|and now|and he's|and she's|and they're) (?:[a-z]+ )?(?:smashing|trashing|wrecking|breaking|throwing|destroying) (?:the (?:house|place|flat|kitchen|room)|everything|things|stuff|my (?:stuff|things))"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:won't|wont|will not|can't|cant|doesn't|does not) stop (?:{ATTACK_ING}) (?:{OBJ})"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "(?:i'm|i am|im|we're|we are|{REL}(?:'s| is| are)|{SPRON}(?: is| are)?|someone is|someone's|(?:a|the) (?:man|woman|boy|girl|lad|child|kid) is) (?:being|getting) (?:attacked|assaulted|stabbed|strangled|choked|kidnapped|abducted|raped|beaten up|beat up|battered|mugged|robbed|chased|held hostage|held captive|held against (?:my|her|his|their) will|jumped|glassed|shot at)"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "{SUBJ}{NOW_BE} (?:trying|tryna|going) to (?:kill|strangle|stab|choke|suffocate|smother|drown|shoot|run (?:me|us|him|her) over|hurt|rape|drag|take) (?:me|us|her|him|them|my|our)"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "{SUBJ}{NOW_BE} (?:chasing|grabbing|dragging) (?:me|us|her|him|my|our)"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack that has just happened ({m})',
    "just (?:been )?(?:{HARM}|thrown|threw|flung|chucked|raped|mugged|robbed|glassed|shot|jumped|threatened (?:me|us|him|her) with|kidnapped|abducted|tried to|smashed|set on|beat (?:me|her|him|us) up)(?: (?:{OBJ}|across|into|against|down|over|through|out|to|on))?"),
  rule(E, ['immediate-danger'], 'says they are trapped now ({m})',
    "(?:blocking|blocked|standing in|stood in) (?:the|my|our) (?:door|doorway|way out|exit|front door|stairs)|(?:can't|cannot|cant|can not) get out(?! of (?:bed|debt|the contract|my contract|my lease|the lease|this|it|the habit|the car park))(?= |$)"),
  rule(E, ['violence', 'immediate-danger'], 'describes a stabbing, shooting or kidnapping ({m})',
    "[a-z]+(?:'s|'ve| has| have) (?:just )?been (?:stabbed|shot|glassed|kidnapped|abducted|taken hostage|raped)|(?:{SUBJ}) (?:{G1})?(?:has |have |'s |'ve )?(?:just )?(?:stabbed|shot|kidnapped|abducted|snatched) (?:{OBJ})"),
  rule(E, ['violence', 'immediate-danger'], 'says they are shut in by someone ({m})',
    "(?:has|have|'s|'ve|just) locked (?:me|us|her|him|them|my [a-z]+) (?:in|up)|(?:{SUBJ}){NOW_BE} holding (?:me|us|her|him|them|my [a-z]+) (?:hostage|captive|against)|won't let (?:me|us|her|him) (?:leave|out|go) (?:now|right now|the house|the flat|the room|tonight)"),
  rule(E, ['immediate-danger'], 'says they are hiding from someone ({m})',
    "hiding (?:from (?:him|her|them|my|the)|in (?:the|my|a) (?:bathroom|bedroom|wardrobe|cupboard|loft|toilet|shed|garage|car|attic))|locked (?:myself|ourselves|us) in|barricaded"),

  // Danger now, said outright.
  rule(E, ['immediate-danger'], 'says someone is in danger now ({m})',
    "(?:i'm|i am|im|we're|we are|i feel|i think i'm|i think i am|i might be|{REL}(?:'s| is| are)|{SPRON}(?:'s|'re| is| are)?|someone is|someone's|somebody is|(?:the|my|our) (?:kids|children|baby|family) (?:are|is)|(?:my|our|her|his) li(?:fe|ves) (?:is|are)|could be|may be|might be) (?:{G1})?in (?:immediate |real |serious |grave |great |big )?danger(?! of)|^in (?:immediate |real )?danger|(?:i'm|i am|im|we're|we are|i feel) (?:{G1})?(?:not safe|unsafe)(?! (?:driving|on the roads|crossing))|(?:scared|afraid|frightened|terrified|fear|fearing|fearful) for (?:my|our|her|his|their) (?:life|lives)"),
  rule(H, ['immediate-danger'], 'says they do not feel safe ({m})', "(?:don't|do not|dont|never|no longer) feel safe|(?:i'm|i am|im) scared (?:to death|for my safety|for (?:my|our) kids)|fear for my safety"),
  rule(E, ['immediate-danger', 'threat-to-kill'], 'fears being killed now ({m})',
    "(?:{SPRON}|{REL}|someone|somebody|they)(?:'s| is| are|'re)? (?:actually |really |definitely )?(?:going to|gonna|about to) (?:kill|murder|stab|shoot|strangle) (?:me|us|my|him|her|them)"),
  rule(E, ['immediate-danger'], 'asks for police or an ambulance now ({m})',
    "(?:call|ring|phone|get|send) (?:the )?(?:police|999|an ambulance|ambulance|cops|help) (?:now|quick|quickly|asap|as soon as possible|urgently|right now|immediately)|send (?:the )?(?:police|an ambulance|help)(?: please| now| quick|$)|send (?:someone|somebody) (?:now|quick|quickly|asap|urgently|right now)|(?:need|needs) (?:the )?(?:police|an ambulance|help) (?:now|quick|quickly|urgently|asap|right now|as soon as possible|immediately)"),

  // Being followed now.
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    "(?:{SUBJ}|{THREAT_SUBJ}){NOW_BE} (?:following|chasing|tailing) (?:me|us|her|him|my [a-z]+)(?! (?:on|online|everywhere|all the time|for (?:weeks|months|years|ages)))"),
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    "(?:i'm|i am|im|we're|we are|i think i'm|i think i am|{REL}(?:'s| is)) being (?:followed|chased|tailed)(?! (?:on|online|everywhere|all the time|for (?:weeks|months|years|ages)))"),

  // Suicide or self-harm, now.
  rule(E, ['suicide', 'immediate-danger'], 'says they will act on suicide now ({m})',
    "(?:going to|gonna|about to|'m going to|am going to|ready to|decided to|i'll|i will|i'm gonna|tonight i) (?:{G1})?(?:kill {SELF_ANY}|end (?:{SELF}|it all|it(?! (?:with|here|there|at that|for (?:now|today)|now))|things(?! with)|everything(?! (?:with|here))|my own life)|take (?:my|his|her|their) (?:own )?life|top (?:myself|himself|herself)|hang (?:myself|himself|herself)|jump (?:off|in front|from|of)|overdose|od|take (?:all )?(?:my|the|these|those|all the) {PILLS}|slit my wrists|cut my wrists|kill my ?self|throw (?:myself|himself|herself) (?:off|under|in front)|jump(?=$| (?:tonight|now|today|soon)))"),
  rule(E, ['suicide', 'self-harm', 'immediate-danger'], 'says they have taken an overdose ({m})',
    "[a-z']+ (?:just |already )?(?:taken|took|had|done|swallowed) (?:an )?(?:overdose|od)|(?:hanged|hung) (?:himself|herself|themselves|myself)|found (?:him|her|them|my [a-z]+) (?:hanging|unconscious|unresponsive|not breathing)|overdosed|overdosing|(?:has|have|'s|'ve|just|i) od'?d|(?:taken|took|swallowed|had|necked|downed|eaten|ate) (?:all|a lot|lots|loads|a load|a bunch|a handful|handfuls|a whole (?:packet|box|bottle|strip|pack)|whole (?:packet|box|bottle|strip|pack)s?|two packets|packets|boxes|a bottle|a box|a packet|a strip|\\d{2,}|twenty|thirty|forty|fifty|too many|all of|every one of|the rest of) (?:of )?(?:[a-z']+ ){0,3}{PILLS}"),
  rule(E, ['immediate-danger'], 'says someone is unconscious or not breathing ({m})',
    "(?:isn't|is not|not|won't|wont|can't|cannot) (?:waking up|wake (?:him|her|them) up|breathing|responding)|unconscious|unresponsive|(?:can't|cannot|cant) breathe(?! (?:with|because of) (?:the|this|stress))"),
  rule(E, ['self-harm', 'immediate-danger'], 'says they are badly hurt by self-harm now ({m})',
    "(?:cut|slit|slashed|sliced|stabbed) (?:myself|my wrists?|my arms?|my legs?|herself|himself|her wrists?|his wrists?)(?: [a-z']+){0,6} (?:won't|wont|will not|can't|cant|doesn't|does not) stop(?: bleeding)?|(?:bleeding|blood) (?:won't|wont|will not|can't|cant) stop|so much blood|losing (?:a lot of |loads of )?blood|bleeding (?:a lot|badly|heavily|everywhere|loads)|cut (?:myself|my wrists?|my arms?) (?:really |too |very |so )?(?:deep|badly|bad)"),
  rule(E, ['self-harm', 'immediate-danger'], 'says someone is harming themselves now ({m})',
    "(?:{SUBJ}|i)(?:'s|'m| is| am| are|'re)(?: still| now)? (?:cutting|harming|hurting|burning|stabbing) (?:myself|herself|himself|themselves|my self)(?! (?:again|lately|recently|for|since|most|every|a lot))|(?:locked|shut) (?:herself|himself|themselves|myself) in (?:the|my|her|his|a) (?:bathroom|bedroom|toilet|room|car|garage)"),
  rule(E, ['suicide', 'immediate-danger'], 'has the means ready ({m})',
    "(?:got|have|'ve got|saved|saving|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|lined up|counted out) (?:up )?(?:all |enough |some )?(?:of )?(?:my |the |these |her |his )?(?:[a-z]+ )?{PILLS}(?: [a-z']+){0,3} (?:ready|lined up|saved up|to take|in front of me|out)|(?:taking|take|swallow|swallowing|going to take|gonna take|'ll take) (?:them|all of them|the lot|it all|all of it)(?: [a-z]+)? (?:tonight|now|today|right now|in a (?:bit|minute))", { alsoNeeds: '{PILLS}|overdose' }),
  rule(E, ['suicide', 'immediate-danger'], 'says goodbye or has a plan ready ({m})',
    "(?:this is|it's|this will be) (?:my )?(?:last|final) (?:message|goodbye|night|day|text)(?! (?:about|on|regarding|to you|before|until|for (?:today|now|this)|of the day|at work|in the office|of term|of the holiday|of my holiday))|goodbye (?:everyone|forever|world|all)|(?:written|wrote|writing|left) (?:a|my) (?:suicide )?note|(?:got|have|'ve got|has got) the (?:rope|pills|tablets|knife|blade|noose) (?:ready|here|with me|in my hand)|won't be (?:here|alive|around) (?:tomorrow|in the morning|by (?:tonight|tomorrow|morning))"),

  // Children in danger now.
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing or in danger now ({m})',
    "(?:my|our|a|the|her|his|their) (?:[a-z]+ )?{KID}(?:'s| is| has| has been| have| 's been| was)? (?:gone |just gone |been )?(?:missing(?! (?:school|lessons|classes|out|you|his|her|me|work|the bus|a [a-z]+))|not breathing|been taken|been abducted|been snatched|snatched|in danger)|(?:snatched|abducted|kidnapped|grabbed|taken) (?:my|our|a|the) (?:[a-z]+ )?{KID}(?: (?:from|off|away|in|at|outside|and))"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing ({m})',
    "{KID}(?: [a-z0-9']+){0,3} (?:has |have |'s |is )?(?:run off|run away|ran off|ran away|gone off|disappeared|gone missing|been taken|left) (?:with (?:a|an|some|this|that|her|his|their) (?:[a-z0-9]+ ){0,4}(?:man|men|guy|guys|bloke|adult|stranger|boyfriend|girlfriend|older)|and (?:isn't|is not|won't|not|hasn't|has not) (?:answering|picking up|replying|responding|home|come home|been seen))|{KID}(?: [a-z0-9']+){0,3} (?:hasn't|has not|didn't|did not|haven't|never) (?:come|came|been|got|returned|arrived) (?:home|back)"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'can hear a child being hurt ({m})',
    "(?:hear|hearing|heard) (?:a|the|my|her|his|their|next door's|the neighbours'?) (?:[a-z]+ )?(?:child|kid|kids|children|baby|toddler) (?:screaming|crying for help|being hit|being hurt|being beaten|begging)"),
];

// ---------------------------------------------------------------------------
// High: needs a person soon.

const HIGH_RULES: readonly RiskRule[] = [
  // Domestic abuse, by a partner or family member.
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})',
    '{REL_DA} {G2}(?:{HARM}) (?:{OBJ})'),
  rule(H, ['domestic-abuse', 'violence'], 'describes strangulation ({m})',
    "hands? (?:round|around|on) (?:my|her|his|their) (?:neck|throat)|(?:strangl|strangel|throttl)[a-z]*|chok(?:ed|es|ing) (?:me|her|him|them|us)(?! (?:up|with emotion))|chocked (?:me|her|him)"),
  rule(H, ['violence', 'domestic-abuse'], 'mentions injuries ({m})',
    "(?:has|had|got|with|covered in|full of|seen|noticed|saw) (?:[a-z]+ )?(?:bruises|bruising|a black eye|black eyes|a split lip|marks on (?:her|his|my) (?:neck|arms|face|body)|finger ?marks)(?! (?:from|after) (?:football|rugby|the gym|training|a fall|falling))"),
  rule(H, ['violence'], 'describes someone being hurt ({m})',
    '(?:{SPRON}|{UNK}|{POSS}(?: {FILLER}){0,2} {OTHER_PERSON}) (?:{G2})?(?:{HARM}) (?:{OBJ})'),
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})',
    "(?:{SPRON}|{REL}) (?:{G2})?(?:abuses|abused|abusing|is abusive|was abusive|gets violent|got violent|is violent|was violent|turns violent|gets physical|got physical|gets rough|beats? on) (?:me|us|her|him|them|to me|towards me|{OBJ})?|(?:abusive|violent|controlling|coercive) (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|stepdad|household|home|family)"),
  rule(H, ['domestic-abuse'], 'describes being abused ({m})',
    "(?:i'm|i am|im|i've been|i have been|i was|she's|she is|she was|he's|he is|he was|been|being|getting|got) (?:physically |emotionally |mentally |verbally |financially |psychologically |domestically )?(?:abused|beaten|battered|hit|beaten up|beat up|knocked about)(?! (?:by (?:a|the) (?:car|van|bus|ball|cyclist|lorry|vehicle)|at|in|on|\\d|by (?:a|the|our|their) (?:team|side|rivals|opposition)))"),
  rule(H, ['domestic-abuse'], 'discloses domestic abuse ({m})',
    "(?:experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|victim of|going through|living with|living in|subjected to|escap(?:e|ed|ing)|fleeing|fled|dealing with|get(?:ting)? away from|happening to (?:me|us|her|him)|i'm in|i am in|i was in|we're in|she's in|she is in|he's in|stuck in|trapped in|left|leaving|survived|help (?:with|for|me with)|support (?:with|for)) (?:an? )?(?:ongoing |long term |years of |serious |physical |emotional |financial |economic |psychological |coercive )?(?:domestic (?:abuse|violence)|abusive relationship|abusive marriage|dv|a domestic)", { framable: true }),
  rule(H, ['domestic-abuse'], 'mentions domestic abuse ({m})', 'domestic (?:abuse|violence)|abusive relationship', { framable: true }),
  rule(H, ['domestic-abuse'], 'is afraid of a partner or family member ({m})',
    "(?:afraid|scared|frightened|terrified|fearful|petrified|scared stiff|bricking it) (?:of |about )?(?:what )?(?:{REL}|him|her|them|he(?:'ll| will| might| would|'d| could| is going to| may)|she(?:'ll| will| might| would|'d| could| is going to| may)|they(?:'ll| will| might| would|'d| could| are going to| may))"),
  rule(H, ['domestic-abuse'], 'is afraid to go home ({m})',
    "(?:afraid|scared|frightened|terrified) (?:to go|of going) (?:back )?home|walking on eggshells|(?:don't|do not|dont) feel safe (?:at home|in (?:my|the|our) (?:own )?(?:home|house|flat))|(?:afraid|scared|frightened|terrified) (?:to|of) (?:leave|leaving) (?:him|her|them|my)"),
  rule(H, ['domestic-abuse'], 'has fled or is hiding from a partner ({m})',
    "(?:fled|escaped|ran away from|had to leave|moved to a refuge|in a refuge|at a refuge|staying in a refuge|need a refuge|need (?:a )?safe (?:place|house)) (?:from )?(?:{REL}|him|her|them|home|the house)?|(?:{SPRON}|{REL})(?:'ll| will| might| is going to| are going to|'s going to) (?:find|come after|track|hunt) (?:me|us)"),

  // Coercive control.
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:checks|checking|checked|goes through|going through|went through|reads|reading|monitors|monitoring|tracks|tracking|tracked|controls|controlling|controlled|takes|took|taking|keeps|kept|hides|hid|smashed|smashes|steals|stole|stealing) (?:all |all the |the |all my |all our )?(?:my |our |her |his )?(?:phone(?! (?:number|bill|contract))|mobile|messages|texts|emails|money|bank|bank card|bank cards|bank account|cards?|finances|wages|benefits|pension|salary|location|spending|passport|keys|car keys|every move|documents|id)"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:have|has|got) to ask (?:him|her|them) (?:for|before|if|permission|every)|(?:not|never) allowed (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend)|keep(?:s|ing)? (?:a |her |him |them |people |women |girls )?(?:[a-z]+ )?(?:locked (?:in|up)|prisoner|captive)|(?:tells|told|telling|decides|decided) (?:me|her|him) (?:who|what|where|when|how) (?:i|she|he) (?:can|can't|am allowed|'m allowed|is allowed|could|couldn't|should|should be|have to|has to|must|wear|see|go)|(?:won't|doesn't|does not|wont|doesnt|didn't|will not|never) (?:let|lets|allow|allows) (?:me|her|him|us|{OBJ}) (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend|open)|(?:i'm|i am|im|she's|she is|he's|he is|we're|we are) not allowed (?:to )?(?:see|go|leave|have|work|talk|speak|out|use|get|visit|contact|wear|drive|eat|sleep|keep|spend)|(?:stops|stopped|stopping) (?:me|her|him|us) (?:from )?(?:seeing|going|working|leaving|talking|speaking|visiting|contacting|having|getting)"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:locks|locked|lock|locking) (?:me|her|him|us) (?:in|out|up)|(?:isolat[a-z]*|cut(?:s|ting)? (?:me|her|him) off from|cut (?:me|her|him) off from|gaslight[a-z]*) (?:me|her|him|us|my|her|his|from)?|controls (?:everything|me|her|him|what i|what she|what he|who i|who she)|(?:makes|made|making) (?:me|her|him) (?:ask (?:for|permission)|account for|beg|feel (?:worthless|stupid|useless|like nothing|crazy|mad)|hand over)|puts? (?:me|her|him) down (?:all the time|constantly|every day|in front)|(?:calls|calling|called) (?:me|her|him) (?:worthless|useless|fat|ugly|stupid|pathetic|a (?:slag|slut|whore|bitch|waste))|threatens? (?:to )?(?:take|taking) (?:the|my|our) (?:kids|children|baby|son|daughter)|threatens? to (?:kick|throw) (?:me|us|her|him) out|(?:tracks|tracking|tracked) (?:me|her|him|where i|where she|where he)"),

  // Stalking and harassment.
  rule(H, ['stalking'], 'says they are being stalked ({m})',
    "(?:{SUBJ}|i'm|i am|im|i've|i have|i was|been|being|getting|got) (?:{G2})?(?:stalked|stalking (?:me|us|her|him|my)|stalks (?:me|us|her|him))|(?:my|our|her|his|their|a|the) (?:[a-z]+ )?stalker|cyber ?stalk[a-z]*|(?:tracker|tracking device|tracking app|airtag|air tag|gps|tile|spyware|spy app) (?:on|in|under|onto) (?:my|her|his|our) (?:car|bag|phone|coat|van|bike|laptop|keys)|(?:lets?|letting|let) (?:himself|herself|themselves) (?:in|into) (?:my|our|her|his)|(?:going|goes|went|comes|coming|came|creeping|creeps|crept|sneaking|sneaks|sneaked) into (?:my|her|his|their|the kids'|the children's|the girls'|the boys') (?:[a-z']+ ){0,2}(?:room|bedroom|bed)(?: at night| when| while)?|(?:comes|coming|came|walks|walked) into (?:my|our|her) (?:flat|house|room|home|bedroom) without (?:asking|permission|knocking)|waiting for (?:me|her|him) (?:after|outside|when|at|every)"),
  rule(H, ['stalking'], 'mentions stalking ({m})', 'stalk(?:ing|ed|er|ers|s)?', { framable: true }),
  rule(H, ['coercive-control', 'domestic-abuse'], 'mentions coercive control ({m})', 'coercive(?: and)? control[a-z]*', { framable: true }),
  rule(H, ['stalking'], 'says they are being followed ({m})',
    "follow(?:s|ed|ing)? (?:me|us|her|him|my [a-z]+) (?:home|everywhere|to (?:work|school|college|the shops|my|her|his|the)|around|about|from|in (?:his|her|their|a) (?:car|van)|again|every)|followed (?:me |us |her |him )?home|(?:been|being|getting|keep getting|was|were|got) followed|(?:keeps?|kept|always|constantly|still) (?:following|watching|filming|photographing) (?:me|us|her|him|my)|follows (?:me|us|her|him)|(?:has been|have been|'s been|'ve been) following (?:me|us|her|him|my)"),
  rule(H, ['stalking', 'harassment'], 'says someone keeps turning up ({m})',
    "(?:keeps?|kept|always|constantly|still|keep on|keeps on) (?:turning|turns|showing|shows|coming|comes|hanging|waiting|sitting|sat|parking|driving|walking|banging) (?:up|round|over|around|by|past|outside|at|on)|(?:turns|turned|turning|shows|showed|showing|shown) up (?:at|outside|uninvited|unannounced|where|again|every|everywhere|to my)|(?:drives|drove|driving|walks|walked|walking|sits|sat|sitting|parks|parked|parking|waits|waited|waiting|hangs around|hanging around|lurking|lurks) (?:past |outside |around |by |near |at the end of |across from )(?:my|our|her|his|the) (?:house|home|flat|work|school|place|street|road)(?: every| all| most| at night| again| constantly)|(?:sits|sat|sitting|waits|waited|waiting|parks|parked|lurks|lurking) outside (?:my|our|her|his) (?:house|home|flat|work|school|place)|(?:know|knows|knew|found out|find out|finding out) where (?:i|we|she|he|they|my [a-z]+|the kids|our kids|the children) (?:live|lives|work|works|am|go|goes|sleep|sleeps|park|parks|go to school|goes to school)|(?:left|leaves|leaving|sent|sends|sending) (?:[a-z]+ )?(?:flowers|notes|gifts|letters|presents|things|cards|dead [a-z]+) (?:on|at|outside|through|to) (?:my|our|her|his) (?:door|doorstep|car|house|flat|home|work|letterbox)"),
  rule(H, ['harassment', 'stalking'], 'describes unwanted contact that will not stop ({m})',
    "(?:won't|wont|will not|doesn't|does not|never|can't|cant) stop (?:{CONTACT_VERB}|following|harassing|bothering|pestering|hassling|coming (?:round|over|to)|turning up|showing up|stalking|watching|threatening|abusing|sending|knocking|banging)|(?:won't|wont|will not|refuses to|refusing to) (?:leave|go|get out)(?: (?:my|the|our) (?:house|flat|property|home|garden|doorstep))?$|(?:won't|wont|will not|doesn't|does not|never) (?:leave (?:me|us|her|him|my [a-z]+) alone|go away|take no for an answer|accept (?:it's|it is|that it's|that it is) over|let (?:me|her|him) go)|(?:keeps?|kept|constantly|always|still|continually|repeatedly|keep on|keeps on|non stop|nonstop) {CONTACT_VERB}(?: me| us| her| him| my)?(?!(?: me| us| her| him)? (?:about|to (?:ask|check|arrange|sort|say)|re) (?:the |our |my )?(?:kids|children|pick ?ups?|arrangements|contact|maintenance|bills?|work|rent|money he owes|the house sale|dinner|plans))|{CONTACT_VERB} (?:me|us|her|him) (?:constantly|all the time|every day|non stop|nonstop|day and night|all day|all night|hundreds of times|again and again|from (?:new|different|fake|private|withheld) (?:numbers|accounts|profiles))|(?:hundreds|dozens|loads|hundred|\\d{2,}) (?:of )?(?:messages|texts|calls|missed calls|emails|voicemails)|(?:new|different|fake|multiple|burner) (?:accounts|numbers|profiles|phones) to (?:contact|message|text|call|reach|find|harass|abuse|watch)|blocked (?:him|her|them|his|her|their) (?:[a-z]+ )?(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just )?(?:keeps|keep|uses|use|makes|make|finds|find|gets|messages|texts|calls|contacts|carries|carry|creates|create)|silent (?:phone )?calls"),
  rule(H, ['harassment'], 'describes harassment ({m})',
    "(?:harass|harrass|haras|harras)[a-z]* (?:me|us|her|him|them|my|our)|(?:being|been|getting|got|was|were|i'm|i am|im|i've been|feel) (?:harass|harrass|haras|harras)[a-z]*|intimidat(?:ing|ed|es|e) (?:me|us|her|him|them|my)|(?:being|been|feel|feeling|i'm|i am) intimidated|(?:threatening|abusive|nasty|horrible|vile|sexual|explicit|disgusting|threating|threatning) (?:messages|texts|calls|letters|notes|voicemails|emails|comments|posts)|(?:threatens|threatened|threatening|threatning|threatend|threating) (?:me|us|my|her|him|them)(?! with (?:legal|court|a solicitor|solicitors|eviction|the bailiffs|bailiffs|a fine|the sack|disciplinary|a ccj))|kill yourself|kys|(?:shouts?|shouting|screams?|screaming|yells?|yelling|swears?|swearing|hurls?|hurling) abuse (?:at )?(?:me|us|her|him|my)|(?:shouts?|shouting|screams?|screaming|yells?|yelling|swears?|swearing) (?:at )?(?:me|us|her|him) (?:[a-z]+ ){0,3}(?:every day|every time|all the time|constantly|whenever|every night|in the street)|(?:post|posts|posted|posting|share|shares|shared|sharing|put|puts|putting) (?:my|our|her|his) (?:address|details|number|phone number|location|home|photos?|pictures?|pics) (?:online|on|everywhere|all over)|(?:fake|false) (?:profiles?|accounts?) (?:of|pretending|in my name|as me|using my)|(?:spreading|spreads|spread|posting|posted) (?:lies|rumours|rumors) about (?:me|us|her|him)|won't leave (?:me|us|her|him) alone|online abuse (?:from|by)|(?:threw|thrown|throwing|throws|chucked|chucking|lobbed) (?:a |some |[a-z]+ )?(?:brick|bricks|stone|stones|rock|rocks|bottle|bottles|eggs?|paint|firework|fireworks) (?:through|at|into|over) (?:my|our|the|her|his) (?:window|windows|door|house|car|flat)|(?:post|posts|posting|posted|shared|sharing|telling people|told people|tells people) (?:[a-z']+ ){0,2}where (?:i|we|she|he) (?:live|lives|work|works)|(?:sending|sends|sent) (?:me|her|him|us|my [a-z]+) (?:death )?threats"),
  rule(H, ['harassment'], 'mentions harassment ({m})', '(?:harass|harrass|haras|harras)(?:ment|ing|ed)', { framable: true }),

  // Threats to kill or harm.
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:threat(?:en|ens|ened|ening|end|ning|s)?|threatning|threating) (?:me |us |her |him |them |my [a-z]+ )?(?:that (?:he|she|they)(?:'ll| will|'d| would) )?(?:to |with )?(?:kill|murder|stab|shoot|hurt|harm|burn|beat|batter|smash|do (?:me|her|him|us) in|end (?:me|her|him|us)|get (?:me|her|him|us)|acid|slit|cut|break (?:my|her|his)|set fire|torch|petrol bomb|have (?:me|her|him|us) (?:killed|hurt|done)|kidnap|take (?:the|my) (?:kids|children|baby) and)"),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:said|says|saying|told (?:me|her|him|us)|texted|messaged|wrote|writes|keeps saying|swore|sworn|promised|warned (?:me|her|him|us)?|shouting|shouted|shouts|screaming|screamed|screams|yelling|yelled|yells|threatening|threatened)(?: that)? (?:{G2})?(?:he|she|they|he's|she's|they're|someone|his mates|her mates|people)(?:'ll| will|'d| would| is going to| are going to|'s going to|'re going to| gonna| was going to| were going to| could| can|'s gonna)? (?:{G1})?(?:(?:kill|murder|stab|shoot|hurt|harm|burn|batter|beat|smash|strangle|knife|glass|poison) (?:me|us|you|her|him|them|my|our|your|the (?:kids|children|dog|dogs|cat|cats|baby|family)|everyone)|end (?:me|her|him|us)|get (?:me|her|him|us)|sort (?:me|her|him|us) out|slit|cut (?:me|her|him|us|my)|do (?:me|her|him|us) in|finish (?:me|her|him|us) off|come (?:for|after) (?:me|her|him|us)|put (?:me|her|him|us) in (?:hospital|the ground|a box)|burn (?:the|my|our) (?:house|flat|home|car))"),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:{SPRON}|{REL}|someone|they)(?:'ll| will| would|'d|'s going to| is going to| are going to|'re going to| gonna) (?:kill|murder|stab|shoot|hurt|harm|burn) (?:me|us|my|her|him|them)|(?:i'll|i will|i'm going to|i'm gonna|gonna|going to) (?:kill|murder|stab|shoot|hurt|slit|cut) (?:you|u|ya|your)(?: [a-z]+){0,3} (?:he|she|they) (?:said|says|shouted|screamed|texted|wrote|told)|death threats?|threats? (?:to|on|against) (?:my|her|his|their) (?:life|lives)|(?:finish|finishing) (?:what (?:he|she|they) started|me off|her off|him off)|(?:teach|teaching) (?:me|her|him|us) a lesson|(?:come|coming|go|going) (?:and|to) (?:get|find|hurt|sort|batter|do) (?:me|her|him|us)|(?:sort|sorting) (?:me|her|him|us) out|(?:make|making) (?:me|her|him|us) pay|(?:you'll|you will|i'll make you) (?:regret|be sorry|pay)|(?:he|she|they)(?:'s| is| are|'re) (?:coming|going to come) (?:for|after) (?:me|us|her|him)|(?:threatens|threatened|threatening) to (?:burn|set fire|torch) (?:the|my|our|her|his) (?:house|flat|home|car)"),

  // Court orders and bail.
  rule(H, ['breach-of-order'], 'says a court order or bail condition was breached ({m})',
    "(?:breach|breaches|breached|breaching|broke|broken|breaks|breaking|ignores|ignored|ignoring|violated|violating|violates|flouting|flouted) (?:of )?(?:his|her|their|the|my|a|an|our)?(?: [a-z]+)? ?(?:restraining|non molestation|non mol|nonmolestation|protection|occupation|stalking protection|domestic abuse protection|dapo|dvpo|injunction|court|bail|harassment|criminal behaviour|no contact|protective|bail conditions|release|licence|license|probation)(?: order| orders| conditions| notice| injunction)?|(?:restraining|non molestation|non mol|protection|no contact) order (?:[a-z']+ ){0,6}(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just |keeps |has |'s )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|messages|texted|texts|calls|called|rang|showed|shows|was|is|sent|got|has|keep)|(?:on bail|bail conditions) (?:[a-z']+ ){0,6}(?:but|and|yet) (?:{SPRON}|{REL}) (?:still |just )?(?:keeps|comes|came|turned|turns|contacted|contacts|messaged|texted|called|was|is)"),

  // Sexual violence.
  rule(H, ['sexual-violence'], 'discloses sexual violence ({m})',
    "(?:was|were|been|being|got|get|i'm|i am|she's|she was|he was|they were|i've been|she's been|he's been|'ve been|'s been) (?:[a-z]+ )?(?:raped|rapped|sexually (?:assaulted|abused|attacked|harassed|exploited)|molested|groped|touched up|spiked|drugged|indecently assaulted|sexualy (?:assaulted|abused))|(?:raped|rapes|raping|molested|molests|molesting|groped|gropes|groping|sexually (?:assaulted|abused|assaults|abuses|assaulting|abusing)) (?:me|us|her|him|them|my|a|someone)|(?:he|she|they|someone|somebody|{REL}|a man|a guy|a lad) (?:{G1})?raped|spiked (?:my|our|her|his) (?:drink|drinks)|(?:exposed (?:himself|herself|themselves)|flashed (?:at )?(?:me|us|her|him|my))|(?:touched|touches|touching|grabbed|grabs) (?:me|her|him|my|her|his) (?:[a-z]+ ){0,3}(?:without|inappropriately|private|privates|down there|under|between|when (?:i|she|he) was|while (?:i|she|he) (?:was|slept)|in (?:my|her|his) sleep|against|breasts?|bum|bottom|crotch|chest|boobs|thigh|leg)|(?:made|makes|making|forced|forces|forcing|pressured|pressures|pressuring|coerced|coerces|pushed|pushes) (?:me|her|him|us) (?:[a-z]+ ){0,2}(?:to )?(?:have sex|sleep with|do (?:sexual|stuff|things|sex)|perform|give (?:him|her|them)|into (?:sex|sleeping|sexual)|watch porn|send (?:nudes|pictures|pics|photos))|(?:without|didn't give|did not give|never gave|no) (?:my|her|his) consent|(?:didn't|did not|couldn't|could not|never) consent|(?:sex|having sex|sexual) (?:[a-z]+ ){0,3}(?:when|while) (?:i was|she was|he was|i) (?:asleep|sleeping|unconscious|passed out|drunk|out of it|drugged)|woke up (?:and|with|to) (?:him|her|them|he|she|they|someone|a man)(?: [a-z]+){0,2} (?:having sex|on top|touching|inside)|(?:keeps?|kept|always|constantly) (?:touching|grabbing|groping|kissing|rubbing (?:against|up against)|feeling) (?:me|her|him|my)|(?:{SPRON}|{REL}) (?:{G1})?(?:touches|touched|touching|fondled|fondles) (?:me|her|him|them)(?=$| (?:and|when|at night|inappropriately|down there|in (?:my|her|his) (?:sleep|bed|room)|under|up|sexually|there|all the time))|(?:comments?|commenting|remarks?) (?:on|about) (?:my|her) (?:body|appearance|breasts?|boobs|bum|figure|legs|chest)|pay (?:[a-z]+ ){0,2}(?:in other ways|in another way|with sex|in kind|with (?:my|her) body)|sex for (?:rent|money|a place|drugs)|(?:masturbat|wank|touching (?:himself|herself))[a-z]* (?:at|in front of|to|outside|through|near|by) (?:me|my|us|her|the|our)|(?:sends|sent|sending|keeps sending) (?:me|her|him|my [a-z]+) (?:unsolicited |unwanted )?(?:nudes|dick pics|explicit|sexual|porn|naked)|upskirt[a-z]*|indecent exposure|exposed (?:himself|herself) to"),
  rule(H, ['sexual-violence'], 'mentions sexual violence ({m})',
    '(?<![a-z])rape(?:d|s)?|sexual (?:assault|abuse|violence|exploitation|harassment)|sexually (?:assaulted|abused)', { framable: true }),

  // Suicide and self-harm: thoughts and past acts.
  rule(H, ['suicide'], 'mentions suicidal thoughts ({m})',
    "(?:kill|killing|kil|end|ending|take|taking|top|topping|hang|hanging) {SELF_ANY}|end (?:it all|my life|things)|suicidal|sucidal|suicidle|(?:want|wanna|wants|wanted|wish|wishing|wished) (?:to )?(?:die|be dead|i was dead|i were dead|to not be here|i wasn't here|i wasn't alive|i was never born|i'd never been born|to disappear forever|to not wake up|not to wake up)|(?:don't|do not|dont|doesn't|does not|no longer) want to (?:live|be alive|be here|wake up|go on|exist|carry on)|no (?:point|reason) (?:in )?(?:living|to live|going on|being alive|carrying on)|better off (?:dead|without me|if i was dead|if i wasn't here)|(?:can't|cannot|cant) (?:go on|carry on|do this) (?:any ?more|like this|living)|not worth living|(?:don't|do not|dont|can't|cannot|cant) see (?:the |any )?point (?:in |of )?(?:going on|living|carrying on|life|being here|being alive|anything|it all|trying)|(?:had enough|sick|tired) of (?:life|living|being alive|it all)|i've had enough$|(?:thinking|thought|thoughts) (?:about|of) (?:dying|ending|death|not being here|jumping)|(?:want|going|thinking) to jump (?:off|in front)"),
  rule(H, ['suicide'], 'says someone is threatening suicide ({m})',
    "threat[a-z]* to (?:jump|kill {SELF_ANY}|end (?:it|his life|her life|their life|it all)|overdose|take (?:an overdose|(?:his|her|their) (?:own )?life)|hang (?:himself|herself|themselves)|cut (?:himself|herself))"),
  rule(H, ['suicide'], 'mentions suicide ({m})', 'suicid[a-z]*|sucid[a-z]*', { framable: true }),
  rule(H, ['self-harm'], 'mentions self-harm ({m})',
    "self ?harm[a-z]*|(?:harm|harming|hurt|hurting|cut|cutting|burn|burning) (?:myself|my self|meself|herself|himself|themselves|my arms|my wrists|my legs)|cutting again|(?:took|taken|take|taking|had) an overdose|overdose"),

  // Children.
  rule(H, ['child-at-risk'], 'a child may be being groomed ({m})',
    "(?:being|been|was|were|getting|is|are) groomed|grooming (?:me|her|him|them|my|our|a|the|kids|children|girls|boys)|groomer|(?:older|grown|adult|grown up) (?:man|men|lads|boys|guy|guys|stranger|person|people|woman|women|boyfriend|girlfriend)(?: [a-z']+){0,4} (?:messag[a-z]*|talking to|texting|chatting|meeting|picking (?:her|him|them) up|giving (?:her|him|them)|buying (?:her|him|them)|asking (?:her|him|them|for)|sending|snapchat[a-z]*|dating|going out with|sleeping with|seeing)|(?:keep it (?:a )?secret|our (?:little )?secret|don't tell (?:your|anyone|mum|dad)|not to tell (?:her|his|their|anyone|mum|dad))", { alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten) (?:year|yr)|teen' }),
  rule(H, ['child-at-risk'], 'a child may be at risk ({m})',
    "{KID}(?: [a-z']+){0,4} (?:is|are|was|were|has been|have been|being|been|getting|gets|got) (?:[a-z]+ )?(?:abused|hit|beaten|hurt|neglected|groomed|touched|exploited|starved|locked (?:in|up|out)|left (?:alone|on (?:their|her|his) own)|smacked|battered|assaulted|raped|trafficked|forced|made to|threatened|sexually|kicked out|thrown out|going missing|missing|coming home with|taken advantage of)|(?:hits|hit|beats|beat|hurts|hurt|abuses|abused|touches|touched|smacks|smacked|batters|kicks|punches|punched|locks|starves|neglects|neglected|shakes|shook|slaps|slapped|strangles|chokes|burns|burnt) (?:up )?(?:my|his|her|their|the|a|our) (?:[a-z]+ )?{KID}|(?:left|leave|leaves|leaving) (?:my|his|her|their|the|our) (?:[a-z]+ )?(?:kids|children|child|baby|babies|toddler|son|daughter) (?:home )?(?:alone|on (?:their|her|his) own|unattended)|child (?:sexual )?(?:abuse|exploitation|neglect|cruelty)|(?:paedo|pedo|pedoph|paedoph|nonce)[a-z]*|(?<![a-z])(?:cse|cce)(?![a-z])|(?:ask|asked|asking|forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|told|telling|getting) (?:[a-z]+ ){0,3}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}(?:pictures|pics|photos|images|nudes|videos|naked|selfies)|(?:pictures|pics|photos|images|videos) (?:[a-z]+ ){0,2}(?:to|for|with) (?:older|grown|adult) (?:men|man|people|lads)|older (?:boyfriend|man|men|lads|guy|boys|kids|teenagers) (?:[a-z']+ ){0,6}(?:buys|bought|gives|gave|picks|picked|takes|took|vodka|alcohol|drugs|weed|gifts|money|phone|clothes)|(?:going|goes|went|keeps going|has been going) missing|coming (?:back|home) with (?:new )?(?:phones?|clothes|money|trainers|cash|gifts|jewellery)", { alsoNeeds: '{KID}|(?:\\d+|twelve|thirteen|fourteen|fifteen|eleven|ten|nine|eight|seven|six|five) (?:year|yr)|teen|school|class|underage|minor' }),
  rule(H, ['child-at-risk', 'sextortion'], 'says someone is being forced to send images ({m})',
    "(?:forced|forcing|made|making|pressured|pressuring|blackmailed|blackmailing|coerced) (?:me|her|him|them|us|my [a-z]+|[a-z]+) (?:[a-z]+ ){0,2}(?:to )?(?:send|sending|take|taking) (?:[a-z]+ ){0,2}(?:pictures|pics|photos|images|nudes|videos|naked|selfies)|forced to send (?:[a-z]+ ){0,2}(?:pictures|pics|photos|images|nudes|videos)"),

  // Vulnerable adults.
  rule(H, ['vulnerable-adult'], 'a vulnerable adult may be at risk ({m})',
    "(?:taking|taken|takes|took|stealing|stole|steals|stolen|using|uses|used|draining|drained|spending|spends|spent|emptied|emptying|empties|controlling|controls|has|had|helping (?:himself|herself) to|cleared out|cleaning out) (?:all )?(?:of )?(?:his|her|their) (?:money|pension|savings|benefits|bank|bank card|card|cards|cash|pin|account|bank account|wages|rent|house)|(?:scar|bull|threaten|shout|abus|hit|neglect|exploit|hurt|intimidat|manipulat|pressur|push|lock|rough)[a-z]* (?:him|her|them)|(?:taken|took|taking|takes) over (?:his|her|their) (?:flat|house|home)|(?:moved|moving) (?:in|into (?:his|her|their) (?:flat|house|home))|cuckoo(?:ing|ed)?", { alsoNeeds: "(?:elderly|old|older|aged|frail|disabled|vulnerable|blind|deaf|dementia|alzheimer[a-z]*|learning (?:disabilit[a-z]*|difficult[a-z]*)|mental health|autistic|autism|housebound|bed ?bound|wheelchair|care home|nursing home|carer|care worker|pensioner|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|\\d{2} year old (?:man|woman|lady|neighbour|dad|mum|father|mother)|in (?:his|her|their) (?:70s|80s|90s|seventies|eighties|nineties))" }),
  rule(H, ['vulnerable-adult'], 'a vulnerable adult may be at risk ({m})',
    "(?:carer|carers|care worker|care workers|care home|nursing home|care staff|staff at (?:the|his|her|my [a-z]+'s) (?:care|nursing) home) (?:[a-z']+ ){0,3}(?:hitting|hits|hit|abusing|abuses|abused|stealing|steals|stole|taking|takes|took|neglecting|neglects|neglected|rough|shouting|shouts|pinching|slapping|slapped|hurting|hurt|bruis[a-z]*|locking|locks|leaving (?:him|her|them) (?:in|without))"),

  // Forced marriage and honour-based abuse.
  rule(H, ['forced-marriage'], 'mentions forced marriage ({m})',
    "forc(?:ed|ing|e|es) (?:[a-z]+ ){0,3}(?:to|into) (?:marry|marriage|get married|wed)|forced marriage|(?:make|making|made|makes) (?:me|her|him|us) (?:marry|get married)|married (?:off )?against (?:my|her|his|their) will|(?:taking|take|sending|send|took|sent) (?:me|her|him|us) (?:abroad|back home|to [a-z]+) (?:[a-z]+ ){0,2}to (?:get )?married|(?:arranged|arranging) (?:[a-z]+ ){0,4}(?:marr[a-z]*|wedding)(?=(?: [a-z']+)* (?:(?:don't|do not|didn't|not) want|against (?:my|her|his) will|scared|forced|refuse|no choice|threat|won't let))", { framable: false }),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})', 'honou?r (?:based|killing|crime|violence|abuse)', { framable: true }),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})',
    "(?:bring|brought|bringing|brings) (?:shame|dishonour|dishonor) (?:on|to|upon) (?:the|my|our|their|his|her) family|izzat|(?:family|brothers?|father|dad|uncles?|cousins?|parents|relatives) (?:[a-z']+ ){0,4}(?:kill|hurt|punish|disown|beat|send (?:me|her|him) away) (?:me|her|him|us) (?:[a-z']+ ){0,5}(?:because|if|for|cos) (?:[a-z']+ ){0,5}(?:boyfriend|girlfriend|relationship|gay|lesbian|dating|shame|honour|marry|married|religion|christian|muslim|convert|left|leaving|divorce|seeing)"),

  // Exploitation and modern slavery.
  rule(H, ['exploitation', 'modern-slavery'], 'signs of exploitation or modern slavery ({m})',
    "(?:no|without|took|taken|takes|taking|kept|keep|keeps|keeping|holding|hold|holds|held|confiscated|withholding|withheld|hides|hid|locked up) (?:[a-z]+ ){0,2}passports?(?! (?:office|renewal|application|photo|photos|form|forms|check))|sleep(?:s|ing)? (?:on site|at work|in the (?:shop|warehouse|car wash|factory|kitchen|back|van|garage|salon|restaurant|field|barn)|on the floor (?:of|at) (?:the|work))|(?:live|living|lives) (?:on site|above the (?:shop|car wash|salon|restaurant|takeaway)|in the (?:warehouse|factory|car wash|back of the shop))|never (?:get|gets|got|been|being) paid|(?:aren't|isn't|don't|doesn't|not|never|barely|hardly) (?:being |getting |ever |really )?paid (?:anything|at all|a penny|properly|for (?:months|weeks|their work))|(?:they|workers|staff|the (?:men|women|girls|lads|workers|staff)|people)(?: [a-z']+){0,3} (?:aren't|are not|don't|do not|never|not) (?:being |getting )?paid|work(?:ing|s)? for (?:no|free|nothing|no money)|no pay|unpaid (?:work|labour|wages)|forced (?:to|into) (?:work|sell|deliver|carry|hold|move|cook|beg|steal|prostitut|sex work)|(?:made|making|forcing|forces|makes|want|wants|wanted|asking|asked|asks|told|tells|telling|getting|gets|got|paying|pays|paid|using|uses|used|recruit|recruited|recruiting) (?:me|him|her|them|us|my [a-z]+|kids|children|young (?:lads|people|kids)) (?:to )?(?:sell|deliver|carry|hold|move|run|stash|cook|drop off|take) (?:drugs|packages|parcels|bags|stuff|weed|cocaine|crack|heroin|gear|county|things|phones)|(?:being |been |were |was )?given (?:free |loads of )?(?:weed|drugs|cannabis|vapes|alcohol|booze|money|cash|phones?|trainers|gifts)(?: [a-z']+){0,3} (?:by|from) (?:older|grown|adult|some|these|local) |(?:keeps?|kept|keeping|holding|holds|held|took|takes|taken|has|have) (?:the |their |all the |our |everyone's )?(?:workers'? |staff'?s? |girls'? |men'?s? |women'?s? )?(?:id|identity|documents|papers|passports|id documents|id cards|bank cards)(?! (?:for|at) (?:the|a) (?:bank|office|interview))|(?:workers|staff|they|them|people|the (?:men|women|girls|lads|workers|staff)) (?:[a-z']+ ){0,4}(?:sleep|sleeping|live|living|stay|staying) (?:in|on) (?:a |the )?(?:container|shed|van|garage|warehouse|floor|caravans?|loft|back room|basement|cellar)|(?:being|been|was|were) trafficked|(?:being|been|getting|are being|is being|were|was) exploited|exploiting (?:him|her|them|me|my|vulnerable)|debt bondage|(?:owe|owes|owed|owing) (?:money to )?(?:the |some )?(?:dealers?|a dealer|gang|a gang|gangsters)|(?:owe|owes|owed|owing) (?:them|him) (?:money )?(?:for (?:drugs|weed|gear)|and (?:they|he)(?:'re|'s| are| is)? (?:threatening|going to|will|say|says))|(?:running|run|runs) (?:drugs|county)|(?:dealers?|gangs?) (?:[a-z]+ ){0,2}(?:using|grooming|recruiting|made|making|forcing) (?:my|him|her|them|kids|children|young)|(?:took|taken|takes|take|keeps|keeping|kept) (?:all )?(?:our|their|his|her|my) (?:pay|wages|money)|gangmaster", { framable: false }),
  rule(H, ['modern-slavery'], 'mentions modern slavery or trafficking ({m})', 'modern (?:day )?slave(?:ry)?|slaves|human trafficking|traffick(?:ing|ed)|exploitation|county lines', { framable: true }),

  // Sextortion and image abuse.
  rule(H, ['sextortion'], 'says they are being blackmailed with images ({m})',
    "blackmail[a-z]*|sextort[a-z]*|threat[a-z]* to (?:share|post|send|leak|release|publish|put|show|upload|spread|expose) (?:[a-z']+ ){0,3}(?:pictures|pics|photos|videos|nudes|images|intimate|sex tape|video|photo|picture|naked|private)|(?:share|shared|sharing|post|posted|posting|leak|leaked|leaking|upload|uploaded|send|sent|sending|spread|spreading) (?:[a-z]+ ){0,2}(?:my|her|his|our) (?:nudes|intimate (?:pictures|pics|photos|images|videos)|private (?:pictures|pics|photos|images|videos)|naked (?:pictures|pics|photos|images|videos)|sexual (?:pictures|pics|photos|images|videos)|sex tape)|revenge porn|(?:post|share|send|leak|release|show|upload|put)(?: [a-z']+){0,5} (?:unless|if (?:i|we) (?:don't|do not)) (?:i |we )?(?:pay|send|give|transfer)|(?:share|shared|sharing|post|posted|posting|leak|leaked|leaking|upload|uploaded|sent|spread|spreading|threatening to (?:share|post|send|leak)) (?:[a-z']+ ){0,3}(?:private|intimate|naked|nude|sexual|explicit) (?:pictures|pics|photos|images|videos|video|photo|picture|pic)s?(?: of (?:me|her|him|us))?|(?:pay|send (?:money|£|bitcoin|gift cards)|give (?:them|him|her) money)(?: [a-z0-9£']+){0,6} (?:or|otherwise|unless) (?:[a-z']+ ){0,4}(?:share|post|send|leak|show|expose|release|tell)"),

  // Hate crime.
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})',
    "(?:racist|racial|racially|homophobic|transphobic|biphobic|disablist|ableist|antisemitic|anti semitic|islamophobic|sectarian|religious|hate) (?:abuse|abused|attack|attacked|slurs?|comments|graffiti|threats|harassment|harassed|assault|assaulted|names|insults|incident|incidents|crime|crimes|language|messages)|(?:attacked|abused|beaten|hit|spat at|targeted|harassed|threatened|called names|picked on|insulted|chased|assaulted) (?:[a-z']+ ){0,4}(?:because|cos|for being|for wearing|for looking) (?:(?:i'm|i am|we're|we are|he's|she's|they're|of (?:my|our|his|her|their)|my|his|her) )?(?:[a-z]+ ){0,2}(?:black|asian|muslim|jewish|gay|lesbian|trans|transgender|disabled|polish|gypsy|traveller|sikh|hindu|bi|bisexual|queer|foreign|immigrant|colour|race|religion|sexuality|disability|skin|hijab|turban|accent|wheelchair|romanian|chinese|indian|pakistani|african|eastern european)", { framable: true }),
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})',
    "(?:getting|got|been|being|receiving|received|suffering|subjected to|experiencing) (?:[a-z]+ )?(?:racist|racial|homophobic|transphobic|disablist|antisemitic|islamophobic|sectarian|hate) (?:abuse|attacks?|slurs|comments|threats|harassment|messages|graffiti|crime)"),

  // Violence outside the home.
  rule(H, ['violence'], 'describes being assaulted ({m})',
    "(?:i|we|i've|we've|he|she|they|someone|{REL}) (?:{G2})?(?:was|were|got|been|have been|has been|'ve been|'s been|had been|being) (?:attacked|assaulted|assulted|assalted|asaulted|atacked|attaked|beaten(?: up)?|beat up|stabbed|punched|glassed|mugged|jumped|headbutted|kicked(?! out| off)|battered|strangled|strangeled|choked|shot(?! down| at dawn)|kidnapped|abducted|robbed at (?:knife|gun) ?point|set upon|knocked (?:out|unconscious|down)|spat at|bottled|hospitalised|put in hospital|pushed|slapped|threatened)(?! by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|car|van|bus|ball|cyclist|lorry|vehicle|taxi|bike|horse|bee|wasp|insect|seagull))"),
  rule(H, ['violence'], 'describes being assaulted ({m})',
    "(?:{SUBJ}|{UNK}) (?:{G1})?(?:attacked|assaulted|stabbed|punched|glassed|mugged|jumped|headbutted|kicked|battered|strangled|choked|shot|bottled|spat at|spat on|beat up|beat me|knocked (?:me|her|him) (?:out|down)) (?:me|us|him|her|them|my|our)"),
  rule(H, ['violence'], 'mentions a stabbing or shooting ({m})', 'stabbing|shooting|stabbed|acid attack', { framable: true }),
];

// ---------------------------------------------------------------------------
// Welsh.

const WELSH_RULES: readonly RiskRule[] = [
  rule(E, ['intruder', 'immediate-danger'], 'says someone is breaking in ({m})',
    "(?:yn|'n|wrthi'n|wrthi yn|ceisio|trio|trial|treio) (?:torri|dorri|thorri) (?:i )?mewn|torri (?:i )?mewn(?: [a-z']+){0,4} (?:nawr|rwan|rwan hyn|ar hyn o bryd)|(?:ceisio|trio|trial|treio) (?:dod|ddod|cael|gael) (?:i )?mewn"),
  rule(E, ['intruder', 'immediate-danger'], 'says someone is in their home now ({m})',
    "(?:rhywun|rhywrai|dyn|dynion|pobl|lleidr|lladron|person|dieithryn|dieithriaid)(?: dieithr)? (?:yn cuddio |yn sefyll |yn aros )?(?:yn|'n|tu allan|tu fas|y tu allan|wrth) (?:i'r |i'm |y |yr |fy |ein |yn y |yn fy |'r )?(?:ty|nhy|dy|thy|fflat|ngardd|gardd|ardd|drws|nrws|ffenest|ffenestr|lofft|llofft|gegin|cegin|lolfa|stafell|ystafell|garej)|(?:clywed|glywed|clywaf) (?:rhywun|rhywrai|pobl|dyn|dynion|traed|lleisiau|swn rhywun)"),
  rule(E, ['violence', 'immediate-danger'], 'describes an attack happening now ({m})',
    "{CY_SUBJ}(?:'n| yn) {CY_ME} {CY_HIT}|(?:yn|'n) ymosod (?:arna|arnaf|arnon|arnom|arni|arno|arnyn|ar fy|ar ei|ar y)|newydd {CY_ME} {CY_HIT}|wedi {CY_ME} (?:nhrywanu|drywanu|thrywanu|saethu)|(?:ddim yn|byth yn) stopio {CY_HIT}"),
  rule(E, ['weapon', 'immediate-danger'], 'mentions a weapon ({m})',
    "(?:ganddo|ganddi|ganddyn|ganddynt|gyda|gydag|efo|hefo|gafael mewn|dal|chwifio|cario|gan)(?: nhw| o| hi| e| fe| fo)? (?:[a-z']+ ){0,2}(?<m>{CY_KNIFE})"),
  rule(E, ['immediate-danger'], 'says someone is in danger now ({m})',
    "mewn perygl|ofn am fy (?:mywyd|bywyd)|(?:dw i|dwi|rydw i|rwy|rwyf|dw i'n|dwi'n) ddim yn ddiogel|ddim yn saff"),
  rule(E, ['suicide', 'immediate-danger'], 'says they will act on suicide now ({m})',
    "(?:mynd i|am|ar fin|yn mynd i|'n mynd i) (?:ladd|lladd) (?:fy|ei) hun|(?:mynd i|am|ar fin) (?:gymryd|cymryd) (?:fy |y |yr )?(?:holl )?(?:dabledi|tabledi|pils|bils)|(?:mynd i|am|ar fin) (?:neidio|neud amdana i|wneud amdana i|gwneud amdana i)"),
  rule(E, ['suicide', 'self-harm', 'immediate-danger'], 'says they have taken an overdose ({m})',
    "(?:wedi |newydd )?(?:cymryd|gymryd|llyncu|lyncu) (?:fy |yr |y |llwyth o |lot o |gormod o |pob |yr holl |fy holl |holl )?(?:holl )?(?:dabledi|tabledi|pils|bils|moddion|foddion|paracetamol|cyffuriau|gyffuriau)|gorddos"),
  rule(E, ['stalking', 'immediate-danger'], 'says they are being followed now ({m})',
    "{CY_SUBJ}(?:'n| yn) (?:fy|ein) (?:nilyn|dilyn|ddilyn)(?! (?:ers|bob|drwy'r amser|ar (?:facebook|instagram|lein)))"),
  rule(E, ['child-at-risk', 'immediate-danger'], 'says a child is missing or in danger now ({m})',
    "(?:plentyn|mhlentyn|phlentyn|plant|mhlant|babi|mabi|mab|fab|merch|ferch)(?: i| ni)? (?:[a-z']+ ){0,2}(?:mewn perygl|ar goll|wedi diflannu)"),
  rule(E, ['immediate-danger'], 'says they are hiding from someone ({m})', "(?:cuddio|yn cuddio) (?:rhagddo|rhagddi|rhagddyn|oddi wrtho|oddi wrthi|yn y|yn yr|yn fy)"),

  rule(H, ['domestic-abuse'], 'discloses domestic abuse ({m})',
    "(?:dioddef|ddioddef|profi|byw gyda|byw efo|dianc rhag|ffoi rhag)(?: [a-z']+){0,2} (?:cam drin|gam drin|camdrin|trais)|(?:yn|wedi|'n) (?:fy|ein|ei) (?:ngham drin|nghamdrin|cham drin|gam drin|camdrin|cam drin)"),
  rule(H, ['domestic-abuse'], 'mentions domestic abuse ({m})', '(?:cam drin|camdrin|gam drin) (?:domestig|yn y cartref)|trais domestig', { framable: true }),
  rule(H, ['domestic-abuse'], 'describes abuse by a partner or family member ({m})', "{CY_ME} {CY_HIT}|(?:taro|curo|brifo|cicio) (?:fi|fi'n|mi)(?![a-z])"),
  rule(H, ['domestic-abuse'], 'is afraid of a partner or family member ({m})',
    "ofn (?:fy |ar fy |o fy )?{CY_PARTNER}|ofn beth (?:wnaiff|wneith|neith|fydd|wnaeth)|ofn mynd (?:adref|adra|nol|'n ol)|ofn (?:fo|fe|o|e|hi|nhw)(?![a-z])|(?:mae )?arna i ofn (?:o|e|fo|fe|hi|nhw|fy|ei)"),
  rule(H, ['coercive-control', 'domestic-abuse'], 'describes controlling behaviour ({m})',
    "(?:yn|'n) (?:fy|ein) rheoli|rheoli (?:fy|popeth|pob)|(?:gwirio|edrych ar|edrych drwy|mynd drwy|darllen) fy (?:ffon|negeseuon|nhecsts)|ddim yn gadael i mi|ddim yn cael (?:gweld|mynd|gadael|siarad)|(?:cymryd|cadw) fy (?:arian|nghyflog|ngherdyn|mhasbort|ffon|allweddi)"),
  rule(H, ['stalking'], 'says they are being stalked ({m})', "(?:yn|'n|wedi|cael) (?:fy|ein|ei) (?:stelc[a-z]*)|(?:fy|ein|ei) (?:nilyn|dilyn|ddilyn) (?:adref|adra|i'r gwaith|o'r gwaith|bob|ym mhobman|i bobman|ers)|stelciwr"),
  rule(H, ['stalking'], 'mentions stalking ({m})', 'stelc[a-z]*', { framable: true }),
  rule(H, ['harassment'], 'describes harassment ({m})',
    "aflonyddu (?:arna|arnaf|arnon|arni|arno|arnom)|negeseuon (?:bygythiol|cas|di ri)|galwadau (?:bygythiol|cas|di ri)|(?:dal i|yn dal i|byth yn stopio|ddim yn stopio|ddim yn gadael llonydd) (?:anfon|gyrru|ffonio|ngalw|galw|dod|i mi|imi)?|(?:yn|wedi) fy (?:mygwth|bygwth)"),
  rule(H, ['harassment'], 'mentions harassment ({m})', 'aflonyddu', { framable: true }),
  rule(H, ['threat-to-kill'], 'reports a threat to kill or harm ({m})',
    "(?:bygwth|fygwth|mygwth) (?:fy |ein |ei |y |i )?(?:lladd|ladd|mrifo|brifo|frifo|niweidio|nhrywanu|trywanu|llosgi)|(?:am|mynd i|yn mynd i) (?:fy|ein) (?:lladd|ladd|mrifo)|(?:y bydd|bydd|y gwnaiff|gwnaiff|y gwneith|gwneith|y gwnan|am|mynd i) (?:o|e|fe|fo|hi|nhw)(?:'n| yn)? (?:fy|ein) (?:lladd|ladd|mrifo|brifo|nhrywanu)|(?:o|e|fe|fo|hi|nhw)(?:'n| yn) (?:mynd i )?(?:fy|ein) (?:lladd|ladd)"),
  rule(H, ['sexual-violence'], 'discloses sexual violence ({m})',
    "(?:fy|ei|ein) (?:nhreisio|threisio|dreisio)|treisiwyd|wedi (?:treisio|dreisio)|ymosod (?:arna i |arnaf |arni )?yn rhywiol|cyffwrdd (?:a )?(?:fi|mi|ynof|ynddi)|cyffwrdd yn amhriodol"),
  rule(H, ['sexual-violence'], 'mentions sexual violence ({m})', 'treisio|trais rhywiol|ymosodiad rhywiol|cam drin rhywiol', { framable: true }),
  rule(H, ['suicide', 'self-harm'], 'mentions suicidal thoughts or self-harm ({m})',
    "(?:lladd|ladd) (?:fy|ei) hun|(?:niweidio|brifo|frifo|anafu|torri) (?:fy|ei) hun|hunan ?niwed[a-z]*|(?:eisiau|isio|moyn) marw|(?:dim|ddim) (?:eisiau|isio|moyn) (?:byw|bod yma|bod yn fyw)|dim pwynt byw"),
  rule(H, ['suicide'], 'mentions suicide ({m})', 'hunanladdiad|hunan laddiad', { framable: true }),
  rule(H, ['forced-marriage'], 'mentions forced marriage ({m})',
    "priodas (?:dan orfod|orfodol|gorfodol)|(?:fy |ei |ein )?(?:ngorfodi|gorfodi|orfodi) (?:i |fi i |fi |mi i )?(?:briodi|priodi)|gwneud i mi briodi"),
  rule(H, ['honour-based-abuse'], 'mentions honour-based abuse ({m})', 'cywilydd ar (?:y|fy|ein) teulu|dwyn cywilydd|(?:trais|cam drin) ar sail anrhydedd'),
  rule(H, ['breach-of-order'], 'says a court order or bail condition was breached ({m})',
    "torri(?:'r| y| ei| eu)? (?:gorchymyn|orchymyn|amodau|amod|gwaharddeb|waharddeb)"),
  rule(H, ['child-at-risk'], 'a child may be at risk ({m})',
    "cam drin plant|(?:plentyn|plant|mab|fab|merch|ferch|mhlentyn|mhlant|wyres|wyr)(?: [a-z']+){0,3} (?:cael (?:ei|eu) (?:gam drin|cham drin|cam drin|guro|churo|brifo|frifo|daro|tharo)|meithrin perthynas amhriodol)|meithrin perthynas amhriodol"),
  rule(H, ['exploitation', 'modern-slavery'], 'signs of exploitation or modern slavery ({m})', 'caethwasiaeth|masnachu pobl|camfanteisio|cam fanteisio|llinellau sirol', { framable: true }),
  rule(H, ['sextortion'], 'says they are being blackmailed with images ({m})', 'blacmel[a-z]*|bygwth rhannu (?:lluniau|fideos|fy lluniau|fy fideos)'),
  rule(H, ['hate-crime'], 'describes a hate crime or hate incident ({m})', 'trosedd casineb|cam drin hiliol|hiliol|homoffobig', { framable: true }),
];

const RULES: readonly RiskRule[] = [...EMERGENCY_RULES, ...HIGH_RULES, ...WELSH_RULES];

// ---------------------------------------------------------------------------
// Cues: not disclosures by themselves, but they turn one into an emergency.

function cue(kind: CueKind, source: string): Cue {
  return { kind, pattern: compile(source) };
}

const CUES: readonly Cue[] = [
  // Someone is there, or coming, now.
  cue('present',
    "(?:{SUBJ}|{THREAT_SUBJ})(?:'s|'re| is| are)(?: still| now| right now| currently| just| back| actually)? (?:(?:standing|stood|sat|sitting|parked|waiting|lurking|hanging around|loitering|hiding|banging|knocking|hammering|kicking|shouting|screaming|watching|staring|filming|circling|driving (?:up and down|round|past)|looking (?:in|through)) )?(?:{PLACE}|here(?! (?:for|to help))|(?:there|out there|outside|out the front|out the back|downstairs|upstairs|inside) (?:right now|now|again|still)|in the (?:house|flat))"),
  cue('present',
    "(?:pulled up|parked up|parked|pulling up|stopped|standing|stood|waiting|sat|sitting|appeared|turned up|lurking) (?:right |just )?(?:behind|next to|beside|outside|opposite|across from|near|in front of) (?:me|us|my (?:car|house|flat|home|door|window)|our (?:car|house|flat|home)|the house)"),
  cue('present',
    "(?:is|are|'s|'re) (?:still |now |currently |just )?(?:sat|sitting|parked|standing|stood|waiting|lurking|hanging around|watching|staring|hiding)(?: [a-z']+){0,4} (?:outside|opposite|across from|at the end of|near|in|at) (?:my|our|the|me)|hiding (?:somewhere )?(?:in|inside|upstairs|downstairs|outside)|still (?:here|there|out there|out the (?:front|back)|outside|inside|in (?:the|my|our) [a-z]+|downstairs|upstairs|at (?:the|my) (?:door|window)|around|nearby|parked|waiting|watching|following|behind me|in the area|sat|sitting|standing|lurking|hanging around)"),
  cue('present',
    "on (?:his|her|their|the|my) way (?:over|round|around|here|back|home|to (?:me|mine|my|the house|our|get|find))|(?:coming|heading|driving) (?:over|round|around|here|back|home|to (?:my|mine|our|the house|get me|find me)|for (?:me|us)|after (?:me|us))|just (?:turned up|arrived|shown up|showed up|pulled up|come round|came round|got here|walked in|come in|come back|got back|got home|let himself in|let herself in|broken in)"),
  cue('present',
    "(?:watching|following|filming|staring at|waiting for|outside) (?:me|us|my (?:house|flat|home|window)|the house)(?: right now| now| as i (?:type|write|speak)| at the moment)|as i (?:type|write|speak|message)(?: this)?|(?:i )?can (?:hear|see) (?:him|her|them|he's|she's|they're|my ex|my stalker|his car|her car|their car|the car|the man|the guy|someone)"),
  cue('present', "(?:mae |ma )?(?:o|e|hi|nhw|fo|fe) (?:yma|tu allan|tu fas)(?: nawr| rwan)?|{CY_SUBJ}(?:'n| yn) (?:dod|dod yn ol|dod nol|dod 'n ol|ar ei ffordd|ar eu ffordd|tu allan|tu fas|yma|wrth y drws)|ar (?:ei|eu) ffordd (?:yma|draw|'ma)|dal (?:yma|yno|yn y ty|tu allan)|(?:yma|tu allan) (?:nawr|rwan)"),
  // Strictly now: turns threats and attacks into emergencies.
  cue('now', "right now|as we speak|as i (?:type|write|speak)|at this (?:moment|minute|second)|tonight|in a (?:minute|min|bit|second|sec)|when (?:he|she|they) (?:gets?|comes?) (?:home|back|in)|nawr|rwan|heno"),
  // Soon: turns thoughts of suicide into an emergency.
  cue('imminent',
    "right now|as we speak|tonight|this (?:evening|afternoon|morning|weekend)|today|now|in a (?:minute|min|bit|few minutes|few mins|hour)|in (?:an hour|\\d+ (?:minutes|mins|hours))|soon|after (?:this|i send)|goodbye|on (?:the|a|top of the|the edge of the) (?:bridge|motorway bridge|roof|edge|ledge|tracks|train tracks|railway|railway line|cliff|multi storey|car park roof|balcony)|(?:got|have|'ve got) (?:the )?(?:rope|pills|tablets|blade|noose) (?:ready|here)|nawr|rwan|heno|heddiw"),
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

/** Idioms and innocent uses of alarming words; a rule match inside one is ignored. */
const IDIOMS: readonly RegExp[] = [
  "(?:is|are|was|were|it's|they're|'s|'re) killing (?:me|us|my)",
  'kill(?:ing)? (?:myself|me|us) (?:laughing|with laughter|to get|trying)|(?:laughing|laughed|laugh) (?:myself )?to death|(?:bored|worried) to death|died laughing|nearly died (?:laughing|of embarrassment)',
  '(?:could|would|i\'d) (?:murder|kill|strangle|throttle) (?:a|for|some|whoever|someone|somebody|the)|kill for (?:a|some)|dying (?:to|for)|to kill time|kill(?:ed|ing)? it|killer (?:headache|app|heels|queen)',
  'knife crime|knife crimes|knife amnesty|knife arch|knife bins?|knives? (?:crime|amnesty|bin|arch|surrender)|knife and fork|butter knife|pen ?knife (?:collection|law)|gun (?:crime|licen[cs]e|club|certificate|shop|range)|shotgun (?:licen[cs]e|certificate)|firearms? (?:licen[cs]ing|licen[cs]e|certificate|department|officers?|team)|(?:water|nerf|glue|staple|heat|paint|toy|bb|airsoft|cap|cap gun|spray|massage|nail|grease|starting) guns?',
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
].map((source) => new RegExp(tolerateDoubles(source), 'g'));

const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'noone', 'nor', 'without', 'ddim', 'nid', 'dim', 'nac', 'heb']);
// "no one believes me", "can't stop thinking", "dim ond": a negation that
// does not deny what follows.
const NEGATION_EXEMPT_NEXT = new Set([
  'stop', 'help', 'cope', 'escape', 'bear', 'leave', 'take', 'go', 'sleep', 'get', 'handle', 'stand', 'believe',
  'believes', 'listen', 'listens', 'helps', 'cares', 'care', 'sure', 'remember', 'know', 'knows', 'ond', 'eat',
  'breathe', 'tell', 'told', 'move', 'trust', 'matter', 'point', 'idea', 'wonder', 'certain',
]);
// A new clause begins after these, so a negation before them does not reach across.
const CLAUSE_JOINERS = new Set([
  'but', 'and', 'although', 'though', 'however', 'yet', 'because', 'cos', 'so', 'then', 'while', 'whilst', 'when',
  'since', 'until', 'except', 'apart', 'now', 'ond', 'ac', 'achos', 'oherwydd', 'felly', 'also', 'just', 'still', 'even',
]);
const NEGATION_WINDOW = 4;

const GENERIC_SUBJECT = /^(?:someone|somebody|a person|people|you|anyone|anybody|one|a victim|victims|a woman|a man|a child|a partner|your partner|their partner|a family|families|a friend|your|an ex|a parent|parents|women|men|children|kids)\b/;
const HYPOTHETICAL = new Set(['if', 'whether', 'suppose', 'imagine', 'hypothetically', 'os']);

const FRAMING = compile(
  "i (?:read|heard|saw) (?:about|that|on|in|there|an?)|on the news|reported (?:in|on) the|(?:want|like|wish|would like|wanted|wanting) to (?:know|find out|learn|understand|ask|comment|give|share|raise|make a (?:comment|point|suggestion))|wondering|can you tell me|(?:information|info|details) (?:on|about)|find out (?:about|more|how|what|whether|if)|learn (?:about|more)|polic(?:y|ies)|polisi|strateg(?:y|ies)|strategaeth|fund(?:s|ed|ing)?|ariann[a-z]*|cyllid|grants?|charit(?:y|ies)|elusen[a-z]*|commission(?:ed|ing|s)?|commissioner|comisiynydd|pcc|opcc|article|erthygl|news|newyddion|newspaper|headlines?|documentary|programme|podcast|research(?:ing|er)?|ymchwil|study|studies|statistics|stats|ystadegau|figures|data|rates?|awareness|campaign|ymgyrch|conference|training|hyfforddiant|essay|dissertation|thesis|coursework|homework|project|survey|consultation|ymgynghoriad|priorit(?:y|ies)|blaenoriaethau|plan|cynllun|prevention|tackl(?:e|ing)|advocates?|advocacy|services|service|gwasanaeth(?:au)?|provision|providers?|helplines?|refuges|organisations?|sector|workshop|session|panel|board|committee|forum|network|(?:the|a|an|this|that|your|their) (?:[a-z]+ ){0,3}talks?(?! to)|assembly|lesson|presentation|speaker|event|volunteer(?:ing|s)?|thank(?:s| you)?|diolch|feedback|petition|debate|budget|spending|cuts|vacanc(?:y|ies)|career|university|uni|lecture|book|film|tv|drama|episode|leaflets?|posters?|website|gwefan|foi|freedom of information|laws?|legislation|act|bill|scheme|initiative|white ribbon|vawg|clinics?|increase in|rise in|levels of|epidemic|in (?:lancashire|preston|blackpool|blackburn|burnley|lancaster|chorley|the county|the area|our area|my area|the uk|england|wales|the country|society|cymru)|(?:a|my|to make a|leave a) comment (?:on|about)|sylw|report(?:s)? (?:on|about|into)|inquiry|review of|(?:what|how) (?:is|are) (?:the|you|your)",
);
// Someone speaking of what is happening to them or to someone close: policy
// words nearby do not make that a policy question.
const EXPERIENCE = compile(
  "i'm being|i am being|i've been|i have been|i was|we were|i feel|i'm scared|i am scared|i'm frightened|i'm terrified|happening to|happened to|i've had|i have had|i'm a victim|i am a victim|i'm suffering|i am suffering|i'm experiencing|i am experiencing|i need (?:help|support)|help me|against me|at me|to me|(?:is|are|was|were|been|being) (?:being )?(?:stalked|harassed|abused|raped|groomed|exploited|trafficked|threatened|hit|beaten|hurt|attacked|assaulted|controlled)|dw i'n dioddef|arna i",
);
const PERSONAL = compile(
  "(?<!(?:tell|send|give|show|let|email|contact|ring|call|inform|advise|direct|point|help|ask|asking|to|with|for) )me|myself|my (?:[a-z]+'s )?{RELWORD}(?!'s)|fi|mi",
);
const GENERAL_QUESTION = /^(?:what|how|where|who|which|when|why|is|are|does|do|can|could|would|will|should|has|have|did|beth|sut|ble|pwy|pam|oes|a oes|ydy|ydi)\b/;

/** Recalled or habitual, not happening now. */
const NOT_NOW = compile(
  "years? ago|months? ago|weeks? ago|last (?:year|month|summer|winter|spring|autumn|christmas|time|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when i was (?:a |younger|little|small|\\d+|at|in|growing)|as a (?:child|kid|teenager|teen)|in (?:19|20)\\d\\d|used to|back in|growing up|in the past|previously|historic(?:al)?|a while (?:ago|back)|long time ago|twice|three times|several times|many times|yesterday|the other (?:day|night|week)|at the weekend|over the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every (?:day|night|week|time|morning|evening)|all the time|always|constantly|regularly|often|sometimes|usually|most (?:days|nights|weekends)|for (?:weeks|months|years|ages)|keeps?|y llynedd|flynyddoedd yn ol|bob (?:dydd|nos|wythnos)",
);

// ---------------------------------------------------------------------------

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

interface Clause {
  readonly text: string;
  readonly framed: boolean;
  readonly messageFramed: boolean;
  readonly personal: boolean;
  readonly experience: boolean;
  readonly question: boolean;
  readonly notNow: boolean;
}

const CLAUSE_BREAK = /[.!?;:,\u2026]+(?=\s|$)|[\r\n]+|\s[-\u2013\u2014]+\s|\s\|\s/;
const FRAGMENT_WORDS = 7;
const FRAGMENT_CHARS = 48;

// "my phone" is the resident's own; "my sister" is someone else.
const FIRST_PERSON = compile("i|i'm|i've|i'd|i'll|me|myself|my self|us|we|we're|we've|fi|mi|dw|dwi|rydw|arna|(?:my|our|fy) (?!(?:[a-z]+'s )?{RELWORD}|{KID})");
const THIRD_PERSON = compile("he|she|they|him|her|them|his|their|himself|herself|themselves|he's|she's|they're|(?:my|our) (?:[a-z]+'s )?(?:{RELWORD}|{KID})|o|e|hi|nhw|fo|fe");

function fragmentOf(match: RegExpExecArray): string {
  const text = (match.groups?.['m'] ?? match[0]).trim();
  const words = text.split(' ').slice(0, FRAGMENT_WORDS).join(' ');
  return words.length > FRAGMENT_CHARS ? `${words.slice(0, FRAGMENT_CHARS)}…` : words;
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

function isNegated(text: string, start: number, match: string): boolean {
  const before = text.slice(0, start).trimEnd().split(' ').filter((w) => w !== '');
  const window = before.slice(-NEGATION_WINDOW);
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
  if (!GENERIC_SUBJECT.test(after)) return null;
  return testOnce(FIRST_PERSON, after) !== null ? 'personal' : 'general';
}

function testOnce(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
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

function readClause(text: string, messageFramed: boolean): Clause {
  const experience = saysSo(EXPERIENCE, text);
  return {
    text,
    framed: testOnce(FRAMING, text) !== null,
    messageFramed,
    personal: experience || testOnce(PERSONAL, text) !== null,
    experience,
    question: GENERAL_QUESTION.test(text),
    notNow: testOnce(NOT_NOW, text) !== null,
  };
}

/**
 * A bare topic word is talk about the topic, not a disclosure, when policy or
 * news words sit in its own clause (unless someone says it is happening to
 * them), or elsewhere in the message or in a general question while nobody in
 * particular is mentioned.
 */
function isTalkAbout(clause: Clause): boolean {
  if (clause.framed) return !clause.experience;
  return (clause.messageFramed || clause.question) && !clause.personal;
}

function firstHit(rule: RiskRule, clause: Clause, index: number, message: string): Hit | null {
  if (rule.framable && isTalkAbout(clause)) return null;
  if (rule.alsoNeeds !== null && testOnce(rule.alsoNeeds, message) === null) return null;
  const { pattern } = rule;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause.text); m !== null; m = pattern.exec(clause.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsIdiom(clause.text, start, end)) continue;
    if (isNegated(clause.text, start, m[0])) continue;
    const asked = hypothetical(clause.text, start, m[0]);
    if (asked === 'general') continue;
    const lowered = asked === 'personal' || (rule.nowOnly && clause.notNow);
    const level: Alarm = rule.level === 'emergency' && lowered ? 'high' : rule.level;
    return { rule, level, fragment: fragmentOf(m), clause: index, thirdParty: testOnce(FIRST_PERSON, m[0]) === null && testOnce(THIRD_PERSON, m[0]) !== null };
  }
  return null;
}

function firstCue(c: Cue, clause: Clause, index: number): CueHit | null {
  const { pattern } = c;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause.text); m !== null; m = pattern.exec(clause.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (isNegated(clause.text, m.index, m[0]) || overlapsIdiom(clause.text, m.index, m.index + m[0].length)) continue;
    return { kind: c.kind, fragment: fragmentOf(m), clause: index };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Crying for help. Plain "help" is the bot's own command, so it alone is not
// an alarm; "HELP", "help!", "help me", "helpwch fi" are.

const HELP_CRY = /(?<![a-z])(?:help me|help us|helpwch fi|helpwch ni|help fi|helpa fi|helpu fi|achubwch fi|save me|someone help|somebody help|please help|help please|sos)(?![a-z])/;
const HELP_NOT_CRY = /(?:can|could|would|will|you|to|need|needs|for|get|getting|ask|asking|want|wanted|looking for|seeking|the|your|of|would you) (?:please )?help (?:me|us)|help (?:me|us) (?:with|to|understand|find|make|get|complain|fill|know|out|on|about|if|regarding|in|choose|decide|sort|contact|apply|write|report|please with|figure|work|access|because|cos)/;
const SHOUTED_HELP = /(?<![A-Za-z])HELP(?![A-Za-z])/;
const HELP_WITH_BANG = /(?<![A-Za-z])help\s*!/i;
const HELP_ONLY_WORDS = new Set([
  'help', 'me', 'us', 'please', 'someone', 'somebody', 'now', 'quick', 'quickly', 'asap', 'sos', 'i', 'need', 'plis',
  'helpwch', 'fi', 'ni', 'helpu', 'helpa', 'achubwch', 'save', 'urgent', 'urgently', 'oh', 'god', 'omg', 'pls', 'plz',
  'right', 'anyone', 'anybody', 'is', 'there', 'can', 'you', 'x',
]);

function cryForHelp(raw: string, normalised: string): { cry: boolean; only: boolean } {
  const shouted = SHOUTED_HELP.test(raw) || HELP_WITH_BANG.test(raw);
  const said = HELP_CRY.test(normalised) && !HELP_NOT_CRY.test(normalised);
  const cry = shouted || said;
  const words = normalised.split(' ').filter((w) => w !== '');
  const only = cry && words.length > 0 && words.length <= 8 && words.every((w) => HELP_ONLY_WORDS.has(w));
  return { cry, only };
}

// ---------------------------------------------------------------------------
// Language: counted from function words, not guessed from a single word.

const WELSH_WORDS = new Set([
  'mae', 'yn', 'dw', 'dwi', 'rwy', 'rwyf', 'rydw', 'roedd', 'fy', 'mewn', 'nawr', 'rwan', 'gyda', 'efo', 'wedi', 'ddim',
  'nid', 'hoffwn', 'eisiau', 'isio', 'heddlu', 'helpwch', 'diolch', 'gwelwch', 'hefyd', 'chi', 'nhw', 'ganddo',
  'ganddi', "i'r", "i'n", "mae'r", "dw i'n", 'rhywun', 'ofn', 'perygl', 'cwyn', 'swyddog', 'ydw', 'ydy', 'oes', 'sydd',
  'fod', 'bod', 'angen', 'ac', 'ond', 'yr', 'y', 'fe', 'fo', 'ei', 'eich', 'ein', 'cael', 'gael', 'gen', 'hwn', 'hon',
  'yma', 'yno', 'wrth', 'allan', 'tu', 'ffordd', 'mynd', 'dod', 'wneud', 'gwneud', 'eto', 'iawn', 'cymorth', 'ty',
  'nhy', 'drws', 'plis', 'gan', 'pan', 'hun', 'arna', 'yw', 'beth', 'sut', 'pam', 'pwy', 'ble', 'heno', 'fi', "o'n",
  "e'n", "hi'n", "dwi'n", 'cam', 'drin', 'domestig', 'gorchymyn', 'am', 'ar', 'o', 'i',
]);
const WELSH_ONLY = new Set([...WELSH_WORDS].filter((w) => !['i', 'o', 'am', 'ar', 'a', 'y', 'fi', 'hun', 'gan', 'pan', 'tu', 'yma', 'ei'].includes(w)));
const ENGLISH_WORDS = new Set([
  'the', 'and', 'is', 'are', 'my', "i'm", 'you', 'to', 'of', 'in', 'it', 'he', 'she', 'they', 'have', 'has', 'was',
  'with', 'for', 'on', 'at', 'this', 'that', 'me', 'not', 'please', 'can', 'what', 'how', 'who', 'someone', 'he\'s',
  "she's", 'just', 'been', 'do', "don't", 'want', 'like', 'would', 'about', 'there', 'from', 'will', 'your', 'a', 'an',
  'be', 'we', 'our', 'us', 'him', 'her', 'them', 'keeps', 'won\'t', 'now', 'here', 'hello', 'hi', 'thanks', 'thank',
]);

function detectLanguage(raw: string, normalised: string): RiskAssessment['language'] {
  const words = normalised.split(' ').filter((w) => w !== '');
  let welsh = /[ŵŷ]/i.test(raw) ? 2 : 0;
  let english = 0;
  for (const w of words) {
    if (WELSH_ONLY.has(w)) welsh++;
    else if (ENGLISH_WORDS.has(w)) english++;
  }
  if (welsh === 0 && english === 0) return 'unknown';
  if (welsh >= 2 && welsh > english) return 'cy';
  if (welsh === 1 && english === 0) return 'cy';
  return english >= welsh ? 'en' : 'cy';
}

// ---------------------------------------------------------------------------

function topicLabel(topic: RiskTopic): string {
  return topic.replace(/-/g, ' ');
}

/** Screens one message. Pure, synchronous and fast enough to run on every turn. */
export function screenRisk(text: string): RiskAssessment {
  const clauseTexts = text.split(CLAUSE_BREAK).map(normaliseForScreening).filter((c) => c !== '');
  const message = clauseTexts.join(' | ');
  const messageFramed = testOnce(FRAMING, message) !== null;
  const clauses = clauseTexts.map((c) => readClause(c, messageFramed));
  const language = detectLanguage(text, message);

  const hits: Hit[] = [];
  const cues: CueHit[] = [];
  clauses.forEach((clause, index) => {
    for (const r of RULES) {
      const hit = firstHit(r, clause, index, message);
      if (hit !== null) hits.push(hit);
    }
    for (const c of CUES) {
      const found = firstCue(c, clause, index);
      if (found !== null) cues.push(found);
    }
  });

  let level: RiskLevel = 'none';
  const topics: RiskTopic[] = [];
  const reasons: string[] = [];
  const escalate = (topic: RiskTopic, reason: string): void => {
    level = 'emergency';
    topics.push(topic);
    reasons.push(reason);
  };

  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;
  const has = (set: ReadonlySet<RiskTopic>, h: Hit): boolean => h.rule.topics.some((t) => set.has(t));

  const present = cues.find((c) => c.kind === 'present');
  if (present && hits.some((h) => has(THREAT_TOPICS, h))) escalate('immediate-danger', `someone is present now (${present.fragment})`);
  for (const c of cues) {
    if (c.kind === 'now' && hits.some((h) => near(h.clause, c.clause) && has(NOW_TOPICS, h))) {
      escalate('immediate-danger', `says it is happening now (${c.fragment})`);
      break;
    }
  }
  for (const c of cues) {
    if (c.kind === 'imminent' && hits.some((h) => near(h.clause, c.clause) && has(SELF_TOPICS, h))) {
      escalate('immediate-danger', `says they may act on it now (${c.fragment})`);
      break;
    }
  }
  const help = cryForHelp(text, message);
  if (help.only || (help.cry && (hits.length > 0 || present))) escalate('immediate-danger', 'cries for help');

  const ordered = [...hits].sort((a, b) => (a.level === b.level ? 0 : a.level === 'emergency' ? -1 : 1));
  for (const h of ordered) {
    level = maxLevel(level, h.level);
    topics.push(...h.rule.topics);
    reasons.push(h.rule.reason.replace('{m}', h.fragment));
    const main = h.rule.topics[0];
    if (h.thirdParty && main !== undefined && main !== 'immediate-danger') reasons.push(`third-party disclosure: ${topicLabel(main)}`);
  }

  return { level, topics: [...new Set(topics)], reasons: [...new Set(reasons)], language };
}
