import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../content/messages/en';
import { ES } from '../../content/messages/es';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { englishLines, englishOn } from './english';
import { answerIntake, answerScreen, finishExercise, signInDemo, signUpByEmail } from './journey';

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
    await page.getByRole('heading', { level: 1, name: ES['home.title'] }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    await expectAccessible(page, 'home in Spanish');
    // The switch names the other language in that language.
    const toEnglish = page.getByRole('button', { name: 'English' });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Español' }).waitFor();
    expect(await pageLanguage(page)).toBe('en');
    expect(await navWords(page)).toEqual(expect.arrayContaining([EN['nav.learn']]));
    // The check below for English words finds them where they are.
    expect(await englishOn(page)).toEqual(
      expect.arrayContaining([EN['nav.learn'], EN['shell.skip']]),
    );
    expect((await englishLines(page)).length).toBeGreaterThan(0);
    await page.reload();
    expect(await pageLanguage(page)).toBe('en');
    // An address with no page says so in the page's language too.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: ES['notFound.title'] }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    // What to expect, read in Spanish (its sources keep their own titles).
    await page.goto('/learn/expectations');
    await page.getByRole('heading', { level: 1, name: 'Qué puede esperar' }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    await expectAccessible(page, 'expectations in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
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

  it('takes a Spanish speaker through the safety check to care advice with no English', async () => {
    const { page, close } = await openPage(browser, { locale: 'es-US' });
    await page.goto('/start');
    await page.getByRole('heading', { level: 1, name: ES['screen.title'] }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    await expectAccessible(page, 'safety check in Spanish');
    // A missing answer is named in Spanish.
    await page.getByRole('button', { name: ES['screen.continue'] }).click();
    await page
      .getByRole('alert')
      .getByText(/Por favor, responda estas 13 preguntas/)
      .waitFor();
    await answerScreen(page, ['saddleNumbness'], ES['screen.continue']);
    await page
      .getByRole('heading', { level: 1, name: 'Busque atención de emergencia ahora' })
      .waitFor();
    expect(await englishOn(page)).toEqual([]);
    await page.getByRole('link', { name: 'Llamar al 911' }).waitFor();
    await expectAccessible(page, 'care advice in Spanish');
    await close();
  });

  it('plans, guides and asks the check-in in Spanish, and stops, in Spanish, when the tingling spreads', async () => {
    const { page, close } = await openPage(browser, { locale: 'es-US' });
    await page.clock.install();
    await answerScreen(page, [], ES['screen.continue']);
    // No floor: the plan explains, in Spanish, why stretches moved to a bed or a chair.
    await answerIntake(
      page,
      { floor: false },
      { title: ES['intake.title'], show: ES['intake.show'], plan: ES['plan.heading'] },
    );
    expect(await englishOn(page)).toEqual([]);
    expect(await page.locator('main').innerText()).toMatch(/le cuesta bajar al piso/);
    expect(await page.locator('main').innerText()).toMatch(/Sostenga de 20 a 30 segundos/);
    await expectAccessible(page, 'plan in Spanish');
    await page.getByRole('button', { name: ES['plan.start'] }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Estiramiento del piriforme sentado' })
      .waitFor();
    expect(await englishOn(page)).toEqual([]);
    await expectAccessible(page, 'exercise intro in Spanish');
    await page.getByRole('button', { name: /^Empezar: / }).click();
    await page.getByTestId('phase').getByText(ES['player.phase.ready']).waitFor();
    expect(await englishOn(page)).toEqual([]);
    await finishExercise(page);
    await page.getByRole('heading', { name: /^¿Cómo se sintió este ejercicio/ }).waitFor();
    await expectAccessible(page, 'check-in in Spanish');
    await page.check('input[name=painAfter][value="5"]');
    await page.getByLabel(ES['checkin.sign.tinglingSpread']).check();
    await page.getByRole('button', { name: ES['checkin.send'] }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.getByRole('heading', { name: ES['checkin.stop.title'] }).waitFor();
    expect(await verdict.getAttribute('data-action')).toBe('stop');
    expect(await verdict.innerText()).toMatch(/el hormigueo baja más por la pierna/i);
    await page.getByRole('button', { name: ES['checkin.stop.button'] }).click();
    const stopped = page.getByTestId('stopped');
    await stopped.waitFor();
    expect(await stopped.innerText()).toMatch(/Descanse en la postura que más le alivie/);
    await close();
  });

  it('shows the sign-in, sign-up and reset pages in Spanish, with no English', async () => {
    const { page, close } = await openPage(browser, { locale: 'es-US' });
    for (const [path, heading] of [
      ['/sign-in', ES['auth.signIn']],
      ['/sign-up', ES['auth.createYours']],
      ['/forgot-password', ES['auth.resetTitle']],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await englishOn(page), path).toEqual([]);
      expect(await englishLines(page), path).toEqual([]);
      await expectAccessible(page, `${path} in Spanish`);
    }
    // Asking for a link says what happens next in Spanish, and points to the demo outbox.
    await page.getByLabel(ES['auth.email']).fill('nadie@example.com');
    await page.getByRole('button', { name: ES['auth.sendReset'] }).click();
    await page.getByText(ES['auth.sent']).waitFor();
    expect(await englishLines(page)).toEqual([]);
    await close();
  });

  it('finds a clinic and books a visit in Spanish, and the confirmation email is Spanish', async () => {
    const { page, close } = await openPage(browser, { locale: 'es-US' });
    await page.goto('/clinics');
    await page.getByRole('heading', { level: 1, name: ES['clinics.title'] }).waitFor();
    await page.getByLabel(ES['clinics.zip']).fill('10001');
    await page.getByRole('button', { name: ES['clinics.search'] }).click();
    await page.locator('.clinic-card').first().waitFor();
    expect(await englishOn(page), 'clinic search').toEqual([]);
    await expectAccessible(page, 'clinic search in Spanish');
    await page.locator('.clinic-card h3 a').first().click();
    await page.locator('.slot').first().waitFor();
    expect(await englishOn(page), 'clinic page').toEqual([]);
    await page.locator('.slot').first().click();
    await page.getByLabel(ES['booking.name']).fill('Rosa Reserva');
    await page.getByLabel(ES['auth.email']).fill('rosa.reserva@example.com');
    await page.getByLabel(ES['booking.phone']).fill('312-555-0100');
    expect(await englishOn(page), 'booking form').toEqual([]);
    await expectAccessible(page, 'booking form in Spanish');
    await page.getByRole('button', { name: ES['booking.book'] }).click();
    await page.getByRole('heading', { level: 1, name: ES['visit.booked'] }).waitFor();
    expect(await englishOn(page), 'booked').toEqual([]);
    expect(await englishLines(page), 'booked').toEqual([]);
    await expectAccessible(page, 'booked in Spanish');
    // The email in the demo outbox is in Spanish too.
    await page.goto('/outbox');
    const mail = page.locator('.mail', { hasText: 'rosa.reserva@example.com' }).first();
    await mail.waitFor();
    expect(await mail.innerText()).toMatch(/Su cita del .+ está reservada/);
    await close();
  });

  it("shows a signed-in patient's pages in Spanish, with no English, each passing axe", async () => {
    const { page, close } = await openPage(browser, { locale: 'en-US' });
    await signInDemo(page, 'patient');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => pageLanguage(page)).toBe('es');
    const pages: [string, string][] = [
      ['/progress', ES['progress.title']],
      ['/program', ES['program.title']],
      ['/learn', '¿Qué es la ciática?'],
      ['/learn/habits/walking', 'Caminar'],
      ['/exercises', ES['library.title']],
      ['/exercises/dead-bug', 'Bicho muerto'],
      ['/plan', ES['plan.title']],
      ['/account', 'Hola, Pat Demo'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Pages that load their data settle first: their loading line is gone.
      await expect.poll(() => page.getByText(ES['common.loading']).count()).toBe(0);
      await page
        .locator('main [aria-live="polite"]', { hasText: /Cargando/ })
        .waitFor({ state: 'detached' });
      expect(await englishOn(page), path).toEqual([]);
      expect(await englishLines(page), path).toEqual([]);
      await expectAccessible(page, `${path} in Spanish`);
    }
    await close();
  });
});
