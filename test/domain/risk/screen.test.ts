import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { mergeAssessments, type RiskAssessment, type RiskLevel } from '../../../src/domain/risk/risk-assessment';
import { screenPhrases as screenRisk } from '../../../src/domain/risk/phrase-rules';
import { screenMessage } from '../../../src/domain/risk/screen';

const level = (text: string): RiskLevel => screenRisk(text).level;

describe('screenRisk: emergencies', () => {
  it('treats a knife at the door as an emergency', () => {
    const result = screenRisk("My ex is at the door and he's got a knife");
    expect(result.level).toBe('emergency');
    expect(result.topics).toContain('weapon');
    expect(result.reasons).toContain('mentions a weapon (knife)');
  });

  it('treats someone in the house or breaking in now as an emergency', () => {
    expect(level("there's someone downstairs in my kitchen, I can hear them")).toBe('emergency');
    expect(level('two lads are trying to kick the back door in')).toBe('emergency');
  });

  it('treats someone at the door or on the way over as an emergency', () => {
    expect(level("he's on his way over")).toBe('emergency');
    expect(level('my ex is at the door')).toBe('emergency');
  });

  it('treats an attack in progress, or one that has just happened, as an emergency', () => {
    expect(level('my stepdad is punching my mum')).toBe('emergency');
    expect(level("he's just headbutted me and he's still here")).toBe('emergency');
  });

  it('treats imminent suicide and an overdose as emergencies', () => {
    expect(level("I'm going to kill myself tonight, I've had enough")).toBe('emergency');
    expect(level('I took two boxes of paracetamol an hour ago')).toBe('emergency');
  });

  it('treats being followed now as an emergency, but being followed home again and again as high', () => {
    expect(level("a man's following me down the high street right now")).toBe('emergency');
    expect(level('the same man has followed me home from the bus stop four times')).toBe('high');
  });

  it('raises a disclosure to an emergency when the person is there now', () => {
    expect(level('my ex keeps turning up')).toBe('high');
    expect(level("my ex keeps turning up and he's outside my flat right now")).toBe('emergency');
  });

  it('lowers a danger that is recalled, not happening, to high', () => {
    expect(level('he held a knife to my throat years ago and I still have nightmares')).toBe('high');
  });
});

describe('screenRisk: disclosures that need a person soon', () => {
  it('treats domestic abuse and coercive control as high', () => {
    expect(level('my boyfriend slaps me when he has had a drink')).toBe('high');
    expect(level('my wife reads all my messages and decides who I can see')).toBe('high');
  });

  it('treats stalking, harassment and breaches of orders as high', () => {
    expect(level('she keeps messaging me from new accounts after I blocked her')).toBe('high');
    expect(level('he has broken his non-molestation order again')).toBe('high');
  });

  it('treats sexual violence, sextortion and suicidal thoughts as high', () => {
    expect(level('I was raped two years ago and never told anyone')).toBe('high');
    expect(level("someone says they'll send my nudes to my family unless I pay")).toBe('high');
    expect(level('most nights I think about ending my life')).toBe('high');
  });

  it('treats risks to children, vulnerable adults and exploited workers as high', () => {
    expect(level('an older man keeps messaging my 13 year old and told her to keep it secret')).toBe('high');
    expect(level("my dad has dementia and his carer has been taking his money")).toBe('high');
    expect(level('the lads at the car wash have no passports and sleep on site')).toBe('high');
  });

  it('treats a third-party disclosure as a disclosure and says so to staff', () => {
    const result = screenRisk("my sister's boyfriend hits her");
    expect(result.level).toBe('high');
    expect(result.topics).toContain('domestic-abuse');
    expect(result.reasons).toContain('third-party disclosure: domestic abuse');
  });
});

describe('screenRisk: things that are not disclosures', () => {
  it("is not fooled by 'speeding is killing me' and other idioms", () => {
    for (const text of ['speeding on our road is killing me', 'this form is killing me', 'my feet are killing me', 'I could murder a brew', "I'm dying to know"]) {
      expect(level(text), text).toBe('none');
    }
  });

  it('respects a plain denial of danger', () => {
    expect(level("I'm not in danger, I want to comment on stalking policy")).toBe('none');
  });

  it('does not let a denial of danger hide a separate disclosure', () => {
    expect(level("I'm not in danger now but he keeps turning up at my work")).toBe('high');
  });

  it('treats policy, praise and news about a topic as none', () => {
    expect(level('Thank you for funding the stalking advocates')).toBe('none');
    expect(level('how can domestic abuse charities apply for funding?')).toBe('none');
    expect(level('I read an article about knife crime in Preston')).toBe('none');
  });

  it('does not let policy or news framing hide a first-person disclosure', () => {
    expect(level('I read your article on stalking and I think I am being stalked by my ex')).toBe('high');
  });

  it('treats a general question about other people as none', () => {
    expect(level('if someone is being stalked who should they call?')).toBe('none');
  });

  it('treats ordinary crime reports and complaints about the police as none', () => {
    expect(level('my bike was stolen from outside the library')).toBe('none');
    expect(level('an officer was rude to me and I want to complain')).toBe('none');
  });
});

