import { describe, expect, it } from 'vitest';
import { looksForeign } from '../../src/domain/language-guess';

describe('noticing a language the bot cannot read', () => {
  it.each(['Potrzebuję pomocy, mój sąsiad mnie straszy każdego dnia', 'مساعدة من فضلك زوجي يضربني', 'Am nevoie de ajutor, vecinul meu mă amenință zilnic'])('notices "%s"', (text) => {
    expect(looksForeign(text)).toBe(true);
  });
  it.each([
    'alex.taylor@example.org',
    'Alex Taylor',
    'Siobhan Ni Bhriain Okafor',
    '1 Fishergate, Preston PR1 2HE',
    'The Chief Constable ignored our petition about Skelmersdale.',
    "Mae rhywun yn torri i mewn i'r tŷ nawr",
    'LC-20261101-1234',
    'Weekday mornings',
  ])('does not mistake "%s" for a foreign language', (text) => {
    expect(looksForeign(text)).toBe(false);
  });
});
