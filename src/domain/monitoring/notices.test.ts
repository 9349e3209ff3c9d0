import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAlerts } from './alerts';
import { careTeamNotices, missedADay, missedDayNudge } from './notices';

const nudge = (overrides: Partial<Parameters<typeof missedDayNudge>[0]>) =>
  missedDayNudge({
    patientId: 'p1',
    localDate: '2026-11-25',
    localMinute: 10 * 60,
    lastActive: '2026-11-23',
    reminderMinutes: [],
    lastRedFlagAt: null,
    ...overrides,
  });

describe('missedDayNudge', () => {
  it('nudges after the first and third missed day, then stops', () => {
    const due = ['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-10']
      .map((lastActive) => [lastActive, nudge({ lastActive })?.missedDays ?? null])
      .filter(([, missed]) => missed !== null);
    expect(due).toEqual([
      ['2026-11-23', 1],
      ['2026-11-21', 3],
    ]);
  });

  it('waits for the first reminder time, or 9:00 without one', () => {
    expect(nudge({ localMinute: 8 * 60 + 59 })).toBeNull();
    expect(nudge({ localMinute: 9 * 60 })).not.toBeNull();
    expect(nudge({ localMinute: 7 * 60, reminderMinutes: [19 * 60, 7 * 60] })).not.toBeNull();
    expect(nudge({ localMinute: 18 * 60, reminderMinutes: [19 * 60] })).toBeNull();
  });

  it('never nudges someone told to seek care, or someone who never started', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 40 }),
        (localMinute, daysAgo) => {
          const lastActive = new Date(Date.parse('2026-11-25') - daysAgo * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const flaggedThatDayOrLater = `${lastActive}T${String(localMinute % 24).padStart(2, '0')}:00:00Z`;
          expect(
            nudge({ localMinute, lastActive, lastRedFlagAt: flaggedThatDayOrLater }),
          ).toBeNull();
          expect(
            missedADay({ today: '2026-11-25', lastActive, lastRedFlagAt: flaggedThatDayOrLater }),
          ).toBe(false);
          expect(nudge({ localMinute, lastActive: null })).toBeNull();
        },
      ),
    );
  });

  it('keys each nudge by the quiet spell, so a sweep that runs often sends it once', () => {
    const first = nudge({ localMinute: 600 });
    const later = nudge({ localMinute: 1200 });
    expect(first?.key).toBe(later?.key);
    expect(nudge({ lastActive: '2026-11-21' })?.key).not.toBe(first?.key);
  });
});

describe('missedADay', () => {
  const today = '2026-11-25';
  it('holds once yesterday went by with nothing, and not while today or yesterday has activity', () => {
    const days = ['2026-11-25', '2026-11-24', '2026-11-23', '2026-11-01'].map((lastActive) =>
      missedADay({ today, lastActive, lastRedFlagAt: null }),
    );
    expect(days).toEqual([false, false, true, true]);
  });

  it('an old red flag, answered before the patient carried on, does not silence it', () => {
    expect(
      missedADay({ today, lastActive: '2026-11-20', lastRedFlagAt: '2026-11-10T09:00:00.000Z' }),
    ).toBe(true);
  });
});

describe('careTeamNotices', () => {
  const base = {
    today: '2026-11-25',
    logs: [
      { date: '2026-11-22', legPain: 3, backPain: 2, psfs: [], notes: '' },
      { date: '2026-11-24', legPain: 6, backPain: 2, psfs: [], notes: '' },
    ],
    checkins: [],
    sessions: [],
    screenings: [
      {
        date: '2026-11-25',
        at: '2026-11-25T12:00:00.000Z',
        urgency: 'urgent' as const,
        flags: ['progressiveWeakness'],
      },
    ],
    joined: '2026-10-01',
  };

  it('mails red flags at once and review alerts, but not inactivity', () => {
    const notices = careTeamNotices('p1', deriveAlerts({ ...base, today: '2026-12-01' }));
    expect(notices.map((n) => [n.immediate, n.concern])).toEqual([[true, 'red-flag']]);
    const now = careTeamNotices('p1', deriveAlerts(base));
    expect(now.map((n) => [n.key, n.quietDays])).toEqual([
      ['alert:p1:red-flag:2026-11-25', 0],
      ['alert:p1:pain-rising:2026-11-24', 7],
    ]);
  });

  it('names the kind of concern, never the numbers', () => {
    expect(careTeamNotices('p1', deriveAlerts(base)).map((n) => n.concern)).toEqual([
      'red-flag',
      'pain-rising',
    ]);
  });
});
