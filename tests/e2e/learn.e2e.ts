import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';

const EXERCISES = [
  'seated-piriformis',
  'figure-4',
  'cat-cow',
  'childs-pose',
  'hamstring',
  'knee-to-chest',
];

describe('learning pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('explains sciatica and what to expect, with sources, and passes axe', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/');
    await expectAccessible(page, 'home');
    await page.getByRole('link', { name: 'What is sciatica?' }).click();
    await page.getByRole('heading', { level: 1, name: 'What is sciatica?' }).waitFor();
    expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.sources a').first().getAttribute('href')).toMatch(/^https:\/\//);
    await expectAccessible(page, 'explainer');
    await page.getByRole('link', { name: 'What to expect' }).click();
    await page.getByRole('heading', { level: 1, name: 'What to expect' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/55%/);
    await expectAccessible(page, 'expectations');
    await close();
  });

  it('lists the six stretches and shows every version with an illustration', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/exercises');
    expect(await page.locator('.card h2 a').count()).toBe(6);
    await expectAccessible(page, 'library');
    for (const id of EXERCISES) {
      await page.goto(`/exercises/${id}`);
      const versions = page.locator('section.variant');
      expect(await versions.count(), id).toBeGreaterThanOrEqual(2);
      for (const version of await versions.all()) {
        expect(await version.locator('svg[role=img]').getAttribute('aria-label')).toBeTruthy();
        expect(await version.locator('ol li').count()).toBeGreaterThanOrEqual(2);
        expect(await version.innerText()).toMatch(/What it asks of your body/);
      }
      await expectAccessible(page, `exercise ${id}`);
    }
    await page.goto('/exercises/hamstring');
    const text = await page.locator('main').innerText();
    for (const version of [
      'Sitting on the floor',
      'Standing, heel on a step',
      'Lying down with a strap or towel',
    ])
      expect(text).toContain(version);
    await close();
  });

  it('animates cat–cow between its key poses, and holds still when motion is reduced', async () => {
    const spine = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await openPage(browser, { reducedMotion });
      await page.goto('/exercises/cat-cow');
      const path = page.locator('section.variant').first().locator('path.figure-body');
      const first = await path.getAttribute('d');
      await page.waitForTimeout(1200);
      const later = await path.getAttribute('d');
      await close();
      return first !== later;
    };
    expect(await spine('no-preference')).toBe(true);
    expect(await spine('reduce')).toBe(false);
  });

  it('shows a friendly not-found page', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/exercises/pogo-stick');
    await page.getByRole('heading', { level: 1, name: "We couldn't find that page" }).waitFor();
    await expectAccessible(page, 'not found');
    await close();
  });
});
