/** A calendar day as the chart's time: seconds at its midday (UTC), clear of any clock change. */
export const dayToSeconds = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;

const DAY_SECONDS = 24 * 60 * 60;

/**
 * The chart's time axis: the logged days and every marked day. A stage starts the day after the
 * move, often a day with no log yet, and a mark off the axis would not be drawn.
 */
export function timeRangeWithMarks(
  min: number,
  max: number,
  marks: { date: string }[],
): [number, number] {
  const days = [min, max, ...marks.map((m) => dayToSeconds(m.date))];
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  // A single day still needs a width to be drawn in.
  return lo === hi ? [lo - DAY_SECONDS, hi + DAY_SECONDS] : [lo, hi];
}
