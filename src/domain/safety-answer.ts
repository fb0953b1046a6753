import { normaliseWords } from './words';

export type SafetyAnswer = 'yes' | 'no' | 'not-sure';

// A hedge turns "yes" into "not sure": "yes for now", "yeah but he's back tomorrow".
const HEDGE = /\b(?:but|for now|at the moment|atm|till|until|unless|think so|i guess|sort of|kind of|kinda|sorta|hope so|probably|maybe|rn|right now)\b/;
const YES = /^(?:yes|yeah|yea|yep|yup|yh|ye|aye|i am|i'm|im|i am safe|safe|fine|ok|okay|all good|i'm fine|im fine|i'm ok|im ok|i'm okay|im okay|totally|definitely)\b/;
const NO = new RegExp(
  '^(?:no|nope|nah|naw|not really|not rly|not realy|nt really|not at all|not safe|not while|not when|not with|not since|' +
    "no way|definitely not|of course not|never|hardly|i'm not|im not|i am not|i don't feel safe|i dont feel safe|not exactly|not totally|not completely)\\b",
);

/**
 * What a resident's own words say to "Are you safe right now?". Only a plain
 * yes is read as safe; a no, a hedge, or anything else we cannot be sure of is
 * never read as safe.
 */
export function readSafetyAnswer(text: string): SafetyAnswer {
  const plain = normaliseWords(text).replace(/[’`]/g, "'");
  if (NO.test(plain)) return 'no';
  if (YES.test(plain) && !HEDGE.test(plain)) return 'yes';
  return 'not-sure';
}
