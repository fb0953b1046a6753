import type { RiskAssessment, RiskLevel, RiskTopic } from './risk-assessment';
import { normaliseForScreening } from './normalise';
import { joined } from './pattern';
import { withoutIdioms } from './suppressors';
import type { Documented } from './phrase';

/*
 * A second, broader net under the phrase rules (phrase-rules.ts). The rules
 * are precise; people are not. This net catches what they miss by looking
 * for a harm done to a person (a verb with a person as its object, or a harm
 * that names itself), fear for safety, or thoughts of ending one's life,
 * and only steps back for framings that are plainly not a disclosure:
 * questions about statistics or policy, news and research, service
 * complaints about past cases, idiom. It can only raise a level: the
 * resident is then handed to a person, who can tell a false alarm at a
 * glance, whereas a missed disclosure cannot be taken back.
 */

const KIN = String.raw`(?:mum|mom|mam|mother|dad|father|sister|brother|son|daughter|child|children|kids?|baby|toddler|wife|` +
  String.raw`husband|partner|girlfriend|boyfriend|friend|mate|neighbour|nan|gran|grandma|grandad|grandson|` +
  String.raw`granddaughter|aunt|auntie|uncle|niece|nephew|cousin|flatmate|carer|ex|family|fianc[ée]e?|` +
  String.raw`step ?(?:dad|mum|son|daughter|brother|sister)|little (?:boy|girl|brother|sister|one)|(?:boy|girl)s?|` +
  String.raw`teenager|pupil|student|client|patient|colleague|housemate)`;
const PERSON = String.raw`(?:me|us|her|him|them|myself|herself|himself|(?:my|his|her|their|our|your) ${KIN}|the (?:kids?|` +
  String.raw`children|baby|girl|boy|woman|man|lad|wife|missus)|a (?:girl|boy|child|kid|woman|man|lad|lass|` +
  String.raw`pensioner)|someone|somebody)`;

export interface Net extends Documented {
  /** What the harm is about; null for fear alone, which adds a reason but no topic. */
  readonly topic: RiskTopic | null;
  readonly pattern: RegExp;
  /** A harm that is danger now whatever else is said (a fire, someone down). */
  readonly now: boolean;
}

/**
 * What the net looks for: a harm done to a person (verb + person, so "the cuts hit services" or "follow up"
 * never count), a fire or someone hurt and down, fear for safety, thoughts of ending one's life.
 */
