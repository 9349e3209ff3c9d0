import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { decideProgression } from '../../domain/progression/decide';
import { ProgressionDecisionSchema, progressionInputSchema } from '../../domain/progression/input';
import type { ProgressionContent } from '../../domain/progression/stages';
import type { AppEnv } from '../http/auth';

import { jsonBody } from '../http/validate';
import type { Locale } from '../../domain/i18n/locale';
import { inLanguage, requestLocale } from '../http/locale';

/** The preview's body: item ids are the ones the stages know (library exercises and habits). */
export function progressionPreviewSchema(content: ProgressionContent) {
  return progressionInputSchema(content.items.map((i) => i.id) as [string, ...string[]]);
}

export function progressionRoutes({ content }: { content: Record<Locale, ProgressionContent> }) {
  // Item ids are the same in every language.
  const Body = progressionPreviewSchema(content.en);
  // Pure: the answer comes from the body alone (worded in the request's language), and nothing
  // about the caller is kept.
  return new Hono<AppEnv>().post(
    '/progression/preview',
    documented({
      summary:
        'Decide from a history of sessions, check-ins and daily pain scores whether to offer the next stage, stay, step back or seek care, with the reasons (no sign-in; nothing is recorded).',
      tags: ['progression'],
      access: 'public',
      responses: {
        200: {
          description:
            'The decision, the stage to be in next, every reason (what passed and what is still missing) and what that stage holds for this person.',
          schema: ProgressionDecisionSchema,
        },
      },
    }),
    jsonBody(Body),
    (c) => {
      const locale = requestLocale(c);
      return c.json(
        decideProgression(c.req.valid('json'), content[locale]),
        200,
        inLanguage(locale),
      );
    },
  );
}
