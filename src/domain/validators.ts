/** Parsers for what a resident types at a prompt. Each names what was wrong, for a kind re-ask. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(p: string): Parsed<T> => ({ ok: false, problem: p });

export function parseEmail(input: string): Parsed<string> {
  const text = input.trim().replace(/^mailto:/i, '');
  if (!text.includes('@')) return problem('email.noAt');
  if (/\s/.test(text)) return problem('email.spaces');
  const m = /^([^@]+)@([^@]+)$/.exec(text);
  if (!m) return problem('email.invalid');
  const domain = m[2] ?? '';
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i.test(domain)) return problem('email.domain');
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(m[1] ?? '') || text.length > 254) return problem('email.invalid');
  return ok(text);
}

/** UK numbers: 01/02/03 landlines, 07 mobiles, 08 freephone, with +44 or 0044 accepted. */
export function parseUkPhone(input: string): Parsed<string> {
  const raw = input.trim();
  if (/[a-z]/i.test(raw.replace(/^tel:/i, '').replace(/\b(?:ext|extension)\b.*$/i, ''))) return problem('phone.letters');
  let digits = raw.replace(/[\s().-]/g, '').replace(/^tel:/i, '');
  if (digits.startsWith('+44')) digits = '0' + digits.slice(3).replace(/^\(?0\)?/, '');
  else if (digits.startsWith('0044')) digits = '0' + digits.slice(4);
  if (!/^\d+$/.test(digits)) return problem('phone.invalid');
  if (!digits.startsWith('0')) return problem('phone.startZero');
  if (digits.length < 10) return problem('phone.short');
  if (digits.length > 11) return problem('phone.long');
  if (!/^0[1237-9]/.test(digits)) return problem('phone.invalid');
  return ok(digits.startsWith('07') ? `${digits.slice(0, 5)} ${digits.slice(5)}` : digits);
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;

export function parsePostcode(input: string): Parsed<string> {
  const m = POSTCODE.exec(input.trim().toUpperCase().replace(/\s+/g, ' '));
  if (!m) return problem('postcode.invalid');
  return ok(`${m[1]} ${m[2]}`);
}

export function findPostcode(input: string): string | null {
  const m = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i.exec(input);
  return m ? `${(m[1] ?? '').toUpperCase()} ${(m[2] ?? '').toUpperCase()}` : null;
}

export function parseName(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length < 2) return problem('name.short');
  if (text.length > 120) return problem('name.long');
  if (!/\p{L}/u.test(text) || /@|\d{3,}/.test(text)) return problem('name.invalid');
  return ok(text);
}

/** The words of a date in one language (each locale file's `words`), lower case. */
export interface DateWords {
  readonly today: readonly string[];
  readonly yesterday: readonly string[];
  /** January to December, each as the shortest start that tells it apart ("jan", "mar", "may"). */
  readonly months: readonly string[];
  /** Sunday to Saturday. */
  readonly weekdays: readonly string[];
  /** Words before a weekday that mean the last one ("last", "on"). */
  readonly last: readonly string[];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]): string => words.map(escape).join('|');

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date in the past or today, as people in the UK write it: 3/11/2026,
 * 3 November 2026, 3rd Nov, yesterday, last Tuesday. `today` is YYYY-MM-DD.
 */
export function parsePastDate(input: string, today: string, w: DateWords): Parsed<string> {
  const text = input.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ');
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const base = Date.UTC(ty, tm - 1, td);
  const daysAgo = (n: number): string => new Date(base - n * 86_400_000).toISOString().slice(0, 10);
  let result: string | null = null;
  if (w.today.includes(text)) result = today;
  else if (w.yesterday.includes(text)) result = daysAgo(1);
  else {
    const wd = new RegExp(`^(?:(?:${anyOf(w.last)}) )?(${anyOf(w.weekdays)})$`, 'u').exec(text);
    const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
    const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    const words = /^(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?$/u.exec(text) ?? /^(\p{L}+)\s+(\d{1,2})(?:\s+(\d{4}))?$/u.exec(text);
    if (wd) {
      const target = w.weekdays.indexOf(wd[1] ?? '');
      const now = new Date(base).getUTCDay();
      const back = (now - target + 7) % 7 || 7;
      result = daysAgo(back);
    } else if (numeric) {
      const y = Number(numeric[3]);
      result = iso(y < 100 ? 2000 + y : y, Number(numeric[2]), Number(numeric[1]));
    } else if (isoLike) {
      result = iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]));
    } else if (words) {
      const [a, b] = [words[1] ?? '', words[2] ?? ''];
      const dayFirst = /^\d/.test(a);
      const day = Number(dayFirst ? a : b);
      const name = dayFirst ? b : a;
      const month = name.length >= 3 ? w.months.findIndex((m) => name.startsWith(m)) + 1 : 0;
      if (month > 0) {
        const y = words[3] ? Number(words[3]) : ty;
        result = iso(y, month, day);
        // "20 December" typed in January means last December.
        if (result && !words[3] && result > today) result = iso(y - 1, month, day);
      }
    }
  }
  if (!result) return problem('date.invalid');
  if (result > today) return problem('date.future');
  if (result < daysAgo(366 * 5)) return problem('date.tooOld');
  return ok(result);
}
