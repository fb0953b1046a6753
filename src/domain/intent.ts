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

export function recogniseComplaintAbout(text: string): ComplaintAbout | null {
  return firstMatch(COMPLAINT_ABOUT_RULES, normaliseWords(text));
}

export function recogniseEnquiryTopic(text: string): EnquiryTopic | null {
  return firstMatch(ENQUIRY_RULES, normaliseWords(text));
}

/** What a resident wants, from their own words: typos, lower case and long openers included. */
export function understand(text: string): Understanding {
  const words = normaliseWords(text);
  let intent = firstMatch(INTENT_RULES, words);
  const complaintAbout = firstMatch(COMPLAINT_ABOUT_RULES, words);
  // "I'm not happy with how my complaint was handled" is a review request;
  // "the officer was rude" is a complaint even without the word.
  if (intent !== 'complaint' && complaintAbout === 'review-request' && /\bcomplain/.test(words)) intent = 'complaint';
  if (intent === 'enquiry' && /\b(?:how (?:do|can) i|where|who|what)\b.*\bcomplain/.test(words)) intent = 'complaint';
  // "Where can I find the plan?" asks for information; it is not a comment on the plan.
  const question = /^(?:where|how|who|what|when|which|is there|are there|do you|can i find|can you tell)\b/.test(words);
  if (intent === 'comment' && question && firstMatch(ENQUIRY_RULES, words) !== null) intent = 'enquiry';
  const enquiryTopic = intent === 'enquiry' || intent === null ? firstMatch(ENQUIRY_RULES, words) : null;
  if (intent === null && enquiryTopic !== null) intent = 'enquiry';
  return { intent, complaintAbout: intent === 'complaint' ? complaintAbout : null, enquiryTopic };
}
