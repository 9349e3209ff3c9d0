import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatMinute, openingState } from './opening-hours';

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startMinute: 8 * 60,
  endMinute: 18 * 60,
}));
const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;

describe('openingState', () => {
  it('is open on a Wednesday at 10:00 in Phoenix and closed at 18:00', () => {
    expect(openingState(weekdays, 'America/Phoenix', at('2026-11-25T17:00:00Z')).openNow).toBe(
      true,
    );
    expect(openingState(weekdays, 'America/Phoenix', at('2026-11-26T01:00:00Z')).openNow).toBe(
      false,
    );
  });

  it('uses the local day, not the UTC one', () => {
    // Saturday 01:00 UTC is still Friday evening in Los Angeles.
    const state = openingState(weekdays, 'America/Los_Angeles', at('2026-11-28T01:00:00Z'));
    expect(state.today).toEqual([{ startMinute: 480, endMinute: 1080 }]);
    expect(state.openNow).toBe(true);
  });

  it('formats times the American way', () => {
    expect([0, 510, 720, 1080].map(formatMinute)).toEqual([
      '12:00 AM',
      '8:30 AM',
      '12:00 PM',
      '6:00 PM',
    ]);
  });
});
