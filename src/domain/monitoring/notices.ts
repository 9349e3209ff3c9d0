import { daysBetween } from '../calendar-days';
import { ALERT_RULES, type Alert, type AlertKind } from './alerts';

/**
 * Which alerts and nudges leave the app by email. Mail is not a private channel, so what we
 * send names the kind of concern and links back; the numbers stay behind the sign-in.
 */
export const NOTICE_RULES = {
  /** A patient who missed days is nudged after the first missed day and after the third… */
  nudgeOnMissedDays: [1, 3],
  /** …never before this local time when they chose no reminder time (minutes after midnight). */
  defaultSendMinute: 9 * 60,
} as const;

/** The alerts that are mailed: every kind but inactivity. */
export type MailedAlertKind = Exclude<AlertKind, 'inactive'>;

export type CareTeamNotice = {
  key: string;
  /** Same topic within `quietDays` of the last mail: already told. */
  topic: string;
  quietDays: number;
  immediate: boolean;
  /** What kind of concern, for the email to name (never its numbers). */
  concern: MailedAlertKind;
  date: string;
};

/**
 * Immediate and review alerts go to the therapist once each. A red flag is news every day it
 * is reported; a review concern (pain still up, tingling again) is mailed once a review window,
 * since the roster shows it until it clears. Inactivity stays in the roster; the patient gets
 * the nudge for that.
 */
export function careTeamNotices(patientId: string, alerts: readonly Alert[]): CareTeamNotice[] {
  return alerts.flatMap((alert) =>
    alert.kind === 'inactive'
      ? []
      : [
          {
            key: `alert:${patientId}:${alert.kind}:${alert.date}`,
            topic: `alert:${patientId}:${alert.kind}`,
            quietDays: alert.level === 'immediate' ? 0 : ALERT_RULES.reviewWindowDays,
            immediate: alert.level === 'immediate',
            concern: alert.kind,
            date: alert.date,
          },
        ],
  );
}

/**
 * Whether yesterday went by with no session or log (and nothing yet today), for someone who has
 * started. Never after a red flag: someone told to seek care must not be urged to exercise.
 * The progress page shows a line whenever this holds; email follows the stricter rule below.
 */
export function missedADay(input: {
  today: string;
  lastActive: string | null;
  /** When the latest safety check that found a red flag was answered (ISO instant). */
  lastRedFlagAt: string | null;
}): boolean {
  const { lastActive, lastRedFlagAt } = input;
  if (lastActive === null) return false;
  // An instant ("2026-11-25T…") sorts after its own day, so a flag on that day counts.
  if (lastRedFlagAt !== null && lastRedFlagAt >= lastActive) return false;
  return daysBetween(lastActive, input.today) >= 2;
}

/**
 * A missed-day nudge for a patient who asked for them: due once the patient's local clock has
 * passed their first reminder time (or 9:00), after one and after three whole days with no
 * session or log — then we stop rather than nag. Never after a red flag: someone told to seek
 * care must not be nudged to exercise.
 */
export function missedDayNudge(input: {
  patientId: string;
  localDate: string;
  localMinute: number;
  lastActive: string | null;
  reminderMinutes: readonly number[];
  lastRedFlagAt: string | null;
}): { key: string; topic: string; missedDays: number } | null {
  const { lastActive } = input;
  if (lastActive === null || !missedADay({ ...input, today: input.localDate })) return null;
  const sendAfter = input.reminderMinutes.length
    ? Math.min(...input.reminderMinutes)
    : NOTICE_RULES.defaultSendMinute;
  if (input.localMinute < sendAfter) return null;
  const missedDays = daysBetween(lastActive, input.localDate) - 1;
  if (!(NOTICE_RULES.nudgeOnMissedDays as readonly number[]).includes(missedDays)) return null;
  return {
    key: `nudge:${input.patientId}:${lastActive}:${missedDays}`,
    topic: `nudge:${input.patientId}`,
    missedDays,
  };
}
