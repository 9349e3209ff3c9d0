import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen, signUpByEmail } from './journey';

const DAY = 86_400_000;

async function therapistWithInvite(browser: Browser) {
  const pt = await openPage(browser);
  await pt.page.goto('/sign-in');
  await pt.page.getByLabel('Email').fill('therapist@demo.reliefpath.test');
  await pt.page.getByLabel('Password').fill('reliefpath-demo');
  await pt.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await pt.page.getByRole('link', { name: 'Patients' }).click();
  await pt.page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();
  await pt.page.getByRole('button', { name: 'Invite a patient' }).click();
  return { pt, link: await pt.page.getByLabel('Invite link').inputValue() };
}

/** A new patient opens the invite link, creates an account and joins the care team. */
async function joinFromInvite(browser: Browser, link: string, name: string, time = Date.now()) {
  const patient = await openPage(browser, {}, [403]);
  await patient.page.clock.install({ time });
  await patient.page.goto(new URL(link).pathname);
  await patient.page.getByRole('link', { name: 'create an account' }).click();
  await signUpByEmail(patient.page, name, `${name.replace(' ', '.').toLowerCase()}@example.com`);
  await patient.page.getByRole('button', { name: /care team/ }).click();
  await patient.page.getByRole('heading', { level: 1, name: `Hello, ${name}` }).waitFor();
  return patient;
}

