import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen, signUpByEmail } from './journey';

describe('progress', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('saves a session with its check-ins, logs pain and shows the trend', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await page.goto('/sign-up');
    await signUpByEmail(page, 'Sam Stretch', 'sam.stretch@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Sam Stretch' }).waitFor();

    await answerScreen(page);
    await answerIntake(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    await page.getByRole('button', { name: 'Something feels wrong' }).click();
    await page.check('input[name=painAfter][value="5"]');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('button', { name: 'Next exercise' }).click();
    while ((await page.getByRole('button', { name: 'Skip this exercise' }).count()) > 0)
      await page.getByRole('button', { name: 'Skip this exercise' }).click();
    await page.getByText('Saved to your progress.').waitFor();

    await page.getByRole('link', { name: 'See your progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await page.getByText(/1 exercise done, 1 check-ins/).waitFor();
    await page.check('input[name=legPain][value="6"]');
    await page.check('input[name=backPain][value="3"]');
    await page.getByLabel('Activity 1').fill('Sitting through a meeting');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByText('Saved for today.').waitFor();
    await page.locator('.pain-chart canvas').waitFor();
    expect(await page.locator('.summary-words').innerText()).toMatch(/starting leg pain is 6/);
    await expectAccessible(page, 'progress');

    await page.getByLabel('Email me when I miss a day').check();
    await page.getByText(/After a missed day we'll email you/).waitFor();
    await page.reload();
    // The choice is stored, not just shown.
    await expect.poll(() => page.getByLabel('Email me when I miss a day').isChecked()).toBe(true);

    await page.getByLabel('Reminder 1').fill('07:45');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    const feedUrl = await page.getByLabel('Calendar link').inputValue();
    const feed = await (await page.request.get(new URL(feedUrl).pathname)).text();
    expect(feed).toMatch(/BEGIN:VCALENDAR/);
    expect(feed).toMatch(/RRULE:FREQ=DAILY/);
    expect(feed).toMatch(/DTSTART:\d{8}T074500\r?\n/);
    await close();
  });

  it('notices a missed day, and stops urging exercise once a red flag is reported', async () => {
    const { page, close } = await openPage(browser);
    const DAY = 86_400_000;
    const now = Date.now();
    await page.clock.install({ time: now - 2 * DAY });
    await page.goto('/sign-up');
    await signUpByEmail(page, 'Quinn Quiet', 'quinn.quiet@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Quinn Quiet' }).waitFor();
    await page.goto('/progress');
    await page.check('input[name=legPain][value="4"]');
    await page.check('input[name=backPain][value="2"]');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByText('Saved for today.').waitFor();
    expect(await page.getByText('Yesterday slipped by').count()).toBe(0);

    // Two days on, nothing logged yesterday.
    await page.clock.setSystemTime(now);
    await page.reload();
    await page.getByText('Yesterday slipped by').waitFor();

    await answerScreen(page, ['progressiveWeakness']);
    await page.waitForURL('**/seek-care');
    await page.goto('/progress');
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await page.locator('.summary-words').waitFor();
    expect(await page.getByText('Yesterday slipped by').count()).toBe(0);
    await close();
  });
});
