import { compile, tolerateDoubles } from './phrase';
import { joined } from './pattern';
import type { Documented } from './phrase';

/*
 * Suppressors: what makes an alarming word not a disclosure. Each applies only to the span it is
 * asked about: an idiom ("my feet are killing me"), a negation ("I'm not in danger"), a generic
 * hypothetical ("if someone is followed..."), talk about a subject (policy, news, research), or
 * something recalled rather than happening now.
 */

/**
 * "Will kill me if I tell" is a threat, not a figure of speech: a trivial-sounding idiom never
 * holds when telling, the police, leaving or a relationship is the reason given soon after it.
 * (Placed after the idiom, never before it: a look-ahead at the start would run at every letter.)
 */
const UNLESS_TELLING = [
  "(?![a-z0-9' ]{0,80}?\\b(?:tell|tells|told|telling|police|report|reported|reporting|grass|grassing|snitch|leave|",
  'leaving|left (?:him|her|them)|messag[a-z]*|talk(?:ed|ing)? to (?:you|someone|anyone|somebody)|speak(?:ing)? to|',
  'contact(?:ed|ing)?|social services|the social|boyfriend|girlfriend|gay|pregnant|what (?:he|she|they) (?:does|did|do))\\b)',
].join('');

/** Idioms and innocent uses of alarming words, written in the phrase language of phrase.ts. */
export interface IdiomSpec extends Documented {
  readonly pattern: string;
}

