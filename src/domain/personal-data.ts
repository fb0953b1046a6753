/**
 * Personal data in what a resident wrote: names, phone numbers, e-mail and postal addresses,
 * dates of birth, National Insurance and NHS numbers, vehicle registrations. Found here by UK
 * formats (Azure AI Language's recognizePiiEntities does it where it is configured; both are
 * used then), and taken out of everything that leaves the office's mailbox. It errs towards
 * taking out too much: a staff card missing a word is better than one carrying a phone number.
 */

export const PERSONAL_DATA = ['name', 'phone', 'email', 'address', 'postcode', 'date-of-birth', 'ni-number', 'nhs-number', 'vehicle'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA)[number];

export interface Span {
  readonly kind: PersonalDataKind;
  /** UTF-16 offset and length, as JavaScript strings count. */
  readonly offset: number;
  readonly length: number;
}

const LABEL: Readonly<Record<PersonalDataKind, string>> = {
  name: '[name]',
  phone: '[phone]',
  email: '[e-mail]',
  address: '[address]',
  postcode: '[postcode]',
  'date-of-birth': '[date of birth]',
  'ni-number': '[NI number]',
  'nhs-number': '[NHS number]',
  vehicle: '[vehicle registration]',
};

// A capitalised word that can be part of a name: "Jo", "O'Neill", "Smith-Jones", "McDonald".
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*|['’]\p{Lu}\p{Ll}+)`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
// Words that start a sentence or name a place or thing, never a person on their own.
const NOT_NAMES = new Set([
  'I', 'The', 'He', 'She', 'They', 'We', 'You', 'It', 'My', 'His', 'Her', 'Their', 'Our', 'This', 'That', 'Police', 'Officer',
  'Commissioner', 'Chief', 'Constable', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Street',
  'Road', 'Lane', 'Avenue', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Not', 'Scared', 'Sorry', 'Here', 'Hello', 'Thanks', 'Just',
  'Really', 'Very', 'Still', 'Now', 'Today', 'Tonight', 'Yes', 'No', 'Ok', 'Okay', 'Please',
]);

interface Finder {
  readonly kind: PersonalDataKind;
  readonly pattern: RegExp;
  /** Which capture group is the personal data itself (0: the whole match). */
  readonly group?: number;
  readonly accept?: (found: string) => boolean;
}

const digits = (s: string): string => s.replace(/\D/g, '');

const FINDERS: readonly Finder[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  // AB 12 34 56 C, AB123456C (National Insurance: two letters, six digits, A–D).
  { kind: 'ni-number', pattern: /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi },
  // NHS numbers: 10 digits as 3-3-4, said near "NHS" or valid by their check digit.
  { kind: 'nhs-number', pattern: /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, accept: (s) => nhsCheckDigitValid(digits(s)) },
  // Dates said to be a birth date: "born 12/03/1985", "DOB 12.3.85", "date of birth: 3 March 1990".
  {
    kind: 'date-of-birth',
    pattern: /\b(?:born(?: on)?|dob|d\.o\.b\.?|date of birth|birthday(?: is)?|ganwyd|dyddiad geni)\s*:?\s*((?:\d{1,2}(?:st|nd|rd|th)?[\s./-](?:\d{1,2}|[A-Za-z]{3,9})[\s./-]\d{2,4})|(?:[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))/gi,
    group: 1,
  },
  // UK phone numbers: 07700 900123, +44 (0)7700 900123, (01772) 533587, 0800-123-4567, 020 7946 0018.
  {
    kind: 'phone',
    pattern: /(?<![\w-])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w-])/g,
    accept: (s) => {
      const d = digits(s);
      // +44 and the national number, with or without its leading 0 in brackets.
      if (/^\s*(?:\+|00)/.test(s)) return /^(?:00)?44(?:0)?(\d{9,10})$/.test(d);
      return d.startsWith('0') && d.length >= 10 && d.length <= 11;
    },
  },
  // Current UK plates (AB12 CDE) and older ones (A123 BCD, ABC 123D).
  { kind: 'vehicle', pattern: /\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])\b/g, accept: (s) => !/^(?:LAN|NWP)\d/.test(s) },
  // Postcodes: PR1 2HE, LL29 8AW, M1 1AE, EC1A 1BB, sw1a1aa.
  { kind: 'postcode', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi },
  // A house number and a street: "12 Fishergate", "1a Station Road", "Flat 3, 22 Hill Street".
  {
    kind: 'address',
    pattern: /\b(?:(?:flat|apartment|unit)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[A-Z][\p{L}'’-]+\s+){0,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Grove|Place|Terrace|Court|Gardens|Square|Hill|Row|Walk|Mews|Parade|Fold|Brow|Heol|Ffordd|Stryd|Lôn|Fishergate)\b/giu,
  },
  // "my name is Jo Bloggs", "I'm called Jo", "this is Jo Bloggs", "fy enw i yw Siân".
  { kind: 'name', pattern: new RegExp(String.raw`(?<![\p{L}])(?:[Mm]y name is|[Mm]y name's|[Ii] am called|[Ii]'m called|[Cc]all me|[Tt]his is|[Ff]y enw (?:i )?yw|[Ee]nw fi yw|[Ss]igned|[Rr]egards|[Tt]hanks|[Dd]iolch),?\s+(${NAME})`, 'gu'), group: 1 },
  // Mr / Mrs / Ms / Dr and a name: "Mr Smith", "Mrs Jo Bloggs".
  { kind: 'name', pattern: new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+(${NAME})`, 'gu'), group: 1 },
  // A person named as a relation or as someone who did something: "my ex, Darren Smith", "my neighbour Dave".
  {
    kind: 'name',
    pattern: new RegExp(String.raw`\b(?:my|her|his|their|our) (?:ex|partner|husband|wife|boyfriend|girlfriend|neighbour|son|daughter|brother|sister|dad|mum|father|mother|stepdad|stepmum|uncle|aunt|cousin|friend|landlord|boss|colleague)(?: is| called| named|,)?\s+(${NAME})`, 'gu'),
    group: 1,
  },
];

/** The NHS number's modulus 11 check digit. */
function nhsCheckDigitValid(n: string): boolean {
  if (!/^\d{10}$/.test(n)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(n[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(n[9]);
}

/** Every piece of personal data found, as spans, in order, overlaps merged (the earlier or longer wins). */
export function findPersonalData(text: string): Span[] {
  const found: Span[] = [];
  for (const f of FINDERS) {
    for (const m of text.matchAll(f.pattern)) {
      const whole = m[0];
      const part = f.group ? m[f.group] : whole;
      if (!part || (f.accept && !f.accept(part))) continue;
      if (f.kind === 'name' && part.split(/\s+/).every((w) => NOT_NAMES.has(w))) continue;
      const offset = (m.index ?? 0) + (f.group ? whole.indexOf(part) : 0);
      found.push({ kind: f.kind, offset, length: part.length });
    }
  }
  return mergeSpans(found);
}

/** Sorted by offset; where two overlap, one span covering both, of the first one's kind. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.offset < last.offset + last.length) {
      const end = Math.max(last.offset + last.length, s.offset + s.length);
      out[out.length - 1] = { ...last, length: end - last.offset };
    } else out.push(s);
  }
  return out;
}

/** The text with each span replaced by what it was: "[phone]", "[name]". */
export function redactSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.offset < at) continue;
    out += text.slice(at, s.offset) + LABEL[s.kind];
    at = s.offset + s.length;
  }
  return out + text.slice(at);
}

/** The local recogniser alone: what leaves the mailbox when Azure AI Language is not configured or fails. */
export function redactPersonalData(text: string): string {
  return redactSpans(text, findPersonalData(text));
}
