import { describe, expect, it } from 'vitest';
import { CHECKIN_RULE_LIST, LIBRARY } from '../../../content/catalog';
import {
  decodeQr,
  outsideMargins,
  overlaps,
  pageText,
  readPdf,
  renderPages,
  type PdfPage,
} from '../../../tests/setup/pdf';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { DEMO_PASSWORD } from '../db/seed';
import { DEMO_EMAIL_DOMAIN } from '../db/seed-patients';
import { ProgramSchema } from '../../domain/personalization/program';
import { programHandout } from './handout';

const NOW = new Date('2026-11-30T15:00:00Z');
const LINK = 'http://localhost:3000/start';
const item = (exerciseId: string, variant: string, extra: Record<string, unknown> = {}) => ({
  exerciseId,
  variant,
  holdSeconds: 30,
  reps: 2,
  sessionsPerDay: 1,
  daysPerWeek: 6,
  ...extra,
});
/** The six stretches of the article, one of them for the left leg only and one with a strap. */
const EVERY_EXERCISE = {
  items: [
    item('seated-piriformis', 'seated'),
    item('figure-4', 'supine', { sides: 'left' }),
    item('cat-cow', 'hands-and-knees', { reps: 8, sets: 2 }),
    item('childs-pose', 'kneeling'),
    item('hamstring', 'supine-strap', { props: ['strap'] }),
    item('knee-to-chest', 'supine', { holdSeconds: 20, reps: 3 }),
  ],
  note: 'Keep it gentle this week. If the stretches feel fine, hold a little longer next week.',
};

const words = (pages: readonly PdfPage[]) => pages.map(pageText).join('\n').replace(/\s+/g, ' ');

/** What every printout must hold to: nothing printed over anything else, nothing off the page. */
function expectClean(pages: readonly PdfPage[]) {
  expect(overlaps(pages)).toEqual([]);
  expect(outsideMargins(pages, 50)).toEqual([]);
}

describe.each(DIALECTS)('the printed home program on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });

  async function handout(query = '') {
    const pt = new Client(ctx.app);
    await pt.signIn(`therapist${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const put = await pt.json(
      'PUT',
      '/api/v1/therapist/patients/demo-patient/program',
      EVERY_EXERCISE,
    );
    expect(put.status).toBe(201);
    const res = await pt.request(
      'GET',
      `/api/v1/therapist/patients/demo-patient/program/handout.pdf${query}`,
    );
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  }

  it('lays out the demo handout with nothing printed over anything, a figure per exercise and a QR code that opens the app', async () => {
    const bytes = await handout();
    const pages = await readPdf(bytes);
    expectClean(pages);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(6);
    expect(pages[0]!.images).toHaveLength(1);

    const text = words(pages);
    expect(text).toMatch(/ReliefPath PT New York/);
    expect(text).toMatch(/For: P\. D\. Therapist: \S+ \S+/);
    expect(text).toMatch(/Program: Version \d+, from Mon, Nov 30, 2026/);
    expect(text).toMatch(/Printed: Mon, Nov 30, 2026/);
    expect(text).not.toMatch(/Pat Demo/);
    expect(text).toContain(`Scan to open your program ${LINK}`);
    expect(text).toMatch(
      /2\. Figure-4 stretch \(lying on your back\) On the floor Hold for 30 seconds, twice, on your left side only\./,
    );
    expect(text).toMatch(
      /3\. Cat–cow On hands and knees 8 slow breaths: in for 4 seconds, out for 4\. Rest, then do it all again: 2 rounds in all\./,
    );
    expect(text).toMatch(/Use a strap\. Once a day, 6 days a week\./);
    for (const { exerciseId } of EVERY_EXERCISE.items)
      expect(text).toContain(
        `Why it helps: ${LIBRARY.exercises.find((e) => e.id === exerciseId)!.whyItHelps}`,
      );

    // The stop rules read as instructions, never as the replies the app gives after a check-in.
    for (const rule of CHECKIN_RULE_LIST) {
      expect(text).toContain(rule.instruction);
      expect(text).not.toContain(rule.reason);
    }

    const [first] = renderPages(bytes, 'handout-standard');
    expect(decodeQr(first!)).toBe(LINK);
  });

  it('prints large type (16 pt body) on request, still with nothing printed over anything', async () => {
    const bytes = await handout('?size=large');
    const pages = await readPdf(bytes);
    expectClean(pages);
    const sizes = new Map<number, number>();
    for (const t of pages.flatMap((p) => p.texts))
      sizes.set(Math.round(t.size), (sizes.get(Math.round(t.size)) ?? 0) + t.str.length);
    const body = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    expect(body).toBe(16);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(6);
    const [first] = renderPages(bytes, 'handout-large');
    expect(decodeQr(first!)).toBe(LINK);
    const standard = await readPdf(await handout());
    expect(pages.length).toBeGreaterThan(standard.length);
  });

  it('refuses a print size it does not know, saying which it does', async () => {
    const pt = new Client(ctx.app);
    await pt.signIn(`therapist${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const res = await pt.json<{ detail: string }>(
      'GET',
      '/api/v1/therapist/patients/demo-patient/program/handout.pdf?size=huge',
    );
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/size/);
    // The API document offers the choice.
    const doc = await pt.json<{
      paths: Record<
        string,
        { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }
      >;
    }>('GET', '/api/openapi.json');
    const size = doc.body.paths[
      '/api/v1/therapist/patients/{id}/program/handout.pdf'
    ]!.get.parameters.find((p) => p.name === 'size');
    expect(size?.schema.enum).toEqual(['standard', 'large']);
  });
});

describe('a handout with long words everywhere', () => {
  it('wraps a long note and long steps onto more pages, never over each other', async () => {
    const long = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
    const exercises = LIBRARY.exercises.map((e) => ({
      ...e,
      name: `${e.name} ${long(6, 'stretch')}`,
      whyItHelps: long(60, 'gently'),
      variants: e.variants.map((v) => ({
        ...v,
        steps: [...v.steps.map((s) => `${s} ${long(30, 'slowly')}`), long(5, 'Breathe.')],
      })),
    }));
    for (const size of ['standard', 'large'] as const) {
      const bytes = await programHandout({
        patientName: 'Maximiliana Bartholomew-Fitzgerald',
        therapistName: 'Dr Alexandria Konstantinopoulou-Smythe',
        clinicName: 'ReliefPath Physical Therapy at the Very Long Named Medical Centre Annex',
        timeZone: 'America/Los_Angeles',
        version: 12,
        assignedAt: NOW.getTime(),
        printedAt: NOW,
        program: ProgramSchema.parse({ ...EVERY_EXERCISE, note: long(300, 'note') }),
        link: `${LINK}?a-very-long-address=${'x'.repeat(80)}`,
        size,
        exercises,
      });
      renderPages(bytes, `handout-long-${size}`);
      const pages = await readPdf(bytes);
      expectClean(pages);
      expect(pages.flatMap((p) => p.figures)).toHaveLength(6);
      expect(pages.length).toBeGreaterThan(4);
    }
  });
});
