import { randomBytes } from 'node:crypto';
import { documented } from '../http/openapi';
import { issue } from '../../domain/i18n/issues';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, sha256, type AppEnv } from '../http/auth';

import { problem } from '../http/problem';
import { jsonBody, params } from '../http/validate';
import { TimeZoneSchema } from '../../domain/scheduling/zone-calendar';
import { reminderFeed } from './feed';

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, issue('issue.clockTime'));
const RemindersSchema = z.strictObject({
  times: z.array(TimeSchema).max(4, issue('issue.remindersPerDay')),
  keepLink: z
    .boolean()
    .optional()
    .describe(
      'Keep the calendar link already given (times sent later by an app back online): the calendar it is in shows the new times',
    ),
});
const NudgeSettingSchema = z.strictObject({
  email: z.boolean(),
  timeZone: TimeZoneSchema,
});
const NudgeSettingViewSchema = z.strictObject({
  email: z.boolean(),
  timeZone: z.string().nullable(),
});
const RemindersViewSchema = z.strictObject({
  times: z.array(z.string()),
  feedUrl: z.string().nullable(),
});

const FeedParams = z.strictObject({
  token: z
    .string()
    .max(210, issue('issue.feedLinkTooLong'))
    .regex(/^[A-Za-z0-9_-]{16,200}(\.ics)?$/, issue('issue.notAFeedLink'))
    .describe('Feed token, ending in .ics'),
});

export function reminderRoutes({
  db,
  now,
  publicUrl,
}: {
  db: Db;
  now: () => Date;
  publicUrl: string;
}) {
  return new Hono<AppEnv>()
    .put(
      '/me/nudges',
      documented({
        summary:
          'Ask for (or stop) an email after a missed day; days are counted in the given time zone.',
        tags: ['progress'],
        access: 'patient',
        responses: { 200: { description: 'Saved.', schema: NudgeSettingViewSchema } },
      }),
      requireRole('patient'),
      jsonBody(NudgeSettingSchema),
      async (c) => {
        const { email, timeZone } = c.req.valid('json');
        const row = {
          user_id: currentUser(c).id,
          email: email ? 1 : 0,
          time_zone: timeZone,
          updated_at: now().getTime(),
        };
        await db
          .insertInto('nudge_setting')
          .values(row)
          .onConflict((oc) =>
            oc.column('user_id').doUpdateSet({
              email: row.email,
              time_zone: row.time_zone,
              updated_at: row.updated_at,
            }),
          )
          .execute();
        return c.json({ email, timeZone }, 200);
      },
    )
    .get(
      '/me/nudges',
      documented({
        summary: 'Whether you get an email after a missed day.',
        tags: ['progress'],
        access: 'patient',
        responses: { 200: { description: 'Your choice.', schema: NudgeSettingViewSchema } },
      }),
      requireRole('patient'),
      async (c) => {
        const row = await db
          .selectFrom('nudge_setting')
          .select(['email', 'time_zone'])
          .where('user_id', '=', currentUser(c).id)
          .executeTakeFirst();
        return c.json({ email: row?.email === 1, timeZone: row?.time_zone ?? null }, 200);
      },
    )
    .put(
      '/me/reminders',
      documented({
        summary:
          'Choose daily reminder times; returns a new private calendar-feed link (the old one stops working), unless keepLink asks to keep the one already given.',
        tags: ['progress'],
        access: 'patient',
        responses: { 200: { description: 'Saved.', schema: RemindersViewSchema } },
      }),
      requireRole('patient'),
      jsonBody(RemindersSchema),
      async (c) => {
        const user = currentUser(c);
        const body = c.req.valid('json');
        const times = [...new Set(body.times)].sort();
        if (body.keepLink) {
          const kept = await db
            .updateTable('reminder')
            .set({ times: JSON.stringify(times), updated_at: now().getTime() })
            .where('user_id', '=', user.id)
            .executeTakeFirst();
          // With a link already given, only the times change; without one, one is made below.
          if (Number(kept.numUpdatedRows) > 0) return c.json({ times, feedUrl: null }, 200);
        }
        const token = randomBytes(24).toString('base64url');
        const row = {
          user_id: user.id,
          times: JSON.stringify(times),
          feed_token_hash: sha256(token),
          updated_at: now().getTime(),
        };
        await db
          .insertInto('reminder')
          .values(row)
          .onConflict((oc) =>
            oc.column('user_id').doUpdateSet({
              times: row.times,
              feed_token_hash: row.feed_token_hash,
              updated_at: row.updated_at,
            }),
          )
          .execute();
        return c.json({ times, feedUrl: `${publicUrl}/api/v1/calendar/${token}.ics` }, 200);
      },
    )
    .get(
      '/me/reminders',
      documented({
        summary: 'Your reminder times.',
        tags: ['progress'],
        access: 'patient',
        responses: {
          200: {
            description: 'Times (the feed link is only shown when created).',
            schema: RemindersViewSchema,
          },
        },
      }),
      requireRole('patient'),
      async (c) => {
        const row = await db
          .selectFrom('reminder')
          .select('times')
          .where('user_id', '=', currentUser(c).id)
          .executeTakeFirst();
        return c.json(
          { times: row ? z.array(z.string()).parse(JSON.parse(row.times)) : [], feedUrl: null },
          200,
        );
      },
    )
    .get(
      '/calendar/:token',
      documented({
        summary: 'Private calendar feed (.ics, daily RRULE) to subscribe to.',
        tags: ['progress'],
        access: 'link-token',
        responses: { 200: { description: 'text/calendar' }, 404: { description: 'Unknown feed.' } },
      }),
      params(FeedParams),
      async (c) => {
        const token = c.req.valid('param').token.replace(/\.ics$/, '');
        const row = await db
          .selectFrom('reminder')
          .innerJoin('user_account', 'user_account.id', 'reminder.user_id')
          .select(['reminder.times', 'reminder.updated_at', 'user_account.locale'])
          .where('feed_token_hash', '=', sha256(token))
          .executeTakeFirst();
        if (!row) return problem(c, 404, 'Not found', { say: 'problem.feedGone' });
        const times = z.array(z.string()).parse(JSON.parse(row.times));
        const firstDay = new Date(row.updated_at).toISOString().slice(0, 10);
        // Calendar apps fetch the feed without cookies: it is in the account's language.
        const feed = reminderFeed(
          times,
          firstDay,
          `${publicUrl}/start`,
          row.updated_at,
          row.locale,
        );
        return c.body(feed, 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-language': row.locale,
        });
      },
    );
}
