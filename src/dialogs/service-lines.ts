import type { OfficeProfile, Service } from '../domain/office-profile';
import { closesAt, isOpenAt, localMoment, nextOpening } from '../domain/opening-hours';
import type { LocalMoment, Opening } from '../domain/opening-hours';
import type { LocaleText, TextKey } from '../i18n/locale-text';

/** "9am", "4:30pm" (Welsh: "9yb", "4:30yh"). */
export function formatTime(hhmm: string, t?: LocaleText): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h >= 12 && h < 24 ? (t?.t('time.pm') ?? 'pm') : (t?.t('time.am') ?? 'am');
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12}${suffix}` : `${h12}:${String(m).padStart(2, '0')}${suffix}`;
}

export function describeOpening(t: LocaleText, opening: Opening): string {
  const time = formatTime(opening.time, t);
  if (opening.daysAhead === 0) return t.t('time.todayAt', { time });
  if (opening.daysAhead === 1) return t.t('time.tomorrowAt', { time });
  return t.t('time.dayAt', { day: t.t(`day.${opening.day}` as TextKey), time });
}

/** "Open 24 hours", "Open now until 4pm", "Closed now: opens tomorrow at 9:30am", or "hours not confirmed". */
export function openingStatus(t: LocaleText, service: Service, moment: LocalMoment, bankHolidays: readonly string[]): string {
  const hours = service.hours;
  if (!hours) return t.t('services.hoursUnknown');
  if (hours.always) return t.t('services.always');
  const open = isOpenAt(hours, moment, bankHolidays);
  if (open) {
    const until = closesAt(hours, moment);
    return until ? t.t('services.openUntil', { time: formatTime(until, t) }) : t.t('services.openNow');
  }
  const next = nextOpening(hours, moment, bankHolidays);
  return next ? t.t('services.closedOpens', { when: describeOpening(t, next) }) : t.t('services.closedNow');
}

export function serviceLine(t: LocaleText, service: Service, moment: LocalMoment, bankHolidays: readonly string[]): string {
  const how = [service.phone ? t.t('services.call', { phone: service.phone }) : null, service.text ?? null, !service.phone && service.web ? service.web : null]
    .filter((x): x is string => x !== null)
    .join('; ');
  const care = service.verification === 'verified' ? '' : ` ${t.t('services.checkDetails')}`;
  return `- **${service.name}**: ${how}. ${openingStatus(t, service, moment, bankHolidays)}.${care}`;
}

/** Services for the given harms, deduplicated, most specific first, at most `limit`. */
export function servicesFor(profile: OfficeProfile, topics: readonly string[], limit = 4): Service[] {
  const seen = new Set<string>();
  const out: Service[] = [];
  for (const topic of topics) {
    for (const id of profile.signposting[topic] ?? []) {
      const s = profile.services.find((x) => x.id === id);
      if (s && !seen.has(id)) {
        seen.add(id);
        out.push(s);
      }
    }
  }
  return out.slice(0, limit);
}

export function serviceList(t: LocaleText, profile: OfficeProfile, services: readonly Service[], at: Date): string {
  const moment = localMoment(at, profile.timeZone);
  return services.map((s) => serviceLine(t, s, moment, profile.bankHolidays)).join('\n');
}

/** When staff will next see a message: now (office open) or the next opening. */
export function staffWillSee(t: LocaleText, profile: OfficeProfile, at: Date): { open: boolean; when: string } {
  const moment = localMoment(at, profile.timeZone);
  if (isOpenAt(profile.officeHours, moment, profile.bankHolidays)) return { open: true, when: t.t('handoff.seeSoon') };
  const next = nextOpening(profile.officeHours, moment, profile.bankHolidays);
  return { open: false, when: next ? describeOpening(t, next) : t.t('handoff.nextWorkingDay') };
}
