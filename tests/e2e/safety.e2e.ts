import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen } from './journey';

describe('safety screen and plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks for every unanswered question before going on', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/start');
    await expectAccessible(page, 'safety check');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('li').count()).toBeGreaterThanOrEqual(13);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
    ).toBe(true);
    await expectAccessible(page, 'safety check with errors');
    await close();
  });

  it('sends a red flag to a calm seek-care page with no exercises at all', async () => {
    const { page, close } = await openPage(browser);
    await answerScreen(page, ['saddleNumbness']);
    await page.getByRole('heading', { level: 1, name: 'Please get emergency care now' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/emergency department/);
    expect(text).toMatch(/numbness or tingling around your bottom/);
    // On a phone one tap rings the emergency number.
    const call = page.getByRole('link', { name: 'Call 911' });
    expect(await call.getAttribute('href')).toBe('tel:911');
    expect(await page.locator('.plan-item, .card').count()).toBe(0);
    // An emergency is not the moment to book a routine visit.
    expect(
      await page.getByRole('link', { name: 'Find a physical therapist near you' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'seek care');
    // No way round it: the plan and the player have nothing to show.
    await page.goto('/plan');
    expect(await page.locator('.plan-item').count()).toBe(0);
    await page.goto('/session');
    expect(await page.getByRole('button', { name: /^Start/ }).count()).toBe(0);
    await close();
  });

  it('gives same-week advice for a review-tier flag', async () => {
    const { page, close } = await openPage(browser);
    await answerScreen(page, ['unexplainedWeightLoss']);
    await page
      .getByRole('heading', { level: 1, name: 'Please get checked before you start' })
      .waitFor();
    await close();
  });

  it('builds a plan that respects what the person can do, with reasons', async () => {
    const { page, close } = await openPage(browser);
    await answerScreen(page);
    await expectAccessible(page, 'intake');
    await answerIntake(page, { floor: false, sensitive: true });
    const items = page.locator('.plan-item');
    const text = await page.locator('main').innerText();
    expect(await items.count()).toBeGreaterThan(0);
    expect(text).toContain('On a firm bed');
    expect(text).toMatch(/Left out today/);
    expect(text).toMatch(/Seated piriformis stretch/);
    await items.first().locator('summary').click();
    expect(await items.first().locator('details').innerText()).toMatch(
      /getting down to the floor is hard/,
    );
    await expectAccessible(page, 'plan');
    await close();
  });
});
