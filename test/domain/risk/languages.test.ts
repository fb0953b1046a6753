import { describe, expect, it } from 'vitest';
import { dangerWordsIn, DANGER_WORDS } from '../../../src/domain/risk/languages/lexicons';
import { screenUnreadable } from '../../../src/domain/risk/languages/unreadable';
import { mightBeForeign, whichLanguage } from '../../../src/domain/risk/languages/which-language';
import { EMERGENCY_LINE_LANGUAGES, emergencyLineEntry, emergencyLineIn } from '../../../src/i18n/emergency-lines';

const guess = (code: string, confidence = 0.8) => ({ code, confidence, source: 'eld' });

describe('which language a message is in', () => {
  it('tells the community languages of Lancashire by their script', () => {
    expect(whichLanguage('ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਮਾਰ ਰਿਹਾ ਹੈ', null, false)).toMatchObject({ code: 'pa', readable: false, how: 'script' });
    expect(whichLanguage('મારો પતિ મને મારે છે', null, false)).toMatchObject({ code: 'gu', readable: false });
    expect(whichLanguage('আমার স্বামী আমাকে মারছে', null, false)).toMatchObject({ code: 'bn', readable: false });
    expect(whichLanguage('میرا شوہر مجھے مار رہا ہے', null, false)).toMatchObject({ code: 'ur', readable: false });
    expect(whichLanguage('زوجي يضربني الآن', null, false)).toMatchObject({ code: 'ar', readable: false });
  });

  it('tells Urdu and Punjabi typed in Latin letters by their words, which no detector knows', () => {
    expect(whichLanguage('mujhe bachao mera shohar mujhe maar raha hai', null, false)).toMatchObject({ code: 'ur', readable: false, how: 'words' });
    expect(whichLanguage('mainu bachao mera pati mainu maarda hai', null, false)).toMatchObject({ code: 'pa', readable: false });
  });

  it("takes a detector's word for Polish or Romanian only when the message holds that language's own words", () => {
    expect(whichLanguage('Pomocy, mój mąż mnie bije, jest w domu', guess('pl'), false)).toMatchObject({ code: 'pl', readable: false, how: 'detector' });
    expect(whichLanguage('Ajutor, soțul meu mă bate acum', guess('ro'), false)).toMatchObject({ code: 'ro', readable: false });
  });

  it('keeps names, addresses and text-speak English whatever a detector guesses', () => {
    expect(whichLanguage('Agnieszka Kowalska Blackburn Lancashire', guess('pl'), false).readable).toBe(true);
    expect(whichLanguage('wot u on abt m8 ffs', guess('hr'), false).readable).toBe(true);
    expect(whichLanguage('Ionut Popescu Morecambe Road', guess('ro'), false).readable).toBe(true);
    expect(whichLanguage("he's outside my house with a knife", guess('tl'), false).readable).toBe(true);
    expect(mightBeForeign('I want to make a complaint about an officer')).toBe(false);
  });

  it('leaves Welsh to the rules, which read it', () => {
    expect(whichLanguage('mae o tu allan i fy nhŷ', guess('tl'), true)).toMatchObject({ code: 'cy', readable: true });
  });
});

describe('a message the screen cannot read', () => {
  it('is always a case for a person, and an emergency when it has words of danger now', () => {
    const urgent = screenUnreadable('Pomocy! On mnie bije, ma nóż', { code: 'pl', readable: false, how: 'detector' }, 'eld');
    expect(urgent.level).toBe('emergency');
    expect(urgent.unread).toMatchObject({ code: 'pl', name: 'Polish', how: 'eld' });
    expect(urgent.reasons[0]).toMatch(/written in Polish .* a person needs to read it/);
    const unclear = screenUnreadable('Dzień dobry, mam pytanie o parkowanie', { code: 'pl', readable: false, how: 'detector' }, 'eld');
    expect(unclear.level).toBe('high');
    expect(unclear.basis).toContain('language/pl');
  });

  it('finds the danger words of each language list it has', () => {
    for (const list of DANGER_WORDS) {
      const word = list.now[0] ?? '';
      expect(dangerWordsIn(`xx ${word} xx`, list.code.replace('-Latn', '')).length, list.code).toBeGreaterThan(0);
    }
  });
});

describe('the 999 line in other languages', () => {
  it('says 999 in every language, and is shown only where two sources agree on the wording', () => {
    for (const key of EMERGENCY_LINE_LANGUAGES) {
      const entry = emergencyLineEntry(key);
      expect(entry?.text, key).toContain('999');
      expect(entry?.text.length ?? 0, key).toBeLessThan(120);
    }
    expect(emergencyLineIn({ code: 'pl', name: 'Polish', how: 'eld' })).toContain('999');
    expect(emergencyLineIn({ code: 'ur', name: 'Urdu', how: 'words' })).toMatch(/^Agar aap/);
    const unverified = EMERGENCY_LINE_LANGUAGES.filter((k) => !emergencyLineEntry(k)?.verified.trim());
    for (const key of unverified) expect(emergencyLineIn({ code: key, name: key, how: 'script' })).toBeNull();
  });
});