export const NETS: readonly Net[] = [
  {
    id: 'net/violence-against-person',
    topic: 'violence',
    purpose: 'describes violence against a person',
    pattern: new RegExp(String.raw`\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|slap(?:ped|s|ping)?|beat(?:s|en|ing)?|` +
      String.raw`batter(?:ed|s|ing)?|strangl\w*|chok(?:e|ed|es|ing)|throttl\w*|stab(?:bed|s|bing)?|shot|shoot(?:s|` +
      String.raw`ing)?|attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|hurt(?:s|ing)?|injur\w*|push(?:ed|es|ing)?|shov(?:e|` +
      String.raw`ed|es|ing)|drag(?:ged|s|ging)?|bit|bites|burn(?:t|ed|s|ing)?|threw|throws? things at|smash(?:ed|es|` +
      String.raw`ing)?)\s+(?:\w+\s+)?${PERSON}\b`),
    now: false,
    matches: [
      'my dad hits my mum',
      'h3\'s b3ating m3 up',
    ],
    ignores: [
      'can u say that again',
    ],
  },
  {
    id: 'net/threat-to-person',
    topic: 'threat-to-kill',
    purpose: 'describes a threat to a person',
    pattern: new RegExp(String.raw`\b(?:threat\w*|going to|gonna|will|would|wants? to|said (?:he|she|they)(?:'d| would|` +
      String.raw` will)?)\s+(?:\w+\s+){0,2}(?:kill|murder|hurt|stab|shoot|burn|get|finish|end)\s+${PERSON}\b|` +
      // "Threats" alone is a subject ("no threats or anything", "online abuse that's just insults, no threats").
      String.raw`\bthreaten(?:ed|ing|s)? (?:me|us|her|him|them|my|our|to)\b|\b(?<!no )(?:getting|got|get|had|received|` +
      String.raw`receiving|sending|sent|making|made|death|more) threats\b|\bthreats (?:to|from|against|of)\b|` +
      String.raw`\b(?:going to|gonna|will|would|'ll|'d|threaten\w* to|said (?:he|she|` +
      String.raw`they)(?:'d| would| will)?) (?:burn|torch|petrol bomb|smash up|firebomb) (?:down )?(?:my|our|her|his|` +
      String.raw`their|the) (?:house|home|flat|car|place|shop)`),
    now: false,
    matches: [
      'he\'s going to kill me',
      'im gonna kill myself 2nite',
    ],
    ignores: [
      'Is the Chief Constable going to resign?',
    ],
  },
  {
    id: 'net/followed-watched-harassed',
    topic: 'stalking',
    purpose: 'describes being followed, watched or harassed',
    pattern: new RegExp(String.raw`\b(?:follow(?:s|ed|ing)?|stalk(?:s|ed|ing)?|watch(?:es|ed|ing)?|track(?:s|ed|ing)?|harass(?:es|ed|` +
      String.raw`ing)?|hound(?:s|ed|ing)?|message(?:s|d)?|text(?:s|ed|ing)?|ring(?:s|ing)?|call(?:s|ed|` +
      String.raw`ing)?)\s+${PERSON}\s+(?:\w+\s+){0,3}(?:everywhere|all the time|constantly|every day|every night|` +
      String.raw`non ?stop|again|home|from work|from school)\b|\b(?:my|a|her|his|the) stalker\b|\b(?:being|been|was|` +
      String.raw`is|am|getting) stalked\b|\bstalking (?:me|her|him|us|my \w+)\b|\b(?:won'?t|will not|doesn'?t|` +
      String.raw`does not) (?:leave (?:me|us|her|him) alone|stop (?:messaging|texting|calling|following|` +
      String.raw`contacting))\b|\b(?<!(?:people|sellers|salesmen|students|parents|customers|couriers) )` +
      String.raw`(?:keeps?|kept) (?:turning up|coming round|messaging|texting|calling|following|` +
      String.raw`watching|waiting outside)\b`),
    now: false,
    matches: [
      'my ex is st@lking me',
      'i\'m being stal​ked by my ex',
    ],
    ignores: [
      'What\'s being done about drug dealing in Blackpool?',
    ],
  },
  {
    id: 'net/sexual-violence',
    topic: 'sexual-violence',
    purpose: 'describes sexual violence',
    pattern: new RegExp(String.raw`\b(?:rap(?:e|ed|es|ing|ist)|sexual(?:ly)? (?:assault\w*|abus\w*|attack\w*|touch\w*)|` +
      String.raw`(?<!non )(?<!non-)molest\w*|indecent\w*|touch(?:ed|es|ing)? (?:me|her|him|them|my \w+) (?:up|` +
      String.raw`inappropriately|down there|where)|exposed (?:himself|herself)|flash(?:ed|es|ing) (?:at )?(?:me|her|` +
      String.raw`him|us)|spiked|drugged|made (?:me|her|him) (?:do|have) (?:sex|things))\b`),
    now: false,
    matches: [
      'he rapes me',
      'I have been raped',
    ],
    ignores: [
      'I want to volunteer to support victims of sexual violence',
    ],
  },
  {
    id: 'net/abuse-or-control-at-home',
    topic: 'domestic-abuse',
    purpose: 'describes abuse or control at home',
    pattern: new RegExp(String.raw`\b(?:abus(?:e|es|ed|ing|ive)\s+${PERSON}|${PERSON}\s+(?:is|was|being|been|gets?|got) (?:abused|` +
      String.raw`beaten|battered|hit)|(?:won'?t|doesn'?t|don'?t|never) let(?:s)? (?:me|her|him|us) (?:go|leave|out|` +
      String.raw`see|have|talk|speak|use|work|sleep|eat)|not allowed (?:to|out)|takes? (?:all )?(?:my|her|` +
      String.raw`his) (?:money|wages|pay|benefits|card|phone|passport|keys|car keys)|lock(?:s|ed)? (?:me|her|him|us|` +
      String.raw`the kids?) (?:in|out)|locked in|trapped|checks? (?:my|her|his) (?:phone|messages|bank)|` +
      String.raw`tracks? (?:my|her|his) (?:phone|location|car)|isolat(?:es|ed|ing) (?:me|her|him)|` +
      // "Controlling" or "coercive" of someone, not the subject ("coercive control prosecutions are up").
      String.raw`(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|stepdad|stepmum|son|him|her)` +
      String.raw`(?:'s| is| was| are| were| gets| can be| has been| being| so)? (?:so |very |really |quite |extremely |` +
      String.raw`more |getting )?(?:controlling|coercive)|(?:a|an|my|her|his|this) (?:coercive|controlling) ` +
      String.raw`(?:and \w+ )?(?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|man|woman|ex)|` +
      String.raw`coercive(?:ly)? control(?:led|ling)? (?:me|her|him|us)|walking on eggshells|` +
      String.raw`afraid of (?:him|her|them|my \w+)|scared of (?:him|her|them|my \w+)|` +
      String.raw`frightened of (?:him|her|them|my \w+))\b`),
    now: false,
    matches: [
      'I\'m scared of my husband',
      'my carer has locked me in and gone out',
    ],
    ignores: [
      'My husband and I want to thank the neighbourhood team',
    ],
  },
  {
    id: 'net/child-at-risk',
    topic: 'child-at-risk',
    purpose: 'describes a child at risk: grooming, or a child hit, abused, neglected or left alone',
    pattern: joined([
      // Grooming, but not "grooming gangs" in the news or a dog at the groomer's.
      String.raw`\b(?:(?<!(?:dog|dogs|pet|horse|cat) )groom(?:ed|ing|s)?\b(?! (?:gangs?|scandal|report|inquiry|cases|parlou?r|` +
      String.raw`salon|business|appointment|kit))|(?:child|kid|son|daughter|girl|boy|teenager|pupil|niece|nephew|grandson|`,
      String.raw`granddaughter|baby|toddler)s? (?:is|are|was|were|being|been|keeps being|gets|got) (?:hit|beaten|`,
      String.raw`abused|neglected|left alone|starved|hurt|touched|groomed|exploited|made to|forced to|sent|`,
      String.raw`asked for (?:photos|pictures|nudes))|neglect(?:ed|ing)? (?:the |her |his |my )?(?:kids?|children|`,
      String.raw`baby|son|daughter)|(?:nudes|naked (?:photos|pictures)) (?:of|from) (?:a|my|his|her) (?:child|kid|`,
      String.raw`daughter|son|girl|boy))\b`,
    ]),
    now: false,
    matches: [
      'my teenage daughter is being groomed by a man she met online',
      'I think my nephew is being groomed by an older man he met online',
    ],
    ignores: [
      'The new 101 online chat is brilliant',
    ],
  },
  {
    id: 'net/exploitation-trafficking-forced-marriage',
    topic: 'exploitation',
    purpose: 'describes exploitation, trafficking or forced marriage',
    pattern: joined([
      String.raw`\b(?:traffick\w*|slave\w*|slavery|exploit(?:ed|ing|s)? (?:me|her|him|them|my \w+|workers|people)|`,
      String.raw`(?:involved in|dragged into|groomed into|caught up in|working for|doing|running) county lines|`,
      String.raw`(?:sell|selling|deal|dealing|carry|carrying|run|running) (?:drugs|gear|packages) for|forc(?:e|ed|es|`,
      String.raw`ing) (?:me|her|him|them|us|my \w+) to|passports? (?:taken|kept|held)|(?:taken|take|keep|kept|hold|`,
      String.raw`holding) (?:my|her|his|their) passports?|no passports?|marr(?:y|ied|iage) (?:\w+ ){0,4}(?:against|`,
      String.raw`abroad|don'?t know|didn'?t (?:want|choose)|forced|arranged for me)|blackmail\w*|sextort\w*|`,
      String.raw`(?:intimate|nude|naked|private|sexual) (?:photos|pictures|images|videos|vids|pics) (?:of me|of her|`,
      String.raw`of him|online|shared|posted|sent))\b`,
    ]),
    now: false,
    matches: [
      'i\'m being blackmailed',
      'my ex posted private photos of me on facebook',
    ],
    ignores: [
      'if someone is being stalked who should they call?',
    ],
  },
  {
    id: 'net/fire-or-someone-down',
    topic: 'immediate-danger',
    purpose: 'describes a fire or someone hurt now',
    pattern: joined([
    String.raw`\b(?:(?:is|are|'s|'re) (?:bleeding|unconscious|not breathing|not moving)|can'?t breathe|(?:still|`,
    String.raw`lying) on the (?:floor|ground|road|pavement)|collapsed and)\b|\b(?:there'?s|there is) (?:smoke|`,
    String.raw`a fire|flames)|(?:smoke|flames) (?:is |are )?(?:coming|pouring|billowing) (?:from|out)|(?:house|`,
    String.raw`flat|home|kitchen|building|car|bedroom) (?:is |'s )?on fire|set (?:fire to|\w+ on fire)|`,
    String.raw`(?:pour(?:ed|ing)?|threw|throwing) petrol\b`,
  ]),
    now: true,
    matches: [
      'cant breathe he\'s on top of me',
      'they\'ve set fire to my front door',
    ],
    ignores: [
      'My back is killing me after standing in the queue at the front desk',
    ],
  },
  {
    id: 'net/feels-unsafe',
    topic: null,
    purpose: 'says they feel unsafe',
    pattern: joined([
    String.raw`\b(?:i'?m|i am|im|we'?re|we are|she'?s|he'?s|they'?re|feel(?:ing)?|felt|am|been) (?:so |really |`,
    String.raw`very |absolutely |too )?(?:scared|afraid|frightened|terrified|petrified|unsafe|not safe|in danger|`,
    // A fear of dogs, heights or public speaking is not a fear for safety.
    String.raw`at risk)\b(?! of (?:dogs?|spiders?|heights|flying|needles|public speaking|speaking|the dark|the dentist|`,
    String.raw`hospitals?|clowns|snakes|mice|rats|wasps|bees|birds|water|lifts|crowds|the police dog|police dogs|horses))|`,
    String.raw`\b(?:don'?t|do not|dont) feel safe\b|\bfear(?:ing)? for (?:my|her|his|their|our) (?:life|`,
    String.raw`lives|safety)\b`,
  ]),
    now: false,
    matches: [
      'im not safe right now',
      'I\'m afraid to go home',
    ],
    ignores: [
      'Is the right to review a decision not to charge available for cases from before 2021?',
    ],
  },
  {
    id: 'net/ending-life-or-self-harm',
    topic: 'self-harm',
    purpose: 'mentions ending their life or self-harm',
    pattern: joined([
    String.raw`\b(?:suicid\w*|kill(?:ing)? myself|end(?:ing)? (?:it all|my life|things)|take my (?:own )?life|`,
    String.raw`overdos\w*|(?:taken|took|swallowed) (?:a load of|all (?:my|the)|loads of|a bottle of|too many|`,
    String.raw`some) (?:pills|tablets|paracetamol)|self ?harm\w*|cut(?:ting)? myself|hurt(?:ing)? myself|`,
    String.raw`better off without me|(?:don'?t|do not) want to (?:be here|live|wake up|go on)|no (?:reason|`,
    String.raw`point) (?:to|in) (?:live|living|go on|going on)|can'?t (?:go on|cope any ?more|do this any ?more)|`,
    String.raw`(?:written|wrote|writing) (?:the |my )?(?:goodbye |suicide )?(?:letters?|notes?)|(?:^|i'?m|im|i am|`,
    String.raw`standing|stood|sat|sitting|climbed|up) (?:\w+ ){0,2}on the (?:bridge|edge|ledge|roof)|say goodbye)\b`,
  ]),
    now: false,
    matches: [
      'i overdosed',
      'I feel suicidal',
    ],
    ignores: [
      'I\'m not suicidal, I\'m just really annoyed with how long everything takes',
    ],
  },
];

