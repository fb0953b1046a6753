import { normaliseForScreening } from '../normalise';

/*
 * What the learned layer sees of a message: the words of its normalised text
 * (normalise.ts undoes text-speak, stretched letters, leetspeak and the like
 * first), each word and each pair of neighbouring words one feature, and a
 * word within three words after a negation marked as negated ("not ~safe"),
 * so that "I'm not safe" and "I'm safe" are told apart. The same function
 * serves training and screening, so the two can never drift apart.
 */

const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'noone', 'without', 'nor', 'ddim', 'dim']);
const NEGATION_REACH = 3;

/** The words the layer reads; pass the normalised text when the caller has it already, to normalise once. */
export function modelTokens(text: string, normalised: string = normaliseForScreening(text)): string[] {
  return normalised.split(/\s+/).filter((w) => w !== '');
}

function negates(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

// Words that say nothing about risk on their own: a feature made only of them is left out, so the
// layer cannot learn that "the" or "by the" means danger because short alarms happened to contain them.
const FILLER = new Set(
  'the a an of in on at by to for with and or but is are was were be been it its this that these those from as into than then there'.split(' '),
);

/** The features each word position contributes, in order: `w:` a word (`w:~` negated), `b:` a pair. */
export function featuresByPosition(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  let negated = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] ?? '';
    const next = tokens[i + 1];
    const here: string[] = [];
    if (!FILLER.has(word)) here.push(negated > 0 ? `w:~${word}` : `w:${word}`);
    if (next !== undefined && !(FILLER.has(word) && FILLER.has(next))) here.push(`b:${word} ${next}`);
    out.push(here);
    if (negates(word)) negated = NEGATION_REACH;
    else if (negated > 0) negated--;
  }
  return out;
}
