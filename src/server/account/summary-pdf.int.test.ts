import { describe, expect, it } from 'vitest';
import {
  outsideMargins,
  overlaps,
  pageText,
  readPdf,
  renderPages,
  type PdfPage,
} from '../../../tests/setup/pdf';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { LIBRARY } from '../../../content/catalog';
import { DEMO_PASSWORD } from '../db/seed';
import { DEMO_EMAIL_DOMAIN } from '../db/seed-patients';

const NOW = new Date('2026-11-30T15:00:00Z');
const TODAY = '2026-11-30';

// Formatted here, not with the app's own helper, so the check does not share its mistakes.
const inWords = (isoDate: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));

const text = (pages: readonly PdfPage[]) => pages.map(pageText).join('\n');

describe.each(DIALECTS)('the printed progress summary on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });

  async function summary(name: string, locale: 'en' | 'es' = 'en') {
    const patient = new Client(ctx.app);
    await patient.signIn(`patient${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    expect((await patient.json('PUT', '/api/v1/me/locale', { locale })).status).toBe(200);
    // Today's log, with a note long enough to wrap in its cell.
    const logged = await patient.json('PUT', `/api/v1/me/logs/${TODAY}`, {
      legPain: 2,
      backPain: 1,
      notes:
        'Walked to the shops and back without stopping, and sat through a film in the evening.',
    });
    expect(logged.status).toBe(200);
    const res = await patient.request('GET', `/api/v1/me/export.pdf?today=${TODAY}`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    renderPages(bytes, name);
    return readPdf(bytes);
  }

  it('lists every day logged, today included, against the database, over as many pages as it takes', async () => {
    const pages = await summary('progress-summary');
    expect(overlaps(pages)).toEqual([]);
    expect(outsideMargins(pages, 50)).toEqual([]);

    const days = (
      await ctx.t.db
        .selectFrom('daily_log')
        .select(['local_date', 'leg_pain', 'back_pain'])
        .where('user_id', '=', 'demo-patient')
        .orderBy('local_date')
        .execute()
    ).map((r) => ({ day: inWords(r.local_date), leg: r.leg_pain, back: r.back_pain }));
    expect(days.length).toBeGreaterThan(30);
    expect(days.at(-1)!.day).toBe('Mon, Nov 30, 2026');

    const all = text(pages);
    const rows = all.split('\n').flatMap((line) => {
      const m = /^(\w{3}, \w{3} \d{1,2}, \d{4}) (\d+) (\d+)/.exec(line);
      return m ? [{ day: m[1]!, leg: Number(m[2]), back: Number(m[3]) }] : [];
    });
    expect(rows).toEqual(days);
    // No ISO dates anywhere: people read dates in words.
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(all.replace(/\s+/g, ' ')).toMatch(/Walked to the shops and back without stopping/);
    expect(all.replace(/\s+/g, ' ')).toMatch(
      new RegExp(`Pain logged on ${days.length} days, from ${days[0]!.day} to Mon, Nov 30, 2026`),
    );
    expect(pages.length).toBeGreaterThan(1);
    // The table's header comes again on each page it runs onto.
    const withRows = pages.filter((p) => /\d{4} \d+ \d+/.test(pageText(p)));
    for (const p of withRows)
      expect(pageText(p)).toMatch(/Day Leg pain Back pain Everyday activities/);
  });

  it("prints the summary in the patient's own language, with dates, charts' words and exercises in it", async () => {
    const pages = await summary('progress-summary-spanish', 'es');
    expect(overlaps(pages)).toEqual([]);
    expect(outsideMargins(pages, 50)).toEqual([]);
    const all = text(pages).replace(/\s+/g, ' ');
    const inSpanish = (isoDate: string) =>
      new Intl.DateTimeFormat('es-US', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${isoDate}T12:00:00Z`));
    expect(all).toContain('Su resumen de progreso');
    expect(all).toContain(`Hecho el ${inSpanish(TODAY)}.`);
    expect(all).toContain('Estiramientos, semana a semana');
    expect(all).toContain('Dolor de pierna al empezar');
    expect(all).toMatch(/Página 1 de \d/);
    // What the patient wrote (the daily table's notes and activities) stays as written; all
    // above it is Spanish (an oracle of English words, apart from the catalogues).
    const [printed, table] = all.split('Cada día que registró');
    expect(table).toContain('Actividades del día a día');
    expect(
      printed!.match(/\b(the|your|you|and|with|for|days|pain|logged|week|done)\b/gi),
    ).toBeNull();
  });

  it('draws the pain trend and the weeks as charts, and shows the latest exercises with figures', async () => {
    const pages = await summary('progress-summary-charts');
    const all = text(pages);
    expect(all).toMatch(/Pain over time/);
    expect(all).toMatch(/Leg pain\nBack pain\nStarting leg pain \(6 out of 10\), dashed/);
    expect(all).toMatch(/Shaded band: less than 2 points from where you started/);
    expect(all).toMatch(/Stretching, week by week/);
    // Six weeks, each with its numbers under its bar.
    expect(all.match(/\d of \d \(\d+%\)/g)).toHaveLength(6);
    expect(all).toMatch(/Nov 24–30/);
    // The demo patient has no program, so the summary shows their latest session's exercise.
    expect(all).toMatch(/From your latest session, on \w{3}, \w{3} \d+, 2026/);
    expect(all).toMatch(/Figure-4 stretch \(lying on your back\) \(On the floor\)/);
    // Two charts and one exercise figure, all vector drawings.
    expect(pages.flatMap((p) => p.figures)).toHaveLength(3);
  });

  async function assign(items: object[]) {
    const pt = new Client(ctx.app);
    await pt.signIn(`therapist${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const put = await pt.json('PUT', '/api/v1/therapist/patients/demo-patient/program', { items });
    expect(put.status).toBe(201);
  }

  it('shows the therapist’s current program in full, a figure per exercise, once one is assigned', async () => {
    await assign([
      {
        exerciseId: 'cat-cow',
        variant: 'seated',
        holdSeconds: 8,
        reps: 8,
        sessionsPerDay: 2,
        daysPerWeek: 7,
      },
      {
        exerciseId: 'hamstring',
        variant: 'seated',
        holdSeconds: 30,
        reps: 2,
        sessionsPerDay: 1,
        daysPerWeek: 5,
      },
    ]);
    const pages = await summary('progress-summary-program');
    expect(overlaps(pages)).toEqual([]);
    const all = text(pages);
    expect(all).toMatch(/Version 1 of your home program from \S+ \S+\./);
    expect(all).toMatch(/1\. Cat–cow\nSitting in a chair/);
    expect(all.replace(/\s+/g, ' ')).toMatch(
      /8 slow breaths: in for 4 seconds, out for 4\. Twice a day, every day\./,
    );
    expect(all.replace(/\s+/g, ' ')).toMatch(
      /Hold for 30 seconds, twice on each side\. Once a day, 5 days a week\./,
    );
    expect(pages.flatMap((p) => p.figures)).toHaveLength(4);
  });

  it('prints long-term items with their dose, the words to move to, steps, why they help and cautions', async () => {
    const items = [
      ['seated-slider', 'seated', { reps: 10, sets: 2 }],
      ['bridge', 'floor', { holdSeconds: 5, reps: 5, sets: 3 }],
      ['clamshell', 'on-bed', { reps: 12, sets: 2, sides: 'left' }],
      ['bird-dog', 'leg-only', { holdSeconds: 7, reps: 4 }],
    ] as const;
    await assign(
      items.map(([exerciseId, variant, dose]) => ({
        exerciseId,
        variant,
        holdSeconds: 5,
        sessionsPerDay: 1,
        daysPerWeek: 5,
        ...dose,
      })),
    );
    const pages = await summary('progress-summary-long-term');
    expect(overlaps(pages)).toEqual([]);
    expect(outsideMargins(pages, 50)).toEqual([]);
    const all = text(pages).replace(/\s+/g, ' ');
    // Written out by hand, not by the code that prints them.
    for (const dose of [
      '1. Seated nerve glide Sitting in a chair 10 slow repetitions on each side, about 5 seconds each. 2 sets, with a 20-second rest between sets. As you move: "Straighten and look up", then "Bend and look down". Once a day, 5 days a week.',
      '2. Bridge On the floor Hold for 5 seconds, 5 times. 3 sets, with a 20-second rest between sets. Once a day, 5 days a week.',
      '3. Clamshell On a firm bed 12 slow repetitions, on your left side only, about 3 seconds each. 2 sets, with a 20-second rest between sets. As you move: "Lift the top knee", then "Lower slowly".',
      '4. Bird dog One leg only Hold for 7 seconds, 4 times on each side.',
    ])
      expect(all).toContain(dose);
    for (const [exerciseId, variant] of items) {
      const exercise = LIBRARY.exercises.find((e) => e.id === exerciseId)!;
      exercise.variants
        .find((v) => v.id === variant)!
        .steps.forEach((step, i) => expect(all).toContain(`${i + 1}. ${step}`));
      expect(all).toContain(`Why it helps: ${exercise.whyItHelps}`);
      for (const caution of exercise.cautions) expect(all).toContain(`• ${caution}`);
    }
    // Two charts and a figure per exercise.
    expect(pages.flatMap((p) => p.figures)).toHaveLength(2 + items.length);
  });
});
