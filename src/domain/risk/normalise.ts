/*
 * People write to us frightened, in a hurry, on a phone, sometimes trying to
 * get past a partner who reads their screen. The screen's phrase rules are
 * written against plain lower-case English and Welsh, so everything a
 * resident might do to a word is undone here first. Every step is a single
 * linear pass, so a 100 KB message costs milliseconds, not seconds.
 */

// Zero-width and other format characters hide inside words ("kn\u200bife");
// the Hangul fillers and braille blank render as nothing too.
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;
const COMBINING_MARK = /\p{M}/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

// Cyrillic and Greek letters that look Latin, swapped in to dodge filters.
// Only applied inside a word that also has Latin letters, so real Cyrillic
// or Greek text is left alone.
const LOOKALIKES: ReadonlyMap<string, string> = new Map(Object.entries({
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
}));
const LOOKALIKE = /[а-яёіјѕԁӏɡα-ω]/u;

// "h.e.l.p", "k-n-i-f-e", "k*n*i*f*e": one letter at a time with a separator.
const SEPARATED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[.\-_*·•,/~+]\p{L}){2,}(?![\p{L}\p{N}])/gu;
const LETTER_SEPARATOR = /[.\-_*·•,/~+]/g;

// "k n i f e" (at least three single letters), and "h e l p  m e" where the
// words themselves are set apart by wider gaps.
const SPACED_LETTERS = /(?<![\p{L}\p{N}'])\p{L}(?: \p{L}){2,}(?: {2,}\p{L}(?: \p{L})+)*(?![\p{L}\p{N}'])/gu;

// Words after which a lone "a" is the article, not the first letter:
// "he has a k n i f e" reads "a knife", not "aknife".
const BEFORE_ARTICLE = new Set([
  'has', 'had', 'have', 'got', 'with', 'is', 'was', 'holding', 'carrying', "there's", 'saw', 'pulled', 'grabbed',
  'waving', 'brandishing', 'like', 'in', 'into', 'for', 'wielding', 'took', 'need', 'want', "he's", "she's", 'from',
]);

const REPEATED_LETTER = /(\p{L})\1{2,}/gu;
// Most messages are plain ASCII; they skip the Unicode passes and use
// cheaper ASCII patterns, which matters when a long message arrives as
// hundreds of short clauses.
const NON_ASCII = /[^\x00-\x7f]/;
const REPEATED_ASCII_LETTER = /([a-z])\1{2,}/g;
const NOT_ASCII_WORD = /[^a-z0-9']+/g;

// Leetspeak is only undone inside a word that also has letters, so "999",
// "3 times" and "24/7" survive, and so do times and ordinals like "5pm".
const LEET: ReadonlyMap<string, string> = new Map(
  Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' }),
);
const NUMBER_WITH_UNIT = /^\d+(?:am|pm|st|nd|rd|th|s|k|m|mph|km|kg|mins?|hrs?|yrs?|yo|ft|x|p)$/;
const LEET_CHAR = /[013457@$!|]/;
// A single "1" is usually an i ("k1ll"), a pair an ll ("ki11").
const DOUBLE_ONE = /11+/g;
const LETTER = /\p{L}/u;

// Text-speak, read word by word once leetspeak and stretched letters are undone.
// A Map, so that a resident typing "constructor" gets no prototype back.
const TEXT_SPEAK: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you', ya: 'you', ur: 'your', ure: "you're", r: 'are',
  pls: 'please', plz: 'please', plse: 'please', plis: 'please', pleas: 'please', pleez: 'please',
  bf: 'boyfriend', gf: 'girlfriend', bfs: 'boyfriends', hubby: 'husband', hubbie: 'husband',
  rn: 'right now', atm: 'at the moment', asap: 'as soon as possible',
  wiv: 'with', wif: 'with', wid: 'with', 'w/': 'with', 'w/o': 'without',
  b4: 'before', '2nite': 'tonight', '2night': 'tonight', tonite: 'tonight', '2day': 'today',
  '2moro': 'tomorrow', '2morrow': 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow',
  gonna: 'going to', gunna: 'going to', wanna: 'want to', gotta: 'got to', tryna: 'trying to', finna: 'going to',
  im: "i'm", ive: "i've", dont: "don't", cant: "can't", wont: "won't", didnt: "didn't", doesnt: "doesn't",
  isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", havent: "haven't", hasnt: "hasn't",
  hadnt: "hadn't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", aint: "ain't",
  hes: "he's", shes: "she's", theyre: "they're", theyve: "they've", youre: "you're", thats: "that's",
  whats: "what's", theres: "there's", wheres: "where's", itll: "it'll", hed: "he'd", shed: "she'd",
  cos: 'because', coz: 'because', cuz: 'because', bc: 'because', bcos: 'because', becoz: 'because',
  ppl: 'people', someones: "someone's", somebodys: "somebody's", sum1: 'someone', some1: 'someone', no1: 'no one', any1: 'anyone', every1: 'everyone',
  h8: 'hate', m8: 'mate', gr8: 'great', l8r: 'later', l8: 'late', thru: 'through', tho: 'though',
  msg: 'message', msgs: 'messages', msging: 'messaging', msgin: 'messaging', txt: 'text', txts: 'texts',
  txting: 'texting', fone: 'phone', pic: 'picture', pics: 'pictures', vid: 'video', vids: 'videos',
  abt: 'about', bout: 'about', dunno: "don't know", wat: 'what', hav: 'have', nd: 'and', ova: 'over',
  urself: 'yourself', myslf: 'myself', kms: 'kill myself', kys: 'kill yourself', unalive: 'kill',
  unalived: 'killed', unaliving: 'killing', dv: 'domestic violence', nonmol: 'non molestation',
}));

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NOT_WORD = /[^\p{L}\p{N}']+/gu;
const STRAY_APOSTROPHE = /(?<!\p{L})'|'(?!\p{L})/gu;

function mapLookalikes(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text
    .split(/(\s+)/)
    .map((word) => (LOOKALIKE.test(word) && /[a-z]/.test(word) ? [...word].map((ch) => LOOKALIKES.get(ch) ?? ch).join('') : word))
    .join('');
}

function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_LETTERS, (run, offset: number) => {
    const joined = run.replace(/ {2,}/g, '\u0000').replace(/ /g, '').replace(/\u0000/g, ' ');
    const before = text.slice(Math.max(0, offset - 24), offset).trimEnd().split(' ').pop() ?? '';
    return joined.startsWith('a') && run.startsWith('a ') && BEFORE_ARTICLE.has(before) ? `a ${joined.slice(1)}` : joined;
  });
}

