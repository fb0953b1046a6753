import { compile, tolerateDoubles } from './phrase';
import { joined } from './pattern';
import type { Documented } from './phrase';

/*
 * Suppressors: what makes an alarming word not a disclosure. Each applies only to the span it is
 * asked about: an idiom ("my feet are killing me"), a negation ("I'm not in danger"), a generic
 * hypothetical ("if someone is followed..."), talk about a subject (policy, news, research), or
 * something recalled rather than happening now.
 */

/** Idioms and innocent uses of alarming words, written in the phrase language of phrase.ts. */
export interface IdiomSpec extends Documented {
  readonly pattern: string;
}

/** A phrase-rule match overlapping one of these is ignored. */
export const IDIOMS: readonly (Documented & { readonly pattern: RegExp })[] = ([
  {
    id: 'idiom/something-killing-me',
    purpose: 'something "is killing me": a complaint, not a threat',
    pattern: "(?:is|are|was|were|it's|they're|'s|'re) killing (?:me|us|my)",
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/laughing-to-death',
    purpose: 'laughing, bored or worried to death',
    pattern: [
      'kill(?:ing)? (?:myself|me|us) (?:laughing|with laughter|to get|trying)|(?:laughing|laughed|',
      'laugh) (?:myself )?to death|(?:bored|worried) to death|died laughing|nearly died (?:laughing|',
      'of embarrassment)',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/could-murder-a',
    purpose: '"I could murder a brew", "dying for", "killed it"',
    pattern: [
      "(?:could|would|i'd) (?:murder|kill|strangle|throttle) (?:a|for|some|whoever|someone|somebody|the)|",
      "kill for (?:a|some)|dying (?:to|for)|to kill time|kill(?:ed|ing)? it|killer (?:headache|app|heels|queen)",
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/knife-crime-and-licences',
    purpose: 'knife crime as a subject, cutlery, gun licences and toy or tool guns',
    pattern: [
      'knife crime|knife crimes|knife amnesty|knife arch|knife bins?|knives? (?:crime|amnesty|bin|arch|',
      'surrender)|knife and fork|butter knife|pen ?knife (?:collection|law)|gun (?:crime|licen[cs]e|club|',
      'certificate|shop|range)|shotgun (?:licen[cs]e|certificate)|firearms? (?:licen[cs]ing|licen[cs]e|',
      'certificate|department|officers?|team)|(?:water|nerf|glue|staple|heat|paint|toy|bb|airsoft|cap|spray|',
      'massage|nail|grease|starting) guns?',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/sports-bats-and-animal-bats',
    purpose: 'cricket and baseball bats at play, and the animal',
    pattern: [
      '(?:cricket|baseball|rounders|softball|table tennis|ping pong) bat (?:and ball|practice|club)|',
      'bats? (?:in|roosting|flying|survey)|bat (?:survey|box|boxes|colony|colonies|detector)',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/stabbing-pain-and-photo-shoots',
    purpose: 'a stabbing pain, shooting as sport or film, cooking with a knife',
    pattern: [
      'stabbing (?:pain|pains|sensation)|shooting (?:pain|pains|star|stars|range|club|a film|a video|hoops|',
      'pool|season|party)|(?:clay|pigeon|game) shooting|photo ?shoot|(?:cutting|chopping|peeling|slicing|',
      'carving|cooking|eating|spreading|buttering|opening|cut) (?:[a-z]+ ){0,3}with (?:a|the|his|her|',
      'my)? ?(?:[a-z]+ )?knife',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/hit-up-and-road-accidents',
    purpose: '"hit me up", "hit the roof", hit by a car or a ball',
    pattern: [
      'hit (?:me|us) up|hitting on|hit on (?:me|her|him)|hit (?:the|my) (?:roof|ceiling|road|gym|shops|',
      'headlines|jackpot|target|wall|nail|hay|sack|spot|books)|hit by (?:a |the )?(?:car|van|bus|lorry|ball|',
      'cyclist|bike|vehicle|taxi)|hit and run|(?:car|van|bus|lorry|ball|cyclist|bike|vehicle|taxi|',
      'driver) (?:hit|hits|knocked)',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/social-media-stalking',
    purpose: '"stalking their Instagram", a stalking horse',
    pattern: [
      '(?:stalking|stalker) (?:horse|mode|instagram|facebook|profiles?|their (?:profile|page))|(?:facebook|',
      'instagram|insta|social media) (?:stalk|stalking|stalked)',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/danger-of',
    purpose: '"in danger of", stranger danger, dangerous driving or dogs',
    pattern: 'in danger of|danger to (?:the )?public|stranger danger|danger money|dangerous (?:driving|dogs?|roads?|junction|parking)',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/attacked-by-animals',
    purpose: 'attacked by a dog, a seagull or wasps',
    pattern: "attacked by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|seagull|seagulls|bees?|wasps?|swans?|geese)",
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/heart-attack-and-attacks-on-policy',
    purpose: 'a heart or panic attack, an attack on a plan or a budget',
    pattern: '(?:heart|panic|asthma) attack|attack (?:on|at) (?:the|our|my) (?:plan|policy|budget|funding|council|government|pcc|commissioner|police)',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/will-kill-me-when-she-sees',
    purpose: '"mum will kill me when she sees the mess", with a trivial trigger or a laugh',
    pattern: [
      "(?:going to|gonna|will|'ll|'s going to) kill (?:me|us)(?: [a-z']+){0,2} (?:when (?:she|he|",
      "they) (?:sees?|hears?) (?:the|my|what|this|that|how)|if (?:i'm|i am|we're|we are) late|for (?:this|that|",
      "eating|breaking|losing|forgetting)|lol|haha|lmao)|kill (?:me|us) (?:lol|haha|lmao)",
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/film-shot',
    purpose: 'a film, a video or photos "shot"',
    pattern: '(?:film|video|movie|scene|series|programme|photos?|footage|advert|it) (?:was|were|is being|got) shot|shot down|photo ?shoot',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/fire-service-and-fireworks',
    purpose: 'the fire service, fire alarms and doors, fireworks, "on fire" at work',
    pattern: 'fire (?:alarm|brigade|service|station|safety|works|fighter|fighters|door|exit|doors)|fireworks|on fire (?:at work|today|this week|lately)',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/drug-dealing-nearby',
    purpose: 'drug dealing on the estate: anti-social behaviour, not a danger to the writer',
    pattern: 'drug (?:dealer|dealing) (?:on|in|around) (?:our|my|the) (?:estate|street|area|road)',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/threatened-with-court',
    purpose: 'threatened with court, bailiffs, the sack or a fine',
    pattern: [
      'threaten(?:ed|ing|s)? (?:me |us )?(?:with |to )(?:legal|court|a solicitor|solicitors|eviction|evict|',
      'the bailiffs|bailiffs|a fine|fine|the sack|sack|disciplinary|a ccj|sue|report|complain|call the police|',
      'take me to court|tow|clamp|close my account|cut off)',
    ].join(''),
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/dead-phone-dead-tired',
    purpose: 'a dead phone or battery, "dead tired", "dead good"',
    pattern: '(?:my|the) (?:phone|battery|laptop|car|tablet) (?:died|is dead|is dying)|dead (?:tired|good|easy|bored|funny|nice|lucky|end|line|lines)',
    matches: [],
    ignores: [],
  },
  {
    id: 'idiom/police-forcing-door',
    purpose: 'police or bailiffs forcing a door: a complaint, not an intruder',
    pattern: [
      '(?:police|officers?|bailiffs|enforcement agents|fire brigade|firefighters|',
      'paramedics)(?: [a-z\']+){0,3} (?:kicking|kicked|smashing|smashed|forcing|forced|breaking|broke|booting|',
      'booted|bashed) (?:down |in )?(?:my|the|our) (?:front |back )?doors?(?: in| down)?',
    ].join(''),
    matches: [],
    ignores: [],
  },
] satisfies readonly IdiomSpec[]).map((idiom) => ({ ...idiom, pattern: new RegExp(tolerateDoubles(idiom.pattern), 'g') }));

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
  joined([
    String.raw`^(?:someone|somebody|a person|people|you|anyone|anybody|one|a victim|victims|a woman|a man|a child|`,
    String.raw`a partner|your partner|their partner|a family|families|a friend|your|an ex|a parent|parents|women|`,
    String.raw`men|children|kids)\b`,
  ]);
const HYPOTHETICAL = new Set(['if', 'whether', 'suppose', 'imagine', 'hypothetically', 'os']);
const THEY = /^(?:they|they're|they've|their|them)\b/;
const GENERIC_MENTION = /\b(?:someone|somebody|a person|people|anyone|anybody|a victim|victims|a woman|a man|a child|women|men|children)\b/;

export const FRAMING = compile(
  [
    "i (?:read|heard|saw|seen) (?:about|that|on|in|there|an?|someone|somebody|people)|on the news|",
    "reported (?:in|on) the|(?:want|like|wish|would like|wanted|wanting) to (?:know|find out|learn|",
    "understand|ask|comment|give|share|raise|make a (?:comment|point|suggestion))|wondering|can you tell me|",
    "(?:information|info|details) (?:on|about)|find out (?:about|more|how|what|whether|if)|learn (?:about|",
    "more)|polic(?:y|ies)|polisi|strateg(?:y|ies)|strategaeth|fund(?:s|ed|ing)?|ariann[a-z]*|cyllid|grants?|",
    "charit(?:y|ies)|elusen[a-z]*|commission(?:ed|ing|s)?|commissioner|comisiynydd|pcc|opcc|article|erthygl|",
    "news|newyddion|newspaper|headlines?|documentary|programme|podcast|research(?:ing|er)?|ymchwil|study|",
    "studies|statistics|stats|ystadegau|figures|data|rates?|awareness|campaign|ymgyrch|conference|training|",
    "hyfforddiant|essay|dissertation|thesis|coursework|homework|project|survey|consultation|ymgynghoriad|",
    "priorit(?:y|ies)|blaenoriaethau|plan|cynllun|prevention|tackl(?:e|ing)|advocates?|advocacy|services|",
    "service|gwasanaeth(?:au)?|provision|providers?|helplines?|refuges|organisations?|sector|workshop|",
    "session|panel|board|committee|forum|network|(?:the|a|an|this|that|your|",
    "their) (?:[a-z]+ ){0,3}talks?(?! to)|assembly|lesson|presentation|speaker|event|volunteer(?:ing|s)?|",
    "thank(?:s| you)?|diolch|feedback|petition|debate|budget|spending|cuts|vacanc(?:y|ies)|career|university|",
    "uni|lecture|book|film|tv|drama|episode|leaflets?|posters?|website|gwefan|foi|freedom of information|",
    "laws?|legislation|act|bill|scheme|initiative|white ribbon|vawg|clinics?|increase in|rise in|levels of|",
    "epidemic|in (?:lancashire|preston|blackpool|blackburn|burnley|lancaster|chorley|the county|the area|",
    "our area|my area|the uk|england|wales|the country|society|cymru)|(?:a|my|to make a|",
    "leave a) comment (?:on|about)|sylw|reports? (?:on|about|into)|inquiry|review of|(?:what|how) (?:is|",
    "are) (?:the|you|your)",
  ].join(''),
);
// Someone speaking of what is happening to them or to someone close: policy
// words nearby do not turn that into a policy question.
export const EXPERIENCE = compile(
  [
    "i'm being|i am being|i've been|i have been|i was|we were|i feel|i'm scared|i am scared|i'm frightened|",
    "i'm terrified|happening to|happened to|i've had|i have had|i'm a victim|i am a victim|i'm suffering|",
    "i am suffering|i'm experiencing|i am experiencing|i need (?:help|support)|help me|against me|at me|",
    "to me|(?:i'm|i am|i was|i've been|i have been|we were|we've been|we are|my [a-z]+ (?:is|was|has been|",
    "'s been)) (?:being )?(?:stalked|harassed|abused|raped|groomed|exploited|trafficked|threatened|hit|",
    "beaten|hurt|attacked|assaulted|controlled)|dw i'n dioddef|arna i",
  ].join(''),
);
export const PERSONAL = compile(
  [
    "(?<!(?:tell|send|give|show|let|email|contact|ring|call|inform|advise|direct|point|help|ask|asking|to|",
    "with|for) )me|myself|my (?:[a-z]+'s )?{RELWORD}(?!'s)|fi|mi",
  ].join(''),
);
export const GENERAL_QUESTION = joined([
  String.raw`^(?:what|how|where|who|which|when|why|is|are|does|do|can|could|would|will|should|has|have|did|beth|`,
  String.raw`sut|ble|pwy|pam|oes|a oes|ydy|ydi)\b`,
]);

/** Recalled or habitual, not happening now. */
export const NOT_NOW = compile(
  [
    "years? ago|months? ago|weeks? ago|last (?:year|month|summer|winter|spring|autumn|christmas|time|week|",
    "weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when i was (?:a |younger|little|small|",
    "\\d+|at|in|growing)|as a (?:child|kid|teenager|teen)|in (?:19|20)\\d\\d|used to|back in|growing up|",
    "in the past|previously|historic(?:al)?|a while (?:ago|back)|long time ago|twice|three times|",
    "several times|many times|yesterday|the other (?:day|night|week)|at the weekend|over the weekend|",
    "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every (?:day|night|week|time|morning|",
    "evening)|all the time|always|constantly|regularly|often|sometimes|usually|most (?:days|nights|weekends)|",
    "for (?:weeks|months|years|ages)|y llynedd|flynyddoedd yn ol|bob (?:dydd|nos|wythnos)",
  ].join(''),
);

// "my phone" is the resident's own; "my sister" is someone else.
export const FIRST_PERSON = compile([
  "i|i'm|i've|i'd|i'll|me|myself|my self|us|we|we're|we've|fi|mi|dw|dwi|rydw|arna|(?:my|our|",
  "fy) (?!(?:[a-z]+'s )?{RELWORD}|{KID})",
].join(''));
export const THIRD_PERSON = compile([
  "he|she|they|him|her|them|his|their|himself|herself|themselves|he's|she's|they're|(?:my|",
  "our) (?:[a-z]+'s )?(?:{RELWORD}|{KID})|o|e|hi|nhw|fo|fe",
].join(''));

export function testOnce(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

export function isNegated(text: string, start: number, match: string): boolean {
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
export function saysSo(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else if (!isNegated(text, m.index, m[0])) return true;
  }
  return false;
}

export function overlapsIdiom(text: string, start: number, end: number): boolean {
  for (const { pattern: idiom } of IDIOMS) {
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
export function hypothetical(text: string, start: number, match: string): 'general' | 'personal' | null {
  const before = text.slice(0, start).trimEnd().split(' ').filter((w) => w !== '').slice(-6);
  const at = before.findIndex((w) => HYPOTHETICAL.has(w));
  if (at === -1) return null;
  const after = [...before.slice(at + 1), ...match.split(' ')].join(' ');
  const earlier = text.slice(0, start).split(' ').slice(0, -(before.length - at)).join(' ');
  const generic = GENERIC_SUBJECT.test(after) || (THEY.test(after) && GENERIC_MENTION.test(earlier));
  if (!generic) return null;
  return testOnce(FIRST_PERSON, after) !== null ? 'personal' : 'general';
}

// ---------------------------------------------------------------------------
// Message-level stand-downs.

/** A pattern over the whole normalised message that stands a `high` down (or, for ONGOING, stops that). */
export interface StandDown extends Documented {
  readonly pattern: RegExp;
}

/*
 * Framings in which alarming words are talked about, not disclosed: research,
 * fiction, teaching, statistics, a question about the law, a past case that
 * is over. They lower a `high` that nothing first-person and ongoing backs;
 * they never touch an emergency.
 */
/** A past case that is over: may stand down even a situation the scenes found, if nothing is ongoing. */
export const OVER_NOW: StandDown = {
  id: 'stand-down/past-case-over',
  purpose: 'a past case that is over: convicted, stopped years ago, safe and well now',
  pattern: joined([
    String.raw`\b(?:no trouble since|(?:was|has been|got) (?:convicted|jailed|sentenced)|it stopped (?:when|`,
    String.raw`years ago|in \d{4})|stopped when|safe and well now|fully recovered|long time ago|`,
    String.raw`it'?s (?:all )?over now|(?:years ago|in (?:19|20)\d\d|as a (?:teenager|child|kid))\b[^.]*\b(?:i'?m|`,
    String.raw`i am|i'?ve been) (?:\w+ ){0,4}?(?:doing )?(?:fine|safe|ok|okay|well|great)(?: now)?)\b`,
  ]),
  matches: [],
  ignores: [],
};

export const NOT_ABOUT_ME: StandDown = {
  id: 'stand-down/talk-about-a-subject',
  purpose: 'talk about a subject: fiction, teaching, statistics, a law question, professional work',
  pattern: joined([
      String.raw`\b(?:writing (?:a|an|my) (?:crime )?(?:novel|book|story|piece|article|essay|dissertation)|book club|`,
      String.raw`novel about|drama about|(?:watched|read) (?:a|an) (?:drama|film|documentary|book|article)|`,
      String.raw`for (?:our|my|a) (?:pshe|assembly|lesson|course|college|class|essay|dissertation)|year \d+|`,
      String.raw`talk to (?:year|our|the) (?:\d+|pupils|students|class)|(?:genuinely|just) curious|hypothetically|`,
      String.raw`ar gyfer traethawd|traethawd coleg|dwi ddim mewn perygl|how many (?:officers|calls|victims|cases|`,
      String.raw`people)|do you have figures|is (?:it|[\w ]{1,40}) illegal|what'?s the difference between|`,
      String.raw`law assignment|(?:it )?stopped (?:when|years ago|in \d{4})|safe and well now|fully recovered|`,
      String.raw`long time ago|(?:from|in) (?:19|20)\d\d (?:was|is) handled|iopc said to contact you|for a review|`,
      String.raw`a play|the play|staging|script|youth theatre|maximum sentence|sentence for|debat\w*|sixth form|pshe|`,
      String.raw`lesson (?:on|about)|i'?m an? (?:\w+ ){0,3}(?:support worker|caseworker|case worker|practitioner|`,
      String.raw`social worker|advocate|idva|isva)\b|referral portal|youth worker|online safety|safety evening|`,
      String.raw`any resources|resources you'?d recommend|my play|play is about|the number of|foi request|`,
      String.raw`freedom of information|in the news|volunteer with|advisory panel|diolch o galon|wedi gwella|`,
      String.raw`resources for (?:schools|teachers|pupils)|athrawes|athro|gwers|adnoddau|ymchwil|ystadegau|polisi|`,
      String.raw`ariannu)\b`,
    ]),
  matches: [],
  ignores: [],
};

// Hyperbole with a trivial trigger: "my boss will murder me if I miss another deadline".
export const HYPERBOLE: StandDown = {
  id: 'stand-down/hyperbole',
  purpose: 'hyperbole with a trivial trigger: "my boss will murder me if I\'m late"',
  pattern: joined([
    String.raw`\b(?:(?:boss|manager|teacher|mum|mom|mam|dad|nan|gran|wife|husband|missus|`,
    String.raw`other half)(?:'s)? (?:will|is going to|is gonna|'ll|would|'d) (?:kill|murder|`,
    String.raw`strangle) me if i (?:miss|forget|am late|'m late|don'?t (?:get|finish|do|tidy|clean)|spend|break|`,
    String.raw`lose|eat|buy|crash|scratch|dent)|(?:boss|manager|teacher|mum|mom|mam|dad|nan|gran)(?:'s)? (?:will|`,
    String.raw`would|'d|'ll|is going to|is gonna) (?:kill|murder) me if (?:she|he|they) (?:knew|found out|saw|sees|`,
    String.raw`finds out))\b`,
  ]),
  matches: [],
  ignores: [],
};

// A joke about killing someone close: "gonna kill my brother lol he ate my curry".
export const JOKE: StandDown = {
  id: 'stand-down/joke-marker',
  purpose: 'a laugh or "only joking" in the message',
  pattern: /\b(?:lol|haha+|lmao|jk|only joking)\b/,
  matches: [],
  ignores: [],
};
export const JOKE_TARGET: StandDown = {
  id: 'stand-down/joke-about-killing-family',
  purpose: '"gonna kill my brother": a joke about killing someone close',
  pattern: joined([
    String.raw`\b(?:(?:my )?(?:boss|mum|mom|mam|dad|nan|gran|brother|sister|teacher|manager|`,
    String.raw`mate)(?:'s)? (?:is )?(?:going to|gonna|will|'ll|would|'d) (?:kill|murder) (?:me|him|her)|(?:gonna|`,
    String.raw`going to) (?:kill|murder) my (?:brother|sister|mum|dad|mate|boss))\b`,
  ]),
  matches: [],
  ignores: [],
};

// Something still going on: a framing such as "I'm fine now" does not cancel it.
export const ONGOING: StandDown = {
  id: 'stand-down/still-going-on',
  purpose: 'something still going on, so a framing such as "I\'m fine now" does not cancel it',
  pattern: joined([
    String.raw`\b(?:(?:he|she|they|my \w+|his \w+|her \w+|the \w+)(?:'s| is| are)? (?:still|keeps?|kept|always)|`,
    String.raw`again|every (?:day|night|week)|won'?t stop|right now|tonight)\b`,
  ]),
  matches: [],
  ignores: [],
};

