import { daysBetween } from '../calendar-days';
import type { DailyLog } from '../progress/progress';

export type CheckinSignal = {
  date: string;
  exerciseId: string;
  variant: string;
  tinglingSpread: boolean;
  numbnessSpread: boolean;
  painBefore: number;
  painAfter: number;
};
export type SessionSignal = { date: string; outcome: 'finished' | 'stopped' };
/** `at` is the instant the safety check was answered (ISO), `date` its calendar day. */
export type ScreeningSignal = {
  date: string;
  at: string;
  urgency: 'emergency' | 'urgent' | 'soon';
  /** The red-flag ids answered "yes" (content/red-flags.ts). */
  flags: readonly string[];
};

export type AlertKind =
  'red-flag' | 'pain-rising' | 'spreading-symptoms' | 'stopped-sessions' | 'inactive';
/**
 * What changed, as facts; alert-words.ts turns them into a sentence in the reader's locale and
 * time zone, so no date or id is frozen into text here.
 */
export type Alert =
  | {
      kind: 'red-flag';
      level: 'immediate';
      date: string;
      at: string;
      urgency: ScreeningSignal['urgency'];
      flags: string[];
    }
  | {
      kind: 'pain-rising';
      level: 'review';
      date: string;
      from: { date: string; legPain: number };
      to: { date: string; legPain: number };
    }
  | {
      kind: 'spreading-symptoms';
      level: 'review';
      date: string;
      times: number;
      tingling: boolean;
      numbness: boolean;
      /** The exercises it happened during, most recent first, each once. */
      during: { exerciseId: string; variant: string }[];
    }
  | { kind: 'stopped-sessions'; level: 'review'; date: string; times: number }
  | { kind: 'inactive'; level: 'nudge'; date: string; days: number; sinceJoining: boolean };

export const ALERT_RULES = {
  /** Leg pain up this many points… */
  painRisePoints: 2,
  /** …within this many days. */
  painRiseDays: 3,
  /** How far back review alerts look. */
  reviewWindowDays: 7,
  stoppedSessions: 2,
  nudgeAfterDays: 3,
  redFlagWindowDays: 30,
} as const;

/**
 * What a therapist should know about one patient today: a red flag reported (immediate); pain
 * up 2+ points within 3 days, spreading tingling or numbness, or several stopped sessions
 * (review); nothing logged for several days (nudge). Most urgent first.
 */
export function deriveAlerts(input: {
  today: string;
  logs: readonly DailyLog[];
  checkins: readonly CheckinSignal[];
  sessions: readonly SessionSignal[];
  screenings: readonly ScreeningSignal[];
  joined: string;
}): Alert[] {
  const { today } = input;
  const recent = (date: string, days: number) =>
    daysBetween(date, today) >= 0 && daysBetween(date, today) < days;
  const alerts: Alert[] = [];

  const flag = [...input.screenings]
    .filter((s) => recent(s.date, ALERT_RULES.redFlagWindowDays))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (flag)
    alerts.push({
      kind: 'red-flag',
      level: 'immediate',
      date: flag.date,
      at: flag.at,
      urgency: flag.urgency,
      flags: [...flag.flags],
    });

  const logs = [...input.logs].sort((a, b) => a.date.localeCompare(b.date));
  for (let i = logs.length - 1; i >= 0; i--) {
    const later = logs[i]!;
    if (!recent(later.date, ALERT_RULES.reviewWindowDays)) break;
    const earlier = logs.find(
      (l) =>
        daysBetween(l.date, later.date) > 0 &&
        daysBetween(l.date, later.date) <= ALERT_RULES.painRiseDays &&
        later.legPain - l.legPain >= ALERT_RULES.painRisePoints,
    );
    if (earlier) {
      alerts.push({
        kind: 'pain-rising',
        level: 'review',
        date: later.date,
        from: { date: earlier.date, legPain: earlier.legPain },
        to: { date: later.date, legPain: later.legPain },
      });
      break;
    }
  }

  const spreading = input.checkins.filter(
    (c) => recent(c.date, ALERT_RULES.reviewWindowDays) && (c.tinglingSpread || c.numbnessSpread),
  );
  if (spreading.length > 0) {
    const latestFirst = [...spreading].sort((a, b) => b.date.localeCompare(a.date));
    const during = new Map(
      latestFirst.map((c) => [
        `${c.exerciseId}/${c.variant}`,
        { exerciseId: c.exerciseId, variant: c.variant },
      ]),
    );
    alerts.push({
      kind: 'spreading-symptoms',
      level: 'review',
      date: latestFirst[0]!.date,
      times: spreading.length,
      tingling: spreading.some((c) => c.tinglingSpread),
      numbness: spreading.some((c) => c.numbnessSpread),
      during: [...during.values()],
    });
  }

  const stopped = input.sessions.filter(
    (s) => s.outcome === 'stopped' && recent(s.date, ALERT_RULES.reviewWindowDays),
  );
  if (stopped.length >= ALERT_RULES.stoppedSessions)
    alerts.push({
      kind: 'stopped-sessions',
      level: 'review',
      date: stopped
        .map((s) => s.date)
        .sort()
        .at(-1)!,
      times: stopped.length,
    });

  const activity = [...input.logs.map((l) => l.date), ...input.sessions.map((s) => s.date)].sort();
  const lastActive = [...activity, input.joined].sort().at(-1)!;
  const idle = daysBetween(lastActive, today);
  if (idle >= ALERT_RULES.nudgeAfterDays)
    alerts.push({
      kind: 'inactive',
      level: 'nudge',
      date: lastActive,
      days: idle,
      sinceJoining: activity.length === 0 || activity.at(-1)! < input.joined,
    });

  const order = { immediate: 0, review: 1, nudge: 2 };
  return alerts.sort((a, b) => order[a.level] - order[b.level]);
}
