import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../content/messages/words';
import { deletedSummary as summaryIn, isDeletedCounts } from './deleted-summary';

const deletedSummary = (counts: Parameters<typeof summaryIn>[0]) => summaryIn(counts, WORDS.en);

const none = {
  dailyLogs: 0,
  sessions: 0,
  checkins: 0,
  programVersions: 0,
  habitChecks: 0,
  appointmentsCancelled: 0,
};

describe('deletedSummary', () => {
  it('names one of a thing in the singular and several in the plural', () => {
    expect(deletedSummary({ ...none, dailyLogs: 1, sessions: 2, checkins: 1 })).toBe(
      'We removed 1 daily log, 2 stretching sessions, and 1 check-in.',
    );
    expect(deletedSummary({ ...none, checkins: 12, programVersions: 1 })).toBe(
      'We removed 12 check-ins and 1 version of your home program.',
    );
    expect(deletedSummary({ ...none, dailyLogs: 2, habitChecks: 1 })).toBe(
      'We removed 2 daily logs and 1 answer to a habit question.',
    );
  });

  it('groups thousands and says what was cancelled in a sentence of its own', () => {
    expect(deletedSummary({ ...none, dailyLogs: 1200, appointmentsCancelled: 2 })).toBe(
      'We removed 1,200 daily logs. We cancelled 2 upcoming appointments.',
    );
    expect(deletedSummary({ ...none, appointmentsCancelled: 1 })).toBe(
      'We cancelled 1 upcoming appointment.',
    );
  });

  it('says it in Spanish, with its plurals and list', () => {
    expect(
      summaryIn({ ...none, dailyLogs: 1, sessions: 2, appointmentsCancelled: 1 }, WORDS.es),
    ).toBe('Borramos 1 registro diario y 2 sesiones de estiramientos. Cancelamos 1 cita próxima.');
  });

  it('says so when there was nothing to remove', () => {
    expect(deletedSummary(none)).toMatch(/There were no logs/);
  });

  it('accepts only whole, non-negative counts from the history entry', () => {
    expect(isDeletedCounts(none)).toBe(true);
    expect(isDeletedCounts({ ...none, checkins: -1 })).toBe(false);
    expect(isDeletedCounts({ ...none, checkins: 1.5 })).toBe(false);
    expect(isDeletedCounts({ dailyLogs: 1 })).toBe(false);
    expect(isDeletedCounts(null)).toBe(false);
  });
});
