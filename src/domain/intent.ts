import type { ComplaintAbout } from './complaint-about';
import { normaliseWords } from './words';

import { intentCues } from '../journeys/registry';
import type { Intent } from '../journeys/registry';

export type { Intent };
export type Command = 'help' | 'restart' | 'cancel' | 'human';

export type EnquiryTopic =
  | 'contact'
  | 'address'
  | 'foi'
  | 'sar'
  | 'panel'
  | 'meetings'
  | 'volunteering'
  | 'press'
  | 'plan'
  | 'report-crime';

export interface Understanding {
  readonly intent: Intent | null;
  readonly complaintAbout: ComplaintAbout | null;
  readonly enquiryTopic: EnquiryTopic | null;
}

type Rule<T> = readonly [T, RegExp];

/**
 * The words of the commands in one language (each locale file's `words`), lower case. Whole
 * messages only: "I need help, my neighbour keeps shouting" is not the help command.
 */
export interface CommandWords {
  readonly restart: readonly string[];
  readonly cancel: readonly string[];
  readonly help: readonly string[];
  /** Whole messages that ask for a person ("operator"). */
  readonly human: readonly string[];
  /** "can i", "i want to": said before asking to talk to someone. */
  readonly politeOpeners: readonly string[];
  /** "talk to", "speak with". */
  readonly talkTo: readonly string[];
  /** Who, after "talk to": "a person", "someone", "a real person" (or nobody named). */
  readonly someoneToTalkTo: readonly string[];
  /** "No, that's everything", "bye": the resident is done. */
  readonly closing: readonly string[];
}