describe('screenRisk: how people write', () => {
  it('catches a disclosure hidden in a long message', () => {
    const filler = 'The bins on our road have not been emptied for three weeks and the council will not answer the phone. ';
    const text = `${filler.repeat(30)}Also my husband hits me when he drinks. ${filler.repeat(30)}`;
    expect(level(text)).toBe('high');
  });

  it('reads leetspeak and spaced letters', () => {
    expect(level('he has a kn1fe')).toBe('emergency');
    expect(level('he has got a k n i f e')).toBe('emergency');
  });

  it('reads zero-width characters, text-speak, typos and shouting', () => {
    expect(level('hes got a kn\u200bife')).toBe('emergency');
    expect(level('im gonna kill myself 2nite')).toBe('emergency');
    expect(level('my partner chocked me last week')).toBe('high');
    expect(level('HE IS HITTING ME')).toBe('emergency');
  });

  it('reads Welsh emergencies', () => {
    for (const text of ["Mae rhywun yn torri i mewn i'r tŷ nawr", "mae o'n fy nharo i", 'dw i mewn perygl', 'mae ganddo gyllell', "Dw i'n mynd i ladd fy hun", 'helpwch fi']) {
      expect(level(text), text).toBe('emergency');
    }
  });

  it('reads Welsh disclosures that need a person soon, and lets a Welsh complaint through', () => {
    expect(level('cam-drin domestig')).not.toBe('none');
    expect(level('mae fy mhartner yn fy nharo')).not.toBe('none');
    expect(level('mae fy nghyn-gariad yn fy stelcian')).not.toBe('none');
    expect(level('Hoffwn wneud cwyn am swyddog heddlu')).toBe('none');
  });

  it("treats plain 'help' as the bot's own command, but 'HELP!' and 'help me' as cries for help", () => {
    expect(level('help')).toBe('none');
    expect(level('can you help me with my complaint?')).toBe('none');
    expect(level('HELP')).toBe('emergency');
    expect(level('help me')).toBe('emergency');
    expect(level('help!! my ex is here and he wont leave')).toBe('emergency');
  });

  it('tells Welsh from English', () => {
    expect(screenRisk('Mae dyn tu allan i’r drws').language).toBe('cy');
    expect(screenRisk('There is a man outside the door').language).toBe('en');
    expect(screenRisk('999').language).toBe('unknown');
  });

  it('keeps reasons short and never repeats the whole message', () => {
    const text = `My husband has a gun and ${'he keeps saying awful things about my family and my friends '.repeat(5)}`;
    const result = screenRisk(text);
    expect(result.level).toBe('emergency');
    for (const reason of result.reasons) expect(reason.length).toBeLessThan(90);
  });

  it('screens a 100 KB message in well under a second', () => {
    const text = `${'I want to complain about the parking outside the school and the potholes. '.repeat(650)}he is outside my window with a machete. ${'The 101 line is slow. '.repeat(2200)}`;
    const started = Date.now();
    expect(level(text)).toBe('emergency');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('mergeAssessments', () => {
  const local: RiskAssessment = { level: 'high', topics: ['stalking'], reasons: ['says they are being stalked (stalked)'], language: 'en', basis: ['stalking/being-stalked'] };

  it('lets a second opinion raise the level and add what it found', () => {
    const merged = mergeAssessments(local, { level: 'emergency', topics: ['immediate-danger'], reasons: ['someone is present now'], language: 'unknown', basis: ['cue/present-1'] });
    expect(merged).toEqual({
      level: 'emergency',
      topics: ['stalking', 'immediate-danger'],
      reasons: ['says they are being stalked (stalked)', 'someone is present now'],
      language: 'en',
      basis: ['stalking/being-stalked', 'cue/present-1'],
    });
  });

  it('never lets a second opinion lower the level or drop a reason', () => {
    const merged = mergeAssessments(local, { level: 'none', topics: [], reasons: [], language: 'cy', basis: [] });
    expect(merged.level).toBe('high');
    expect(merged.reasons).toEqual(local.reasons);
  });
});

interface LabelledCase {
  readonly id: string;
  readonly level: RiskLevel;
  readonly lang: string;
  readonly text: string;
}

describe('the local screen (phrase rules and safety net) on the labelled set', () => {
  const cases = ['risk-cases.jsonl', 'risk-blind.jsonl', 'risk-blind-2.jsonl', 'risk-blind-3.jsonl', 'risk-blind-4.jsonl', 'risk-blind-5.jsonl', 'risk-blind-6.jsonl', 'risk-blind-7.jsonl']
    .map((f) => readFileSync(path.join(__dirname, '../../data', f), 'utf8'))
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCase);

  it('catches every emergency as an emergency in English and Welsh, at least 95 % of high cases, and raises at most 5 % false alarms', () => {
    const misses: string[] = [];
    const tally = new Map<string, { emergency: number[]; high: number[]; none: number[] }>();
    for (const c of cases) {
      const got = screenMessage(c.text).level;
      const good = c.level === 'emergency' ? got === 'emergency' : c.level === 'high' ? got !== 'none' : got === 'none';
      const t = tally.get(c.lang) ?? { emergency: [0, 0], high: [0, 0], none: [0, 0] };
      tally.set(c.lang, t);
      const counts = t[c.level];
      counts[0] = (counts[0] ?? 0) + (good ? 1 : 0);
      counts[1] = (counts[1] ?? 0) + 1;
      if (!good) misses.push(`${c.id} [${c.level}/${c.lang}] got ${got}: ${c.text.slice(0, 100)}`);
    }
    expect([...tally.keys()].sort()).toEqual(['cy', 'en']);
    for (const [lang, t] of tally) {
      const [emergencyCaught = 0, emergencies = 0] = t.emergency;
      const [highCaught = 0, highs = 0] = t.high;
      const [quiet = 0, nones = 0] = t.none;
      expect(emergencyCaught, `${lang} emergency recall; misses:\n${misses.join('\n')}`).toBe(emergencies);
      expect(highCaught, `${lang} high recall; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95 * highs);
      expect(nones - quiet, `${lang} false alarms; misses:\n${misses.join('\n')}`).toBeLessThanOrEqual(0.05 * nones);
    }
  });
});