const NOW = joined([
  // "it's now been three weeks" is a way of telling, not danger: "it" is never the one who is here now.
  String.raw`\b(?:right now|rn|(?:he|she|they|someone|somebody)(?:'s| is| are|'re)? ` +
    String.raw`(?:(?!(?:\d+|fine|ok|okay|safe|well|better|happy|settled|grown|older|at|doing|alright|all|recovered|sorted|`,
  String.raw`married|working|retired|moved|living|back|much|far|thankfully|luckily|finally)\b)\w+ )?now` +
    // "he's now serving life", "she's now in prison": an outcome, not danger now.
    String.raw`(?! (?:serving|in prison|in jail|behind bars|locked up|banned|dead|retired|closed|over|moved|living|\d+|`,
  String.raw`fine|ok|okay|safe|well|better|happy|settled|grown|older|at (?:uni|college|school|work)|doing|recovered|`,
  String.raw`married|working|thriving|in (?:year|her|his|their) |a (?:happy|lovely|grown|mum|dad|teenager)))|`,
  String.raw`at the moment|as we speak|as i type|tonight|this minute|still (?:here|there|outside|inside|`,
  String.raw`in the house|downstairs|at the door)|outside (?:my|the|our) (?:house|home|flat|door|window)|`,
  String.raw`at (?:my|the|our) (?:door|window)|(?:in|inside) (?:my|our|the) (?:house|home|flat|garden|room|`,
  String.raw`kitchen|hall)|downstairs|on (?:his|her|their|the) way|(?<!(?:keeps?|kept|keep on|always) )coming (?:back|over|round|for (?:me|us|her|`,
  String.raw`him))|hiding|just (?:hit|attacked|stabbed|broke in|kicked|punched)|`,
  // "it's been happening for years" is ongoing (a disclosure), not happening this minute.
  String.raw`(?<!(?:been|was|were|kept|keeps|stopped|started|had) )happening(?! (?:for|since|a lot|all the time|every|`,
  String.raw`more|in |to (?:lots|many|other)))|smashing(?! (?:job|time|work|bloke|lad|lass|team|officer|people))|`,
  String.raw`banging(?! on about)|`,
  String.raw`kicking the door|breaking in|trying to get in|please (?:help|hurry|send)|send (?:someone|help|`,
  String.raw`the police|police))\b`,
]);

