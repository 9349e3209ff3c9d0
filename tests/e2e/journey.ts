import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openPage } from './browser';

/** Answers every safety question "no" except those named, by clicking. */
export async function answerScreen(page: Page, yes: string[] = [], continueLabel = 'Continue') {
  await page.goto('/start');
  // The screen's code loads after the page itself: wait for its questions.
  await page.locator('.screen button[value=yes]').first().waitFor();
  const names = await page.$$eval('.screen button[value=yes]', (buttons) =>
    buttons.map((b) => (b as HTMLButtonElement).name),
  );
  for (const name of names)
    await page.click(`button[name="${name}"][value="${yes.includes(name) ? 'yes' : 'no'}"]`);
  await page.getByRole('button', { name: continueLabel }).click();
}

/** Ticks an option of a several-answer question. */
export const tick = (page: Page, question: string, value: string) =>
  page.click(`[role=listbox][data-name=${question}] [data-value=${value}]`);

export type IntakeAnswers = {
  side?: 'left' | 'right' | 'both';
  legPain?: number;
  backPain?: number;
  floor?: boolean;
  kneel?: boolean;
  steady?: boolean;
  sensitive?: boolean;
  props?: string[];
  aggravators?: string[];
};

export async function answerIntake(
  page: Page,
  a: IntakeAnswers = {},
  words = {
    title: 'About your symptoms',
    show: 'Show my plan',
    plan: 'Your stretching plan for today',
  },
) {
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  await tick(page, 'painAreas', 'buttock');
  await page.click(`button[name=side][value=${a.side ?? 'left'}]`);
  await page.check(`input[name=legPain][value="${a.legPain ?? 5}"]`);
  await page.check(`input[name=backPain][value="${a.backPain ?? 3}"]`);
  for (const value of a.aggravators ?? []) await tick(page, 'aggravators', value);
  const yesNo = (v: boolean | undefined) => (v === false ? 'no' : 'yes');
  await page.click(`button[name=canGetToFloor][value=${yesNo(a.floor)}]`);
  await page.click(`button[name=canKneel][value=${yesNo(a.kneel)}]`);
  await page.click(`button[name=steadyOnFeet][value=${yesNo(a.steady)}]`);
  await page.click(`button[name=nerveSensitiveToday][value=${a.sensitive ? 'yes' : 'no'}]`);
  for (const prop of a.props ?? ['strap', 'chair', 'pillow']) await tick(page, 'props', prop);
  await page.getByRole('button', { name: words.show }).click();
  await page.getByRole('heading', { level: 1, name: words.plan }).waitFor();
}

/**
 * Fills in the sign-up form already on screen and finishes through the emailed link, read
 * from the demo outbox the page points to, as a newcomer on a local demo would.
 */
export async function signUpByEmail(page: Page, name: string, email: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  await page.getByRole('link', { name: 'demo outbox' }).click();
  await page
    .locator('.mail', { hasText: `To ${email}` })
    .filter({ hasText: 'Finish creating' })
    .first()
    .locator('a')
    .click();
}

/**
 * From the plan: starts the session, reports a problem during the first exercise, answers the
 * check-in with this leg pain and nothing else, follows the advice, then skips every exercise
 * left. Ends on the session summary.
 */
export async function oneCheckinThenSkip(page: Page, painAfter: number) {
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: /^Start / }).click();
  await page.getByRole('button', { name: 'Something feels wrong' }).click();
  await page.check(`input[name=painAfter][value="${painAfter}"]`);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByTestId('verdict').getByRole('button').click();
  const summary = page.locator('[data-testid=summary], [data-testid=stopped]');
  const skip = page.getByRole('button', { name: /^Skip (this )?exercise$/ });
  while ((await summary.count()) === 0) if (await skip.isVisible()) await skip.click();
}

/** Runs the fake clock until the check-in appears (or the session ends). */
export async function finishExercise(page: Page) {
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('form.checkin, [data-testid=summary]').count()) > 0) return;
    await page.clock.runFor(5_000);
  }
  throw new Error('exercise never finished');
}

/**
 * From the plan, with the page's clock installed: every exercise (and side) to its end, each
 * checked in with this leg pain and no warning signs. Ends on the summary; returns the
 * number of check-ins.
 */
export async function wholeSession(page: Page, painAfter: number): Promise<number> {
  await page.getByRole('button', { name: 'Start the session' }).click();
  let checkins = 0;
  const summary = page.getByTestId('summary');
  while ((await summary.count()) === 0) {
    // Each exercise opens on its introduction; the second side of one starts by itself.
    await page
      .locator('.exercise-intro, [data-testid=phase], [data-testid=summary]')
      .first()
      .waitFor();
    const start = page.locator('.exercise-intro button.primary');
    if ((await start.count()) > 0) await start.click();
    await finishExercise(page);
    if ((await summary.count()) > 0) break;
    await page.check(`input[name=painAfter][value="${painAfter}"]`);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByTestId('verdict').getByRole('button').click();
    checkins++;
  }
  return checkins;
}

export type DemoRole = 'patient' | 'therapist' | 'admin';

/**
 * Signs in to a demo account (one per role, or a seeded patient such as "maria.lopez") with its
 * published password and waits for the account page.
 */
export async function signInDemo(page: Page, account: DemoRole | 'maria.lopez' | 'aiko.tanaka') {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(`${account}@demo.reliefpath.test`);
  await page.getByLabel('Password').fill('reliefpath-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
}

/** The demo therapist, signed in, with a fresh invite link from the roster. */
export async function therapistWithInvite(browser: Browser) {
  const pt = await openPage(browser);
  await signInDemo(pt.page, 'therapist');
  await pt.page.getByRole('link', { name: 'Patients' }).click();
  await pt.page.getByRole('heading', { level: 1, name: 'Your patients' }).waitFor();
  await pt.page.getByRole('button', { name: 'Invite a patient' }).click();
  return { pt, link: await pt.page.getByLabel('Invite link').inputValue() };
}

/** A new patient opens the invite link, creates an account and joins the care team. */
export async function joinFromInvite(
  browser: Browser,
  link: string,
  name: string,
  time = Date.now(),
  options: BrowserContextOptions = {},
  expectedErrors: RegExp[] = [],
) {
  const patient = await openPage(browser, options, [403, ...expectedErrors]);
  await patient.page.clock.install({ time });
  await patient.page.goto(new URL(link).pathname);
  await patient.page.getByRole('link', { name: 'create an account' }).click();
  await signUpByEmail(patient.page, name, `${name.replace(' ', '.').toLowerCase()}@example.com`);
  await patient.page.getByRole('button', { name: /care team/ }).click();
  await patient.page.getByRole('heading', { level: 1, name: `Hello, ${name}` }).waitFor();
  return patient;
}
