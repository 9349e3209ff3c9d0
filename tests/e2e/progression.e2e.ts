import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';
import { answerIntake, answerScreen, signInDemo } from './journey';

const SHOTS = 'test-results/progression';
const NEXT = 'Glide and activate';
/** Words for developers that must never reach the screen: stage and rule ids, decisions. */
const DEVELOPER_WORDS = [
  'glide-and-activate',
  'stay-well',
  'step-back',
  'seek-care',
  'green-sessions',
  'leg-pain-steady',
  'leg-pain-better',
  'spreading-symptoms',
  'red-flag',
  'next-stage',
  'seated-slider',
  'abdominal-bracing',
  'undefined',
  'null',
];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${name} at ${width} px`,
    ).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** What the page says, checked for ids, ISO dates and other words people should not see. */
async function expectPlainWords(page: Page, label: string) {
  const text = await page.locator('main').innerText();
  for (const word of DEVELOPER_WORDS)
    expect(text.toLowerCase(), `${label} shows "${word}"`).not.toContain(word);
  expect(text, `${label} shows an ISO date`).not.toMatch(ISO_DATE);
}

describe('long-term program: moving on a stage', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('self-guided: the demo patient accepts the next stage with the keyboard, and the plan follows', async () => {
    const { page, close } = await openPage(browser);
    await signInDemo(page, 'patient');
    await answerScreen(page);
    await answerIntake(page);
    await expect
      .poll(() => page.locator('.program-link').innerText())
      .toContain('Your program: stage 1 of 4 — Calm');

    await page.getByRole('link', { name: 'Program', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();
    const offer = page.getByRole('region', { name: `You are ready for “${NEXT}”` });
    await offer.waitFor();
    expect(await page.locator('.lead').innerText()).toMatch(/stage 1 of 4: Calm/);
    // The stepper: stage 1 is where they are, the other three are ahead.
    expect(await page.locator('.stage-step[aria-current=step]').innerText()).toContain('Calm');
    expect(await page.locator('.stage-step.ahead').count()).toBe(3);
    // Why now: every condition met; what it adds: the new items, by name.
    expect(await offer.locator('.reason-checklist .missing').count()).toBe(0);
    expect(await offer.locator('.reason-checklist .met').count()).toBeGreaterThanOrEqual(3);
    const added = await offer.locator('.stage-items a').allInnerTexts();
    expect(added.length).toBeGreaterThan(0);
    await expectPlainWords(page, 'the offer');
    await expectAccessible(page, '/program with an offer');
    await shoot(page, 'program-offer');

    // Keyboard only: Tab to the button and press Enter.
    await page.locator('h1').focus();
    await tabTo(page, 'button', `Move on to “${NEXT}”`);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'You have moved on to stage 2' }).waitFor();
    expect(await page.locator('.lead').innerText()).toMatch(
      new RegExp(`stage 2 of 4: ${NEXT}, since \\w+day, \\w+ \\d+, \\d{4}`),
    );
    expect(await offer.count()).toBe(0);
    expect(await page.locator('.stage-step.done').innerText()).toContain('Calm');
    const holds = page.getByRole('list', { name: `In ${NEXT}` });
    const items = await holds.locator('a').allInnerTexts();
    expect(items).toEqual(expect.arrayContaining(added));
    expect(await holds.locator('a').first().getAttribute('href')).toMatch(/^\/exercises\//);
    const move = page.locator('.history-move').first();
    expect(await move.innerText()).toMatch(
      new RegExp(`Moved on from Calm \\(stage 1\\) to ${NEXT} \\(stage 2\\)\\. You chose it`),
    );
    await expectPlainWords(page, 'after accepting');
    await expectAccessible(page, '/program after accepting');
    await shoot(page, 'program-accepted');

    // The plan now runs the new stage.
    await page.getByRole('link', { name: 'Go to today’s plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your stretching plan for today' }).waitFor();
    await expect
      .poll(() => page.locator('.program-link').innerText())
      .toContain(`Your program: stage 2 of 4 — ${NEXT}`);
    const planned = await page.locator('.plan-item h2 a').allInnerTexts();
    expect(planned.length).toBeGreaterThan(0);
    for (const name of planned) expect(items).toContain(name);

    // The progress chart marks the move, in words too.
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.locator('.pain-chart canvas').waitFor();
    expect(await page.locator('.chart-marks').innerText()).toContain(
      `moved on to stage 2, ${NEXT}`,
    );
    // And on the chart itself, though the new stage starts tomorrow, past the last log: pixels
    // in the colour of a move up (#1d5b9a), which no line of the chart uses.
    const markPixels = () =>
      page.locator('.pain-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - 0x1d) < 8 &&
            Math.abs(data[i + 1]! - 0x5b) < 8 &&
            Math.abs(data[i + 2]! - 0x9a) < 8
          )
            n++;
        return n;
      });
    await expect.poll(markPixels).toBeGreaterThan(50);
    await close();
  });

  it('therapist: the roster says Maria is ready, and approving assigns a new program version', async () => {
    const { page, close } = await openPage(browser);
    await signInDemo(page, 'therapist');
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();
    const maria = page.locator('table.roster tbody tr', { hasText: 'Maria Lopez' });
    await maria.waitFor();
    expect(await maria.locator('.badge.ready').innerText()).toBe(`Ready to progress: → ${NEXT}`);
    // Aiko stepped back, so no badge for her.
    const aiko = page.locator('table.roster tbody tr', { hasText: 'Aiko Tanaka' });
    expect(await aiko.locator('.badge.ready').count()).toBe(0);
    await shoot(page, 'roster');

    await maria.getByRole('link', { name: 'Maria Lopez' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Lopez' }).waitFor();
    const panel = page.getByRole('region', { name: 'Program stage' });
    await panel.getByRole('heading', { name: `Proposed: stage 2, “${NEXT}”` }).waitFor();
    await page.locator('.program-builder .program-item').first().waitFor();
    const before = await page.locator('.program-builder > .meta').first().innerText();
    const version = Number(/version (\d+)/.exec(before)?.[1]);
    // The seed gave Maria her first program version.
    expect(version).toBe(1);
    expect(await panel.locator('.lead').innerText()).toContain('Stage 1 of 4: Calm');
    await expectPlainWords(page, 'the patient view');
    await expectAccessible(page, 'the therapist patient view');
    await shoot(page, 'patient-proposal');

    await panel.getByLabel('Note for the patient (optional)').fill('Take the glides slowly.');
    await panel.getByRole('button', { name: `Approve “${NEXT}”` }).click();
    const done = panel.getByRole('status');
    await done.filter({ hasText: `Program version ${version + 1} was assigned` }).waitFor();
    expect(await panel.locator('.lead').innerText()).toContain(`Stage 2 of 4: ${NEXT}`);
    expect(await panel.locator('.history-move').first().innerText()).toMatch(
      new RegExp(`Moved on from Calm \\(stage 1\\) to ${NEXT} \\(stage 2\\)\\. Approved by `),
    );
    // The builder below reads the version just assigned.
    await expect
      .poll(() => page.locator('.program-builder > .meta').first().innerText())
      .toContain(`Current: version ${version + 1}`);
    expect(await panel.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    await expectPlainWords(page, 'after approving');
    await expectAccessible(page, 'the patient view after approving');
    await shoot(page, 'patient-approved');

    // Back on the roster the badge is gone.
    await page.getByRole('link', { name: 'Your patients' }).click();
    await maria.waitFor();
    expect(await maria.locator('.badge.ready').count()).toBe(0);
    await close();
  });

  it('Aiko, who stepped back, is told so on the therapist view', async () => {
    const { page, close } = await openPage(browser);
    await signInDemo(page, 'therapist');
    await page.goto('/therapist');
    await page.getByRole('link', { name: 'Aiko Tanaka' }).click();
    const panel = page.getByRole('region', { name: 'Program stage' });
    await panel.locator('.history-move.step-back').waitFor();
    expect(await panel.locator('.history-move.step-back').innerText()).toMatch(
      new RegExp(`Stepped back from ${NEXT} \\(stage 2\\) to Calm \\(stage 1\\)\\. Automatically`),
    );
    await expectPlainWords(page, 'a step back');
    await shoot(page, 'patient-stepped-back');
    await close();
  });

  it('Aiko is told kindly why she went back, at the top of her own program page', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('aiko.tanaka@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    await page.goto('/program');
    const notice = page.locator('.notice.setback');
    await notice.waitFor();
    // Her seeded sessions stopped with spreading tingling: both kind sentences, naming the stage.
    expect(await notice.innerText()).toMatch(
      /That was the right thing to do\. We will go back to “Calm”/,
    );
    expect(await notice.innerText()).toMatch(/Tingling or numbness spread down your leg this week/);
    expect(await page.locator('.lead').first().innerText()).toContain('stage 1 of 4: Calm');
    await expectPlainWords(page, 'her program after a step back');
    await expectAccessible(page, 'the program page after a step back');
    await shoot(page, 'program-stepped-back');
    await close();
  });

  it('therapist: a stage fills the program builder, by keyboard, and is saved only on assigning', async () => {
    const { page, close } = await openPage(browser);
    await signInDemo(page, 'therapist');
    await page.goto('/therapist');
    await page.getByRole('link', { name: 'Aiko Tanaka' }).click();
    await page.locator('.program-builder .program-item').first().waitFor();
    const builder = page.locator('.program-builder');
    const ticked = () =>
      builder
        .locator('.program-item')
        .filter({ has: page.locator('legend input:checked') })
        .locator('legend')
        .allInnerTexts();
    await tabTo(page, 'select', 'Stage 3 of 4');
    // The first arrow press picks stage 1, each further one the next stage.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await builder.getByRole('status').filter({ hasText: 'Stage 3, Strengthen' }).waitFor();
    // content/progression.ts, stage 3, written out: the press-up is left to the therapist.
    const stage3 = ['Dead bug', 'Bird dog', 'Clamshell', 'Side-lying leg lift', 'Bridge'];
    expect((await ticked()).map((t) => t.trim()).sort()).toEqual(
      [...stage3, 'Nerve tensioner'].sort(),
    );
    expect(await builder.getByLabel('Bridge: Sets').inputValue()).toBe('3');
    await expectAccessible(page, 'the builder filled from a stage');
    await shoot(page, 'builder-stage-3');

    // Choosing a stage saves nothing; assigning does, with the stage's doses.
    const saved = () =>
      page.evaluate(async () => {
        const id = location.pathname.split('/').at(-1);
        const res = await fetch(`/api/v1/therapist/patients/${id}/program`);
        const versions = (await res.json()) as {
          version: number;
          program: { items: { exerciseId: string; sets: number }[] };
        }[];
        return versions[0];
      });
    const unsaved = await saved();
    await builder.getByRole('button', { name: 'Assign as a new version' }).click();
    await builder
      .getByRole('status')
      .filter({ hasText: /Version \d+ assigned/ })
      .waitFor();
    const after = (await saved())!;
    expect(after.version).toBe((unsaved?.version ?? 0) + 1);
    expect(after.program.items.map((i) => i.exerciseId)).toContain('tensioner');
    expect(after.program.items.find((i) => i.exerciseId === 'bridge')?.sets).toBe(3);
    await close();
  });
});
