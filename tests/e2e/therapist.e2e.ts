import { mkdirSync, readFileSync } from 'node:fs';
import type { Bundle } from '@medplum/fhirtypes';
import { fhirErrors } from '../setup/fhir';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';
import { answerIntake, answerScreen, joinFromInvite, therapistWithInvite } from './journey';

const DAY = 86_400_000;
const SHOTS = '/tmp/shots-therapist';
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

async function shoot(page: Page, name: string, detail?: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    if (detail)
      await page
        .locator(detail)
        .first()
        .screenshot({ path: `${SHOTS}/${name}-part-${width}.png` });
    // Nothing runs off the side of the screen.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      name,
    ).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
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
    expect(await row.innerText()).toMatch(
      /Review: Leg pain rose from 3 to 6 over 3 days \(\w+day, \w+ \d+ to \w+day, \w+ \d+\)\./,
    );
    expect(await row.innerText()).not.toMatch(ISO_DATE);
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
    // A newly ticked exercise starts at the library's dose; a breathing one has no hold.
    await pt.page.getByRole('checkbox', { name: 'Cat–cow' }).check();
    expect(await pt.page.getByLabel('Cat–cow: Slow breaths').inputValue()).toBe('8');
    expect(await pt.page.getByLabel('Cat–cow: Hold (s)').count()).toBe(0);
    await pt.page.getByRole('checkbox', { name: 'Cat–cow' }).uncheck();
    await pt.page.getByRole('checkbox', { name: 'Figure-4 stretch (lying on your back)' }).check();
    const hold = pt.page.getByLabel('Figure-4 stretch (lying on your back): Hold (s)');
    expect(await hold.inputValue()).toBe('20');
    await hold.fill('40');
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
    expect(handout.suggestedFilename()).toBe('home-program-v1.pdf');
    // Large print for older eyes is a choice beside the button.
    await pt.page.getByLabel('Handout type size').selectOption('large');
    const [large] = await Promise.all([
      pt.page.waitForEvent('download'),
      pt.page.getByRole('link', { name: 'Printable handout (PDF)' }).click(),
    ]);
    expect(large.suggestedFilename()).toBe('home-program-v1-large-print.pdf');
    expect(
      readFileSync(await large.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The patient's record for the clinic's EHR, with this program as its CarePlan.
    const [record] = await Promise.all([
      pt.page.waitForEvent('download'),
      pt.page.getByRole('link', { name: 'Record for your EHR (FHIR)' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync(await record.path(), 'utf8')) as Bundle;
    expect(await fhirErrors(bundle)).toEqual([]);
    const carePlan = bundle.entry?.find((e) => e.resource?.resourceType === 'CarePlan')?.resource;
    expect(JSON.stringify(carePlan)).toContain('"url":"holdSeconds","valueInteger":40');
    await pt.page.getByLabel('Minutes', { exact: true }).fill('15');
    await pt.page.getByRole('button', { name: 'Log minutes' }).click();
    await pt.page.getByText('Logged 15 minutes for today.').waitFor();

    await answerScreen(patient.page);
    await answerIntake(patient.page);
    const plan = await patient.page.locator('main').innerText();
    expect(plan).toMatch(/From your therapist: Keep it gentle this week\./);
    expect(await patient.page.locator('.plan-item h2').allInnerTexts()).toEqual([
      'Figure-4 stretch (lying on your back)',
    ]);
    expect(plan).toMatch(/Hold for 40 seconds, twice on each side/);
    await patient.page.locator('.plan-item summary', { hasText: 'Why this version?' }).click();
    expect(await patient.page.locator('.plan-item details').innerText()).toMatch(
      /Your therapist chose the “on the floor” version for you/,
    );
    // A seeded patient with weeks of history also shows their everyday-activity scores.
    await pt.page.goto('/therapist');
    await pt.page.locator('table.roster').getByRole('link', { name: 'Pat Demo' }).click();
    await pt.page.getByText(/Everyday activities \(PSFS average/).waitFor();
    // The pain chart waits for the stage, whose changes it marks: it may come second.
    await expect.poll(() => pt.page.locator('.pain-chart canvas').count()).toBe(2);
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
    // Two sets of two holds, with a rest (and a check-in) between them, not four in a row.
    expect(dose).toMatch(
      /Hold for \d+(–\d+)? seconds, twice, on your left side only\. 2 sets, with a 20-second rest between sets\./,
    );
    expect(dose).toMatch(/Use a strap\./);

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
    expect(await row.innerText()).toMatch(
      /Review: Tingling spread down the leg during Hamstring stretch \([a-z ,]+\) on \w+day, \w+ \d+\./,
    );
    await pt.page.goto('/outbox');
    await pt.page
      .locator('article', { hasText: 'please review your patient K. K.' })
      .filter({ hasText: 'spreading down the leg' })
      .waitFor();
    await pt.close();
    await patient.close();
  });

  it('shows alerts in words, and keeps remote-monitoring time and the month’s report for the clinic', async () => {
    const pt = await openPage(browser);
    const { page } = pt;
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('therapist@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();

    // Alerts say what changed, name the exercise and give dates in words.
    const roster = page.locator('table.roster');
    const aiko = roster.locator('tr', { hasText: 'Aiko Tanaka' });
    await aiko.waitFor();
    expect(await aiko.innerText()).toMatch(
      /Tingling spread down the leg ((once|twice|\d+ times) this week, )?during Figure-4 stretch \(lying on your back, on the floor\)(;| on) (last on )?\w+day, \w+ \d+\./,
    );

    const sam = roster.locator('tr', { hasText: 'Sam Rivera' });
    expect(await sam.innerText()).toMatch(
      /No session or log for \d+ days, since \w+day, \w+ \d+\./,
    );
    expect(await roster.innerText()).not.toMatch(ISO_DATE);
    // Counts follow plural rules.
    await page.getByLabel('Find a patient').fill('Pat Demo');
    await expect.poll(() => roster.locator('caption').innerText()).toBe('1 patient');
    await page.getByLabel('Find a patient').fill('');
    await expect.poll(() => roster.locator('caption').innerText()).toMatch(/^\d+ patients$/);
    expect(await roster.innerText()).not.toMatch(/figure-4|supine|\b1 days\b/);

    // The month's report: each patient's own 30-day periods, minutes and codes. Pat Demo
    // started six weeks ago, so the first period ended about 13 days ago: this month or last.
    const report = page.locator('table.rtm-report');
    const pat = report.locator('tr', { hasText: 'Pat Demo' });
    const month = page.getByLabel('Month');
    const thisMonth = await month.inputValue();
    const [y, m] = thisMonth.split('-').map(Number) as [number, number];
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    let reported = '';
    for (const candidate of [thisMonth, lastMonth]) {
      await month.fill(candidate);
      await pat.waitFor();
      if (/with data, enough \(16 needed\)/.test(await pat.innerText())) reported = candidate;
      if (reported) break;
    }
    expect(reported).not.toBe('');
    expect(await pat.innerText()).toMatch(/\d+ days with data, enough \(16 needed\)/);
    expect(await pat.innerText()).toMatch(/98977\s+device supply, 30 days/);
    expect(await report.innerText()).not.toMatch(ISO_DATE);
    await expectAccessible(page, 'roster with the RTM report');
    await shoot(page, 'roster', 'section.rtm');

    // Files for the clinic: the CSV by mouse, the PDF by keyboard.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /as CSV$/ }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^month,clinic,therapist,patient,/);
    expect(lines.find((l) => l.includes('Pat Demo'))).toMatch(
      new RegExp(`^${reported},.*,Pat Demo,.*,\\d+,1,\\d+,\\d+$`),
    );
    await tabTo(page, 'a', 'as PDF');
    const [pdfFile] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await pdfFile.path())));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toMatch(/Remote monitoring report, \w+ \d{4}/);
    expect(text).toMatch(/Pat Demo/);
    expect(text).toMatch(/days with data, met/);

    // One patient: record set-up (keyboard), log minutes, and see the month update.
    await roster.getByRole('link', { name: 'Pat Demo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pat Demo' }).waitFor();
    const panel = page.locator('section.rtm');
    await panel.getByText(/Monitoring started on \w+day, \w+ \d+, \d{4}\./).waitFor();
    await panel.getByText(/\d+ days? with data so far, \d+ more days? needed/).waitFor();
    await tabTo(page, 'button', 'Record set-up and education');
    await page.keyboard.press('Enter');
    await panel.getByText(/Set-up and education \(98975\) recorded on \w+day/).waitFor();
    await panel.getByLabel('Minutes', { exact: true }).fill('25');
    await panel.getByLabel('What you did').fill('Reviewed the week and adjusted holds');
    await panel
      .getByRole('checkbox', { name: 'Included a live call or video with the patient' })
      .check();
    await panel.getByRole('button', { name: 'Log minutes' }).click();
    await panel.getByText('Logged 25 minutes for today.').waitFor();
    expect(await panel.locator('.rtm-status').innerText()).toMatch(/98980\s+first 20 minutes/);
    const entries = panel.locator('table', { hasText: 'Your time with Pat Demo' });
    await entries.waitFor();
    expect(await entries.innerText()).toMatch(/25\s+Yes\s+Reviewed the week and adjusted holds/);
    await panel
      .getByText(/25 minutes of your time logged in \w+ \d{4}; 15 more minutes for another 98981\./)
      .waitFor();
    // Check-ins name the exercise as the library does, and say what happened in words.
    const checkins = page.locator('table', {
      has: page.getByRole('columnheader', { name: 'Exercise' }),
    });
    expect(await checkins.innerText()).toMatch(
      /Figure-4 stretch \(lying on your back, on the floor\)/,
    );
    expect(await checkins.innerText()).toMatch(/Carried on/);
    expect(await page.locator('main').innerText()).not.toMatch(/figure-4 \(supine\)|\bcontinue\b/);
    await expectAccessible(page, 'patient detail with remote monitoring');
    await shoot(page, 'patient-detail', 'section.rtm');
    await pt.close();
  });
});
