import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from '../setup/chromium';
import { baseUrl } from '../setup/e2e-file-server';

export { baseUrl, launchBrowser };

/**
 * A page that fails the test on any console error or uncaught exception, except the browser's
 * own log of what the test provokes on purpose: an HTTP status (a number) or a failed request
 * (a pattern, such as the network being off), whenever it arrives.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  expectedErrors: (number | RegExp)[] = [],
) {
  // The service worker keeps the app for offline use; only the offline tests need it (each
  // context would otherwise download every patient screen as it opens).
  const context = await browser.newContext({
    baseURL: baseUrl(),
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  // A screen's code loads after the page's load event: a page is open once its screen is drawn.
  const goto = page.goto.bind(page);
  page.goto = async (url, gotoOptions) => {
    const response = await goto(url, gotoOptions);
    await page.waitForFunction(
      () => document.querySelector('main') && !document.querySelector('.screen-loading'),
    );
    return response;
  };
  const problems: string[] = [];
  page.on('console', (message) => {
    const expected = expectedErrors.some((error) =>
      typeof error === 'number'
        ? message.text().includes(`status of ${error}`)
        : error.test(message.text()),
    );
    if (message.type() === 'error' && !expected) problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    page,
    problems,
    close: async () => {
      await context.close();
      expect(problems).toEqual([]);
    },
  };
}

export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // The app has no frames: checking the page itself skips a blank helper page per check.
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Press Tab until the focused element matches the selector (and text); fails if it never does. */
export async function tabTo(page: Page, selector: string, text = '', maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([s, t]) =>
        (document.activeElement?.matches(s) ?? false) &&
        (document.activeElement?.textContent ?? '').includes(t),
      [selector, text] as const,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

export const heading = (page: Page) => page.locator('h1').innerText();