interface Framing extends Documented {
  readonly pattern: RegExp;
  /** Whether the framing covers the whole message, not only its own stretch. */
  readonly wholeMessage: boolean;
}

/** Framings that are not disclosures, applied only when nothing is happening now. */
export const FRAMINGS: readonly Framing[] = [
  {
    id: 'net-framing/general-question-about-subject',
    purpose: 'a question about numbers, funding or where to find information',
    pattern: joined([
    String.raw`^(?:how many|how much|what (?:is|are|does|do|should|would|can)|can (?:the|you|your) (?:commissioner|`,
    String.raw`office|pcc)|could you (?:tell|explain)|where can (?:i|we|people) (?:find|get|read)|`,
    String.raw`is there (?:any )?(?:data|funding|information|support for)|who (?:funds|runs|decides))\b`,
  ]),
    wholeMessage: true,
    matches: [
      'What does IDVA stand for?',
      'What is the PCC doing to tackle knife crime?',
    ],
    ignores: [
      'HELP he\'s got a knife',
    ],
  },
  {
    id: 'net-framing/talk-about-subject',
    purpose: 'statistics, policy, news, research, coursework, fiction: talk about a subject',
    pattern: joined([
    String.raw`\b(?:statistic\w*|figures|data on|funding|funded|fund|budget|strategy|policy|policies|campaign|`,
    String.raw`documentary|article|news|headline|newspaper|research\w*|essay|dissertation|assignment|course|`,
    String.raw`training|conference|awareness|volunteer\w*|charity|charities|grant|consultation|podcast|film|tv|`,
    String.raw`programme|book|novel|story in|what if|hypothetical)\b`,
  ]),
    wholeMessage: true,
    matches: [
      'I want to comment on the stalking strategy',
      'do you fund any services for male victims?',
    ],
    ignores: [
      'im a victim\nstalking\nidk',
    ],
  },
  {
    id: 'net-framing/service-complaint',
    purpose: 'a complaint about how police handled something',
    pattern: joined([
    String.raw`\b(?:complain\w*|complaint|no(?:body|one) (?:ever )?(?:came|called|rang|got back)|never (?:came|`,
    String.raw`called|rang|heard back|got back|followed up)|response time|slow response|didn'?t (?:follow up|`,
    String.raw`investigate|come out|turn up|call back)|case (?:was )?closed|no further action|crime number|`,
    String.raw`report(?:ed)? (?:it )?(?:in|last) (?:19|20)\d\d)\b`,
  ]),
    wholeMessage: false,
    matches: [
      'complaint',
      'How do I make a complaint about the PCC?',
    ],
    ignores: [
      'about 2 weeks ago',
    ],
  },
  {
    id: 'net-framing/denied',
    purpose: "says they are not in danger, or writes for someone else's coursework",
    pattern: /\b(?:not|never|no longer) (?:in danger|scared|afraid|at risk|unsafe)\b|\bfor a friend'?s (?:essay|research|project|course)\b/,
    wholeMessage: true,
    matches: [
      'my ex keeps turning up, I\'m not in danger right now but I\'m scared',
      'I\'m not in danger, I just want to know how the Victims\' Code works',
    ],
    ignores: [
      'im not safe right now',
    ],
  },
  {
    id: 'net-framing/services-and-training',
    purpose: 'asks about prevention, talks, services, training or professional work',
    pattern: joined([
    String.raw`\b(?:prevention|assembly|talk on|talk about|a talk|the [\w ]{0,20}talk|speakers?|support (?:for|`,
    String.raw`there is|available)|services for|helplines? for|position on|protection orders?|clinic|bereaved|`,
    String.raw`awareness|student|students|nurse|social work(?:er)?|teacher training|safeguarding training|`,
    String.raw`for people who)\b`,
  ]),
    wholeMessage: true,
    matches: [
      'do you fund any services for male victims?',
      'clares law how does it work? doing a talk on it at work',
    ],
    ignores: [
      'What is the PCC doing to tackle knife crime?',
    ],
  },
];

