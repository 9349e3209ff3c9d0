import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMinute } from '../../domain/scheduling/opening-hours';
import { formatClock } from './format';

/** Every quarter-hour of a day, as the API writes a clinic's times ("4:15 PM"). */
const QUARTERS = Array.from({ length: 96 }, (_, i) => formatMinute(i * 15));

describe('formatClock', () => {
  afterEach(() => i18n.activate('en'));

  it('leaves an English reader the API’s own words, every quarter-hour of the day', () => {
    i18n.load('en', {});
    i18n.activate('en');
    for (const time of QUARTERS) expect(formatClock(time)).toBe(time);
  });

  it('says each time the Spanish way, morning and afternoon kept apart', () => {
    i18n.load('es', {});
    i18n.activate('es');
    for (const [i, time] of QUARTERS.entries()) {
      const spanish = formatClock(time);
      expect(spanish).not.toMatch(/AM|PM/);
      // The hour and minutes stay; only how morning and afternoon are said changes.
      expect(spanish.match(/\d+:\d{2}/)?.[0]).toBe(time.split(' ')[0]);
      expect(spanish).toMatch(i < 48 ? /a\.\s?m\./ : /p\.\s?m\./);
    }
  });

  it('shows anything else as it came', () => {
    expect(formatClock('at noon')).toBe('at noon');
  });
});
