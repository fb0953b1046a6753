import { describe, expect, it } from 'vitest';
import { readSafetyAnswer } from '../../src/domain/safety-answer';

describe('what a resident types to "Are you safe right now?"', () => {
  it('reads a plain yes as safe', () => {
    for (const text of ['yes', 'Yeah', "yes I'm fine", 'im ok', 'yep safe', 'Yes, it was last year']) expect(readSafetyAnswer(text)).toBe('yes');
  });

  it('reads a no in any words as not safe', () => {
    for (const text of ['not really', 'no', 'nah', "not while he's here", 'Not really tbh', "i don't feel safe", 'no hes downstairs']) {
      expect(readSafetyAnswer(text)).toBe('no');
    }
  });

  it('never reads a hedge or something it cannot place as safe', () => {
    for (const text of ['yes for now', "yeah but he's back tomorrow", 'idk', 'kind of', "he's asleep rn", 'i think so', 'depends']) {
      expect(readSafetyAnswer(text)).toBe('not-sure');
    }
  });
});
