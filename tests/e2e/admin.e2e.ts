import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';

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
    await page.getByRole('link', { name: 'Schedules' }).click();
    await page.getByLabel('Location').selectOption({ label: 'ReliefPath PT New York Downtown' });
    await page.locator('table.schedule tbody tr').first().waitFor();
    expect(await page.locator('table.schedule tbody').innerText()).toMatch(
      /\d{1,2}:\d{2} (AM|PM) \w+/,
    );
    await expectAccessible(page, 'admin schedule');
    await page.getByLabel('Reason').fill('Conference');
    await page.getByRole('button', { name: 'Add time off' }).click();
    await page.getByText('Time off added.').waitFor();
    await page.locator('.off', { hasText: 'Conference' }).first().waitFor();
    // Sunday hours for the first therapist: tick the day, set 10:00 to 14:00, save.
    await page
      .getByRole('row', { name: /^Sunday/ })
      .getByRole('checkbox')
      .check();
    await page.getByLabel('Sunday start').fill('10:00');
    await page.getByLabel('Sunday end').fill('14:00');
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText(/Hours saved for/).waitFor();
    await close();
  });
});
