import { INTL_TAG } from '../../domain/i18n/locale';
import { currentLocale } from '../i18n/i18n';

/** Dates and numbers in the page's language (US English or US Spanish). */
export const readerTag = () => INTL_TAG[currentLocale()];

const KM_PER_MILE = 1.609344;

/** US readers think in miles; kilometres follow for everyone else. */
export function formatDistance(km: number): string {
  const miles = km / KM_PER_MILE;
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi (${km < 10 ? km.toFixed(1) : Math.round(km)} km)`;
}

/** "2026-12-01" → "Tuesday, December 1". The date is a calendar date, so format it in UTC. */
export function formatDay(localDate: string, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(readerTag(), {
    weekday: style,
    month: style,
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2026-11-25" → "Nov 25" (or "25 nov" in Spanish): a day on a chart's axis. */
export function formatMonthDay(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(readerTag(), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A clinic's clock time as the API writes it ("4:15 PM", the clinic's own time), in the
 * reader's language ("4:15 p. m."). Anything else is shown as it came.
 */
export function formatClock(localTime: string): string {
  const clock = /^(\d{1,2}):(\d{2}) (AM|PM)$/.exec(localTime);
  if (!clock) return localTime;
  const hour = (Number(clock[1]) % 12) + (clock[3] === 'PM' ? 12 : 0);
  return new Intl.DateTimeFormat(readerTag(), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2024, 0, 1, hour, Number(clock[2])));
}

/** "America/Chicago" at a given instant → "Central Standard Time". */
export function zoneName(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(readerTag(), {
    timeZone,
    timeZoneName: 'long',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Monday to Sunday, named in the reader's language (ISO weekday order, 1 = Monday). */
export function weekdayNames(): string[] {
  const names = new Intl.DateTimeFormat(readerTag(), { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => names.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** 45 → "45 s", 130 → "2 min 10 s", 120 → "2 min": how long someone held their stretches. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const isoDay = (localDate: string) => new Date(`${localDate}T00:00:00Z`);

/** A calendar date in the reader's language: "Wednesday, November 25", or "Wed, Nov 25" short. */
export function formatDate(
  localDate: string,
  withYear = false,
  style: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(readerTag(), {
    weekday: style,
    month: style,
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(isoDay(localDate));
}

/** An instant in the reader's locale and time zone, e.g. "Tuesday, November 24 at 8:30 PM". */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(readerTag(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Two calendar dates as a range in the reader's locale, e.g. "Nov 10 – Dec 9, 2026". */
export function formatDateRange(start: string, end: string): string {
  return new Intl.DateTimeFormat(readerTag(), {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(isoDay(start), isoDay(end));
}

/** A month "2026-11" in the reader's locale, e.g. "November 2026". */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(readerTag(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(isoDay(`${month}-01`));
}
