import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen, oneCheckinThenSkip, signUpByEmail } from './journey';

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
    await oneCheckinThenSkip(page, 5);
    await page.getByText('Saved to your progress.').waitFor();

    await page.getByRole('link', { name: 'See your progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await page.getByText(/1 exercise done, 1 check-in$/).waitFor();
    await page.check('input[name=legPain][value="6"]');
    await page.check('input[name=backPain][value="3"]');
    await page.getByLabel('Activity 1').fill('Sitting through a meeting');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByText('Saved for today.').waitFor();
    await page.locator('.pain-chart canvas').waitFor();
    // Coming back later the same day shows today's answers, ready to correct.
    await page.reload();
    await page.locator('.pain-chart canvas').waitFor();
    expect(await page.isChecked('input[name=legPain][value="6"]')).toBe(true);
    expect(await page.isChecked('input[name=backPain][value="3"]')).toBe(true);
    // The chart's key names the lines; no "--" placeholders for values.
    expect(await page.locator('.pain-chart').innerText()).not.toContain('--');
    // Adherence week by week against the plan, with the same numbers as a table.
    const weekly = page.locator('.adherence-chart');
    await weekly.getByText('Show the numbers as a table').click();
    const rows = await weekly.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toMatch(/\t1\t7$/);
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

  it('keeps a session done before signing up, with its check-in, in the new account', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page);
    await oneCheckinThenSkip(page, 4);
    await page.getByText(/this session goes into your history/).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await signUpByEmail(page, 'Gale Guest', 'gale.guest@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Gale Guest' }).waitFor();
    // The kept session is sent once the patient is signed in; reloading while it is on its way
    // would cut the request off, so wait until the device no longer holds it.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('reliefpath.pending-sessions')), {
        timeout: 20_000,
      })
      .toBeNull();
    await page.goto('/progress');
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await page.getByText(/1 exercise done, 1 check-in$/).waitFor();
    expect(await page.getByText(/1 exercise done, 1 check-in$/).count()).toBe(1);
    await close();
  });

  it('asks the warning signs again before the next plan once leg pain rises by 2', async () => {
    const { page, close } = await openPage(browser);
    const DAY = 86_400_000;
    const now = Date.now();
    await page.clock.install({ time: now - DAY });
    await page.goto('/sign-up');
    await signUpByEmail(page, 'Robin Rise', 'robin.rise@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin Rise' }).waitFor();
    await answerScreen(page);
    await answerIntake(page, { legPain: 3 });
    await page.goto('/progress');
    await page.check('input[name=legPain][value="3"]');
    await page.check('input[name=backPain][value="2"]');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByText('Saved for today.').waitFor();
    expect(await page.getByTestId('recheck').count()).toBe(0);

    await page.clock.setSystemTime(now);
    await page.reload();
    await page.check('input[name=legPain][value="5"]');
    await page.check('input[name=backPain][value="2"]');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByTestId('recheck').waitFor();
    expect(await page.getByTestId('recheck').innerText()).toMatch(/went up from 3 to 5/);
    await expectAccessible(page, 'progress with a re-check due');

    // Neither the plan nor the player shows exercises until the questions are answered again.
    for (const path of ['/plan', '/session']) {
      await page.goto(path);
      await page.getByTestId('recheck').waitFor();
      expect(await page.locator('.plan-item, .exercise-intro').count()).toBe(0);
    }
    await page.getByRole('link', { name: 'Answer the safety questions' }).click();
    await page.getByText(/went up from 3 to 5.*answer these again/).waitFor();
    await answerScreen(page);
    // Last time's answers are kept, with today's leg pain, so only a click is needed.
    await page.getByRole('heading', { level: 1, name: 'About your symptoms' }).waitFor();
    expect(await page.isChecked('input[name=legPain][value="5"]')).toBe(true);
    await page.getByRole('button', { name: 'Show my plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your stretching plan for today' }).waitFor();
    expect(await page.locator('.plan-item').count()).toBeGreaterThan(0);
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