// A general question about a subject, with nothing of the resident's own in it.
const GENERAL_QUESTION = /^(?:is|are|does|do|did|if|can|could|would|should|who|what|where|how|when|which|why)\b|\?$/;
const OWN = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our)\b/;

// "No one is threatening me", "I'm not being stalked": the harm is named to be denied.
const NEGATED = joined([
  String.raw`\b(?:not|nearly|almost|no one|noone|nobody|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|`,
  String.raw`didn'?t|no longer|nothing)(?:'s|'re)?\b(?:\s+\S+){0,3}\s*$`,
]);

// "the queue is killing me", "I could murder a pizza": harm words with a thing, not a person, as the doer.
const IDIOM = joined([
  String.raw`\b(?:(?:this|that|it|the \w+|my (?:feet|back|head|legs|knees))(?: \w+)? (?:is|are|was) (?:killing|`,
  String.raw`murdering) me|could (?:murder|kill) (?:a|for)|dying (?:to|for)|killing it|kill(?:ing)? (?:time|`,
  String.raw`the mood)|(?:traffic|commute|queue|wait|form|bureaucracy|paperwork) (?:is|was) (?:a )?(?:nightmare|`,
  String.raw`torture|murder)|(?:my |me )?(?:mum|mom|mam|dad|nan|gran|boss|teacher|manager)(?:'s| is| will| would|`,
  String.raw`'ll|'d)? (?:going to |gonna )?kill me|(?:is |are )?(?:going to|gonna) kill (?:someone|`,
  String.raw`somebody) (?:one day|one of these days|soon|eventually)|(?:before|until) (?:someone|`,
  String.raw`somebody) (?:gets|is) (?:killed|hurt)|(?:someone|somebody)(?:'s| is| will)? (?:going to )?(?:get|`,
  String.raw`be) (?:killed|hurt) (?:one day|soon|eventually))\b`,
]);