function undoLeet(core: string): string {
  if (!LETTER.test(core) || !LEET_CHAR.test(core) || NUMBER_WITH_UNIT.test(core)) return core;
  const word = core.replace(DOUBLE_ONE, (ones) => 'l'.repeat(ones.length));
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const mapped = LEET.get(ch);
    // A "!" only stands for "i" between letters ("k!ll"); at an edge it is shouting.
    const insideWord = (ch !== '!' && ch !== '|') || (LETTER.test(word.charAt(i - 1)) && LETTER.test(word.charAt(i + 1)));
    out += mapped !== undefined && insideWord ? mapped : ch;
  }
  return out;
}

// Scanned by hand rather than with an anchored regex, which would go
// quadratic on a long run of punctuation.
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !WORD_CHAR.test(token.charAt(start)) && token.charAt(start) !== '@' && token.charAt(start) !== '$') start++;
  while (end > start && !WORD_CHAR.test(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

function normaliseWord(token: string): string {
  const spokenAsIs = TEXT_SPEAK.get(token);
  if (spokenAsIs !== undefined) return spokenAsIs;
  const core = trimPunctuation(token);
  if (core === '') return ' ';
  const spoken = TEXT_SPEAK.get(core);
  if (spoken !== undefined) return spoken;
  const unleeted = undoLeet(core);
  return TEXT_SPEAK.get(unleeted) ?? unleeted;
}

/**
 * Lower-case, accent-free, single-spaced words with apostrophes kept inside
 * words ("he's", "mae'r"); all other punctuation becomes a space.
 */
export function normaliseForScreening(text: string): string {
  let t = text.replace(SINGLE_QUOTES, "'");
  const ascii = !NON_ASCII.test(t);
  if (ascii) t = t.toLowerCase();
  else {
    t = t.replace(DOUBLE_QUOTES, '"');
    t = t.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
    t = mapLookalikes(t.replace(INVISIBLE, ''));
  }
  const repeated = ascii ? REPEATED_ASCII_LETTER : REPEATED_LETTER;
  t = t.replace(SEPARATED_LETTERS, (run) => run.replace(LETTER_SEPARATOR, ''));
  t = joinSpacedLetters(t).replace(repeated, '$1');
  const words = t.split(/\s+/).map(normaliseWord).join(' ');
  const spaced = words.replace(ascii && !NON_ASCII.test(words) ? NOT_ASCII_WORD : NOT_WORD, ' ');
  return spaced.replace(STRAY_APOSTROPHE, ' ').replace(repeated, '$1').replace(/\s+/g, ' ').trim();
}
