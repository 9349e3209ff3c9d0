import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ES } from '../../content/messages/staff-es';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { englishLines, englishOn } from './english';
import { signInDemo, type DemoRole } from './journey';

const SHOTS = '/tmp/shots-staff-es';

/** Waits for a page's data: no loading line left in the main part. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => !/Cargando/.test(document.querySelector('main')?.innerText ?? ''),
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** No English on the page by either oracle, axe passes, and phone and desktop look right. */
async function checkSpanish(page: Page, name: string) {
  await settled(page);
  expect(await englishOn(page), name).toEqual([]);
  expect(await englishLines(page), name).toEqual([]);
  await expectAccessible(page, `${name} in Spanish`);
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

/** A staff member signed in, who switches the page (and their account) to Spanish. */
async function inSpanish(browser: Browser, role: DemoRole) {
  const tab = await openPage(browser, { locale: 'en-US' });
  await signInDemo(tab.page, role);
  await tab.page.getByRole('button', { name: 'Español' }).click();
  await expect.poll(() => tab.page.evaluate(() => document.documentElement.lang)).toBe('es');
  return tab;
}

describe('staff screens in Spanish', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("shows every therapist page in Spanish: roster, invite, a patient's record, program and monitoring", async () => {
    const { page, close } = await inSpanish(browser, 'therapist');
    await page.goto('/therapist');
    await page.getByRole('heading', { level: 1, name: STAFF_ES['roster.title'] }).waitFor();
    await page.locator('table.roster tbody tr').first().waitFor();
    await page.getByRole('heading', { name: STAFF_ES['rtm.title'] }).waitFor();
    await page.getByRole('button', { name: STAFF_ES['roster.invite'] }).click();
    await page.locator('img.qr').waitFor();
    await checkSpanish(page, 'roster');

    // The patient with a program and a stage: every panel of their record.
    await page.getByRole('link', { name: 'Maria Lopez' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Lopez' }).waitFor();
    await page.locator('.program-builder .program-item').first().waitFor();
    await page.getByRole('heading', { name: STAFF_ES['stagePanel.title'] }).waitFor();
    await page.getByRole('heading', { name: STAFF_ES['rtm.thisMonth'] }).waitFor();
    // An exercise ticked shows its dose fields; a stage's starter shows what it ticks.
    await page.locator('.program-item legend input[type=checkbox]:not(:checked)').first().check();
    await page.getByLabel(STAFF_ES['builder.fromStage']).selectOption('2');
    await page.getByText(/^Etapa 2, /).waitFor();
    await checkSpanish(page, 'patient');
    // The handout starts in the patient's own language (Maria reads the app in English), and
    // the therapist can print it in another.
    const handout = page.getByRole('link', { name: STAFF_ES['builder.handout'] });
    expect(await handout.getAttribute('href')).toMatch(/[?&]locale=en\b/);
    await page.getByLabel(STAFF_ES['builder.handoutLanguage']).selectOption('es');
    expect(await handout.getAttribute('href')).toMatch(/[?&]locale=es\b/);
    const pdf = await page.request.get((await handout.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await close();
  });

  it('shows every clinic admin page in Spanish: schedules, locations, therapists and appointment types', async () => {
    const { page, close } = await inSpanish(browser, 'admin');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: STAFF_ES['admin.schedules'] }).waitFor();
    await page.locator('table.schedule tbody tr').first().waitFor();
    await checkSpanish(page, 'admin-week');
    await page.getByLabel(STAFF_ES['admin.show']).selectOption('1');
    await page.getByRole('button', { name: /^Día siguiente$/ }).waitFor();
    await checkSpanish(page, 'admin-day');

    await page.goto('/admin/locations');
    await page.getByRole('heading', { level: 1, name: STAFF_ES['admin.nav.locations'] }).waitFor();
    await page.locator('main table.records tbody tr').first().waitFor();
    await checkSpanish(page, 'locations');
    await page
      .getByRole('button', { name: /^Editar / })
      .first()
      .click();
    await page.getByRole('button', { name: STAFF_ES['admin.saveLocation'] }).waitFor();
    // The location's therapists come first, above the list of locations.
    await page
      .getByRole('button', { name: /^Editar / })
      .first()
      .click();
    await page.getByRole('button', { name: STAFF_ES['admin.saveTherapist'] }).waitFor();
    await checkSpanish(page, 'location-edit');
    await page.getByRole('button', { name: STAFF_ES['admin.openNew'] }).click();
    await page.getByRole('button', { name: STAFF_ES['admin.openLocation'] }).waitFor();
    await checkSpanish(page, 'location-new');
    await page.getByRole('button', { name: STAFF_ES['admin.addTherapist'] }).click();
    await page.getByRole('button', { name: STAFF_ES['admin.addTherapistButton'] }).waitFor();
    await checkSpanish(page, 'therapist-new');

    await page.goto('/admin/appointment-types');
    await page.getByRole('heading', { level: 1, name: STAFF_ES['admin.nav.types'] }).waitFor();
    await page.locator('main table.records tbody tr').first().waitFor();
    await page
      .getByRole('button', { name: /^Editar / })
      .first()
      .click();
    await page.getByRole('button', { name: STAFF_ES['types.save'] }).waitFor();
    await checkSpanish(page, 'types-edit');
    await close();
  });
});
