import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';

async function openFirstClinic(page: Page) {
  await page.goto('/clinics');
  await page.getByLabel('ZIP code').fill('10001');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.clinic-card').first().waitFor();
  await page.locator('.clinic-card h3 a').first().click();
  await page.locator('.slot').first().waitFor();
}

async function fillGuest(page: Page, name: string) {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(`${name.split(' ')[0]!.toLowerCase()}@example.com`);
  await page.getByLabel('Phone').fill('(212) 555-0142');
}

describe('find a clinic and book', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('finds clinics near ZIP 10001 nearest first, and by the browser’s location', async () => {
    const { page, close } = await openPage(browser, {
      geolocation: { latitude: 41.8781, longitude: -87.6298 },
      permissions: ['geolocation'],
    });
    await page.goto('/clinics?zip=10001');
    await page.locator('.clinic-card').first().waitFor();
    const distances = await page.locator('.clinic-card .meta strong').allInnerTexts();
    const miles = distances.map((d) => Number.parseFloat(d));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(await page.locator('.clinic-card h3').first().innerText()).toMatch(/New York/);
    expect(await page.locator('.next-slot').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'clinic search results');
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL(/lat=41\.8781/);
    await page.locator('.clinic-card h3', { hasText: 'Chicago' }).first().waitFor();
    await close();
  });

  it('books as a guest, downloads the .ics, and a second person sees "just taken"', async () => {
    const first = await openPage(browser);
    const second = await openPage(browser, {}, [409]);
    await openFirstClinic(first.page);
    await expectAccessible(first.page, 'clinic page');
    await openFirstClinic(second.page);
    // Both people pick the same, earliest time.
    await first.page.locator('.slot').first().click();
    await second.page.locator('.slot').first().click();
    const wanted = await first.page.locator('.booking-form h3').innerText();
    expect(await second.page.locator('.booking-form h3').innerText()).toBe(wanted);
    await fillGuest(first.page, 'Maya First');
    await fillGuest(second.page, 'Noah Second');
    await expectAccessible(first.page, 'booking form');

    await first.page.getByRole('button', { name: 'Book this time' }).click();
    await first.page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    const when = await first.page.getByTestId('when').innerText();
    expect(wanted).toContain(when.split(' at ')[1]!.split(' (')[0]!);
    await expectAccessible(first.page, 'confirmation');
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('link', { name: /Add to my calendar/ }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toMatch(/BEGIN:VCALENDAR/);
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics).toMatch(/SUMMARY:.*with/);

    // The second person is a moment too late.
    await second.page.getByRole('button', { name: 'Book this time' }).click();
    const taken = second.page.getByTestId('slot-taken');
    await taken.waitFor();
    expect(await taken.innerText()).toMatch(/just taken/);
    await expectAccessible(second.page, 'slot taken');
    await taken.locator('.slot').first().click();
    await fillGuest(second.page, 'Noah Second');
    await second.page.getByRole('button', { name: 'Book this time' }).click();
    await second.page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    expect(await second.page.getByTestId('when').innerText()).not.toBe(when);
    await first.close();
    await second.close();
  });

  it('reschedules and cancels from the private link, with the keyboard only', async () => {
    const { page, close } = await openPage(browser, {}, [404]);
    await openFirstClinic(page);
    await page.locator('.slot').nth(1).click();
    await fillGuest(page, 'Kim Keyboard');
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    // A move may keep the time with another therapist: compare time and therapist together.
    const booking = async () => (await page.locator('.facts').innerText()).split('Where')[0];
    const before = await booking();
    const firstLink = page.url();
    // The page behind a private link is not kept by the browser or a proxy either.
    expect((await page.request.get(firstLink)).headers()['cache-control']).toBe('no-store');

    await tabTo(page, 'button', 'Choose another time');
    await page.keyboard.press('Enter');
    await page.locator('.manage .slot').first().waitFor();
    await tabTo(page, '.manage .slot');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', 'Move to');
    await page.keyboard.press('Enter');
    await page.waitForURL(/booked=1/);
    await page.getByTestId('when').waitFor();
    await expect.poll(booking).not.toBe(before);
    expect(page.url()).not.toBe(firstLink);

    await tabTo(page, 'button', 'Cancel appointment');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', 'Yes, cancel it');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Appointment cancelled' }).waitFor();
    await expectAccessible(page, 'cancelled appointment');
    // The link from the first confirmation says the visit moved, and offers no cancel button.
    await page.goto(firstLink);
    await page.getByRole('heading', { level: 1, name: 'This visit was moved' }).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel appointment' }).count()).toBe(0);
    await expectAccessible(page, 'moved appointment');
    // A tampered link (one character changed) shows nothing.
    await page.goto(
      page
        .url()
        .replace(
          /(token=[^&]*)(.)(&|$)/,
          (_m, head: string, last: string, tail: string) =>
            `${head}${last === 'A' ? 'B' : 'A'}${tail}`,
        ),
    );
    await page
      .getByRole('heading', { level: 1, name: "We couldn't find that appointment" })
      .waitFor();
    await close();
  });
});
