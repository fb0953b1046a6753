import { describe, expect, it } from 'vitest';
import { addWorkingDays, closesAt, isOpenAt, localMoment, nextOpening } from '../../src/domain/opening-hours';
import type { OpeningHours } from '../../src/domain/opening-hours';

const stalkingLine: OpeningHours = {
  weekly: { mon: [['09:30', '16:00']], tue: [['09:30', '16:00']], wed: [['13:00', '16:00']], thu: [['09:30', '16:00']], fri: [['09:30', '16:00']] },
  closedOnBankHolidays: true,
};
const tz = 'Europe/London';

describe('opening hours in the office time zone', () => {
  it('reads local time across the clock change (BST in summer)', () => {
    expect(localMoment(new Date('2026-07-01T08:45:00Z'), tz)).toEqual({ date: '2026-07-01', day: 'wed', minutes: 9 * 60 + 45 });
    expect(localMoment(new Date('2026-12-01T08:45:00Z'), tz)).toEqual({ date: '2026-12-01', day: 'tue', minutes: 8 * 60 + 45 });
  });
  it('knows the stalking line opens late on Wednesdays', () => {
    const wedMorning = localMoment(new Date('2026-11-25T10:00:00Z'), tz);
    expect(isOpenAt(stalkingLine, wedMorning, [])).toBe(false);
    expect(nextOpening(stalkingLine, wedMorning, [])).toMatchObject({ date: '2026-11-25', time: '13:00', daysAhead: 0 });
  });
  it('is closed on a bank holiday and opens the next working day', () => {
    const christmas = localMoment(new Date('2026-12-25T11:00:00Z'), tz);
    expect(isOpenAt(stalkingLine, christmas, ['2026-12-25', '2026-12-28'])).toBe(false);
    expect(nextOpening(stalkingLine, christmas, ['2026-12-25', '2026-12-28'])).toMatchObject({ date: '2026-12-29', day: 'tue', time: '09:30' });
  });
  it('says when an open line closes', () => {
    expect(closesAt(stalkingLine, localMoment(new Date('2026-11-23T11:00:00Z'), tz))).toBe('16:00');
  });
  it('treats a line without known hours as unknown, not closed', () => {
    expect(isOpenAt({}, localMoment(new Date(), tz), [])).toBeNull();
  });
  it('counts working days past weekends and bank holidays', () => {
    expect(addWorkingDays('2026-12-23', 3, ['2026-12-25', '2026-12-28'])).toBe('2026-12-30');
    expect(addWorkingDays('2026-11-20', 1, [])).toBe('2026-11-23');
  });
});
