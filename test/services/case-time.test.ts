import { describe, expect, it } from 'vitest';
import { isoWithOffset } from '../../src/services/case-service';

describe('when a case was received', () => {
  it('is written in UK time with the summer offset', () => {
    expect(isoWithOffset(new Date('2026-07-01T09:05:07.123Z'), 'Europe/London')).toBe('2026-07-01T10:05:07.123+01:00');
  });
  it('is written with +00:00 in winter', () => {
    expect(isoWithOffset(new Date('2026-11-23T09:05:07.004Z'), 'Europe/London')).toBe('2026-11-23T09:05:07.004+00:00');
  });
  it('crosses midnight into the local date', () => {
    expect(isoWithOffset(new Date('2026-06-30T23:30:00.000Z'), 'Europe/London')).toBe('2026-07-01T00:30:00.000+01:00');
  });
});
