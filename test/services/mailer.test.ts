import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../src/services/case-workers';
import { directLineFailure, mailFailure, UNKNOWN_ATTEMPTS, worthRetrying } from '../../src/services/errors';

describe('telling SMTP failures apart', () => {
  it.each([
    [{ code: 'ECONNECTION' }, 'transient'],
    [{ code: 'ETIMEDOUT' }, 'transient'],
    [{ code: 'ESOCKET' }, 'transient'],
    [{ code: 'EENVELOPE', responseCode: 451 }, 'transient'],
    [{ code: 'EMESSAGE', responseCode: 421 }, 'transient'],
    [{ code: 'EENVELOPE', responseCode: 550 }, 'permanent'],
    [{ code: 'EAUTH', responseCode: 535 }, 'permanent'],
    [{ code: 'EAUTH' }, 'permanent'],
    [{ code: 'ESOMETHINGNEW' }, 'unknown'],
    [new Error('no code at all'), 'unknown'],
  ])('%o is %s', (err, lasting) => {
    expect(mailFailure(err)).toBe(lasting);
  });

  it('retries a known transient failure as long as it lasts, an unknown one only a few times, a permanent one never', () => {
    expect(worthRetrying('transient', 39)).toBe(true);
    expect(worthRetrying('unknown', 1)).toBe(true);
    expect(worthRetrying('unknown', UNKNOWN_ATTEMPTS)).toBe(false);
    expect(worthRetrying('permanent', 1)).toBe(false);
  });

  it('tells Direct Line refusing the secret from Direct Line being busy', () => {
    expect(directLineFailure(403)).toBe('permanent');
    expect(directLineFailure(429)).toBe('transient');
    expect(directLineFailure(503)).toBe('transient');
  });

  it('backs off exponentially, with a ceiling', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, 2000, 600_000))).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelay(30, 2000, 600_000)).toBe(600_000);
  });
});
