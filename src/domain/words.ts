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

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return at(a.length, b.length);
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
