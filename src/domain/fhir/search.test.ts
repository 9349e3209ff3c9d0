import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateTest, passes, spanOf, startsAsSearched, tokenMatches } from './search';

const MINUTE = 60_000;
const DAY0 = Date.UTC(2026, 10, 1);
/** A day or a minute within a fortnight, written as FHIR writes it. */
const moment = fc.oneof(
  fc
    .integer({ min: 0, max: 14 })
    .map((d) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10)),
  fc
    .integer({ min: 0, max: 14 * 24 * 60 })
    .map((m) => new Date(DAY0 + m * MINUTE).toISOString().replace('.000Z', 'Z')),
);

/**
 * The prefixes as R4 words them, checked point by point over the spans (an independent
 * reading: "some moment of the record lies in the part of time the prefix names"; for eq,
 * "every moment of the record lies in the searched span").
 */
function oracle(prefix: string, record: string, searched: string): boolean {
  const r = spanOf(record)!;
  const s = spanOf(searched)!;
  // Every search edge falls on a minute or a millisecond after one, so the first and last
  // millisecond of each of the record's minutes decide it exactly.
  const minutes: number[] = [];
  for (let t = r.from; t < r.to; t += MINUTE) minutes.push(t, Math.min(t + MINUTE, r.to) - 1);
  const inPart = (t: number) =>
    prefix === 'ge'
      ? t >= s.from
      : prefix === 'gt'
        ? t >= s.to
        : prefix === 'le'
          ? t < s.to
          : prefix === 'lt'
            ? t < s.from
            : t >= s.from && t < s.to;
  return prefix === 'eq' ? minutes.every(inPart) : minutes.some(inPart);
}

describe('FHIR search rules', () => {
  it('matches dates by each prefix as R4 defines it over ranges', () => {
    fc.assert(
      fc.property(fc.constantFrom('eq', 'ge', 'gt', 'le', 'lt'), moment, moment, (p, r, s) => {
        const test = parseDateTest(`${p}${s}`)!;
        expect(passes(r, test)).toBe(oracle(p, r, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a day that starts inside it for ge, and a whole day for eq only when it holds it', () => {
    expect(passes('2026-11-05', parseDateTest('ge2026-11-05T12:00:00Z')!)).toBe(true);
    expect(passes('2026-11-05', parseDateTest('eq2026-11-05T12:00:00Z')!)).toBe(false);
    expect(passes('2026-11-05T12:00:00Z', parseDateTest('2026-11-05')!)).toBe(true);
  });

  it('refuses days and times no calendar has', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2025-02-29',
      '2026-11-05T24:00:00Z',
      '2026-11-05T12:60:00Z',
      '2026-11-05T12:00:00',
      '2026-11-5',
    ])
      expect(spanOf(bad), bad).toBeNull();
    expect(spanOf('2028-02-29')).not.toBeNull();
    expect(spanOf('2026-11-05T12:00:00.5+05:30')).not.toBeNull();
  });

  it('searches strings by their start, in any case and with or without accents', () => {
    expect(startsAsSearched('Albuquerque', 'albu')).toBe(true);
    expect(startsAsSearched('San José', 'san jose')).toBe(true);
    expect(startsAsSearched('Boston', 'ost')).toBe(false);
  });

  it('searches tokens by code, system|code and |code', () => {
    const coded = { system: 'urn:x', code: 'follow-up' };
    expect(tokenMatches('follow-up', coded)).toBe(true);
    expect(tokenMatches('urn:x|follow-up', coded)).toBe(true);
    expect(tokenMatches('bogus|follow-up', coded)).toBe(false);
    expect(tokenMatches('|follow-up', coded)).toBe(false);
    expect(tokenMatches('|follow-up', { code: 'follow-up' })).toBe(true);
    expect(tokenMatches('urn:x|', coded)).toBe(false);
  });
});
