import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen } from './journey';

const DAY = 86_400_000;

describe('therapist and patient', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('invites a patient who joins from the link, logs for days, and shows up with a trend and an alert', async () => {
    const pt = await openPage(browser);
    await pt.page.goto('/sign-in');
    await pt.page.getByLabel('Email').fill('therapist@demo.reliefpath.test');
    await pt.page.getByLabel('Password').fill('reliefpath-demo');
    await pt.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await pt.page.getByRole('link', { name: 'Patients' }).click();
    await pt.page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();
    await pt.page.getByRole('button', { name: 'Invite a patient' }).click();
    const link = await pt.page.getByLabel('Invite link').inputValue();
    expect(await pt.page.locator('img.qr').count()).toBe(1);
    await expectAccessible(pt.page, 'roster');

    const patient = await openPage(browser, {}, [403]);
    const start = Date.now() - 4 * DAY;
    await patient.page.clock.install({ time: start });
    await patient.page.goto(new URL(link).pathname);
    await patient.page.getByRole('link', { name: 'create an account' }).click();
    await patient.page.getByLabel('Your name').fill('Jo Joiner');
    await patient.page.getByLabel('Email').fill('jo.joiner@example.com');
    await patient.page.getByLabel(/^Password/).fill('a long enough passphrase');
    await patient.page.getByRole('button', { name: 'Create account' }).click();
    await patient.page.getByRole('button', { name: /care team/ }).click();
    await patient.page.getByRole('heading', { level: 1, name: 'Hello, Jo Joiner' }).waitFor();

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
    expect(
      await pt.page
        .getByLabel('Start from a template')
        .locator('option', { hasText: 'Gentle start' })
        .count(),
    ).toBe(1);
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
});
