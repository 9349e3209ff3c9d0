import { describe, expect, it } from 'vitest';
import { WeeklyHoursSchema } from './schedule';

const w = (weekday: number, from: number, to: number) => ({
  weekday,
  startMinute: from * 60,
  endMinute: to * 60,
});
const issues = (hours: unknown) => {
  const result = WeeklyHoursSchema.safeParse(hours);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('weekly hours', () => {
  it('keeps a split shift: two windows on one day', () => {
    const split = [w(1, 8, 12), w(1, 14, 18), w(2, 9, 17)];
    expect(WeeklyHoursSchema.parse(split)).toEqual(split);
  });

  it('names the later of two overlapping windows, in words', () => {
    expect(issues([w(1, 14, 18), w(1, 8, 15)])).toEqual([
      {
        path: '0.startMinute',
        message:
          'Monday 2:00 PM–6:00 PM overlaps 8:00 AM–3:00 PM; change one of them or merge the two',
      },
    ]);
  });

  it('finds a window inside a long one even past a short one between', () => {
    expect(issues([w(3, 8, 18), w(3, 9, 10), w(3, 11, 12)]).map((i) => i.path)).toEqual([
      '1.startMinute',
      '2.startMinute',
    ]);
  });

  it('asks for touching windows to be one', () => {
    expect(issues([w(5, 8, 12), w(5, 12, 18)])).toEqual([
      {
        path: '1.startMinute',
        message:
          'Friday 12:00 PM–6:00 PM starts just as 8:00 AM–12:00 PM ends; make them one window',
      },
    ]);
  });

  it('ties a window that ends before it starts to its end time', () => {
    expect(issues([w(2, 17, 9)])).toEqual([
      { path: '0.endMinute', message: 'issue.endAfterStart' },
    ]);
  });

  it('lets the same hours on different days be', () => {
    expect(issues([w(1, 8, 12), w(2, 8, 12)])).toEqual([]);
  });
});
