import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { deriveAlerts } from '../../domain/monitoring/alerts';
import {
  careTeamNotices,
  missedDayNudge,
  type MailedAlertKind,
} from '../../domain/monitoring/notices';
import { WORDS } from '../../../content/messages/words';
import { INTL_TAG, type Locale } from '../../domain/i18n/locale';
import { minuteOfDay } from '../../domain/scheduling/schedule';
import { patientTherapists } from '../care/queries';
import type { Db } from '../db/create-db';
import { monitoringSignals } from '../db/patient-records';
import { createBackground, type Background } from '../http/background';
import type { Logger } from '../http/logging';
import type { Mail, Mailer } from '../mail';

export type Notifier = {
  /**
   * A patient's records just changed (a log, a session, a red flag): mail their therapists any
   * alert they have not been told about. Runs after the answer, and never fails the request.
   */
  patientChanged(patientId: string, localDate: string): void;
  /** Sends the missed-day nudges that are due now; run every few minutes and by `cli notify`. */
  sweep(): Promise<{ nudged: number }>;
  /** Resolves once every notice started so far has gone out or been given up. */
  settled(): Promise<void>;
};

/** A calendar day in words for an email, "Tuesday, November 24": never an ISO date. */
const dayInWords = (isoDate: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_TAG[locale], {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));

/** ICU select keys are plain words: each mailed alert's key in the alert email. */
const CONCERN_KEY: Record<MailedAlertKind, string> = {
  'red-flag': 'redFlag',
  'pain-rising': 'painRising',
  'spreading-symptoms': 'spreading',
  'stopped-sessions': 'stopped',
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word[0]!.toUpperCase()}.`)
    .join(' ');

export function createNotifier({
  db,
  mailer,
  publicUrl,
  now,
  logger,
  background = createBackground(logger),
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  now: () => Date;
  logger: Logger;
  /** Where alerts run after the answer; shared with the app so shutdown waits for both. */
  background?: Background;
}): Notifier {
  /**
   * The row goes in first, so two checks racing send one mail; a failed send is retried later.
   * Nothing goes out if the same topic reached this person within `quietDays`.
   */
  async function sendOnce(
    notice: { key: string; topic: string; quietDays: number },
    patientId: string,
    recipientId: string,
    mail: Mail,
  ): Promise<boolean> {
    const { key, topic, quietDays } = notice;
    if (quietDays > 0) {
      const recent = await db
        .selectFrom('notice')
        .select('key')
        .where('topic', '=', topic)
        .where('recipient_user_id', '=', recipientId)
        .where('sent_at', '>', now().getTime() - quietDays * 86_400_000)
        .executeTakeFirst();
      if (recent) return false;
    }
    const claimed = await db
      .insertInto('notice')
      .values({
        key,
        topic,
        patient_user_id: patientId,
        recipient_user_id: recipientId,
        sent_at: now().getTime(),
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) return false;
    try {
      await mailer(mail);
      return true;
    } catch (error) {
      await db.deleteFrom('notice').where('key', '=', key).execute();
      logger.warn('notice not sent; will retry', { key, error: String(error) });
      return false;
    }
  }

  async function alertCareTeam(patientId: string, localDate: string) {
    const patient = await db
      .selectFrom('user_account')
      .select(['name', 'created_at'])
      .where('id', '=', patientId)
      .executeTakeFirst();
    // Most patients have no therapist here: then there is nobody to tell and nothing to read.
    const therapists = await patientTherapists(db, patientId);
    if (!patient || therapists.length === 0) return;
    const signals = await monitoringSignals(db, patientId);
    const joined = new Date(patient.created_at).toISOString().slice(0, 10);
    const notices = careTeamNotices(
      patientId,
      deriveAlerts({ today: localDate, joined, ...signals }),
    );
    if (notices.length === 0) return;
    const who = initials(patient.name);
    for (const therapist of therapists) {
      // In the therapist's own language, whatever the patient's.
      const { locale } = therapist;
      const { say } = WORDS[locale];
      for (const notice of notices)
        await sendOnce(
          { ...notice, key: `${notice.key}:${therapist.id}` },
          patientId,
          therapist.id,
          {
            to: therapist.email,
            subject: say(notice.immediate ? 'mail.alert.subjectNow' : 'mail.alert.subjectReview', {
              who,
            }),
            body: say('mail.alert.body', {
              name: therapist.name,
              who,
              concern: CONCERN_KEY[notice.concern],
              day: dayInWords(notice.date, locale),
              immediate: notice.immediate ? 'yes' : 'no',
              link: `${publicUrl}/therapist/patients/${patientId}`,
            }),
            language: locale,
          },
        );
    }
  }

  async function sweep() {
    const patients = await db
      .selectFrom('nudge_setting')
      .innerJoin('user_account', 'user_account.id', 'nudge_setting.user_id')
      .leftJoin('reminder', 'reminder.user_id', 'nudge_setting.user_id')
      .select((eb) => [
        'user_account.id',
        'user_account.name',
        'user_account.email',
        'user_account.locale',
        'nudge_setting.time_zone',
        'reminder.times',
        // One query for everyone, however many opted in: the latest day of each kind.
        eb
          .selectFrom('daily_log')
          .select((d) => d.fn.max('local_date').as('day'))
          .whereRef('daily_log.user_id', '=', 'nudge_setting.user_id')
          .as('last_log'),
        eb
          .selectFrom('exercise_session')
          .select((d) => d.fn.max('local_date').as('day'))
          .whereRef('exercise_session.user_id', '=', 'nudge_setting.user_id')
          .as('last_session'),
        eb
          .selectFrom('safety_screening')
          .select((d) => d.fn.max('safety_screening.created_at').as('at'))
          .whereRef('safety_screening.user_id', '=', 'nudge_setting.user_id')
          .where('safety_screening.status', '=', 'seek-care')
          .as('last_red_flag'),
      ])
      .where('nudge_setting.email', '=', 1)
      .execute();
    let nudged = 0;
    for (const p of patients) {
      const local = Temporal.Instant.fromEpochMilliseconds(now().getTime()).toZonedDateTimeISO(
        p.time_zone,
      );
      const lastActive =
        [p.last_log, p.last_session]
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1) ?? null;
      const due = missedDayNudge({
        patientId: p.id,
        localDate: local.toPlainDate().toString(),
        localMinute: local.hour * 60 + local.minute,
        lastActive,
        reminderMinutes: p.times
          ? z.array(z.string()).parse(JSON.parse(p.times)).map(minuteOfDay)
          : [],
        lastRedFlagAt: p.last_red_flag,
      });
      if (!due) continue;
      const { say } = WORDS[p.locale];
      const sent = await sendOnce({ ...due, quietDays: 0 }, p.id, p.id, {
        to: p.email,
        subject: say('mail.nudge.subject'),
        body: say('mail.nudge.body', {
          name: p.name.split(/\s+/)[0] ?? p.name,
          missed: due.missedDays,
          plan: `${publicUrl}/plan`,
          start: `${publicUrl}/start`,
          optOut: say('reminders.nudge'),
          progress: `${publicUrl}/progress`,
        }),
        language: p.locale,
      });
      if (sent) nudged++;
    }
    return { nudged };
  }

  return {
    patientChanged(patientId, localDate) {
      background.run('care-team alert', () => alertCareTeam(patientId, localDate), { patientId });
    },
    sweep,
    settled: () => background.settled(),
  };
}
