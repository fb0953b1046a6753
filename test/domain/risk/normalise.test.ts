import { describe, it, expect } from 'vitest';
import { normaliseForScreening } from '../../../src/domain/risk/normalise';

describe('normaliseForScreening', () => {
  it('lower-cases and drops accents, so Welsh with or without circumflexes reads the same', () => {
    expect(normaliseForScreening('Mae rhywun yn y Tŷ NAWR')).toBe('mae rhywun yn y ty nawr');
    expect(normaliseForScreening('Mae rhywun yn y ty nawr')).toBe('mae rhywun yn y ty nawr');
  });

  it('removes zero-width and other invisible characters hidden inside words', () => {
    expect(normaliseForScreening('he has a kn\u200bi\u200dfe\ufeff')).toBe('he has a knife');
    expect(normaliseForScreening('st\u00adalking')).toBe('stalking');
  });

  it('reads full-width and stylised letters as plain ones', () => {
    expect(normaliseForScreening('ｋｎｉｆｅ')).toBe('knife');
    expect(normaliseForScreening('𝐤𝐧𝐢𝐟𝐞')).toBe('knife');
  });

  it('reads Cyrillic look-alike letters inside an English word, but leaves Cyrillic text alone', () => {
    expect(normaliseForScreening('knіfe')).toBe('knife');
    expect(normaliseForScreening('привет')).toBe('привет');
  });

  it('undoes leetspeak inside words', () => {
    expect(normaliseForScreening('kn1fe k1ll ki11 $tab @ttack h3lp r4p3d')).toBe('knife kill kill stab attack help raped');
  });

  it('keeps numbers, times and ordinals that stand alone', () => {
    expect(normaliseForScreening('Call 999 at 5pm, 3 times, on the 2nd, 24/7')).toBe('call 999 at 5pm 3 times on the 2nd 24 7');
  });

  it('joins letters typed one at a time with spaces, dots or dashes', () => {
    expect(normaliseForScreening('k n i f e')).toBe('knife');
    expect(normaliseForScreening('h.e.l.p')).toBe('help');
    expect(normaliseForScreening('k-n-i-f-e')).toBe('knife');
    expect(normaliseForScreening('h e l p  m e')).toBe('help me');
  });

  it('keeps "a" as an article before letters typed one at a time', () => {
    expect(normaliseForScreening('he has a k n i f e')).toBe('he has a knife');
  });

  it('squeezes stretched letters while leaving real double letters alone', () => {
    expect(normaliseForScreening('hellllp pleeeease')).toBe('help please');
    expect(normaliseForScreening('stabbed kill address')).toBe('stabbed kill address');
  });

  it('expands text-speak', () => {
    expect(normaliseForScreening('im scared hes outside rn plz')).toBe("i'm scared he's outside right now please");
    expect(normaliseForScreening('u r gonna b4 2nite wiv my bf')).toBe('you are going to before tonight with my boyfriend');
    expect(normaliseForScreening('dont cant shes wanna atm gf')).toBe("don't can't she's want to at the moment girlfriend");
  });

  it('straightens curly quotes, keeps apostrophes inside words and turns other punctuation into spaces', () => {
    expect(normaliseForScreening('He’s “outside”… ‘now’!!')).toBe("he's outside now");
    expect(normaliseForScreening("Mae'r   drws\n\tar agor")).toBe("mae'r drws ar agor");
  });

  it('treats words that name object properties as plain words', () => {
    expect(normaliseForScreening('constructor toString __proto__')).toBe('constructor tostring proto');
  });

  it('stays fast on a 100 KB message, even one built to be slow', () => {
    const started = Date.now();
    normaliseForScreening('my husband said he would ki11 me. '.repeat(3000));
    normaliseForScreening(`a${'!'.repeat(100_000)}b`);
    normaliseForScreening('a a a a '.repeat(12_500));
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
