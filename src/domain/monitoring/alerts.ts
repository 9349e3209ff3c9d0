import { daysBetween } from '../calendar-days';
import type { DailyLog } from '../progress/progress';

export type CheckinSignal = {
  date: string;
  tinglingSpread: boolean;
  numbnessSpread: boolean;
  painBefore: number;
  painAfter: number;
};
export type SessionSignal = { date: string; outcome: 'finished' | 'stopped' };
export type ScreeningSignal = { date: string; urgency: 'emergency' | 'urgent' | 'soon' };

export type AlertKind =
  'red-flag' | 'pain-rising' | 'spreading-symptoms' | 'stopped-sessions' | 'inactive';
export type Alert = {
  kind: AlertKind;
  level: 'immediate' | 'review' | 'nudge';
  date: string;
  message: string;
};

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
      message: `Reported a red flag (${flag.urgency}) in the safety check and was told to seek care.`,
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
        message: `Leg pain rose from ${earlier.legPain} to ${later.legPain} between ${earlier.date} and ${later.date}.`,
      });
      break;
    }
  }

  const spreading = input.checkins.filter(
    (c) => recent(c.date, ALERT_RULES.reviewWindowDays) && (c.tinglingSpread || c.numbnessSpread),
  );
  if (spreading.length > 0) {
    const last = spreading
      .map((c) => c.date)
      .sort()
      .at(-1)!;
    alerts.push({
      kind: 'spreading-symptoms',
      level: 'review',
      date: last,
      message: `Reported tingling or numbness spreading down the leg ${spreading.length === 1 ? 'once' : `${spreading.length} times`} this week.`,
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
      message: `${stopped.length} sessions stopped early for safety this week.`,
    });

  const lastActive = [
    ...input.logs.map((l) => l.date),
    ...input.sessions.map((s) => s.date),
    input.joined,
  ]
    .sort()
    .at(-1)!;
  const idle = daysBetween(lastActive, today);
  if (idle >= ALERT_RULES.nudgeAfterDays)
    alerts.push({
      kind: 'inactive',
      level: 'nudge',
      date: lastActive,
      message: `No session or log for ${idle} days.`,
    });

  const order = { immediate: 0, review: 1, nudge: 2 };
  return alerts.sort((a, b) => order[a.level] - order[b.level]);
}
