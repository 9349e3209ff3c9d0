import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';
import { answerIntake, answerScreen } from './journey';

const phase = (page: Page) => page.getByTestId('phase').innerText();

/** Runs the fake clock until the check-in appears (or the session ends). */
async function finishExercise(page: Page) {
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('form.checkin, [data-testid=summary]').count()) > 0) return;
    await page.clock.runFor(5_000);
  }
  throw new Error('exercise never finished');
}

async function checkin(page: Page, painAfter: number, signs: string[] = []) {
  await page.check(`input[name=painAfter][value="${painAfter}"]`);
  for (const sign of signs) await page.check(`input[name=signs][value=${sign}]`);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByTestId('verdict').waitFor();
  return page.getByTestId('verdict').getAttribute('data-action');
}

describe('guided session', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('can be done from start to finish with the keyboard only', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await page.goto('/');
    await tabTo(page, 'a[href="/start"].button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Safety check' }).waitFor();
    // Every safety question: Tab into the group, arrow to "No".
    const flags = await page.$$eval('input[type=radio][value=yes]', (els) =>
      els.map((e) => (e as HTMLInputElement).name),
    );
    for (const name of flags) {
      await tabTo(page, `input[name=${name}]`);
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'About your symptoms' }).waitFor();
    // Side: left (first option, Space selects it), pain 4 and 2 via arrows.
    await tabTo(page, 'input[name=side]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name=legPain]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, 'input[name=backPain]');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    // Can't get to the floor, can't kneel, steady, sensitive today: a short, gentle routine.
    for (const [name, answer] of [
      ['canGetToFloor', 'no'],
      ['canKneel', 'no'],
      ['steadyOnFeet', 'yes'],
      ['nerveSensitiveToday', 'yes'],
    ]) {
      await tabTo(page, `input[name=${name}]`);
      await page.keyboard.press(answer === 'yes' ? 'Space' : 'ArrowDown');
    }
    await tabTo(page, 'input[name=props][value=towel]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your stretching plan for today' }).waitFor();
    const planned = await page.locator('.plan-item h2').allInnerTexts();
    expect(planned.length).toBeGreaterThan(0);

    await tabTo(page, 'button.big');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    await expectAccessible(page, 'player intro');

    for (let n = 0; n < planned.length; n++) {
      await page.locator('.exercise-intro h2').waitFor();
      await tabTo(page, '.exercise-intro button.primary');
      await page.keyboard.press('Enter');
      expect(await phase(page)).toMatch(/Get ready/);
      if (n === 0) {
        await expectAccessible(page, 'player running');
        // Pause with the keyboard: focus stays on the pause button; time stops.
        await tabTo(page, 'button.primary');
        await page.keyboard.press('Enter');
        const frozen = await page.getByTestId('countdown').innerText();
        await page.clock.runFor(10_000);
        expect(await page.getByTestId('countdown').innerText()).toBe(frozen);
        await page.keyboard.press('Enter');
      }
      await finishExercise(page);
      await expectAccessible(page, 'check-in');
      await tabTo(page, 'input[name=painAfter]');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await tabTo(page, 'form.checkin button[type=submit]');
      await page.keyboard.press('Enter');
      await page.getByTestId('verdict').waitFor();
      expect(await page.getByTestId('verdict').getAttribute('data-action')).toBe('continue');
      await tabTo(page, '[data-testid=verdict] button');
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('summary').waitFor();
    const summary = await page.getByTestId('summary').innerText();
    expect(summary).toMatch(new RegExp(`${planned.length}\\s+done`));
    await expectAccessible(page, 'summary');
    await close();
  });

  it('ends a hold exactly on time and switches sides by itself', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page, { floor: false, kneel: false, steady: false });
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    expect(await phase(page)).toMatch(/Get ready · right side/);
    await page.clock.runFor(5_000);
    expect(await phase(page)).toMatch(/Hold · right side/);
    expect(await page.getByTestId('countdown').innerText()).toBe('20');
    await page.clock.runFor(19_900);
    expect(await phase(page)).toMatch(/Hold · right side/);
    await page.clock.runFor(100);
    expect(await phase(page)).toMatch(/Switch sides · left side/);
    await page.clock.runFor(5_000);
    expect(await phase(page)).toMatch(/Hold · left side/);
    await close();
  });

  it('stops the session when tingling spreads, with advice', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    await finishExercise(page);
    expect(await checkin(page, 5, ['tinglingSpread'])).toBe('stop');
    expect(await page.getByTestId('verdict').innerText()).toMatch(/Tingling that spreads/);
    await page.getByRole('button', { name: 'End the session' }).click();
    const stopped = page.getByTestId('stopped');
    await stopped.waitFor();
    expect(await stopped.innerText()).toMatch(/physical therapist/);
    expect(await page.getByRole('button', { name: /^Start / }).count()).toBe(0);
    await expectAccessible(page, 'stopped');
    await close();
  });

  it('switches to a gentler version when a stretch felt sharp', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page, { props: ['step', 'strap'] });
    await page.getByRole('button', { name: 'Start the session' }).click();
    // Seated piriformis with the forward lean comes first.
    await page.getByRole('button', { name: /^Start seated piriformis/ }).click();
    await page.getByRole('button', { name: 'Something feels wrong' }).click();
    expect(await checkin(page, 5, ['sharpPain'])).toBe('modify');
    await page.getByRole('button', { name: 'Try the gentler version' }).click();
    expect(await page.locator('.exercise-intro .variant-name').innerText()).toBe(
      'In a chair, sitting upright',
    );
    await close();
  });

  it('skips rather than offering a floor version to someone who cannot get down there', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page, { floor: false, props: ['step', 'chair', 'strap'] });
    await page.getByRole('button', { name: 'Start the session' }).click();
    while (
      !(await page.locator('.exercise-intro .variant-name').innerText()).includes('heel on a step')
    )
      await page.getByRole('button', { name: 'Skip this exercise' }).click();
    await page.getByRole('button', { name: /^Start hamstring/ }).click();
    await page.clock.runFor(6_000);
    await page.getByRole('button', { name: 'Something feels wrong' }).click();
    expect(await checkin(page, 5, ['lostBalance'])).toBe('skip');
    expect(await page.getByTestId('verdict').innerText()).toMatch(/unsteady/);
    await close();
  });

  it('fits a phone screen (screenshot saved as a test artifact)', async () => {
    const { page, close } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    await page.clock.runFor(8_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/player-phone.png', fullPage: true });
    await expectAccessible(page, 'player on a phone');
    await close();
  });
});
