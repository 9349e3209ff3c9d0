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

  async function summary(name: string) {
    const patient = new Client(ctx.app);
    await patient.signIn(`patient${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
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

  it('shows the therapist’s current program with a figure per exercise once one is assigned', async () => {
    const pt = new Client(ctx.app);
    await pt.signIn(`therapist${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const put = await pt.json('PUT', '/api/v1/therapist/patients/demo-patient/program', {
      items: [
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
      ],
    });
    expect(put.status).toBe(201);
    const pages = await summary('progress-summary-program');
    expect(overlaps(pages)).toEqual([]);
    const all = text(pages);
    expect(all).toMatch(/Version 1 of your home program from \S+ \S+\./);
    expect(all).toMatch(/Cat–cow \(Seated in a chair\)|Cat–cow \(\w/);
    expect(all).toMatch(/8 slow breaths: in for 4 seconds, out for 4\. Twice a day, every day\./);
    expect(all).toMatch(/Hold for 30 seconds, twice on each side\. Once a day, 5 days a week\./);
    expect(pages.flatMap((p) => p.figures)).toHaveLength(4);
  });

  it('counts each habit’s yes days over the last week and four weeks, in a table of its own', async () => {
    const patient = new Client(ctx.app);
    await patient.signIn(`patient${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const answer = (date: string, habits: Record<string, boolean>) =>
      patient.json('PUT', `/api/v1/me/habits/${date}`, { habits });
    for (const date of ['2026-11-30', '2026-11-28', '2026-11-24'])
      expect(
        (await answer(date, { walking: true, 'sitting-breaks': date > '2026-11-25' })).status,
      ).toBe(200);
    // 3 weeks back: in the four weeks, not in the last seven days.
    await answer('2026-11-09', { 'hip-hinge': true, walking: true });
    const pages = await summary('progress-summary-habits');
    expect(overlaps(pages)).toEqual([]);
    expect(outsideMargins(pages, 50)).toEqual([]);
    const all = text(pages);
    expect(all).toMatch(
      /Everyday habits\nDays you said yes to the habit.s daily question, up to today\./,
    );
    expect(all).toMatch(/Habit Last 7 days Last 4 weeks/);
    expect(all).toMatch(/Sitting breaks 2 of 7 2 of 28/);
    expect(all).toMatch(/Bending and lifting from your hips 0 of 7 1 of 28/);
    expect(all).toMatch(/Changing position 0 of 7 0 of 28/);
    expect(all).toMatch(/Walking 3 of 7 4 of 28/);
  });
});
