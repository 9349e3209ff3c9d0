import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minuteOfDay, timeOfDay } from './schedule';

describe('wall-clock times as minutes', () => {
  it('reads and writes every minute of the day the same way round', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minute) => {
        const time = timeOfDay(minute);
        expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(minuteOfDay(time)).toBe(minute);
      }),
    );
  });

  it('writes the midnight that ends a working day as 00:00, as time inputs show it', () => {
    expect(timeOfDay(1440)).toBe('00:00');
    expect(minuteOfDay('07:45')).toBe(465);
  });
});
