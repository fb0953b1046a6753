import { describe, expect, it } from 'vitest';
import { parseEmail, parseName, parsePastDate, parsePostcode, parseUkPhone } from '../../src/domain/validators';
import type { DateWords } from '../../src/domain/validators';
import { LocaleText } from '../../src/i18n/locale-text';

const en = new LocaleText('en-GB');
const english: DateWords = { today: en.words('today'), yesterday: en.words('yesterday'), months: en.words('months'), weekdays: en.words('weekdays'), last: en.words('last') };

describe('reading what residents type at prompts', () => {
  it.each(['alex.taylor@example.org', ' Alex@Example.co.uk ', 'mailto:a+b@x.org'])('accepts the e-mail address %s', (v) => {
    expect(parseEmail(v).ok).toBe(true);
  });
  it.each([
    ['alex.example.org', 'email.noAt'],
    ['alex @example.org', 'email.spaces'],
    ['alex@example', 'email.domain'],
    ['a@@example.org', 'email.invalid'],
  ])('says what is wrong with %s', (v, problem) => {
    expect(parseEmail(v)).toEqual({ ok: false, problem });
  });

  it.each([
    ['07700 900123', '07700 900123'],
    ['+44 7700 900123', '07700 900123'],
    ['+44 (0)7700 900123', '07700 900123'],
    ['01772 533587', '01772533587'],
    ['0044 1772 533 587', '01772533587'],
  ])('accepts the UK phone number %s', (v, want) => {
    expect(parseUkPhone(v)).toEqual({ ok: true, value: want });
  });
  it.each([
    ['0770090', 'phone.short'],
    ['077009001234567', 'phone.long'],
    ['7700 900123', 'phone.startZero'],
    ['call me maybe', 'phone.letters'],
    ['05700 900123', 'phone.invalid'],
  ])('says what is wrong with the phone number %s', (v, problem) => {
    expect(parseUkPhone(v)).toEqual({ ok: false, problem });
  });

  it.each([
    ['pr1 0ld', 'PR1 0LD'],
    ['PR10LD', 'PR1 0LD'],
    ['bb1 7dy', 'BB1 7DY'],
    ['EC1A 1BB', 'EC1A 1BB'],
  ])('tidies the postcode %s', (v, want) => {
    expect(parsePostcode(v)).toEqual({ ok: true, value: want });
  });
  it('refuses something that is not a postcode', () => {
    expect(parsePostcode('Preston')).toEqual({ ok: false, problem: 'postcode.invalid' });
  });

  it('refuses an e-mail address as a name', () => {
    expect(parseName('alex@example.org').ok).toBe(false);
    expect(parseName('Siân O\'Neill-Jones').ok).toBe(true);
  });

  const today = '2026-11-23'; // a Monday
  it.each([
    ['03/11/2026', '2026-11-03'],
    ['3 November 2026', '2026-11-03'],
    ['3rd Nov', '2026-11-03'],
    ['November 3', '2026-11-03'],
    ['yesterday', '2026-11-22'],
    ['last Tuesday', '2026-11-17'],
    ['monday', '2026-11-16'],
    ['20 December', '2025-12-20'],
    ['2026-10-01', '2026-10-01'],
  ])('reads the date %s', (v, want) => {
    expect(parsePastDate(v, today, english)).toEqual({ ok: true, value: want });
  });
  it.each([
    ['31/02/2026', 'date.invalid'],
    ['next week sometime', 'date.invalid'],
    ['01/12/2026', 'date.future'],
    ['01/01/2015', 'date.tooOld'],
  ])('says what is wrong with the date %s', (v, problem) => {
    expect(parsePastDate(v, today, english)).toEqual({ ok: false, problem });
  });
});
