import { describe, expect, it } from 'vitest';
import { dayToSeconds, timeRangeWithMarks } from './chart-range';

/** Seconds of a UTC midday, worked out here without the code under test. */
const noon = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12) / 1000;

describe('timeRangeWithMarks', () => {
  it('places a day at its midday', () => {
    expect(dayToSeconds('2026-03-08')).toBe(noon(2026, 3, 8));
  });

  it('keeps the logged days when every mark falls among them', () => {
    const [from, to] = [noon(2026, 11, 1), noon(2026, 11, 20)];
    expect(timeRangeWithMarks(from, to, [{ date: '2026-11-10' }])).toEqual([from, to]);
  });

  it('reaches a stage change after the last log, and one before the first', () => {
    const [from, to] = [noon(2026, 11, 1), noon(2026, 11, 20)];
    expect(timeRangeWithMarks(from, to, [{ date: '2026-11-21' }])).toEqual([
      from,
      noon(2026, 11, 21),
    ]);
    expect(timeRangeWithMarks(from, to, [{ date: '2026-10-30' }])).toEqual([
      noon(2026, 10, 30),
      to,
    ]);
  });

  it('gives one day alone a day either side', () => {
    const day = noon(2026, 12, 2);
    expect(timeRangeWithMarks(day, day, [])).toEqual([noon(2026, 12, 1), noon(2026, 12, 3)]);
  });
});
