import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../content/messages/en';
import { ES } from '../../content/messages/es';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { signUpByEmail } from './journey';

const pageLanguage = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.lang);
const navWords = async (page: import('playwright-core').Page) =>
  (await page.getByRole('navigation').first().innerText()).split('\n').map((w) => w.trim());

describe('language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("opens in the browser's language and switches by keyboard, kept on this browser", async () => {
    const { page, close } = await openPage(browser, { locale: 'es-MX' });
    await page.goto('/');
    expect(await pageLanguage(page)).toBe('es');
    expect(await navWords(page)).toEqual(
      expect.arrayContaining([ES['nav.learn'], ES['nav.exercises'], ES['nav.clinics']]),
    );
    await expectAccessible(page, 'home in Spanish');
    // The switch names the other language in that language.
    const toEnglish = page.getByRole('button', { name: 'English' });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Español' }).waitFor();
    expect(await pageLanguage(page)).toBe('en');
    expect(await navWords(page)).toEqual(expect.arrayContaining([EN['nav.learn']]));
    await page.reload();
    expect(await pageLanguage(page)).toBe('en');
    await page.getByRole('button', { name: 'Español' }).waitFor();
    await close();
  });

  it("keeps a signed-in person's choice on the account, so another browser follows it", async () => {
    const laptop = await openPage(browser);
    await laptop.page.goto('/sign-up');
    await signUpByEmail(laptop.page, 'Lola Idioma', 'lola.idioma@example.com');
    await laptop.page.getByRole('heading', { level: 1, name: 'Hello, Lola Idioma' }).waitFor();
    await laptop.page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => pageLanguage(laptop.page)).toBe('es');
    await expect
      .poll(async () => {
        const session = await laptop.page.context().request.get('/api/v1/auth/session');
        return ((await session.json()) as { user: { locale: string } }).user.locale;
      })
      .toBe('es');
    await laptop.close();

    // A browser set to English, signing in to the same account, turns Spanish.
    const phone = await openPage(browser, { locale: 'en-US' });
    await phone.page.goto('/sign-in');
    expect(await pageLanguage(phone.page)).toBe('en');
    await phone.page.getByLabel('Email').fill('lola.idioma@example.com');
    await phone.page.getByLabel('Password').fill('a long enough passphrase');
    await phone.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => pageLanguage(phone.page)).toBe('es');
    await phone.page.getByRole('button', { name: 'English' }).waitFor();
    await expectAccessible(phone.page, 'signed in, in Spanish');
    await phone.close();
  });
});
