import { i18n } from '@lingui/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { compiledCatalogue } from '../../content/messages/compile';
import { EN } from '../../content/messages/en';
import { ES } from '../../content/messages/es';
import type { Locale } from '../domain/i18n/locale';
import { ClinicInputSchema } from '../server/admin/schemas';
import { fieldErrors, problemJson } from '../server/http/problem';
import { ApiError } from './api';
import { failureWords, userMessage } from './messages';

// The page's catalogues, compiled as the build compiles them; each test starts in English.
i18n.load({ en: compiledCatalogue(EN), es: compiledCatalogue(ES) });
beforeEach(() => i18n.activate('en'));

/** A refusal exactly as the server sends it for this body, in the request's language. */
function refusal(body: unknown, locale: Locale = 'en') {
  const parsed = ClinicInputSchema.safeParse(body);
  if (parsed.success) throw new Error('expected the body to be refused');
  const errors = fieldErrors(parsed.error, locale);
  return JSON.parse(problemJson(400, 'Invalid request', `Fix the request body: …`, errors)) as {
    detail: string;
    errors: { field: string; message: string }[];
  };
}

describe('what a person reads when the server says no', () => {
  it('names the field by its label and never shows the developer detail', () => {
    const message = userMessage(
      400,
      refusal({
        name: 'Loop Clinic',
        address: '1 Main St',
        city: 'Chicago',
        state: 'IL',
        zip: '60',
        phone: '312-555-0100',
        timeZone: 'America/Chicago',
        lat: 41.88,
        lon: -87.63,
        openingHours: [],
      }),
    );
    expect(message).toMatch(/ZIP code: /);
    expect(message).not.toMatch(/Fix the|request body|\bzip\b|\w\.\w+\.\d/);
  });

  it('says it all in Spanish on a Spanish page, from a refusal the server made in Spanish', () => {
    i18n.activate('es');
    const message = userMessage(
      400,
      refusal(
        {
          name: 'Clínica Loop',
          address: '1 Main St',
          city: 'Chicago',
          state: 'IL',
          zip: '60',
          phone: '312-555-0100',
          timeZone: 'America/Chicago',
          openingHours: [],
          extra: true,
        },
        'es',
      ),
    );
    expect(message.startsWith(ES['failure.400'])).toBe(true);
    expect(message).toContain(`${ES['field.zip']}: `);
    // An oracle of English words, apart from the catalogue.
    expect(message).not.toMatch(/\b(the|is|needs|field|remove|expected|string|Fix)\b/i);
    expect(userMessage(500, null)).toBe(ES['failure.server']);
  });

  it('keeps words the server wrote for people, and hides the rest', () => {
    const taken = { detail: 'Someone booked this time a moment ago.' };
    expect(userMessage(409, taken)).toBe(taken.detail);
    for (const status of [403, 404, 500, 502])
      expect(userMessage(status, { detail: 'Fix the address: id must be a UUID.' })).not.toMatch(
        /Fix the|UUID/,
      );
    expect(userMessage(400, { detail: 'Fix the query string: today …', errors: [] })).toBe(
      'Some of this needs another look.',
    );
  });

  it("puts zod's wording into plain words, and names a field once", () => {
    const message = userMessage(400, {
      errors: [
        { field: 'items.0.holdSeconds', message: 'Too big: expected number to be <=120' },
        { field: 'name', message: 'Too small: expected string to have >=3 characters' },
        { field: 'phone', message: 'please give a phone number with area code.' },
        { field: 'phone', message: 'please give a phone number with area code' },
      ],
    });
    expect(message).toBe(
      'Some of this needs another look. Hold: can be at most 120. Name: needs at least 3 characters. Phone: please give a phone number with area code.',
    );
  });
});

describe('failure words', () => {
  it('says a request that got no answer needs a connection, never the browser’s words', async () => {
    const offline = await fetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(failureWords(offline, 'Could not save.')).toBe(EN['failure.offline']);
    i18n.activate('es');
    expect(failureWords(offline, 'x')).toBe(ES['failure.offline']);
    expect(failureWords(new ApiError('That time was just taken.'), 'x')).toBe(
      'That time was just taken.',
    );
    expect(failureWords('???', 'Could not save.')).toBe('Could not save.');
  });
});
