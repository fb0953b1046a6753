/**
 * Takes out what would let someone reach the resident (e-mail addresses, phone numbers, UK
 * postcodes) before words leave the office's mailbox for the staff channel. A local stand-in for
 * a full personal-data recogniser: it errs towards taking out too much.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// 07700 900123, +44 7700 900123, (01772) 533587, 0800-123-4567: ten or more digits in a run with spaces, dots, dashes or brackets.
const PHONE = /(?<![\w-])(?:\+\d{1,3}[\s.-]?)?\(?\d[\d\s().-]{8,}\d/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;

export function withoutContactDetails(text: string): string {
  return text
    .replace(EMAIL, '[e-mail removed]')
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 10 ? '[phone removed]' : m))
    .replace(POSTCODE, '[postcode removed]');
}
