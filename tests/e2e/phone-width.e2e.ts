import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The one import from the app: its list of addresses, plain data, so no screen is left out here.
import { PATHS, type ScreenName } from '../../src/web/route-paths';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { answerIntake, answerScreen, signInDemo, type DemoRole } from './journey';

const WIDTH = 360;
const VIEWPORT = { width: WIDTH, height: 740 };
const SHOTS = 'test-results/phone-width';
const ROLES = ['guest', 'patient', 'therapist', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** Real ids from the demo data, found the way a person would reach them. */
type Ids = {
  exercise: string;
  clinic: string;
  appointment: string;
  appointmentToken: string;
  patient: string;
  invite: string;
};

/** An address of the router with its parameters filled in (every one of them). */
function at(screen: ScreenName, params: Record<string, string> = {}, search = '') {
  const path = PATHS[screen].replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no ${name} for ${PATHS[screen]}`);
    return encodeURIComponent(value);
  });
  return path + search;
}

type Visit = {
  url: string;
  /** What shows once the page's data is in, for this role (beyond a heading and no "Loading"). */
  ready?: string[];
  /** HTTP statuses the page provokes on purpose (a link that no longer works, say). */
  statuses?: number[];
};

const staff = (role: Role) => role === 'therapist' || role === 'admin';

/** Each screen of the router, opened as each role. */
const VISITS: Record<ScreenName, (role: Role, ids: Ids) => Visit> = {
  home: () => ({ url: at('home') }),
  learn: () => ({ url: at('learn') }),
  expectations: () => ({ url: at('expectations') }),
  habit: (role) => ({
    url: at('habit', { id: 'hip-hinge' }),
    ready: role === 'patient' ? ['.habit-questions input:enabled'] : [],
  }),
  exercises: () => ({ url: at('exercises'), ready: ['.card-grid .card svg'] }),
  exercise: (_, ids) => ({ url: at('exercise', { id: ids.exercise }), ready: ['.variant svg'] }),
  start: () => ({ url: at('start'), ready: ['.screen button[value=yes]'] }),
  seekCare: () => ({ url: at('seekCare') }),
  plan: (role) => ({ url: at('plan'), ready: staff(role) ? [] : ['.plan-item'] }),
  program: (role) => ({
    url: at('program'),
    ready: role === 'patient' ? ['.stage-stepper li'] : [],
  }),
  session: (role) => ({
    url: at('session'),
    ready: staff(role) ? [] : ['button:has-text("Skip this exercise")'],
  }),
  clinics: () => ({ url: at('clinics', {}, '?zip=10001'), ready: ['.clinic-card', '.next-slot'] }),
  clinic: (_, ids) => ({ url: at('clinic', { id: ids.clinic }), ready: ['.slot'] }),
  appointment: (_, ids) => ({
    url: at('appointment', { id: ids.appointment }, `?token=${ids.appointmentToken}`),
    ready: ['[data-testid=when]'],
  }),
  signIn: () => ({ url: at('signIn') }),
  signInLink: () => ({
    url: at('signInLink', {}, '?token=an-old-link'),
    ready: ['h1:has-text("did not work")'],
    statuses: [400],
  }),
  signUp: () => ({ url: at('signUp') }),
  signUpConfirm: () => ({
    url: at('signUpConfirm', {}, '?token=an-old-link'),
    ready: ['h1:has-text("did not work")'],
    statuses: [400],
  }),
  forgotPassword: () => ({ url: at('forgotPassword') }),
  resetPassword: () => ({ url: at('resetPassword', {}, '?token=from-the-email') }),
  account: (role) => ({
    url: at('account'),
    ready: role === 'patient' ? ['.appointments li'] : [],
  }),
  outbox: () => ({ url: at('outbox'), ready: ['.mail'] }),
  progress: (role) => ({
    url: at('progress'),
    ready: role === 'patient' ? ['.pain-chart canvas', '.adherence-chart svg'] : [],
  }),
  roster: (role) => ({
    url: at('roster'),
    ready: role === 'therapist' ? ['table.roster tbody tr', '#rtm-heading'] : [],
  }),
  patient: (role, ids) => ({
    url: at('patient', { id: ids.patient }),
    ready:
      role === 'therapist'
        ? ['.pain-chart canvas', '.program-builder .program-item', '#rtm-patient-heading']
        : [],
  }),
  join: (_, ids) => ({ url: at('join', { token: ids.invite }), ready: ['h1:has-text("Join")'] }),
  admin: (role) => ({
    url: at('admin'),
    ready: role === 'admin' ? ['table.schedule tbody tr', '.records.hours'] : [],
  }),
  adminLocations: (role) => ({
    url: at('adminLocations'),
    ready: role === 'admin' ? ['main table.records tbody tr'] : [],
  }),
  adminTypes: (role) => ({
    url: at('adminTypes'),
    ready: role === 'admin' ? ['main table.records tbody tr'] : [],
  }),
};

/** States inside a screen that only a click opens: forms, the player, another view. */
type Extra = { role: Role; name: string; screen: ScreenName; open: (page: Page) => Promise<void> };
/** Opens the first row's edit form of the list on screen. */
const editFirst = (page: Page) =>
  page
    .getByRole('button', { name: /^Edit / })
    .first()
    .click();

const EXTRAS: Extra[] = [
  {
    role: 'guest',
    name: 'seek-care-advice',
    screen: 'seekCare',
    open: async (page) => {
      await answerScreen(page, ['saddleNumbness']);
      await page.getByRole('link', { name: 'Call 911' }).waitFor();
    },
  },
  {
    role: 'patient',
    name: 'session-started',
    screen: 'session',
    open: async (page) => {
      await page.getByRole('button', { name: /^Start / }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
    },
  },
  {
    role: 'patient',
    name: 'progress-table',
    screen: 'progress',
    open: async (page) => {
      for (const summary of await page.getByText('Show the numbers as a table').all())
        await summary.click();
      await page.locator('.chart details table').last().waitFor();
    },
  },
  {
    role: 'therapist',
    name: 'roster-invite',
    screen: 'roster',
    open: async (page) => {
      await page.getByRole('button', { name: 'Invite a patient' }).click();
      await page.locator('img.qr').waitFor();
    },
  },
  {
    role: 'therapist',
    name: 'patient-program',
    screen: 'patient',
    open: async (page) => {
      await page.locator('.program-item legend input[type=checkbox]').first().check();
      await page.locator('.program-item .program-fields input').first().waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-week-scrolled',
    screen: 'admin',
    open: async (page) => {
      // Scrolled to the week's last day, the therapists' names and the caption stay in view.
      const box = page.locator('.table-scroll', { has: page.locator('table.schedule') });
      await box.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      const left = async (selector: string) =>
        (await page.locator(selector).first().boundingBox())?.x ?? -1;
      await expect.poll(() => left('table.schedule tbody th')).toBe(await left('.table-scroll'));
      expect(await left('table.schedule caption span')).toBe(await left('.table-scroll'));
    },
  },
  {
    role: 'admin',
    name: 'admin-day',
    screen: 'admin',
    open: async (page) => {
      await page.getByLabel('Show').selectOption('Day');
      await page.getByRole('button', { name: 'Next day' }).waitFor();
      await page.locator('table.schedule tbody tr').first().waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-locations-edit',
    screen: 'adminLocations',
    open: async (page) => {
      await editFirst(page);
      await page.getByRole('button', { name: 'Save location' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-locations-staff-edit',
    screen: 'adminLocations',
    open: async (page) => {
      await editFirst(page);
      await page.getByRole('button', { name: 'Save location' }).waitFor();
      // The location's therapists come first, above the list of locations.
      await editFirst(page);
      await page.getByRole('button', { name: 'Save therapist' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-locations-new',
    screen: 'adminLocations',
    open: async (page) => {
      await page.getByRole('button', { name: 'Open a new location' }).click();
      await page.getByRole('button', { name: 'Open location' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-locations-add-therapist',
    screen: 'adminLocations',
    open: async (page) => {
      await page.getByRole('button', { name: 'Add a therapist' }).click();
      await page.getByRole('button', { name: 'Add therapist' }).waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-types-new',
    screen: 'adminTypes',
    open: async (page) => {
      await page.getByRole('button', { name: 'New appointment type' }).click();
      await page.locator('main form').waitFor();
    },
  },
  {
    role: 'admin',
    name: 'admin-types-edit',
    screen: 'adminTypes',
    open: async (page) => {
      await editFirst(page);
      await page.locator('main form').waitFor();
    },
  },
];

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Waits for the page's real content: a heading, what `ready` names, and no "Loading…" left. */
async function settle(page: Page, ready: string[] = []) {
  await page.locator('main h1').first().waitFor();
  for (const selector of ready) await page.locator(selector).first().waitFor();
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && !/Loading/.test(main.innerText);
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The page's width, and what sticks out past the right edge when it is too wide. */
function measure(page: Page) {
  return page.evaluate((width) => {
    const scrollers = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e; e = e.parentElement)
        if (e !== document.documentElement && e !== document.body)
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX))
            return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !scrollers(e))
      .map((e) => {
        const r = e.getBoundingClientRect();
        const cls = typeof e.className === 'string' && e.className ? `.${e.className}` : '';
        return `${e.tagName.toLowerCase()}${cls} (${Math.round(r.right)} px)`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 8) };
  }, WIDTH);
}

const widths: Record<string, number> = {};

describe(`every screen fits a ${WIDTH} px phone, as every role`, () => {
  let browser: Browser;
  const sessions = {} as Record<Role, NonNullable<BrowserContextOptions['storageState']>>;
  // The plan lives in the tab's session storage, which storageState leaves out.
  const tabs = {} as Record<Role, string>;
  const keepTab = (page: Page) => page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  let ids: Ids;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();

    // A guest with a plan of their own, who finds an exercise and a clinic.
    const guest = await openPage(browser, { viewport: VIEWPORT });
    await answerScreen(guest.page);
    await answerIntake(guest.page);
    await guest.page.goto(at('exercises'));
    const exercise = await guest.page
      .locator('.card a[href^="/exercises/"]')
      .first()
      .getAttribute('href');
    await guest.page.goto(at('clinics', {}, '?zip=60601'));
    const clinic = await guest.page.locator('.clinic-card h3 a').first().getAttribute('href');
    sessions.guest = await guest.page.context().storageState();
    tabs.guest = await keepTab(guest.page);
    await guest.close();

    // The demo patient, with a plan and a visit booked at that clinic.
    const patient = await openPage(browser, { viewport: VIEWPORT });
    await signInDemo(patient.page, 'patient');
    await answerScreen(patient.page);
    await answerIntake(patient.page);
    await patient.page.goto(clinic!);
    await patient.page.locator('.slot').last().click();
    await patient.page.getByLabel('Phone').fill('(312) 555-0136');
    await patient.page.getByRole('button', { name: 'Book this time' }).click();
    await patient.page.getByRole('heading', { level: 1, name: "You're booked" }).waitFor();
    const booked = new URL(patient.page.url());
    sessions.patient = await patient.page.context().storageState();
    tabs.patient = await keepTab(patient.page);
    await patient.close();

    // The demo therapist: their most urgent patient, and an invite link.
    const therapist = await openPage(browser, { viewport: VIEWPORT });
    await signInDemo(therapist.page, 'therapist');
    await therapist.page.goto(at('roster'));
    const first = therapist.page.locator('table.roster tbody th a').first();
    const patientPath = await first.getAttribute('href');
    await therapist.page.getByRole('button', { name: 'Invite a patient' }).click();
    const invite = new URL(await therapist.page.getByLabel('Invite link').inputValue());
    sessions.therapist = await therapist.page.context().storageState();
    tabs.therapist = '{}';
    await therapist.close();

    const admin = await openPage(browser, { viewport: VIEWPORT });
    await signInDemo(admin.page, 'admin' satisfies DemoRole);
    sessions.admin = await admin.page.context().storageState();
    tabs.admin = '{}';
    await admin.close();

    const last = (path: string | null) => path?.split('/').pop() ?? '';
    ids = {
      exercise: last(exercise),
      clinic: last(clinic),
      appointment: last(booked.pathname),
      appointmentToken: booked.searchParams.get('token') ?? '',
      patient: last(patientPath),
      invite: last(invite.pathname),
    };
    for (const [key, value] of Object.entries(ids)) expect(value, key).not.toBe('');
  }, 120_000);

  afterAll(async () => {
    writeFileSync(`${SHOTS}/widths.json`, `${JSON.stringify(widths, null, 2)}\n`);
    await browser.close();
  });

  it('knows how to open every screen of the router', () => {
    expect(Object.keys(VISITS).sort()).toEqual(Object.keys(PATHS).sort());
  });

  /**
   * Opens a screen in the role's tab, waits for its content, then checks width, looks and axe.
   * One tab per role, as a person moves around the app: a fresh browser profile per screen
   * would spend most of the time starting renderers and compiling scripts again.
   */
  async function check(
    tab: Awaited<ReturnType<typeof openPage>>,
    role: Role,
    name: string,
    visit: Visit,
    open?: (page: Page) => Promise<void>,
  ) {
    const { page, problems } = tab;
    problems.length = 0;
    await page.goto(visit.url);
    await settle(page, visit.ready);
    if (open) {
      await open(page);
      await settle(page);
    }
    const label = `${role}-${name}`;
    await page.screenshot({ path: `${SHOTS}/${label}.png`, fullPage: true });
    const { scrollWidth, wide } = await measure(page);
    widths[label] = scrollWidth;
    expect
      .soft(scrollWidth, `${label} is ${scrollWidth} px wide: ${wide.join(', ')}`)
      .toBeLessThanOrEqual(WIDTH);
    await expectAccessible(page, `${label} at ${WIDTH} px`);
    // Only the statuses this screen provokes on purpose may show up in the console.
    const expected = visit.statuses ?? [];
    const unexpected = problems.filter(
      (p) => !expected.some((status) => p.includes(`status of ${status}`)),
    );
    expect(unexpected, `${label} logged errors`).toEqual([]);
  }

  describe.each(ROLES)('as %s', (role) => {
    let tab: Awaited<ReturnType<typeof openPage>>;
    beforeAll(async () => {
      tab = await openPage(browser, { viewport: VIEWPORT, storageState: sessions[role] }, [
        ...new Set(Object.values(VISITS).flatMap((v) => v(role, ids).statuses ?? [])),
      ]);
      tab.page.setDefaultTimeout(15_000);
      await tab.page.context().addInitScript((saved: string) => {
        for (const [key, value] of Object.entries(JSON.parse(saved) as Record<string, string>))
          if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
      }, tabs[role]);
    });
    afterAll(() => tab.close());

    it.each(Object.keys(PATHS) as ScreenName[])('%s', async (screen) => {
      await check(tab, role, kebab(screen), VISITS[screen](role, ids));
    });
    const extras = EXTRAS.filter((e) => e.role === role);
    if (extras.length > 0)
      it.each(extras)('$name', async (extra) => {
        await check(tab, role, extra.name, VISITS[extra.screen](role, ids), extra.open);
      });
  });
});
