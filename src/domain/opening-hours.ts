export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export type TimeRange = readonly [string, string]; // "09:30", "16:00"
export type WeeklyHours = Partial<Record<Day, readonly TimeRange[]>>;

export interface OpeningHours {
  readonly always?: boolean | undefined;
  readonly weekly?: WeeklyHours | undefined;
  readonly closedOnBankHolidays?: boolean | undefined;
}

export interface LocalMoment {
  readonly date: string; // YYYY-MM-DD in the office's time zone
  readonly day: Day;
  readonly minutes: number; // since local midnight
}

const WEEKDAY_INDEX: Record<string, Day> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localMoment(at: Date, timeZone: string): LocalMoment {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(at)) parts[p.type] = p.value;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    day: WEEKDAY_INDEX[parts['weekday'] ?? 'Mon'] ?? 'mon',
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** `null` when the hours are not known: the bot then says so rather than guess. */
export function isOpenAt(hours: OpeningHours, moment: LocalMoment, bankHolidays: readonly string[]): boolean | null {
  if (hours.always) return true;
  if (!hours.weekly) return null;
  if (hours.closedOnBankHolidays && bankHolidays.includes(moment.date)) return false;
  return (hours.weekly[moment.day] ?? []).some(([o, c]) => moment.minutes >= toMinutes(o) && moment.minutes < toMinutes(c));
}

export interface Opening {
  readonly date: string;
  readonly day: Day;
  readonly time: string;
  readonly daysAhead: number;
}

/** When the line or office next opens, looking up to two weeks ahead. */
export function nextOpening(hours: OpeningHours, moment: LocalMoment, bankHolidays: readonly string[]): Opening | null {
  if (hours.always || !hours.weekly) return null;
  const start = Date.parse(`${moment.date}T12:00:00Z`);
  for (let ahead = 0; ahead <= 14; ahead++) {
    const date = new Date(start + ahead * 86_400_000).toISOString().slice(0, 10);
    const day = DAYS[(DAYS.indexOf(moment.day) + ahead) % 7] as Day;
    if (hours.closedOnBankHolidays && bankHolidays.includes(date)) continue;
    const ranges = [...(hours.weekly[day] ?? [])].sort((a, b) => toMinutes(a[0]) - toMinutes(b[0]));
    for (const [open] of ranges) {
      if (ahead > 0 || toMinutes(open) > moment.minutes) return { date, day, time: open, daysAhead: ahead };
    }
  }
  return null;
}

/** Closing time of the range open at `moment`, if any. */
export function closesAt(hours: OpeningHours, moment: LocalMoment): string | null {
  if (hours.always || !hours.weekly) return null;
  const range = (hours.weekly[moment.day] ?? []).find(([o, c]) => moment.minutes >= toMinutes(o) && moment.minutes < toMinutes(c));
  return range ? range[1] : null;
}

/** Add working days (Mon–Fri, not bank holidays) to a local date. */
export function addWorkingDays(date: string, days: number, bankHolidays: readonly string[]): string {
  let t = Date.parse(`${date}T12:00:00Z`);
  let left = days;
  while (left > 0) {
    t += 86_400_000;
    const d = new Date(t);
    const wd = d.getUTCDay();
    const iso = d.toISOString().slice(0, 10);
    if (wd !== 0 && wd !== 6 && !bankHolidays.includes(iso)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
