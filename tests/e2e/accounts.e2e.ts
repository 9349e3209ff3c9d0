import { readFileSync } from 'node:fs';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { fhirErrors } from '../setup/fhir';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen, oneCheckinThenSkip, signUpByEmail } from './journey';

describe('accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs up, books under the account, signs out and back in with an emailed link', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/sign-up');
    await expectAccessible(page, 'sign up');
    await page.getByLabel('Your name').fill('Robin Account');
    await page.getByLabel('Email').fill('robin@example.com');
    await page.getByLabel(/^Password/).fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await expectAccessible(page, 'check your email');
    await page.getByRole('link', { name: 'demo outbox' }).click();
    await expectAccessible(page, 'outbox');
    await page.locator('.mail', { hasText: 'Finish creating' }).first().locator('a').click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin Account' }).waitFor();
    await expectAccessible(page, 'account');

    // Booking while signed in: name and email come from the account.
    await page.goto('/clinics/boston-ma-1');
    await page.locator('.slot').first().click();
    expect(await page.getByLabel('Full name').inputValue()).toBe('Robin Account');
    expect(await page.getByLabel('Email').inputValue()).toBe('robin@example.com');
    await page.getByLabel('Phone').fill('617-555-0199');
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.locator('.appointments li').first().waitFor();
    expect(await page.locator('.appointments li').first().innerText()).toMatch(
      /ReliefPath PT Boston/,
    );

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expectAccessible(page, 'sign in');
    await page.getByLabel('Email').fill('robin@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('status').waitFor();
    await page.goto('/outbox');
    await page
      .locator('.mail', { hasText: 'robin@example.com' })
      .filter({ hasText: 'Your ReliefPath sign-in link' })
      .first()
      .locator('a')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Robin Account' }).waitFor();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything (CSV)' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toMatch(/^record,date,leg_pain/);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByLabel(/Type robin@example.com to confirm/).fill('robin@example.com');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account is deleted' }).waitFor();
    expect(await page.locator('.deleted-notice').innerText()).toMatch(
      /We cancelled 1 upcoming appointment\./,
    );
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    await close();
  });

  it('exports check-ins with the logs, and says what a deletion removed, by keyboard', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/sign-up');
    await signUpByEmail(page, 'Kim Keys', 'kim.keys@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Kim Keys' }).waitFor();

    // One session with a check-in after the first exercise, then today's log.
    await answerScreen(page);
    await answerIntake(page);
    await oneCheckinThenSkip(page, 5);
    await page.getByText('Saved to your progress.').waitFor();
    await page.goto('/progress');
    await page.check('input[name=legPain][value="4"]');
    await page.check('input[name=backPain][value="2"]');
    await page.getByRole('button', { name: "Save today's log" }).click();
    await page.getByText('Saved for today.').waitFor();

    await page.goto('/account');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything (CSV)' }).click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    const header = rows[0]!.split(',');
    const checkins = rows.filter((r) => r.startsWith('check-in,')).map((r) => r.split(','));
    expect(checkins).toHaveLength(1);
    expect(checkins[0]![header.indexOf('pain_after')]).toBe('5');
    expect(rows.filter((r) => r.startsWith('daily log,'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('session,'))).toHaveLength(1);

    // The same records as FHIR R4 for a clinic, by the keyboard, checked by an outside validator.
    await page.getByRole('link', { name: 'Health record for your clinic (FHIR)' }).focus();
    const [fhir] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const bundle = JSON.parse(readFileSync(await fhir.path(), 'utf8')) as Bundle;
    expect(await fhirErrors(bundle)).toEqual([]);
    const resources = (bundle.entry ?? []).map((e) => e.resource!);
    expect(resources.filter((r) => r.resourceType === 'Procedure')).toHaveLength(1);
    const pain = resources.filter(
      (r): r is Observation =>
        r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '72514-3',
    );
    expect(pain.map((o) => o.valueInteger).sort()).toEqual([2, 4]);

    // Delete with the keyboard only.
    await page.getByRole('button', { name: 'Delete my account' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(/Type kim.keys@example.com to confirm/).focus();
    await page.keyboard.type('kim.keys@example.com');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Your account is deleted' });
    await heading.waitFor();
    // Focus lands on the confirmation, so a screen reader reads it first.
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.locator('.deleted-notice').innerText()).toMatch(
      /We removed 1 daily log, 1 stretching session, and 1 check-in\./,
    );
    await expectAccessible(page, 'home after deleting an account');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/account-deleted-${width}.png`, fullPage: false });
    }
    // The confirmation belongs to that moment: reloading the page shows the plain home page.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Gentle, safe stretching for sciatica' })
      .waitFor();
    expect(await page.locator('.deleted-notice').count()).toBe(0);
    await close();
  });

  it('finishes a sign-up opened on another device with the password chosen', async () => {
    const laptop = await openPage(browser);
    await laptop.page.goto('/sign-up');
    await laptop.page.getByLabel('Your name').fill('Devi Device');
    await laptop.page.getByLabel('Email').fill('devi@example.com');
    await laptop.page.getByLabel(/^Password/).fill('devi chose this passphrase');
    await laptop.page.getByRole('button', { name: 'Create account' }).click();
    await laptop.page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await laptop.close();

    // The email is opened on a phone: a browser that never saw the sign-up.
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } }, [400]);
    await phone.page.goto('/outbox');
    await phone.page
      .locator('.mail', { hasText: 'devi@example.com' })
      .filter({ hasText: 'Finish creating' })
      .first()
      .locator('a')
      .click();
    await phone.page
      .getByRole('heading', { level: 1, name: 'Finish creating your account' })
      .waitFor();
    await expectAccessible(phone.page, 'finish sign-up elsewhere');
    await phone.page.getByLabel('Your password').fill('a wrong guess');
    await phone.page.keyboard.press('Enter');
    await phone.page.getByRole('alert').waitFor();
    expect(await phone.page.getByRole('alert').innerText()).toMatch(/not the password you chose/);
    await phone.page.getByLabel('Your password').fill('devi chose this passphrase');
    await phone.page.getByRole('button', { name: 'Finish' }).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Hello, Devi Device' }).waitFor();

    // Signed in as Devi, the phone opens a sign-in link for the demo patient: it just works.
    await phone.page.goto('/sign-in');
    await phone.page.getByLabel('Email').fill('patient@demo.reliefpath.test');
    await phone.page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await phone.page.getByRole('status').waitFor();
    await phone.page.goto('/outbox');
    await phone.page
      .locator('.mail', { hasText: 'patient@demo.reliefpath.test' })
      .filter({ hasText: 'Your ReliefPath sign-in link' })
      .first()
      .locator('a')
      .click();
    await phone.page.getByRole('heading', { level: 1, name: 'Hello, Pat Demo' }).waitFor();
    await phone.close();
  });

  it('signs in with a password and keeps wrong answers vague', async () => {
    const { page, close } = await openPage(browser, {}, [401]);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('patient@demo.reliefpath.test');
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/do not match an account/);
    await page.getByLabel('Password').fill('reliefpath-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Pat Demo' }).waitFor();
    await close();
  });
});
