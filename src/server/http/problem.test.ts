import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SERVER_EN, SERVER_ES } from '../../../content/messages/server';
import { issue, ISSUES } from '../../domain/i18n/issues';
import { fieldErrors } from './problem';

describe("a schema's own messages", () => {
  it('are each worded in both languages, the Spanish written apart from the English', () => {
    for (const id of ISSUES) {
      expect(SERVER_EN[id], id).toBeTruthy();
      expect(SERVER_ES[id], id).not.toBe(SERVER_EN[id]);
    }
  });

  it("reach the words with the check's limits, options and params, in the language asked", () => {
    const Schema = z
      .strictObject({
        password: z.string().min(10, issue('issue.passwordShort')),
        times: z.array(z.string()).max(4, issue('issue.remindersPerDay')),
        item: z.enum(['bridge', 'clamshell'], { error: issue('issue.oneOf') }),
        from: z.string(),
        to: z.string(),
      })
      .refine((r) => r.to > r.from, {
        path: ['to'],
        message: issue('issue.atMostDays'),
        params: { days: 31 },
      });
    const bad = Schema.safeParse({
      password: 'short',
      times: ['a', 'b', 'c', 'd', 'e'],
      item: 'brige',
      from: 'b',
      to: 'a',
    });
    // Refinements run once the fields pass, so the range is checked on a valid object too.
    const range = Schema.safeParse({
      password: 'long enough now',
      times: [],
      item: 'bridge',
      from: 'b',
      to: 'a',
    });
    const issues = [...(bad.error?.issues ?? []), ...(range.error?.issues ?? [])];
    const said = (locale: 'en' | 'es') =>
      fieldErrors({ issues }, locale).map((e) => `${e.field}: ${e.message}`);
    expect(said('en')).toEqual([
      'password: use at least 10 characters; a few words together work well',
      'times: at most 4 reminders a day',
      'item: use one of bridge, clamshell',
      'to: ask for at most 31 days at a time',
    ]);
    expect(said('es')).toEqual([
      'password: use al menos 10 caracteres; unas cuantas palabras juntas funcionan bien',
      'times: como mucho 4 recordatorios al día',
      'item: use uno de estos: bridge, clamshell',
      'to: pida como mucho 31 días cada vez',
    ]);
  });
});
