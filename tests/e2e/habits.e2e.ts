import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, openPage, tabTo } from './browser';
import { signInDemo } from './journey';

const SHOTS = 'test-results/habits';
const WIDTHS = [390, 1280];

const question = (page: Page) =>
  page.getByRole('checkbox', { name: /bent down or lifted something today/ });

/** Waits until the week's answers are in and the boxes can be ticked. */
const answersLoaded = (page: Page) =>
  page.locator('.habit-questions input:enabled').first().waitFor();

describe('everyday habit lessons with a daily check', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the demo patient open a lesson from /learn and tick a habit by keyboard, kept on reload', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await signInDemo(page, 'patient');
    await page.goto('/learn');
    const habits = page.locator('section[aria-labelledby="habits-heading"]');
    expect(await habits.locator('.card h3 a').allInnerTexts()).toEqual([
      'Sitting breaks',
      'Bending and lifting from your hips',
      'Changing position',
      'Walking',
    ]);
    await expectAccessible(page, 'learn with habits');
    await habits.getByRole('link', { name: 'Bending and lifting from your hips' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Bending and lifting from your hips' })
      .waitFor();
    expect(page.url()).toMatch(/\/learn\/habits\/hip-hinge$/);
    await answersLoaded(page);
    const box = question(page);
    const before = await box.isChecked();
    const count = page.locator('#habit-count-hip-hinge');
    const days = async () =>
      Number(/Done on (\d) of the last 7 days/.exec(await count.innerText())![1]);
    const daysBefore = await days();

    // Keyboard only: Tab to the question, Space to tick it.
    await tabTo(page, 'input[name="hip-hinge"]');
    await page.keyboard.press('Space');
    await count.getByText('Saved').waitFor();
    expect(await box.isChecked()).toBe(!before);
    expect(await days()).toBe(daysBefore + (before ? -1 : 1));
    expect(await page.getByRole('status').last().innerText()).toMatch(
      /Saved: Bending and lifting from your hips/,
    );
    await expectAccessible(page, 'habit lesson, signed in');

    await page.reload();
    await answersLoaded(page);
    expect(await question(page).isChecked()).toBe(!before);
    expect(await days()).toBe(daysBefore + (before ? -1 : 1));
    // The other habits' questions are on the page too, each with its own label.
    expect(await page.locator('.habit-questions input[type=checkbox]').count()).toBe(4);

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/lesson-patient-${width}.png`, fullPage: true });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `lesson at ${width} px`).toBeLessThanOrEqual(width);
    }
    await page.goto('/learn');
    await heading(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('#habits-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/learn-${width}.png`, fullPage: true });
    }
    await close();
  });

  it('asks a guest to sign in to track a habit', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto('/learn/habits/walking');
    await page.getByRole('heading', { level: 1, name: 'Walking' }).waitFor();
    const link = page.getByRole('link', { name: 'Sign in to track this habit' });
    expect(await link.getAttribute('href')).toBe('/sign-in?next=%2Flearn%2Fhabits%2Fwalking');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('.sources a').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'habit lesson, guest');
    await page.screenshot({ path: `${SHOTS}/lesson-guest-390.png`, fullPage: true });
    await page.goto('/learn/habits/juggling');
    await page.getByRole('heading', { level: 1, name: "We couldn't find that page" }).waitFor();
    await close();
  });
});