/** A phrase-rule match overlapping one of these is ignored. */
export const IDIOMS: readonly (Documented & { readonly pattern: RegExp })[] = ([
  {
    id: 'idiom/something-killing-me',
    purpose: 'something "is killing me": a complaint, not a threat',
    // Never when a person is the subject: "he's killing me" is an attack.
    pattern: [
      "(?<!\\b(?:he|she|they|who|someone|somebody|man|ex|husband|partner|boyfriend|bf|girlfriend|wife|dad|stepdad|",
      "brother|son|uncle|him|them) ?)(?<!\\b(?:he|she|they|who|someone|somebody|man|ex|husband|partner|boyfriend|bf|",
      "girlfriend|wife|dad|stepdad|brother|son|uncle) (?:is|was) )(?:is|are|was|were|it's|'s|'re) killing (?:me|us|my)",
    ].join(''),
    matches: [
      'these potholes are killing my tyres',
      'Ive been on hold for ages this is killing me',
    ],
    ignores: [
      'you are killing it with the new neighbourhood teams, well done',
      'he is killing me with a knife',
      "help he's killing me",
      'my husband is killing me please come',
    ],
  },
  {
    id: 'idiom/killing-us-with-prices',
    purpose: 'prices, taxes or noise "killing us": a complaint, not an attack',
    pattern: [
      'killing (?:me|us) with (?:kindness|these|their|all (?:the|these|their)|the (?:prices|noise|council tax|precept|',
      'fees|rent|charges|cuts)|prices|noise|taxes|fees|charges|cuts)',
    ].join(''),
    matches: ["they're killing us with the council tax every year"],
    ignores: ["he's killing me with his bare hands"],
  },
  {
    id: 'idiom/laughing-to-death',
    purpose: 'laughing, bored or worried to death',
    pattern: [
      'kill(?:ing)? (?:myself|me|us) (?:laughing|with laughter|to get|trying)|(?:laughing|laughed|',
      'laugh) (?:myself )?to death|(?:bored|worried) to death|died laughing|nearly died (?:laughing|',
      'of embarrassment)',
    ].join(''),
    matches: [
      'I nearly died laughing at the commissioner\'s tweet',
      'nearly died laughing at the commissioner\'s radio interview, was he serious about the drones?',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'idiom/could-murder-a',
    purpose: '"I could murder a brew", "dying for", "killed it"',
    pattern: [
      "(?:i|we|i'd|id) (?:could |would )?(?:murder|kill|strangle|throttle) (?:a|for|some|whoever|the next)|",
      "kill for (?:a|some)|dying (?:to|for)|to kill time|kill(?:ed|ing)? it|killer (?:headache|app|heels|queen)",
    ].join(''),
    matches: [
      'I\'m dying to know who won the PCC election',
      'I could kill for a cup of tea after that meeting',
      'I could murder a brew',
    ],
    ignores: [
      'When\'s the next PCC election?',
      'he would strangle the life out of me if he knew i was messaging you',
      'he said he would kill the kids if i leave',
    ],
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
    matches: [
      'knife amnesty still on in preston?',
      'What is the PCC doing to tackle knife crime?',
    ],
    ignores: [
      'Preston',
    ],
  },
  {
    id: 'idiom/sports-bats-and-animal-bats',
    purpose: 'cricket and baseball bats at play, and the animal',
    pattern: [
      '(?:cricket|baseball|rounders|softball|table tennis|ping pong) bat (?:and ball|practice|club)|',
      'bats? (?:in|roosting|flying|survey)|bat (?:survey|box|boxes|colony|colonies|detector)',
    ].join(''),
    matches: [
      'ex turned up with a bat. in the hallway. kids upstairs',
      'Can I keep a baseball bat in my car? I genuinely play softball in a league on Sundays and the kit lives in the boot.',
    ],
    ignores: [
      'i can hear footsteps upstairs and i live alone',
    ],
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
    matches: [
      'How does someone get a shotgun certificate for clay pigeon shooting in Lancashire?',
      'The clay shooting ground near the village is really noisy on Sundays, does it need a licence?',
    ],
    ignores: [
      'SOMEONE IS IN MY HOUSE',
    ],
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
    matches: [
      'I got hit by a cyclist on the pavement on Fishergate',
      'I was hit by a car on a zebra crossing and the driver was never charged',
    ],
    ignores: [
      'The officer who dealt with my case never called me back',
    ],
  },
  {
    id: 'idiom/social-media-stalking',
    purpose: '"stalking their Instagram", a stalking horse',
    pattern: [
      '(?:stalking|stalker) (?:horse|mode|instagram|facebook|profiles?|their (?:profile|page))|(?:facebook|',
      'instagram|insta|social media) (?:stalk|stalking|stalked)',
    ].join(''),
    matches: [
      'I\'ve been Instagram stalking the band to see if they\'d play our fundraiser',
    ],
    ignores: [
      'he has been stalking me for months',
    ],
  },
  {
    id: 'idiom/danger-of',
    purpose: '"in danger of", stranger danger, dangerous driving or dogs',
    pattern: 'in danger of|danger to (?:the )?public|stranger danger|danger money|dangerous (?:driving|dogs?|roads?|junction|parking)',
    matches: [
      'can you send someone to give a talk to our cubs about stranger danger',
      'hiya, im a year 5 teacher at a primary in Darwen, could a PCSO come in and do a talk on stranger danger and online safety next term? thanks',
    ],
    ignores: [
      'no thanks',
    ],
  },
  {
    id: 'idiom/attacked-by-animals',
    purpose: 'attacked by a dog, a seagull or wasps',
    pattern: "attacked by (?:a |the |next door's |their |his |her |[a-z]+'s )?(?:dog|dogs|seagull|seagulls|bees?|wasps?|swans?|geese)",
    matches: [
      'my son was attacked by a seagull on the prom at Blackpool',
    ],
    ignores: [
      'my son was attacked by a gang on the prom',
    ],
  },
  {
    id: 'idiom/heart-attack-and-attacks-on-policy',
    purpose: 'a heart or panic attack, an attack on a plan or a budget',
    pattern: '(?<!having an? )(?:heart|asthma) attack|panic attack' +
      '|attack (?:on|at) (?:the|our|my) (?:plan|policy|budget|funding|council|government|pcc|commissioner|police)',
    matches: [
      'a firework went off right by my window last night and I nearly had a heart attack. can the sale of fireworks be restricted?',
    ],
    ignores: [
      'k1ll mys3lf t0night',
    ],
  },
  {
    id: 'idiom/will-kill-me-when-she-sees',
    purpose: '"mum will kill me when she sees the mess", with a trivial trigger or a laugh',
    pattern: [
      "(?:(?:going to|gonna|will|'ll|'s going to) kill (?:me|us)(?: [a-z']+){0,2} (?:when (?:she|he|",
      "they) (?:sees?|hears?) (?:the|my|what|this|that|how)|if (?:i'm|i am|we're|we are) late|for (?:this|that|",
      "eating|breaking|losing|forgetting)|lol|haha|lmao)|kill (?:me|us) (?:lol|haha|lmao))",
      UNLESS_TELLING,
    ].join(''),
    matches: [
      'my mum will kill me if I\'m late home again',
      'My mum\'s going to kill me when she sees the dent in her car',
    ],
    ignores: [
      'hes outside again',
      "he'll kill me when he sees what i told you",
    ],
  },
  {
    id: 'idiom/film-shot',
    purpose: 'a film, a video or photos "shot"',
    pattern: '(?:film|video|movie|scene|series|programme|photos?|footage|advert|it) (?:was|were|is being|got) shot|shot down|photo ?shoot',
    matches: [
      'a film was shot on our street last week and they blocked the road',
    ],
    ignores: [
      'a man was shot on our street last week',
    ],
  },
  {
    id: 'idiom/fire-service-and-fireworks',
    purpose: 'the fire service, fire alarms and doors, fireworks, "on fire" at work',
    pattern: 'fire (?:alarm|brigade|service|station|safety|works|fighter|fighters|door|exit|doors)|fireworks|on fire (?:at work|today|this week|lately)',
    matches: [
      'whats the law on fireworks, what time do they have to stop',
      'fireworks going off every night in ribbleton\nits only october\nis there a law about times',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'idiom/drug-dealing-nearby',
    purpose: 'drug dealing on the estate: anti-social behaviour, not a danger to the writer',
    pattern: 'drug (?:dealer|dealing) (?:on|in|around) (?:our|my|the) (?:estate|street|area|road)',
    matches: [
      'Years ago (2012ish) I rang about drug dealing on our street and nothing was done. It\'s quiet now, the house ' +
        'got sold. But you asked for honest feedback so here it is: back then police didn\'t listen.',
    ],
    ignores: [
      'HE\'S IN THE HOUSE',
    ],
  },
  {
    id: 'idiom/threatened-with-court',
    purpose: 'threatened with court, bailiffs, the sack or a fine',
    pattern: [
      'threaten(?:ed|ing|s)? (?:me |us )?(?:with |to )(?:legal|court|a solicitor|solicitors|eviction|evict|',
      'the bailiffs|bailiffs|a fine|fine|a ticket|a parking ticket|points|the sack|sack|disciplinary|a ccj|sue|report|complain|call the police|',
      'take me to court|tow|clamp|close my account|cut off)',
    ].join(''),
    matches: [
      'the council threatened me with court over a parking fine',
    ],
    ignores: [
      'he threatened me with a knife',
    ],
  },
  {
    id: 'idiom/dead-phone-dead-tired',
    purpose: 'a dead phone or battery, "dead tired", "dead good"',
    pattern: '(?:my|the) (?:phone|battery|laptop|car|tablet) (?:died|is dead|is dying)|dead (?:tired|good|easy|bored|funny|nice|lucky|end|line|lines)',
    matches: [
      'I\'m dead tired of chasing this complaint',
      'my phone died halfway through the call so I\'m using this chat instead',
    ],
    ignores: [
      'complaint',
    ],
  },
  {
    id: 'idiom/police-forcing-door',
    purpose: 'police or bailiffs forcing a door: a complaint, not an intruder',
    pattern: [
      '(?:police|officers?|bailiffs|enforcement agents|fire brigade|firefighters|',
      'paramedics)(?: [a-z\']+){0,3} (?:kicking|kicked|smashing|smashed|forcing|forced|breaking|broke|booting|',
      'booted|bashed) (?:down |in )?(?:my|the|our) (?:front |back )?doors?(?: in| down)?',
    ].join(''),
    matches: [
      'the police kicked down my front door at 6am for the wrong address',
    ],
    ignores: [
      'my ex kicked down my front door last night',
    ],
  },
  {
    id: 'idiom/someone-will-kill-me-for-a-trifle',
    purpose: 'a boss, parent or sibling "will kill me" over something trivial: not a threat (partners are never read so)',
    pattern: [
      "(?:boss|manager|supervisor|teacher|mum|mom|mam|mother|dad|father|nan|gran|nana|grandma|sister|brother|",
      "auntie|family|kids|little brother|little sister)(?:'s| is| are)? ?(?:going to|gonna|will|'ll|would|'d) ",
      "(?:literally |actually )?(?:kill|murder|strangle) (?:me|us)(?: [a-z']+){0,3}? ",
      "(?:if (?:i|we)|if she finds|if he finds|when (?:she|he|they) (?:finds?|sees?|hears?|knows?|realises?)|for (?:forgetting|",
      "being|not|losing|breaking|denting)|cos i|cause i|because i|i forgot|i left|i lost|i dented|i broke|i spent|lol|haha|",
      // ...or with a trivial reason soon after: "my boss is going to murder me. Third time late this month, the M6 was shut"
      "(?=[a-z0-9' ]{0,80}\\b(?:late|forgot|forgotten|deadline|overslept|dented|scratched|missed the|spent|traffic|m6|m65|",
      "motorway|roadworks|the bus|the train|parking ticket|speeding)\\b))",
      UNLESS_TELLING,
    ].join(''),
    matches: [
      "My boss is going to murder me. Third time this month I've been late in because the M6 was shut",
      'My boss is going to kill me, I forgot to send the FOI form. Can I still submit it today?',
      'my mum is going to kill me when she finds out I dented her car at Asda',
    ],
    ignores: [
      'my husband is going to kill me when he gets home',
      'my brother is going to kill me, he has a knife',
      'my dad will kill me if i tell anyone what he does',
      'my brother will kill me if i go to the police about him',
    ],
  },
  {
    id: 'idiom/i-could-strangle-them',
    purpose: '"I\'ll strangle the next person who parks there": the resident letting off steam, not a harm to them',
    pattern: [
      "(?:i'll|ill|i will|i'm going to|i'm gonna|im going to|im gonna|i could|i swear i'll|i swear ill|i'd) ",
      '(?:literally |actually |honestly |happily |genuinely )?(?:strangle|throttle|murder|kill|swing for|deck|batter) ',
      "(?:him|her|them|the next (?:person|one|driver|idiot|bloke)|whoever|my (?:brother|sister|son|daughter|kids?|cat|",
      "dog|boss|neighbour|lad|lass|husband|wife|other half)|our kid|the (?:cat|dog|kids?|neighbours?|lad)|that (?:cat|",
      'dog|lad|kid))\\b',
      // Never when the reason is a harm done to someone: "I'll kill him if he touches her again".
      "(?![a-z0-9' ]{0,80}\\b(?:touch[a-z]*|hurt[a-z]*|hit[a-z]*|hits|comes? near|before (?:he|she|they)|abus[a-z]*|rap[a-z]*|",
      'knife|gun|tonight)\\b)',
    ].join(''),
    matches: [
      "Honest to god I'll strangle the next person who parks across my drive",
      "I'll strangle my brother if he's late again picking mum up from the station",
    ],
    ignores: ["I'll kill him if he touches her again", 'he said he will strangle me'],
  },
  {
    id: 'idiom/drives-like-trying-to-kill',
    purpose: '"drives like he\'s trying to kill us all": a complaint about driving',
    pattern: [
      "(?:drives?|driving|drove|rides?|riding|cycles?) like (?:he|she|they|someone|a maniac)(?:'s| is| are|'re| was| were)? ",
      '(?:trying to|out to|going to|gonna) (?:kill|murder)',
    ].join(''),
    matches: ['the bus driver on the 152 drives like hes trying to kill us all, who do I moan to'],
    ignores: ['he drove at us trying to kill us'],
  },
  {
    id: 'idiom/on-fire-today',
    purpose: 'someone "on fire today": doing well, not burning',
    pattern: "(?:is|was|'s|are|were|been) on fire (?:today|tonight|this (?:morning|week|season|year)|at the moment|lately|in goal|up front)",
    matches: ['my boss is on fire today, sacked three people before dinner'],
    ignores: ['the house is on fire'],
  },
  {
    id: 'idiom/shot-in-the-foot',
    purpose: '"shot myself in the foot": a mistake',
    pattern: 'shot (?:myself|yourself|himself|herself|ourselves|themselves) in the foot',
    matches: ['shot myself in the foot forgetting my reference number, can you tell me how to find it'],
    ignores: ['he shot himself in the garage'],
  },
  {
    id: 'idiom/suicide-mission',
    purpose: 'a road or a job that is "a suicide mission": a complaint',
    pattern: '(?:is|was|are|its|it\'s) (?:a |an absolute |a total |like a )?suicide mission',
    matches: ['the Bamber Bridge roundabout is a suicide mission on a bike'],
    ignores: ['I am thinking about suicide'],
  },
  {
    id: 'idiom/left-a-note-on-the-car',
    purpose: 'an officer or driver "left a note" on a car: an accident, not a goodbye',
    pattern: [
      '(?:officer|driver|pcso|policeman|policewoman|neighbour|council|warden|courier|they) left (?:a|me a|us a) note|',
      'left (?:a|me a) note (?:on|under) (?:my|the|our) (?:car|windscreen|door)',
    ].join(''),
    matches: ['A police car reversed into my parked car outside Tesco. The officer left a note, fair play to him. Who do I claim from?'],
    ignores: ['she left a note saying goodbye'],
  },
  {
    id: 'idiom/send-someone-to-talk',
    purpose: '"can you send someone to give a talk": a request for a speaker',
    pattern: [
      "send (?:someone|somebody|an officer|a pcso|a police officer|a speaker|one of your team|someone from [a-z ]{3,30}) ",
      "(?:in |over |round )?(?:to|who can|who could) (?:come (?:in |and |to )?)?(?:talk|speak|give|do|run|deliver|present)",
    ].join(''),
    matches: ['can you send someone to give a talk to our cubs about stranger danger', 'can u send someone to talk to year 10 about county lines'],
    ignores: ['please send someone he is here'],
  },
  {
    id: 'idiom/a-bill-will-murder-me',
    purpose: 'a bill, a job or a thing "is going to kill me": a complaint, not a threat',
    pattern: [
      "(?:bill|bills|tax|rent|job|work|shift|heat|weather|traffic|commute|stairs|hill|diet|queue|wait|form|exam|exams|course|",
      "precept|price|prices|mortgage|gym) (?:is |are |'s |'re )?(?:gonna|going to|will|'ll) (?:kill|murder|finish) (?:me|us)",
    ].join(''),
    matches: ['the council tax bill is gonna murder me this year'],
    ignores: ['my neighbour is gonna murder me'],
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

const IDIOMS_GLOBAL = IDIOMS.map((i) => new RegExp(i.pattern.source, 'g'));

/** The text with every idiom blanked out, for the layers that read the whole message ("my boss is on fire today"). */
export function withoutIdioms(text: string): string {
  return IDIOMS_GLOBAL.reduce((acc, idiom) => acc.replace(idiom, ' '), text);
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
    String.raw`i am|i'?ve been) (?:\w+ ){0,4}?(?:doing )?(?:fine|safe|ok|okay|well|great)(?: now)?|`,
    // Dealt with: the case closed, the person convicted or gone, years since, everyone fine.
    String.raw`case (?:is |was )?closed|(?:was|were|got|been|has been|have been) (?:charged|convicted|jailed|sentenced|`,
    String.raw`sent down|found guilty|locked up)|pleaded guilty|all done and dusted|long over|nfa'?d|`,
    String.raw`(?:he|she|they) (?:died|passed away)|no contact (?:since|whatsoever|at all)|`,
    String.raw`(?:nobody|no one|noone|no-one) (?:was )?(?:hurt|injured))\b`,
  ]),
  matches: [
    'i need support\nrape or sexual assault\nit was years ago but its all come back\nyeah im safe, ive just never told anyone',
    'I\'m a survivor of domestic abuse from many years ago, I\'m safe and well now and I\'d like to join your victims\' advisory panel',
  ],
  ignores: [
    'Hello, anyone there?',
  ],
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
      String.raw`ariannu|`,
      // A talk, training or a speaker on a subject; the news, a programme or a game; a question about the law.
      String.raw`(?:talk|speaker|session|training|workshop|assembly|presentation|seminar|evening|event)s? (?:on|about|for) |`,
      String.raw`(?:awareness|safeguarding) (?:training|session|course|evening)|spotting (?:the )?signs|spotting (?:child|`,
      String.raw`exploitation|abuse|trafficking)|speak (?:about|on|at)|in the (?:papers|paper|news)|on the (?:radio|news|telly|tv)|`,
      String.raw`storyline|coronation street|eastenders|emmerdale|hollyoaks|screenplay|in the film|a film about|`,
      String.raw`minecraft|fortnite|roblox|warzone|among us|call of duty|(?:actually |even )?a crime (?:in england|or)|`,
      String.raw`does (?:[\w']+ ){1,5}count (?:as|if)|what counts as|a levels?|my essay|an essay|uni dissertation|statistics|`,
      String.raw`how many (?:children|women|men|people|shop workers|reports|crimes)|journalist|a comment from|`,
      // A comment on the plan or the budget: "the plan should say a lot more about modern slavery".
      String.raw`(?:the|your) (?:police and crime )?plan (?:should|needs|must|could|says|doesn'?t|does not|only)|`,
      String.raw`(?:the|your) (?:budget|precept|strategy) (?:should|needs|must))\b`,
    ]),
  matches: [
    'is it illegal to carry a pocket knife',
    'Beth yw polisi\'r comisiynydd ar stelcian?',
  ],
  ignores: [
    'HELP he\'s got a knife',
  ],
};

/**
 * A past event told as dealt with: a time in the past, an outcome or thanks,
 * and nothing happening now or still going on. It stands down even an
 * emergency the rules read ("my car was set on fire outside my house in 2020,
 * the support was brilliant"), because the words of the event are not news.
 */
export const PAST_AND_DEALT_WITH: StandDown = {
  id: 'stand-down/past-event-dealt-with',
  purpose: 'a past event, told with its outcome or with thanks, and nothing happening now',
  pattern: joined([
    // Not when it has started again: released, back, out of prison.
    String.raw`^(?!.*\b(?:got out|released|out of prison|back again|started again|came back|(?:he'?s|she'?s|is) back)\b)`,
    String.raw`(?=.*\b(?:in (?:19|20)\d\d|back in (?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|`,
    String.raw`october|november|december)|(?:\d+|a few|two|three|four|five|six|several|many) (?:months|years) ago|last (?:year|summer|`,
    String.raw`winter|spring|autumn)|years ago|when i was (?:a )?(?:\d+|young|little|a child|a kid|a teenager))\b)`,
    String.raw`(?=.*\b(?:case (?:is |was )?(?:closed|over)|(?:was|were|got|been) (?:charged|convicted|jailed|sentenced|sent down|`,
    String.raw`found guilty|caught|arrested)|pleaded guilty|nobody was (?:ever )?(?:caught|charged)|was (?:anyone|anybody) (?:ever )?`,
    String.raw`(?:charged|caught)|(?:nobody|no one|noone) (?:was )?(?:hurt|injured)|(?:he|she) (?:died|passed away)|no contact|`,
    String.raw`all done|dealt with|put it out|thank|thanks|wanted to say|feed ?back|really good|brilliant|amazing|fantastic|`,
    String.raw`so kind|fair play|well done|followed up|a copy of|subject access|still has no|doing (?:well|brilliantly|great))\b)`,
  ]),
  matches: [
    'Used Lancashire Victim Services after my car was set on fire outside my house in 2020. Really good support, thank you.',
    'About 6 months ago someone tried to set fire to the wheelie bins behind our flats. Fire service put it out, nobody hurt.',
  ],
  ignores: ['he was jailed in 2019 and he got out last week', 'I was raped two years ago and never told anyone'],
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
  matches: [
    'my mum would kill me if she knew what I spent on concert tickets haha. anyway can I get a copy of my crime reference number?',
    'My boss will murder me if I miss another deadline, so please can you tell me quickly when the next public accountability meeting is?',
  ],
  ignores: [
    'email please',
  ],
};

// A joke about killing someone close: "gonna kill my brother lol he ate my curry".
export const JOKE: StandDown = {
  id: 'stand-down/joke-marker',
  purpose: 'a laugh or "only joking" in the message',
  pattern: /\b(?:lol|haha+|lmao|jk|only joking)\b/,
  matches: [
    'Im so bored of waiting lol this is torture',
    'My kids keep fighting over the xbox, that\'s the only violence in our house lol',
  ],
  ignores: [
    'HE\'S IN THE HOUSE',
  ],
};
export const JOKE_TARGET: StandDown = {
  id: 'stand-down/joke-about-killing-family',
  purpose: '"gonna kill my brother": a joke about killing someone close',
  pattern: joined([
    String.raw`\b(?:(?:my )?(?:boss|mum|mom|mam|dad|nan|gran|brother|sister|teacher|manager|`,
    String.raw`mate)(?:'s)? (?:is )?(?:going to|gonna|will|'ll|would|'d) (?:kill|murder) (?:me|him|her)|(?:gonna|`,
    String.raw`going to) (?:kill|murder) my (?:brother|sister|mum|dad|mate|boss))\b`,
  ]),
  matches: [
    'my mum will kill me if I\'m late home again',
    'My mum\'s going to kill me when she sees the dent in her car',
  ],
  ignores: [
    'hes outside again',
  ],
};

// Something still going on: a framing such as "I'm fine now" does not cancel it.
export const ONGOING: StandDown = {
  id: 'stand-down/still-going-on',
  purpose: 'something still going on, so a framing such as "I\'m fine now" does not cancel it',
  pattern: joined([
    String.raw`\b(?:(?:he|she|they|my \w+|his \w+|her \w+|the \w+)(?:'s| is| are)? (?:still|keeps?|kept|always)|`,
    String.raw`again|every (?:day|night|week)|won'?t stop|right now|tonight|`,
    // It is about them after all: "asking because", "unrelated, but", "it was literally my life".
    String.raw`(?:he|she|they|mine|my \w+) (?:\w+ ){0,2}?(?:hits|takes|controls|checks|shoves|shouts|threatens|follows|watches|`,
    String.raw`locks|gives me|makes me|won'?t let|doesn'?t let|has booked|have booked|booked)|i'?m (?:scared|frightened|terrified|`,
    String.raw`not allowed)|i have to (?:ask|show)|literally my life|i'?m in one|(?:i'?m )?asking because|i ask because|`,
    String.raw`but actually|no but|unrelated,? but|i think (?:i'?m|it'?s) (?:in|happening)|ive been googling|i'?ve been googling)\b`,
  ]),
  matches: [
    'hes outside again',
    'k1ll mys3lf t0night',
  ],
  ignores: [
    'they\'re shooting outside',
  ],
};

