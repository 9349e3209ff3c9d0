import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';

describe('clinic admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("shows a clinic's week and blocks time off", async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('admin@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Clinic admin' }).click();
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT New York Downtown' });
    await page.locator('table.schedule tbody tr').first().waitFor();
    expect(await page.locator('table.schedule tbody').innerText()).toMatch(
      /\d{1,2}:\d{2} (AM|PM) \w+/,
    );
    await expectAccessible(page, 'admin schedule');
    // One therapist's day: a single column, a single row.
    const therapist = await page.locator('table.schedule tbody th').first().innerText();
    await page.getByLabel('Show').selectOption('Day');
    await page.getByLabel('Whose schedule').selectOption({ label: therapist });
    await page.getByRole('button', { name: 'Next day' }).waitFor();
    await expect.poll(() => page.locator('table.schedule tbody tr').count()).toBe(1);
    expect(await page.locator('table.schedule thead th').count()).toBe(2);
    expect(await page.locator('table.schedule tbody th').innerText()).toBe(therapist);
    await page.getByLabel('Show').selectOption('Week');
    await page.getByLabel('Whose schedule').selectOption('');
    await page.getByLabel('Reason').fill('Conference');
    await page.getByRole('button', { name: 'Add time off' }).click();
    await page.getByText('Time off added.').waitFor();
    await page.locator('.off', { hasText: 'Conference' }).first().waitFor();
    // Sunday hours for the first therapist: tick the day, set 16:00 to midnight, save.
    await page
      .getByRole('row', { name: /^Sunday/ })
      .getByRole('checkbox')
      .check();
    await page.getByLabel('Sunday start').fill('16:00');
    await page.getByLabel('Sunday end').fill('00:00');
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText(/Hours saved for/).waitFor();
    await close();
  });

  it('opens a location, staffs it and adds a visit type that patients then see', async () => {
    const { page, close } = await openPage(browser, {}, [400]);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('admin@demo.reliefpath.test');
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Clinic admin' }).click();
    await page.getByRole('link', { name: 'Locations and therapists' }).click();
    await page.getByRole('button', { name: 'Open a new location' }).click();
    const location = page.getByRole('form', { name: 'Open a new location' });
    await location.getByLabel('Name', { exact: true }).fill('ReliefPath PT Tempe');
    await location.getByLabel('Street address').fill('1 Mill Ave');
    await location.getByLabel('City').fill('Tempe');
    await location.getByLabel(/^State/).fill('az');
    await location.getByLabel(/^ZIP code/).fill('00000');
    await location.getByLabel('Phone').fill('(480) 555-0199');
    await location.getByLabel('Time zone').selectOption('America/Phoenix');
    await location.getByLabel('Opening Saturday open').check();
    await location.getByLabel('Opening Saturday start').fill('09:00');
    await location.getByLabel('Opening Saturday end').fill('13:00');
    await expectAccessible(page, 'admin locations');
    await location.getByRole('button', { name: 'Open location' }).click();
    // The server's own words say what to fix, and nothing is created.
    await page.getByRole('alert').filter({ hasText: 'ZIP code' }).waitFor();
    await location.getByLabel(/^ZIP code/).fill('85281');
    await location.getByRole('button', { name: 'Open location' }).click();
    await page.getByText('Opened ReliefPath PT Tempe').waitFor();
    await page
      .getByRole('row', { name: /ReliefPath PT Tempe.*Tempe, AZ 85281.*None yet/ })
      .waitFor();

    await page.getByRole('button', { name: 'Edit ReliefPath PT Tempe' }).click();
    const edit = page.getByRole('form', { name: 'Edit ReliefPath PT Tempe' });
    expect(await edit.getByLabel(/^ZIP code/).inputValue()).toBe('85281');
    await edit.getByLabel('Phone').fill('(480) 555-0123');
    await edit.getByRole('button', { name: 'Save location' }).click();
    await page.getByText('Saved ReliefPath PT Tempe.').waitFor();

    await page.getByRole('button', { name: 'Add a therapist' }).click();
    await page.getByLabel('Works at').selectOption({ label: 'ReliefPath PT Tempe' });
    await page.getByLabel('Therapist name').fill('Tess Tempe');
    await page.getByLabel('Working Friday open').uncheck();
    await page.getByRole('button', { name: 'Add therapist' }).click();
    await page.getByText('Tess Tempe now works at ReliefPath PT Tempe').waitFor();
    await page.getByRole('row', { name: /ReliefPath PT Tempe.*Tess Tempe/ }).waitFor();

    // A new visit type, with the keyboard only.
    await page.getByRole('link', { name: 'Appointment types' }).click();
    await page.locator('table.records tbody tr').first().waitFor();
    await expectAccessible(page, 'admin appointment types');
    await tabTo(page, 'button', 'New appointment type');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Running gait review');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Treadmill video and cues for runners with leg pain.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await page.getByText('Saved Running gait review.').waitFor();
    await page.getByRole('row', { name: /Running gait review 60 min 10 min/ }).waitFor();

    // What patients see: the location near its ZIP, its therapist, and the new visit type.
    await page.goto('/clinics');
    await page.getByLabel('ZIP code').fill('85281');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.clinic-card h3 a').first().waitFor();
    expect(await page.locator('.clinic-card h3 a').first().innerText()).toBe('ReliefPath PT Tempe');
    await page.locator('.clinic-card h3 a').first().click();
    await page.getByRole('heading', { name: 'Our therapists' }).waitFor();
    await page.locator('.therapists', { hasText: 'Tess Tempe' }).waitFor();
    await page.getByText('(480) 555-0123').waitFor();
    await page.getByLabel(/Running gait review/).check();
    await page.locator('.slot').first().waitFor();
    expect(await page.getByRole('row', { name: /^Saturday/ }).innerText()).toMatch(
      /9:00.*1:00|09:00.*13:00/,
    );
    await close();
  });
});
