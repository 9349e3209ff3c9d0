import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
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

/** Pixels the page is wider than the window (0 when nothing sticks out sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The calendar file a mail in the demo outbox carries, downloaded as a person would. */
async function downloadAttachment(page: Page, to: string, subject: RegExp) {
  await page.goto('/outbox');
  const mail = page
    .locator('.mail', { hasText: `To ${to}` })
    .filter({ hasText: subject })
    .first();
  await mail.waitFor();
  await mail.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mail.getByRole('link', { name: /Download/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    mail,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
    alarms: event.getAllSubcomponents('valarm').length,
  };
}

/** When and with whom, as the confirmation page states them. */
const visitOf = async (page: Page) =>
  (await page.locator('dl.facts dd').allInnerTexts()).slice(0, 2).join(' | ');

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
    // "Chicago, IL" typed in the city box, as the example reads, is a city search.
    await page.getByLabel('City').fill('Chicago, IL');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/city=Chicago&state=IL/);
    await page.locator('.clinic-card h3', { hasText: 'Chicago' }).first().waitFor();
    expect(await page.getByText(/Enter a 5-digit ZIP code/).count()).toBe(0);
    await close();
  });

  it('books as a guest, downloads the .ics, and a second person sees "just taken"', async () => {
    const first = await openPage(browser);
    const second = await openPage(browser, {}, [409]);
    await openFirstClinic(first.page);
    await expectAccessible(first.page, 'clinic page');
    await openFirstClinic(second.page);
    // Both people pick the same, earliest time, with the same therapist.
    for (const { page } of [first, second]) {
      await page.locator('.slot').first().click();
      const named = page.locator('.with-choice input[type=radio]').nth(1);
      if (await named.count()) await named.check();
    }
    const wanted = await first.page.locator('.booking-form h3').innerText();
    expect(await second.page.locator('.booking-form h3').innerText()).toBe(wanted);
    await fillGuest(first.page, 'Maya First');
    await fillGuest(second.page, 'Noah Second');
    await expectAccessible(first.page, 'booking form');

    await first.page.getByRole('button', { name: 'Book this time' }).click();
    await first.page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    const when = await first.page.getByTestId('when').innerText();
    expect(wanted).toContain(when.split(' at ')[1]!.split(' (')[0]!);
    const firstVisit = await visitOf(first.page);
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
    // Another time, or the same time with another therapist: never the taken visit.
    expect(await visitOf(second.page)).not.toBe(firstVisit);
    await first.close();
    await second.close();
  });

  it('shows each time once for any therapist and books it with the keyboard on a phone, then emails the calendar file', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 780 } });
    await openFirstClinic(page);
    expect(await overflow(page), 'nothing sticks out sideways at 360 px').toBe(0);
    const times = await page.locator('.slot-picker .slot').allInnerTexts();
    expect(times.length).toBeGreaterThan(0);
    expect(new Set(times).size, 'no time shown twice').toBe(times.length);
    for (const t of times) expect(t).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
    expect(await page.getByLabel('Therapist').inputValue()).toBe('any');
    await expectAccessible(page, 'times for any therapist');

    // Keyboard only: pick the first time, keep "whoever is free", fill in, book.
    await tabTo(page, '.slot-picker .slot');
    await page.keyboard.press('Enter');
    await page.locator('.booking-form').waitFor();
    const choice = page.locator('.with-choice');
    if (await choice.count())
      expect(await choice.getByLabel(/Whoever is free then/).isChecked()).toBe(true);
    else expect(await page.locator('.booking-form .with').innerText()).toMatch(/^With /);
    await tabTo(page, 'input[autocomplete="name"]');
    await page.keyboard.type('Ada Phone');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('(212) 555-0177');
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page, 'booking form on a phone');
    await tabTo(page, 'button', 'Book this time');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    expect(await page.getByTestId('emailed').innerText()).toContain('ada@example.com');
    expect(await page.locator('.facts').innerText()).toMatch(/with \S+/);
    await page.setViewportSize({ width: 390, height: 780 });
    expect(await overflow(page), 'nothing sticks out sideways at 390 px').toBe(0);
    const bookedAt = Date.parse(
      await page.evaluate(async () => {
        const u = new URL(location.href);
        const id = u.pathname.split('/').pop()!;
        const res = await fetch(`/api/v1/appointments/${id}?token=${u.searchParams.get('token')}`);
        return ((await res.json()) as { start: string }).start;
      }),
    );

    const sent = await downloadAttachment(page, 'ada@example.com', /is booked/);
    expect(await sent.mail.innerText()).toMatch(/private link/);
    expect(sent).toMatchObject({ method: 'REQUEST', sequence: 0, start: bookedAt, alarms: 2 });
    expect(await overflow(page), 'the outbox fits a phone too').toBe(0);
    await expectAccessible(page, 'outbox with an attachment');
    await close();
  });

  it('books one chosen therapist, from the week view or at the chosen time', async () => {
    const { page, close } = await openPage(browser);
    await openFirstClinic(page);
    // At a time several therapists have free, pick one of them by name. Late in the day the
    // first day shown may have only one therapist left at every time: look through the week.
    const days = page.locator('.day-tabs .day');
    const times = page.locator('.slot-picker .slot');
    search: for (let d = 0; d < (await days.count()); d++) {
      await days.nth(d).click();
      for (let i = 0; i < (await times.count()); i++) {
        await times.nth(i).click();
        if (await page.locator('.with-choice').count()) break search;
      }
    }
    const named = page.locator('.with-choice .choice').nth(2);
    const who = await named.innerText();
    await named.locator('input').focus();
    await page.keyboard.press('Space');
    expect(await named.locator('input').isChecked()).toBe(true);
    await fillGuest(page, 'Rosa Chosen');
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    expect(await page.locator('.facts').innerText()).toContain(`with ${who}`);

    // Or narrow the whole week to one therapist: every time shown is theirs.
    await openFirstClinic(page);
    const select = page.getByLabel('Therapist');
    const option = await select.locator('option').nth(1).innerText();
    await select.selectOption({ label: option });
    await page.locator('.slot-picker .slot').first().waitFor();
    await page.locator('.slot-picker .slot').first().click();
    expect(await page.locator('.booking-form .with').innerText()).toBe(`With ${option}`);
    await expectAccessible(page, 'one therapist chosen');
    await close();
  });

  it('reschedules and cancels from the private link, with the keyboard only, on a phone', async () => {
    const { page, close } = await openPage(
      browser,
      { viewport: { width: 360, height: 780 } },
      [404],
    );
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
    // A move offers the same therapist first.
    expect(await page.locator('.manage select').inputValue()).not.toBe('any');
    await tabTo(page, '.manage .slot');
    await page.keyboard.press('Enter');
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page, 'choosing another time');
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
    expect(await page.getByTestId('emailed').innerText()).toContain('kim@example.com');
    await expectAccessible(page, 'cancelled appointment');
    const cancelPage = page.url();
    // The three emails speak of one calendar event: booked, moved (updated), cancelled.
    const booked = await downloadAttachment(page, 'kim@example.com', /is booked/);
    const moved = await downloadAttachment(page, 'kim@example.com', /has moved/);
    const cancelled = await downloadAttachment(page, 'kim@example.com', /is cancelled/);
    expect([booked.method, moved.method, cancelled.method]).toEqual([
      'REQUEST',
      'REQUEST',
      'CANCEL',
    ]);
    expect(new Set([booked.uid, moved.uid, cancelled.uid]).size).toBe(1);
    expect([booked.sequence, moved.sequence, cancelled.sequence]).toEqual([0, 1, 2]);
    expect(moved.start).not.toBe(booked.start);
    expect(cancelled.alarms).toBe(0);
    await page.goto(cancelPage);
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
