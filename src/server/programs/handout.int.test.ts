import { describe, expect, it } from 'vitest';
import { CATALOGS, CHECKIN_RULE_LIST, LIBRARY } from '../../../content/catalog';
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

/** Every long-term item (the tensioner and press-up as a therapist may prescribe them). */
const LONG_TERM = {
  items: [
    item('seated-slider', 'seated', { holdSeconds: 5, reps: 10, sets: 2 }),
    item('supine-slider', 'on-bed', { holdSeconds: 5, reps: 10, sides: 'right' }),
    item('tensioner', 'seated', { holdSeconds: 5, reps: 5 }),
    item('abdominal-bracing', 'lying', { holdSeconds: 8, reps: 6 }),
    item('dead-bug', 'heel-taps', { holdSeconds: 6, reps: 6, sets: 2 }),
    item('bird-dog', 'leg-only', { holdSeconds: 7, reps: 4, props: ['towel'] }),
    item('bridge', 'floor', { holdSeconds: 5, reps: 5, sets: 3 }),
    item('clamshell', 'floor', { holdSeconds: 3, reps: 12, sets: 2 }),
    item('side-lying-abduction', 'floor', { holdSeconds: 3, reps: 10, sets: 2 }),
    item('prone-press-up', 'on-elbows', { holdSeconds: 4, reps: 8 }),
  ],
  note: 'Stage 2: glides and gentle strength. Keep every movement small and easy.',
};

const words = (pages: readonly PdfPage[]) => pages.map(pageText).join('\n').replace(/\s+/g, ' ');

/** What every printout must hold to: nothing printed over anything else, nothing off the page. */
function expectClean(pages: readonly PdfPage[]) {
  expect(overlaps(pages)).toEqual([]);
  expect(outsideMargins(pages, 50)).toEqual([]);
}

describe.each(DIALECTS)('the printed home program on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });

  async function handout(query = '', program: object = EVERY_EXERCISE) {
    const pt = new Client(ctx.app);
    await pt.signIn(`therapist${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const put = await pt.json('PUT', '/api/v1/therapist/patients/demo-patient/program', program);
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
    // Three exercises a page, now with what to take care with under each.
    expect(pages.length).toBeLessThanOrEqual(4);
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

  it("prints the handout in the language the therapist picks for the patient, read back from the PDF's text and rendered pages", async () => {
    const bytes = await handout('?locale=es');
    const pages = await readPdf(bytes);
    expectClean(pages);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(6);
    const text = words(pages);
    expect(text).toContain('Su programa de ejercicios en casa');
    expect(text).toMatch(/Para: P\. D\. Terapeuta: \S+ \S+/);
    expect(text).toMatch(/Programa: Versión \d+, del lun, 30 de nov de 2026/);
    // The QR box's lines sit beside the header's, so the text between them interleaves.
    expect(text).toContain('Escanee para abrir su programa');
    expect(text).toContain(LINK);
    expect(text).toMatch(/Página 1 de \d/);
    const es = CATALOGS.es;
    for (const { exerciseId } of EVERY_EXERCISE.items) {
      const exercise = es.LIBRARY.exercises.find((e) => e.id === exerciseId)!;
      expect(text).toContain(exercise.name);
      expect(text).toContain(`Por qué ayuda: ${exercise.whyItHelps}`);
    }
    for (const rule of es.CHECKIN_RULE_LIST) expect(text).toContain(rule.instruction);
    expect(text).toContain(es.EMERGENCY_INSTRUCTION);
    // Apart from what people wrote (the therapist's note) and names, no English is left: an
    // oracle of English words, apart from the catalogues.
    const printed = text.replace(EVERY_EXERCISE.note, '').replace(/ReliefPath PT New York/g, '');
    expect(printed.match(/\b(the|your|you|and|with|for|hold|times|side|when|stop)\b/gi)).toBeNull();
    const [first] = renderPages(bytes, 'handout-spanish');
    expect(decodeQr(first!)).toBe(LINK);
    // Unasked, the handout is in the patient's own language (the demo patient's is English).
    expect(words(await readPdf(await handout()))).toContain('Your home exercise program');
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

  it('prints every long-term item with its dose, the words to move to, its figure, steps, why it helps and cautions', async () => {
    const bytes = await handout('', LONG_TERM);
    const pages = await readPdf(bytes);
    expectClean(pages);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(LONG_TERM.items.length);
    const text = words(pages);
    // Doses written out here by hand, not by the code that prints them.
    for (const dose of [
      '1. Seated nerve glide Sitting in a chair 10 slow repetitions on each side, about 5 seconds each. 2 sets, with a 20-second rest between sets. As you move: "Straighten and look up", then "Bend and look down". Once a day, 6 days a week.',
      '2. Lying nerve glide On a firm bed 10 slow repetitions, on your right side only, about 5 seconds each. As you move: "Straighten, head down", then "Bend, chin in".',
      '4. Tummy bracing Lying on your back Hold for 8 seconds, 6 times. Once a day',
      '5. Dead bug Heel taps 6 slow repetitions on each side, about 6 seconds each. 2 sets, with a 20-second rest between sets. As you move: "Lower slowly", then "And back up".',
      '6. Bird dog One leg only Hold for 7 seconds, 4 times on each side. Use a towel.',
      '7. Bridge On the floor Hold for 5 seconds, 5 times. 3 sets, with a 20-second rest between sets. Once a day',
      '8. Clamshell On the floor 12 slow repetitions on each side, about 3 seconds each. 2 sets, with a 20-second rest between sets. As you move: "Lift the top knee", then "Lower slowly".',
      '10. Press-up on your front Propped on your elbows 8 slow repetitions, about 4 seconds each. As you move: "Press up", then "Lower slowly".',
    ])
      expect(text).toContain(dose);
    for (const { exerciseId, variant } of LONG_TERM.items) {
      const exercise = LIBRARY.exercises.find((e) => e.id === exerciseId)!;
      const steps = exercise.variants.find((v) => v.id === variant)!.steps;
      steps.forEach((step, i) => expect(text).toContain(`${i + 1}. ${step}`));
      expect(text).toContain(`Why it helps: ${exercise.whyItHelps}`);
      expect(text).toContain(`Take care • ${exercise.cautions[0]!}`);
      for (const caution of exercise.cautions) expect(text).toContain(`• ${caution}`);
    }
    // The glides' own warnings: not soon after getting up, and smaller when symptoms appear.
    expect(text).toMatch(/Wait at least two hours after getting up in the morning/);
    expect(text).toMatch(/If tingling or pain appears, make the movement smaller\./);
    const rendered = renderPages(bytes, 'handout-long-term');
    expect(decodeQr(rendered[0]!)).toBe(LINK);
  });

  it('prints the long-term items in large type, still with nothing printed over anything', async () => {
    const bytes = await handout('?size=large', LONG_TERM);
    const pages = await readPdf(bytes);
    expectClean(pages);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(LONG_TERM.items.length);
    const rendered = renderPages(bytes, 'handout-long-term-large');
    expect(decodeQr(rendered[0]!)).toBe(LINK);
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
        locale: 'en',
      });
      renderPages(bytes, `handout-long-${size}`);
      const pages = await readPdf(bytes);
      expectClean(pages);
      expect(pages.flatMap((p) => p.figures)).toHaveLength(6);
      expect(pages.length).toBeGreaterThan(4);
    }
  });
});
