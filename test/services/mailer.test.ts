import { describe, expect, it } from 'vitest';
import { isTransientMailError } from '../../src/services/mailer';
import { retryDelay } from '../../src/services/case-workers';

describe('telling SMTP failures apart', () => {
  it.each([
    [{ code: 'ECONNECTION' }, true],
    [{ code: 'ETIMEDOUT' }, true],
    [{ code: 'ESOCKET' }, true],
    [{ code: 'EENVELOPE', responseCode: 451 }, true],
    [{ code: 'EMESSAGE', responseCode: 421 }, true],
    [{ code: 'EENVELOPE', responseCode: 550 }, false],
    [{ code: 'EAUTH', responseCode: 535 }, false],
    [{ code: 'EAUTH' }, false],
  ])('%o is transient: %s', (err, transient) => {
    expect(isTransientMailError(err)).toBe(transient);
  });

  it('backs off exponentially, with a ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 2000, 600_000))).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelay(30, 2000, 600_000)).toBe(600_000);
  });
});
