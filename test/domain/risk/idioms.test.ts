import { describe, expect, it } from 'vitest';
import { RiskModel } from '../../../src/domain/risk/model/risk-model';
import { RISK_MODEL, screenMessage } from '../../../src/domain/risk/screen';

// The rules alone: an idiom is the rules' own business, and the learned layer must not be what saves a threat.
const RULES_ONLY = new RiskModel({ ...RISK_MODEL.file, bias: { risk: -20, emergency: -20 }, features: [] });
const level = (text: string): string => screenMessage(text, RULES_ONLY).level;

describe('a figure of speech never hides a threat', () => {
  it.each([
    "help he's killing me",
    'my husband is killing me please come',
    'my dad is having a heart attack',
    'a man has just collapsed in the street and wont wake up',
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });

  it.each([
    'my dad will kill me if i tell anyone what he does',
    'my brother will kill me if i go to the police about him',
    'he would strangle the life out of me if he knew i was messaging you',
    'he said he would kill the kids if i leave',
    "he'll kill me when he sees what i told you",
    "my husband is so controlling, I'm not allowed to see my sister",
    "I'll kill him if he touches her again, he left bruises on her arm",
    'an older man is grooming my daughter on snapchat',
    'lads in cars keep parking up by the park and calling the young girls over',
    "i'm scared of him, he's been sending threats to my mum",
  ])('"%s" is handed to a person', (text) => {
    expect(['high', 'emergency']).toContain(level(text));
  });

  it.each([
    'my boss is on fire today, sacked three people before dinner',
    "me mam'll kill me if i miss the bus",
    "they're killing us with the council tax every year",
    "My boss is going to murder me. Third time this month I've been late in because the M6 was shut",
    'I nearly had a heart attack when I saw the precept had gone up again',
    "Honest to god I'll strangle the next person who parks across my drive",
    'read that coercive control prosecutions are up again, what is the commissioner doing about it',
    'the grooming gangs report is all over the papers, what is Lancashire doing',
    'my neighbour keeps parking across our drive, no threats or anything, just rude',
    "I'm terrified of public speaking but I'd love to ask a question at the panel",
    'my cat is stuck on the roof again lol, not a police thing',
    'door to door sellers keep coming round, do they need a licence',
  ])('"%s" is left with the bot', (text) => {
    expect(level(text)).toBe('none');
  });
});

describe('"now" belongs to what is near it', () => {
  it('does not make a harm told years ago urgent because the letter says "now" much later', () => {
    const letter = [
      'In 2014 my ex partner hit me and I reported it, he was convicted and I moved away.',
      'I have been writing to your office about the bus lanes on the A6, which is a separate matter entirely.',
      'The council keeps saying the police enforce them and the police say it is the council, round and round.',
      'Nobody takes responsibility and I have written three letters, two e-mails and rung twice without any answer.',
      'I am writing tonight because the consultation on the bus lanes closes tomorrow, and that is my only question.',
    ].join(' ');
    expect(level(letter)).not.toBe('emergency');
  });

  it('still reads "now" beside the harm', () => {
    expect(level('he hit me and he is outside my house now')).toBe('emergency');
  });
});
