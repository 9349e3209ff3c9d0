import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, tabTo } from './browser';
import { answerIntake, answerScreen, finishExercise } from './journey';

const phase = (page: Page) => page.getByTestId('phase').innerText();

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

  it('can be done from start to finish with the keyboard only, in few key presses', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await page.goto('/');
    await tabTo(page, 'a[href="/start"].button');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Safety check' }).waitFor();
    // Every key from here to a running clock is counted.
    let presses = 0;
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i++) {
        presses++;
        await page.keyboard.press(key);
      }
    };
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.getAttribute('name') ?? el?.closest('[data-name]')?.getAttribute('data-name') ?? ''}:${el?.textContent?.trim() ?? ''}`;
      });
    // Each question is two buttons, "No" first; a keyboard answer moves on to the next one.
    const flags = await page.$$eval('.screen button[value=yes]', (els) => els.length);
    expect(flags).toBe(13);
    await press('Tab');
    for (let i = 0; i < flags; i++) {
      expect(await focused()).toMatch(/:No$/);
      await press('Space');
    }
    expect(await focused()).toBe(':Continue');
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: 'About your symptoms' }).waitFor();
    await press('Tab'); // past "where do you feel it" (one stop, nothing ticked)
    await press('Tab');
    expect(await focused()).toBe('side:Left');
    await press('Space'); // left; on to leg pain
    await press('4'); // a digit picks the score
    await press('Tab');
    await press('2');
    await press('Tab'); // past "what makes it worse"
    await press('Tab');
    expect(await focused()).toBe('canGetToFloor:No');
    await press('Space'); // can't get to the floor
    await press('Space'); // can't kneel
    await press('Tab');
    await press('Space'); // steady: yes
    await press('Tab');
    await press('Space'); // sensitive today: yes
    expect(await focused()).toMatch(/^props:/);
    await press('ArrowRight'); // towel
    await press('Space');
    await press('Tab');
    expect(await focused()).toBe(':Show my plan');
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your stretching plan for today' }).waitFor();
    const planned = await page.locator('.plan-item h2').allInnerTexts();
    expect(planned.length).toBeGreaterThan(0);
    expect(await page.locator('.plan-item').first().innerText()).toMatch(/on a firm bed|chair/i);
    await press('Tab', 3); // the two settings, then the start button
    expect(await focused()).toBe(':Start the session');
    await press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    await expectAccessible(page, 'player intro');
    await page.locator('.exercise-intro h2').waitFor();
    await press('Tab');
    expect(await focused()).toMatch(/^:Start /);
    await press('Enter');
    expect(await phase(page)).toMatch(/Get ready/);
    expect(presses).toBeLessThanOrEqual(40);
    // Focus moves to the timer's main control, not the page body.
    expect(await focused()).toBe(':Pause');
    await expectAccessible(page, 'player running');
    // Pause with the keyboard: focus stays on the pause button; time stops.
    await page.keyboard.press('Enter');
    const frozen = await page.getByTestId('countdown').innerText();
    await page.clock.runFor(10_000);
    expect(await page.getByTestId('countdown').innerText()).toBe(frozen);
    await page.keyboard.press('Enter');

    // The rest of the session: each exercise, and each side of a one-sided one, is checked in.
    let checkins = 0;
    while ((await page.getByTestId('summary').count()) === 0) {
      if ((await page.locator('.exercise-intro h2').count()) > 0) {
        await tabTo(page, '.exercise-intro button.primary');
        await page.keyboard.press('Enter');
      }
      await finishExercise(page);
      if ((await page.getByTestId('summary').count()) > 0) break;
      if (checkins === 0) await expectAccessible(page, 'check-in');
      await tabTo(page, 'input[name=painAfter]');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await tabTo(page, 'form.checkin button[type=submit]');
      await page.keyboard.press('Enter');
      await page.getByTestId('verdict').waitFor();
      expect(await page.getByTestId('verdict').getAttribute('data-action')).toBe('continue');
      checkins++;
      await tabTo(page, '[data-testid=verdict] button');
      await page.keyboard.press('Enter');
    }
    const summary = await page.getByTestId('summary').innerText();
    expect(summary).toMatch(new RegExp(`${planned.length}\\s+done`));
    expect(checkins).toBeGreaterThan(planned.length);
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
    // The figure works the right side and is in its held position.
    const figure = page.locator('.running svg.figure');
    expect(await figure.getAttribute('data-side')).toBe('right');
    const holding = await figure.innerHTML();
    await page.clock.runFor(100);
    // Every hold on the right, then a check-in about the right side before any on the left.
    expect(await phase(page)).toMatch(/Relax · right side/);
    // Between holds the figure rests in its starting position.
    expect(await figure.innerHTML()).not.toBe(holding);
    await page.clock.runFor(5_000);
    expect(await phase(page)).toMatch(/Hold · right side/);
    await page.clock.runFor(20_000);
    await page.getByRole('heading', { name: /feel on your right side\?$/ }).waitFor();
    expect(await checkin(page, 5)).toBe('continue');
    await page.getByRole('button', { name: 'Go on to the left side' }).click();
    expect(await phase(page)).toMatch(/Switch sides · left side/);
    await page.clock.runFor(5_000);
    expect(await phase(page)).toMatch(/Hold · left side/);
    // The left side is drawn as the mirror image.
    expect(await figure.getAttribute('data-side')).toBe('left');
    await close();
  });

  it('paces the breath with a circle beside the figure that grows on the in-breath', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    const intro = page.locator('.exercise-intro h2');
    for (let i = 0; i < 8; i++) {
      await intro.waitFor();
      if (/Cat/.test(await intro.innerText())) break;
      await page.getByRole('button', { name: 'Skip this exercise' }).click();
    }
    await page.getByRole('button', { name: /^Start / }).click();
    await page.clock.runFor(5_000);
    expect(await phase(page)).toBe('Breathe in');
    const pacer = page.getByTestId('breath-pacer');
    const size = async () => (await pacer.boundingBox())!.width;
    await page.clock.runFor(300);
    const early = await size();
    const figureBox = (await page.locator('.running svg.figure').boundingBox())!;
    const pacerBox = (await pacer.boundingBox())!;
    const overlaps =
      pacerBox.x < figureBox.x + figureBox.width &&
      figureBox.x < pacerBox.x + pacerBox.width &&
      pacerBox.y < figureBox.y + figureBox.height &&
      figureBox.y < pacerBox.y + pacerBox.height;
    expect(overlaps, 'the pacer covers the figure').toBe(false);
    await page.clock.runFor(3_000);
    // The page draws the new size on its next frame, which a busy machine may delay.
    await expect.poll(size).toBeGreaterThan(early * 1.5);
    const full = await size();
    while ((await phase(page)) === 'Breathe in') await page.clock.runFor(250);
    expect(await phase(page)).toBe('Breathe out');
    await page.clock.runFor(3_000);
    await expect.poll(size).toBeLessThan(full * 0.8);
    await close();
  });

  it('ends a one-sided stretch after the first side when the tingling spread there', async () => {
    const { page, close } = await openPage(browser);
    await page.clock.install();
    await answerScreen(page);
    await answerIntake(page, { floor: false, kneel: false, steady: false });
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: /^Start / }).click();
    await finishExercise(page);
    await page.getByRole('heading', { name: /feel on your right side\?$/ }).waitFor();
    expect(await checkin(page, 5, ['tinglingSpread'])).toBe('stop');
    await page.getByRole('button', { name: 'End the session' }).click();
    const stopped = await page.getByTestId('stopped').innerText();
    expect(stopped).toMatch(/right side/);
    expect(stopped).not.toMatch(/left side/);
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
