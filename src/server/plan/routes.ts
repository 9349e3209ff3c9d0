import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { IntakeSchema } from '../../domain/personalization/intake';
import { buildPlan, type PlanRules } from '../../domain/personalization/plan';
import type { Locale } from '../../domain/i18n/locale';
import { WORDS } from '../../../content/messages/words';
import type { Db } from '../db/create-db';
import { answerLocale, inLanguage } from '../http/locale';
import type { AppEnv } from '../http/auth';

import { jsonBody } from '../http/validate';
import { consume } from '../db/rate-limits';
import { recordScreening } from '../db/screenings';
import { screeningRecordLimits } from '../http/limit-policy';
import type { Notifier } from '../notify/notifier';
import { PlanResultSchema } from './schemas';
import { reviewProgression, type ProgressionDeps } from '../db/progression-state';

export type PlanDeps = {
  db: Db;
  /** The plan's rules and words in each language. */
  rules: Record<Locale, PlanRules>;
  now: () => Date;
  notifier: Notifier;
  progression: ProgressionDeps;
};

export function planRoutes({ db, rules, now, notifier, progression }: PlanDeps) {
  return new Hono<AppEnv>().post(
    '/plan/preview',
    documented({
      summary:
        'Screen for red flags and build a personal stretching plan from an intake (no sign-in).',
      tags: ['plan'],
      access: 'public',
      responses: {
        200: {
          description: 'A plan, or advice to seek care with no exercises.',
          schema: PlanResultSchema,
        },
      },
    }),
    jsonBody(IntakeSchema),
    async (c) => {
      const intake = c.req.valid('json');
      const locale = answerLocale(c, intake.locale);
      const result = buildPlan(intake, rules[locale], WORDS[locale]);
      // Red flags are recorded (B1); plain previews are not stored: nothing to keep, nothing to leak.
      if (result.status === 'seek-care') {
        const user = c.get('user');
        const at = now();
        // Anonymous answers are kept only up to a limit per address, so nobody can fill the
        // table; the person is always told to seek care, recorded or not.
        const record =
          user !== null ||
          (
            await consume(
              db,
              screeningRecordLimits(c.get('clientAddress') ?? 'unknown'),
              at.getTime(),
            )
          ).allowed;
        if (record) await recordScreening(db, crypto.randomUUID(), at, result, user?.id ?? null);
        if (user?.role === 'patient') {
          const day = at.toISOString().slice(0, 10);
          // A warning sign sends anyone past the first stage back to it (ADR 0010).
          if (record) await reviewProgression(db, progression, user.id, day, at.getTime());
          notifier.patientChanged(user.id, day);
        }
      }
      return c.json(result, 200, inLanguage(locale));
    },
  );
}
