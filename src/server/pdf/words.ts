import { INTL_TAG, LOCALES, type Locale } from '../../domain/i18n/locale';

/** Dates and names as a person reads them on paper: "Mon, Nov 30, 2026", never 2026-11-30. */

const inEach = (options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    LOCALES.map((l) => [l, new Intl.DateTimeFormat(INTL_TAG[l], { ...options, timeZone: 'UTC' })]),
  ) as Record<Locale, Intl.DateTimeFormat>;
const DAY = inEach({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const SHORT_DAY = inEach({ month: 'short', day: 'numeric' });

/** A calendar date ("2026-11-30") in words: "Mon, Nov 30, 2026" ("lun, 30 nov 2026"). */
export const dayInWords = (isoDate: string, locale: Locale = 'en') =>
  DAY[locale].format(new Date(`${isoDate}T00:00:00Z`));

/** A calendar date without weekday or year, for a chart's axis: "Nov 30". */
export const shortDay = (isoDate: string, locale: Locale = 'en') =>
  SHORT_DAY[locale].format(new Date(`${isoDate}T00:00:00Z`));

/** Two calendar dates as a span, "Nov 24–30" or "Oct 27–Nov 2" ("24–30 de nov"). */
export const shortRange = (from: string, to: string, locale: Locale = 'en') =>
  SHORT_DAY[locale]
    .formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
    .replace(/\s*–\s*/g, '–');

/** The calendar date of an instant in a time zone, as "2026-11-30". */
export function localDate(at: number | Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(at);
}

/** "Pat Demo" → "P. D.": enough for the person holding the sheet, not a stranger who finds it. */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]!.toUpperCase()}.`)
    .join(' ');
