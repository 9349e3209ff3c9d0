import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar-days';

const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar days', () => {
  it('counts back exactly the days it added, across months, leap days and years', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        const later = addDays(day, n);
        expect(later).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(daysBetween(day, later)).toBe(n);
      }),
    );
  });

  it('knows the leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });
});
