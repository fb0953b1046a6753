import { describe, expect, it } from 'vitest';
import { LocalRiskScreener } from '../../src/services/risk-screener';

// What was once a separate guess (language-guess.ts) is now the screen's own reading of the language:
// the same messages, told the same way, through the path every resident's message takes.
const screener = new LocalRiskScreener();

describe('noticing a language the bot cannot read', () => {
  it.each(['Potrzebuję pomocy, mój sąsiad mnie straszy każdego dnia', 'مساعدة من فضلك زوجي يضربني', 'Am nevoie de ajutor, vecinul meu mă amenință zilnic'])(
    'notices "%s"',
    async (text) => {
      expect((await screener.screen(text)).unread).toBeDefined();
    },
  );
  it.each([
    'alex.taylor@example.org',
    'Alex Taylor',
    'Siobhan Ni Bhriain Okafor',
    '1 Fishergate, Preston PR1 2HE',
    'The Chief Constable ignored our petition about Skelmersdale.',
    "Mae rhywun yn torri i mewn i'r tŷ nawr",
    'LC-20261101-1234',
    'Weekday mornings',
  ])('does not mistake "%s" for a foreign language', async (text) => {
    expect((await screener.screen(text)).unread).toBeUndefined();
  });
});
