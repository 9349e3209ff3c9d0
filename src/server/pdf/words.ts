/** Dates and names as a person reads them on paper: "Mon, Nov 30, 2026", never 2026-11-30. */

const DAY = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date ("2026-11-30") in words: "Mon, Nov 30, 2026". */
export const dayInWords = (isoDate: string) => DAY.format(new Date(`${isoDate}T00:00:00Z`));

/** A calendar date without weekday or year, for a chart's axis: "Nov 30". */
export const shortDay = (isoDate: string) => SHORT_DAY.format(new Date(`${isoDate}T00:00:00Z`));

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