// Word stems are matched on normalised text (see words.ts), which also folds
// the common misspellings of the words people use for these routes.
const COMPLAINT_ABOUT_RULES: readonly Rule<ComplaintAbout>[] = [
  ['review-request', /\b(?:review|appeal|not happy with (?:the |how )?(?:outcome|result|my complaint)|outcome (?:letter|of my complaint)|complaint (?:was|has been) (?:handled|dealt|closed|rejected|dismissed)|unhappy with (?:the )?(?:outcome|result|decision))\b/],
  ['chief-constable', /\b(?:chief constable|chief con|head of (?:the )?(?:police|force)|the chief)\b/],
  ['opcc-staff', /\b(?:(?:commissioner'?s|pcc'?s|pcc) (?:office|staff|team)|opcc|staff (?:at|in|from) (?:the )?(?:commissioner'?s|pcc'?s?) office|someone (?:at|in|from) (?:your|the) office|your (?:staff|office|team))\b/],
  ['pcc-or-deputy', /\b(?:(?:deputy )?(?:police and crime |police & crime )?commissioner|pcc|dpcc|deputy pcc)\b(?! office| staff| team)/],
  ['officer-or-staff', /\b(?:officer|officers|policeman|policemen|policewoman|police woman|police man|cop|cops|pcso|constable|sergeant|inspector|detective|police staff|call handler|101 (?:operator|call handler|line)|the police|police (?:force|response|did|didn'?t|were|was|have|never)|force policy|response team)\b/],
];

// Each journey's own cues (its `cues` in src/journeys/<id>/journey.ts), in the order they are tried.
const INTENT_RULES: readonly Rule<Intent>[] = intentCues();

const ENQUIRY_RULES: readonly Rule<EnquiryTopic>[] = [
  ['sar', /\b(?:subject access|sar|my (?:personal )?data|information (?:you|the office) (?:hold|holds|have) (?:on|about) me)\b/],
  ['foi', /\b(?:freedom of information|foi|information request)\b/],
  ['panel', /\b(?:police and crime panel|police & crime panel|the panel|crime panel)\b/],
  ['plan', /\b(?:police and crime plan|the plan|priorities|strategy)\b/],
  ['meetings', /\b(?:meeting\w*|public (?:meeting|event)s?|agenda|minutes|decisions?)\b/],
  ['volunteering', /\b(?:volunteer\w*|custody visit\w*|independent custody|get involved)\b/],
  ['press', /\b(?:press|media|journalist|reporter|interview|news desk)\b/],
  ['report-crime', /\b(?:report (?:a )?crime|reporting a crime|report (?:something|an incident|my \w+|a \w+)|stole|stolen|nicked|broke into|break in|non ?emergency|101)\b/],
  ['address', /\b(?:address|where are you|where is (?:the|your) office|write to|post (?:a )?letter|letter)\b/],
  ['contact', /\b(?:phone|telephone|call (?:you|the office)|email|e mail|contact (?:details|you|the office|the commissioner|the pcc)|opening (?:hours|times)|office (?:hours|open)|what time)\b/],
];

// Welsh, on the same normalised text (mutated forms included: cwyn, gŵyn, nghwyn; comisiynydd,
// gomisiynydd, nghomisiynydd). Each sits right after the English rule of the same value, so the
// order in which kinds are tried is one order for both languages.
const COMPLAINT_ABOUT_CY: ReadonlyMap<ComplaintAbout, RegExp> = new Map<ComplaintAbout, RegExp>([
  ['review-request', /\b(?:adolygiad|adolygu|apêl|apel|apelio|canlyniad (?:fy |y |'r )?(?:nghwyn|cwyn|gŵyn|gwyn)|(?:ddim yn hapus|anhapus|anfodlon) (?:gyda|efo|â|a) (?:'r |y |chanlyniad|canlyniad)|(?:wedi )?(?:delio|trin) (?:â |a |gyda |efo )?(?:fy )?(?:nghwyn|cwyn))\b/],
  ['chief-constable', /\b(?:(?:prif|brif|phrif) (?:gwnstabl|gŵnstabl|cwnstabl)|pennaeth yr heddlu)\b/],
  ['opcc-staff', /\b(?:staff (?:y |eich |'r )?(?:swyddfa|comisiynydd|gomisiynydd)|swyddfa'r (?:comisiynydd|gomisiynydd)|staff swyddfa|rhywun (?:yn|o|yn eich|o'ch) (?:swyddfa|eich swyddfa)|eich staff|eich swyddfa)\b/],
  ['pcc-or-deputy', /\b(?:(?:dirprwy )?(?:comisiynydd|gomisiynydd|nghomisiynydd|chomisiynydd)|dirprwy)\b(?! swyddfa| staff)/],
  ['officer-or-staff', /\b(?:swyddog\w*|heddwas|heddweision|plismon|plismyn|plismones|heddlu|cwnstabl|gwnstabl|sarjant|arolygydd|ditectif|scch|swyddog cymorth cymunedol|staff yr heddlu|y ffordd (?:y |roedd )?(?:yr )?heddlu)\b/],
]);

const INTENT_CY: ReadonlyMap<Intent, RegExp> = new Map<Intent, RegExp>([
  ['complaint', /\b(?:cwyn\w*|cwyno|gwyno|achwyn\w*|nghwyn\w*|chwyn|gŵyn|(?:gen i|gennyf|gennym|hoffwn|eisiau|isio|am|rhoi|gwneud|wneud) (?:g[wŵ]yn|cwyn)|(?:anhapus|anfodlon|siomedig) (?:gyda|efo|â|a)|(?:yn )?anghwrtais|(?:yn )?ddigywilydd|(?:neb|does neb|dim un) (?:wedi )?(?:dod|ffonio|galw)|heb (?:wneud|ffonio|ateb) dim)\b/],
  ['comment', /\b(?:sylw|sylwadau|adborth|awgrym\w*|barn|diolch (?:am|i)|canmol|gair o ddiolch|hoffwn ddweud)\b/],
  ['support', /\b(?:cymorth|gymorth|nghymorth|chymorth|cefnogaeth|gefnogaeth|nghefnogaeth|dioddefwr\w*|ddioddefwr\w*|dioddefwraig|angen help|help (?:fel|i) (?:dd)?ioddefwr|wedi (?:cael|dioddef) (?:fy )?(?:n)?(?:nwyn|dwyn|ymosod|bygwth))\b/],
  ['enquiry', /\b(?:cwestiwn|gwestiwn|ymholiad\w*|rhywbeth arall|gwybodaeth|holi)\b/],
]);

const ENQUIRY_CY: ReadonlyMap<EnquiryTopic, RegExp> = new Map<EnquiryTopic, RegExp>([
  ['sar', /\b(?:mynediad at (?:fy )?(?:nata|data)|fy nata|data personol|gwybodaeth (?:sydd gennych|amdana i|amdanaf))\b/],
  ['foi', /\b(?:rhyddid gwybodaeth|cais rhyddid)\b/],
  ['panel', /\b(?:panel (?:yr )?heddlu a throseddu|y panel|panel yr heddlu)\b/],
  ['plan', /\b(?:cynllun (?:yr )?heddlu|blaenoriaeth\w*|(?:y|'r) cynllun|cynllun heddlu|strategaeth)\b/],
  ['meetings', /\b(?:cyfarfod\w*|gyfarfod\w*|agenda|cofnodion|penderfyniad\w*)\b/],
  ['volunteering', /\b(?:gwirfoddol\w*|wirfoddol\w*|ymwelwyr annibynnol|ymweld â'r ddalfa)\b/],
  ['press', /\b(?:y wasg|cyfryngau|newyddiadurwr|gohebydd|cyfweliad)\b/],
  ['report-crime', /\b(?:riportio|adrodd (?:am )?(?:drosedd|trosedd)|rhoi gwybod am (?:drosedd|ddigwyddiad)|trosedd|dwyn|wedi'i ddwyn|wedi dwyn|torri i mewn|argyfwng)\b/],
  ['address', /\b(?:cyfeiriad|ble (?:mae|ydych|mae'r swyddfa)|ysgrifennu (?:at|atoch)|llythyr)\b/],
  ['contact', /\b(?:rhif ffôn|rhif ffon|ffôn|ffon|ffonio|e bost|ebost|cysylltu|manylion cyswllt|oriau agor|pryd (?:ydych chi|mae'r swyddfa) ar agor)\b/],
]);

/** Each English rule, followed by the Welsh rule of the same value. */
function withWelsh<T>(english: readonly Rule<T>[], welsh: ReadonlyMap<T, RegExp>): readonly Rule<T>[] {
  return english.flatMap(([value, pattern]) => {
    const cy = welsh.get(value);
    return cy ? [[value, pattern] as const, [value, cy] as const] : [[value, pattern] as const];
  });
}

const COMPLAINT_ABOUT = withWelsh(COMPLAINT_ABOUT_RULES, COMPLAINT_ABOUT_CY);
const INTENTS = withWelsh(INTENT_RULES, INTENT_CY);
const ENQUIRY = withWelsh(ENQUIRY_RULES, ENQUIRY_CY);

function firstMatch<T>(rules: readonly Rule<T>[], text: string): T | null {
  for (const [value, pattern] of rules) if (pattern.test(text)) return value;
  return null;
}

const said = (text: string): string => normaliseWords(text).replace(/[.!]+$/, '').trim();

/** "No, that's everything", "bye": the resident is done. Only read so when no question is pending. */
export function isClosing(text: string, words: CommandWords): boolean {
  return words.closing.includes(said(text));
}

function asksForPerson(message: string, w: CommandWords): boolean {
  const opener = w.politeOpeners.find((o) => message.startsWith(`${o} `));
  const rest = opener ? message.slice(opener.length + 1) : message;
  const ask = w.talkTo.find((a) => rest === a || rest.startsWith(`${a} `));
  if (!ask) return false;
  const who = rest.slice(ask.length).trim();
  return who === '' || w.someoneToTalkTo.includes(who);
}

export function recogniseCommand(text: string, words: CommandWords): Command | null {
  const message = said(text);
  if (message.length === 0 || message.length > 60) return null;
  for (const command of ['restart', 'cancel', 'help'] as const) if (words[command].includes(message)) return command;
  return words.human.includes(message) || asksForPerson(message, words) ? 'human' : null;
}

/** Which language a whole message asks for: "Cymraeg", "Welsh", "Saesneg", "English" (and "in Welsh", "yn Saesneg"). */
export function recogniseLanguageChoice(text: string): 'cy' | 'en' | null {
  const m = said(text).replace(/^(?:in|yn|into|i|please|plis|os gwelwch yn dda)\s+/, '').replace(/\s+(?:please|plis|os gwelwch yn dda)$/, '');
  if (/^(?:cymraeg|gymraeg|welsh|cymraeg os gwelwch yn dda|siarad cymraeg|welsh language)$/.test(m)) return 'cy';
  if (/^(?:english|saesneg|s?aesneg|english language)$/.test(m)) return 'en';
  return null;
}

export function recogniseComplaintAbout(text: string): ComplaintAbout | null {
  return firstMatch(COMPLAINT_ABOUT, normaliseWords(text));
}

export function recogniseEnquiryTopic(text: string): EnquiryTopic | null {
  return firstMatch(ENQUIRY, normaliseWords(text));
}

/** What a resident wants, from their own words: typos, lower case and long openers included. */
export function understand(text: string): Understanding {
  const words = normaliseWords(text);
  let intent = firstMatch(INTENTS, words);
  const complaintAbout = firstMatch(COMPLAINT_ABOUT, words);
  // "I'm not happy with how my complaint was handled" is a review request;
  // "the officer was rude" is a complaint even without the word.
  if (intent !== 'complaint' && complaintAbout === 'review-request' && /\b(?:complain|cwyn|nghwyn|gŵyn)/.test(words)) intent = 'complaint';
  if (intent === 'enquiry' && /\b(?:how (?:do|can) i|where|who|what)\b.*\bcomplain/.test(words)) intent = 'complaint';
  // "Where can I find the plan?" asks for information; it is not a comment on the plan.
  const question = /^(?:where|how|who|what|when|which|is there|are there|do you|can i find|can you tell|ble|sut|pwy|beth|pryd|pa|oes|a oes|ydych|allwch|alla i)\b/.test(words);
  if (intent === 'comment' && question && firstMatch(ENQUIRY, words) !== null) intent = 'enquiry';
  const enquiryTopic = intent === 'enquiry' || intent === null ? firstMatch(ENQUIRY, words) : null;
  if (intent === null && enquiryTopic !== null) intent = 'enquiry';
  return { intent, complaintAbout: intent === 'complaint' ? complaintAbout : null, enquiryTopic };
}