/** Whether anything in the message says it is happening now (someone outside, tonight, please hurry). */
export function happeningNow(normalised: string): boolean {
  return firstUndenied(NOW, normalised) !== null;
}

function firstUndenied(pattern: RegExp, sentence: string): RegExpExecArray | null {
  const global = new RegExp(pattern.source, 'g');
  for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
    if (!NEGATED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return null;
}

/**
 * How far (in characters, about thirty words) "now" may be from the harm it makes urgent. In a long
 * letter "he's back at work now" three paragraphs after "he hit me in 2019" says nothing about danger now.
 */
export const NOW_REACH = 160;

function nowNear(sentence: string, harms: readonly [number, number][]): string | null {
  const global = new RegExp(NOW.source, 'g');
  for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
    if (m[0].length === 0) global.lastIndex++;
    if (NEGATED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const [from, to] = [m.index, m.index + m[0].length];
    if (harms.some(([start, end]) => from < end + NOW_REACH && to > start - NOW_REACH)) return m[0];
  }
  return null;
}

/** Whether one net finds its harm in a message, not denied (for the nets' own examples). */
export function netFires(net: Net, text: string): boolean {
  return firstUndenied(net.pattern, normaliseForScreening(text).replace(/\s+/g, ' ')) !== null;
}

interface SentenceFinding {
  readonly topics: RiskTopic[];
  readonly reasons: string[];
  readonly ids: string[];
  readonly now: string | null;
  readonly personal: boolean;
}

function readSentence(sentence: string): SentenceFinding | null {
  const topics: RiskTopic[] = [];
  const reasons: string[] = [];
  const ids: string[] = [];
  let harmNow: string | null = null;
  const harms: [number, number][] = [];
  for (const net of NETS) {
    const m = firstUndenied(net.pattern, sentence);
    if (!m) continue;
    if (net.topic !== null) topics.push(net.topic);
    reasons.push(`${net.purpose} ("${m[0].slice(0, 40)}")`);
    ids.push(net.id);
    harms.push([m.index, m.index + m[0].length]);
    if (net.now) harmNow ??= m[0];
  }
  if (reasons.length === 0) return null;
  const now = nowNear(sentence, harms) ?? harmNow;
  const personal = OWN.test(sentence) || topics.some((t) => t !== 'self-harm');
  if (!now && FRAMINGS.some((f) => f.pattern.test(sentence))) return null;
  if (!now && GENERAL_QUESTION.test(sentence) && !OWN.test(sentence)) return null;
  return { topics, reasons, ids, now, personal };
}

const IDIOM_ALL = new RegExp(IDIOM.source, 'g');

/** What the broader net finds in a message the phrase rules called `none`; null when it finds nothing. */
export function safetyNet(
  text: string,
  normalised: string = normaliseForScreening(text).replace(/\s+/g, ' '),
  withoutPhraseIdioms: string = withoutIdioms(normalised),
): RiskAssessment | null {
  // The phrase rules' idioms (suppressors.ts) are idioms here too: "my mum will murder me if I'm late".
  const t = withoutPhraseIdioms.replace(IDIOM_ALL, ' ');
  // Normalised text has no punctuation left, so the message is read as one stretch, cut only where
  // "but" or "so" starts a new subject ("I'm fine but he keeps..."): framing and "now" apply across it.
  const sentences = t.split(/\s+(?:but|and then|so)\s+(?=i\b|he\b|she\b|they\b)/).filter((x) => x.trim().length > 0);
  // Framing sentences ("I want to complain", "this is for my essay") cover the whole message unless something is happening now.
  const framed = FRAMINGS.some((f) => f.wholeMessage && f.pattern.test(t)) && !NOW.test(t);
  const findings = sentences.map(readSentence).filter((f): f is SentenceFinding => f !== null && f.personal);
  if (findings.length === 0) return null;
  const topics = [...new Set(findings.flatMap((f) => f.topics))];
  const reasons = findings.flatMap((f) => f.reasons);
  const now = findings.find((f) => f.now)?.now ?? null;
  if (framed && !now && !findings.some((f) => OWN.test(f.reasons.join(' ')) || f.topics.length > 0)) return null;
  let level: RiskLevel = 'high';
  if (now) {
    level = 'emergency';
    topics.unshift('immediate-danger');
    reasons.unshift(`says it is happening now ("${now}")`);
  }
  return {
    level,
    topics: [...new Set(topics)],
    reasons: reasons.map((r) => `safety net: ${r}`),
    language: 'unknown',
    basis: [...new Set([...findings.flatMap((f) => f.ids), ...(now ? ['net/happening-now'] : [])])],
  };
}
