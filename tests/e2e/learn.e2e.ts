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
    // The six stretches come first; the long-term program's items follow in their own sections.
    const cards = (family: string) =>
      page.locator(`section[aria-labelledby="family-${family}"] .card h3 a`);
    expect(await cards('stretch').count()).toBe(6);
    for (const family of ['nerve-glide', 'core', 'hip-and-glute', 'directional'])
      expect(await cards(family).count(), family).toBeGreaterThan(0);
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

  it('shows a friendly not-found page', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/exercises/pogo-stick');
    await page.getByRole('heading', { level: 1, name: "We couldn't find that page" }).waitFor();
    await expectAccessible(page, 'not found');
    await close();
  });
});