describe('therapist and patient', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('invites a patient who joins from the link, logs for days, and shows up with a trend and an alert', async () => {
    const { pt, link } = await therapistWithInvite(browser);
    expect(await pt.page.locator('img.qr').count()).toBe(1);
    await expectAccessible(pt.page, 'roster');

    const start = Date.now() - 4 * DAY;
    const patient = await joinFromInvite(browser, link, 'Jo Joiner', start);

    // Four days of logs: pain climbs from 3 to 6.
    for (const [day, leg] of [
      [0, 3],
      [1, 3],
      [3, 5],
      [4, 6],
    ] as const) {
      await patient.page.clock.setSystemTime(start + day * DAY);
      await patient.page.goto('/progress');
      await patient.page.check(`input[name=legPain][value="${leg}"]`);
      await patient.page.check('input[name=backPain][value="2"]');
      await patient.page.getByRole('button', { name: "Save today's log" }).click();
      await patient.page.getByText('Saved for today.').waitFor();
    }
    // A patient cannot open the therapist's pages or another patient's data.
    await patient.page.goto('/therapist');
    await patient.page.getByRole('heading', { level: 1, name: 'For therapists' }).waitFor();
    expect(
      (await patient.page.request.get('/api/v1/therapist/patients?today=2026-11-25')).status(),
    ).toBe(403);

    await pt.page.reload();
    const row = pt.page.locator('table.roster tr', { hasText: 'Jo Joiner' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/3 → 6 \(\+3\)/);
    expect(await row.innerText()).toMatch(/Review: Leg pain rose/);
    // The therapist was also emailed (the demo outbox), naming the concern but not the scores.
    const mail = await pt.page.context().newPage();
    await mail.goto('/outbox');
    const alertMail = mail.locator('article', { hasText: 'please review your patient J. J.' });
    await alertMail.first().waitFor();
    expect(await alertMail.first().innerText()).toMatch(/has rising leg pain/);
    await mail.close();
    await row.getByRole('link', { name: 'Jo Joiner' }).click();
    await pt.page.getByRole('heading', { level: 1, name: 'Jo Joiner' }).waitFor();
    await pt.page.locator('.pain-chart canvas').waitFor();
    await expectAccessible(pt.page, 'patient detail');

    // Build and assign a program: the lying figure-4, held longer, with a note.
    await pt.page.getByRole('checkbox', { name: 'Figure-4 stretch (lying on your back)' }).check();
    await pt.page.getByLabel('Figure-4 stretch (lying on your back): Hold (s)').fill('40');
    await pt.page.getByLabel('Note to the patient').fill('Keep it gentle this week.');
    await pt.page.getByRole('button', { name: 'Assign as a new version' }).click();
    await pt.page.getByText('Version 1 assigned.').waitFor();
    await pt.page.getByLabel('Template name').fill('Gentle start');
    await pt.page.getByRole('button', { name: 'Save as template' }).click();
    await pt.page.getByText('Template saved.').waitFor();
    // The template list reloads after saving; wait for it rather than race it.
    await expect
      .poll(() =>
        pt.page
          .getByLabel('Start from a template')
          .locator('option', { hasText: 'Gentle start' })
          .count(),
      )
      .toBe(1);
    const [handout] = await Promise.all([
      pt.page.waitForEvent('download'),
      pt.page.getByRole('link', { name: 'Printable handout (PDF)' }).click(),
    ]);
    expect(
      readFileSync(await handout.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await pt.page.getByLabel('Minutes today').fill('15');
    await pt.page.getByRole('button', { name: 'Log minutes' }).click();
    await pt.page.getByText('Logged 15 minutes for today.').waitFor();

    await answerScreen(patient.page);
    await answerIntake(patient.page);
    const plan = await patient.page.locator('main').innerText();
    expect(plan).toMatch(/From your therapist: Keep it gentle this week\./);
    expect(await patient.page.locator('.plan-item h2').allInnerTexts()).toEqual([
      'Figure-4 stretch (lying on your back)',
    ]);
    expect(plan).toMatch(/2 × 40 s each side/);
    // A seeded patient with weeks of history also shows their everyday-activity scores.
    await pt.page.goto('/therapist');
    await pt.page.locator('table.roster').getByRole('link', { name: 'Pat Demo' }).click();
    await pt.page.getByText(/Everyday activities \(PSFS average/).waitFor();
    expect(await pt.page.locator('.pain-chart canvas').count()).toBe(2);
    await pt.close();
    await patient.close();
  });

  it('tailors sets, side and props, lifts a restriction only when ticked, and still stops for check-ins', async () => {
    const { pt, link } = await therapistWithInvite(browser);
    const patient = await joinFromInvite(browser, link, 'Kit Kneeless');
    // Kit cannot kneel: the safety engine keeps kneeling out of whatever is assigned.
    const planFor = async () => {
      await answerScreen(patient.page);
      await answerIntake(patient.page, { kneel: false });
      return patient.page.locator('.plan-item h2').allInnerTexts();
    };

    await pt.page.reload();
    await pt.page.locator('table.roster').getByRole('link', { name: 'Kit Kneeless' }).click();
    await pt.page.getByRole('heading', { level: 1, name: 'Kit Kneeless' }).waitFor();
    const hamstring = (field: string) => pt.page.getByLabel(`Hamstring stretch: ${field}`);
    await pt.page.getByRole('checkbox', { name: 'Hamstring stretch' }).check();
    await hamstring('version').selectOption({ label: 'Lying down with a strap or towel' });
    await hamstring('Reps per side').fill('2');
    await hamstring('Sets').fill('2');
    await hamstring('sides').selectOption('left');
    await pt.page.getByRole('checkbox', { name: 'Use a strap' }).check();
    await pt.page.getByRole('checkbox', { name: "Child's pose" }).check();
    await pt.page.getByRole('button', { name: 'Assign as a new version' }).click();
    await pt.page.getByText('Version 1 assigned.').waitFor();

    expect(await planFor()).toEqual(['Hamstring stretch']);
    const dose = await patient.page.locator('.plan-item', { hasText: 'Hamstring' }).innerText();
    expect(dose).toMatch(/4 × \d+(–\d+)? s on the left side only/);
    expect(dose).toMatch(/Use: .*strap/i);

    // The therapist lifts the kneeling restriction on purpose, as a new version.
    const lift = pt.page.getByRole('checkbox', { name: 'Kneeling and all-fours positions' });
    await lift.focus();
    await pt.page.keyboard.press('Space');
    expect(await lift.isChecked()).toBe(true);
    await expectAccessible(pt.page, 'program builder');
    await pt.page.getByRole('button', { name: 'Assign as a new version' }).click();
    await pt.page.getByText('Version 2 assigned.').waitFor();

    expect(await planFor()).toEqual(['Hamstring stretch', "Child's pose"]);

    // The assigned program still stops for the patient's check-ins: tingling spreads, and the
    // session ends with advice, is saved, and reaches the therapist.
    await patient.page.getByRole('button', { name: 'Start the session' }).click();
    await patient.page.getByRole('button', { name: /^Start / }).click();
    await patient.page.getByRole('button', { name: 'Something feels wrong' }).click();
    await patient.page.check('input[name=painAfter][value="5"]');
    await patient.page.check('input[name=signs][value=tinglingSpread]');
    await patient.page.getByRole('button', { name: 'Send my answers' }).click();
    expect(await patient.page.getByTestId('verdict').getAttribute('data-action')).toBe('stop');
    await patient.page.getByRole('button', { name: 'End the session' }).click();
    await patient.page.getByTestId('stopped').waitFor();
    await patient.page.getByText('Saved to your progress.').waitFor();

    await pt.page.goto('/therapist');
    const row = pt.page.locator('table.roster tr', { hasText: 'Kit Kneeless' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Review: Reported tingling or numbness spreading/);
    await pt.page.goto('/outbox');
    await pt.page
      .locator('article', { hasText: 'please review your patient K. K.' })
      .filter({ hasText: 'spreading down the leg' })
      .waitFor();
    await pt.close();
    await patient.close();
  });
});
