import { describe, expect, it } from 'vitest';
import { safetyNet } from '../../../src/domain/risk/safety-net';
import { screenMessage } from '../../../src/domain/risk/screen';

const level = (text: string) => safetyNet(text)?.level ?? 'none';

describe('the safety net under the phrase rules', () => {
  it.each([
    'my uncle strangled my cousin at the party last week',
    'she keeps pushing my little brother down the stairs',
    'my partner takes all my wages and checks my bank',
    'he said he would burn my flat down',
    'i keep thinking everyone would be better off without me',
    'someone keeps texting my daughter from a fake account again and again every night',
  ])('hands "%s" to a person', (text) => {
    expect(level(text)).not.toBe('none');
  });

  it.each([
    ['he is kicking my mum right now', 'emergency'],
    ["there's smoke coming from the flat upstairs and the kids are in there", 'emergency'],
    ['my friend is bleeding and she can not get up', 'emergency'],
  ])('treats "%s" as happening now', (text, want) => {
    expect(level(text)).toBe(want);
  });

  it.each([
    'my neighbour hit my car while parking and will not pay',
    'the kids next door keep kicking their football into my garden',
    'nobody is hurting me, I just want to give feedback',
    "I'm not being stalked, I want to know what the stalking clinic does",
    'Is suicide prevention part of the police and crime plan?',
    'if someone is being followed, who should they call?',
    'my mum is going to kill me when she sees the dent in her car',
    'the speeding on our road is going to kill someone one day',
    'I want to complain that nobody ever called back after my neighbour threatened me in 2019',
  ])('leaves "%s" alone', (text) => {
    expect(level(text)).toBe('none');
  });

  it('only ever raises what the phrase rules found', () => {
    const text = "he's outside my window right now with a knife";
    expect(screenMessage(text).level).toBe('emergency');
    expect(screenMessage('my partner controls all our money and I have to ask for bus fare').level).not.toBe('none');
  });

  it('says in each reason that the net found it, for staff reading the alert', () => {
    expect(safetyNet('my stepdad punched my sister again')?.reasons.every((r) => r.startsWith('safety net:'))).toBe(true);
  });
});
