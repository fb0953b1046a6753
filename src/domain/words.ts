/**
 * Words the routes hinge on. A resident's token that is one or two typos away
 * from one of these is read as it; everything else is left as typed.
 */
const KEYWORDS = [
  'complain', 'complaint', 'complaints', 'complaining', 'comment', 'comments', 'feedback', 'commissioner',
  'constable', 'officer', 'officers', 'support', 'victim', 'victims', 'volunteer', 'volunteering', 'freedom',
  'information', 'review', 'chief', 'police', 'policeman', 'policewoman', 'suggestion', 'priority', 'priorities',
  'deputy', 'enquiry', 'question', 'burglary', 'harassment', 'stalking', 'domestic', 'fraud', 'sergeant',
  'inspector', 'professional', 'standards', 'meeting', 'meetings', 'journalist', 'address', 'subject', 'access',
  'panel', 'outcome', 'appeal', 'something', 'anything',
] as const;

// Ordinary words one typo away from a keyword: never bent into it.
const LOOKALIKES = ['office', 'offices', 'offence', 'victory', 'comet', 'suppose', 'sport', 'review', 'chef', 'thief'];
const KNOWN = new Set<string>([...KEYWORDS, ...LOOKALIKES]);

// Only tokens of this length or more are corrected, so short words
// ("form", "from") are never bent into keywords.
const MIN_FUZZY_LENGTH = 5;

// Three rows of the alignment table, reused by every call (this runs for every word of every message).
let rowBefore = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowNow = new Int32Array(64);

/** Optimal string alignment distance, or `max + 1` for anything further (it stops early once it is). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rowNow.length < width) {
    rowBefore = new Int32Array(width * 2);
    rowPrev = new Int32Array(width * 2);
    rowNow = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) rowPrev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowNow[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const del = (rowPrev[j] as number) + 1;
      const ins = (rowNow[j - 1] as number) + 1;
      const sub = (rowPrev[j - 1] as number) + (ai === bj ? 0 : 1);
      let d = del < ins ? del : ins;
      if (sub < d) d = sub;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = (rowBefore[j - 2] as number) + 1;
        if (swap < d) d = swap;
      }
      rowNow[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = rowBefore;
    rowBefore = rowPrev;
    rowPrev = rowNow;
    rowNow = spare;
  }
  const d = rowPrev[b.length] as number;
  return d > max ? max + 1 : d;
}

function correct(word: string): string {
  // "commissioner's" is the keyword plus a possessive: correct the stem only.
  const possessive = word.endsWith("'s") ? "'s" : '';
  const token = possessive ? word.slice(0, -2) : word;
  if (token.length < MIN_FUZZY_LENGTH || KNOWN.has(token)) return word;
  const allowed = token.length >= 9 ? 2 : 1;
  let best: string = token;
  let bestDistance = allowed + 1;
  for (const word of KEYWORDS) {
    const d = editDistance(token, word, allowed);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best + possessive;
}

/** Lower-case words separated by single spaces; apostrophes kept, typos in keywords folded. */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}'?]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0)
    .map(correct)
    .join(' ')
    .trim();
}
