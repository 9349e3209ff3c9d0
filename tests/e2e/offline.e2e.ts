import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../content/messages/en';

const KEPT_WORDS = EN['sync.kept'];
const SYNCED_WORDS = EN['sync.synced'];
import { startServer } from '../setup/child-server';
import { expectAccessible, launchBrowser, openPage } from './browser';
import {
  answerIntake,
  answerScreen,
  joinFromInvite,
  signInDemo,
  signUpByEmail,
  therapistWithInvite,
  wholeSession,
} from './journey';

/**
 * The device's queue, read or refilled straight in IndexedDB (not through the app's code):
 * with `rows`, puts them back as they were, as a replay would.
 */
const outboxOnDevice = (page: Page, rows?: unknown[]) =>
  page.evaluate(
    (putBack) =>
      new Promise<{ key: string; kind: string; urgent: boolean }[]>((resolve, reject) => {
        const fail = (what: string) => () => reject(new Error(`IndexedDB: ${what} failed`));
        const open = indexedDB.open('reliefpath-outbox');
        open.onerror = fail('open');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('changes')) return resolve([]);
          const tx = db.transaction('changes', 'readwrite');
          const store = tx.objectStore('changes');
          for (const row of putBack ?? []) store.put(row, (row as { key: string }).key);
          const all = store.getAll();
          all.onerror = fail('read');
          tx.oncomplete = () => resolve(all.result as never);
        };
      }),
    rows,
  );
const keptOnDevice = (page: Page) => outboxOnDevice(page);
const putBack = (page: Page, rows: unknown[]) => outboxOnDevice(page, rows);

/** The history as the server has it, asked directly with the context's sign-in. */
async function history(context: BrowserContext, today: string) {
  const sessions = await context.request.get('/api/v1/me/sessions');
  const progress = await context.request.get(`/api/v1/me/progress?today=${today}`);
  const logs = ((await progress.json()) as { logs: { date: string; legPain: number }[] }).logs;
  return {
    sessions: (await sessions.json()) as { id: string; checkins: number }[],
    logs: logs.filter((l) => l.date === today),
  };
}

/** Saves today's pain on the progress page while offline, and waits for "kept on this device". */
async function logTodayOffline(page: Page, legPain: number, backPain: number) {
  await page.check(`input[name=legPain][value="${legPain}"]`);
  await page.check(`input[name=backPain][value="${backPain}"]`);
  await page.getByRole('button', { name: "Save today's log" }).click();
  await page.locator('form.daily-log').getByText(KEPT_WORDS).waitFor();
}

/** Failed requests the browser logs while the network is off are the point of these tests. */
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch/;

describe('offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('runs a whole session and logs the day with no network, and each reaches the history once', async () => {
    const { page, close } = await openPage(browser, { serviceWorkers: 'allow' }, [OFFLINE_NOISE]);
    const context = page.context();
    await page.clock.install();
    await page.goto('/sign-up');
    await signUpByEmail(page, 'Olive Offline', 'olive.offline@example.com');
    await page.getByRole('heading', { level: 1, name: 'Hello, Olive Offline' }).waitFor();
    await answerScreen(page);
    await answerIntake(page);
    // Once its service worker is running, the app is on the device.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your stretching plan for today' }).waitFor();
    const checkins = await wholeSession(page, 3);
    expect(checkins).toBeGreaterThan(0);
    await page.locator('main').getByText(KEPT_WORDS, { exact: true }).waitFor();
    await expectAccessible(page, 'summary offline');

    // The learn pages and the library open with no network too.
    await page.goto('/learn');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/exercises/figure-4');
    await page.locator('.exercise-detail svg, figure svg').first().waitFor();

    // A screen not kept on the device (staff ones are not) says it needs the network.
    await page.goto('/therapist');
    await page.getByRole('heading', { level: 1, name: 'This page needs a connection' }).waitFor();
    await expectAccessible(page, 'needs a connection');
    // A clinic's page needs the network; it says so rather than that the clinic is gone.
    await page.goto('/clinics/new-york-ny-1');
    await page.getByRole('heading', { level: 1, name: 'This clinic needs a connection' }).waitFor();

    await page.goto('/progress');
    // Never opened online: no history to show, but the log works.
    await page.getByText("Today's log below still works").waitFor();
    await logTodayOffline(page, 4, 2);
    // Reminder times and the missed-day email are kept the same way.
    const reminders = page.locator('section[aria-labelledby=reminders-heading]');
    await reminders.getByLabel('Reminder 1').fill('06:45');
    await reminders.getByRole('button', { name: 'Save reminders' }).click();
    await reminders.getByText(KEPT_WORDS).waitFor();
    await reminders.getByLabel('Email me when I miss a day').check();
    await expect.poll(() => reminders.getByText(KEPT_WORDS).count()).toBe(2);
    await page.locator('.sync-notice', { hasText: '4 changes waiting' }).waitFor();
    await expectAccessible(page, 'progress offline');
    const kept = await keptOnDevice(page);
    expect(kept.map((k) => k.kind).sort()).toEqual(['log', 'nudges', 'reminders', 'session']);
    // Signing out now would keep them here: the account page says so first.
    await page.goto('/account');
    await page.getByText('4 changes you recorded offline are still waiting to be sent.').waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    // Answering the questions again with no network still gives a plan, made on the device.
    await answerScreen(page);
    await answerIntake(page);
    await page.getByText(/^Made with no connection: the standard routine/).waitFor();
    expect(await page.locator('.plan-item').count()).toBeGreaterThan(0);

    // The tab is closed while still offline; the app is opened again once the network is back.
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto('/progress');
    await again.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await expect.poll(async () => (await keptOnDevice(again)).length).toBe(0);
    const synced = await history(context, today);
    expect(synced.sessions).toHaveLength(1);
    expect(synced.sessions[0]!.checkins).toBe(checkins);
    expect(synced.logs).toEqual([expect.objectContaining({ legPain: 4 })]);
    const settings = async () => ({
      reminders: (
        (await (await context.request.get('/api/v1/me/reminders')).json()) as {
          times: string[];
        }
      ).times,
      nudges: (
        (await (await context.request.get('/api/v1/me/nudges')).json()) as {
          email: boolean;
        }
      ).email,
    });
    expect(await settings()).toEqual({ reminders: ['06:45'], nudges: true });

    // Replaying the whole queue, twice, adds nothing: each change counts once on the server.
    for (let replay = 0; replay < 2; replay++) {
      await putBack(again, kept);
      await again.reload();
      await again.getByText(SYNCED_WORDS).waitFor();
      await expect.poll(async () => (await keptOnDevice(again)).length).toBe(0);
      expect(await history(context, today)).toEqual(synced);
      expect(await settings()).toEqual({ reminders: ['06:45'], nudges: true });
    }
    // A change the server refuses for good (a day that does not exist) leaves the queue, and
    // the person is told what was lost; the history is untouched.
    const log = kept.find((k) => k.kind === 'log')!;
    await putBack(again, [{ ...log, key: 'log-refused-0001', path: '/api/v1/me/logs/2026-02-30' }]);
    await again.reload();
    await again
      .getByRole('alert')
      .getByText('The server could not keep a daily log recorded offline.')
      .waitFor();
    await expect.poll(async () => (await keptOnDevice(again)).length).toBe(0);
    expect(await history(context, today)).toEqual(synced);
    await close();
  });

  it('stops at a red flag answered offline, and sends it first once online', async () => {
    const { pt, link } = await therapistWithInvite(browser);
    const { page, close } = await joinFromInvite(
      browser,
      link,
      'Rhea Offline',
      Date.now(),
      { serviceWorkers: 'allow' },
      [OFFLINE_NOISE],
    );
    const context = page.context();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const redFlagAlerts = async () => {
      const today = new Date().toISOString().slice(0, 10);
      const roster = await pt.page.request.get(`/api/v1/therapist/patients?today=${today}`);
      const rows = (await roster.json()) as { name: string; alerts: { kind: string }[] }[];
      const row = rows.find((r) => r.name === 'Rhea Offline');
      return row?.alerts.filter((a) => a.kind === 'red-flag').length ?? 0;
    };
    expect(await redFlagAlerts()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    // Meanwhile a daily log waits too: the red flag still goes first.
    await page.goto('/progress');
    await logTodayOffline(page, 6, 2);
    await answerScreen(page, ['fever']);
    // The screen is on the device: care advice at once, and no exercises.
    await page.waitForURL('**/seek-care');
    await page
      .getByRole('link', { name: /clinic|therapist/i })
      .first()
      .waitFor();
    expect(await page.locator('.plan-item').count()).toBe(0);
    const kept = await keptOnDevice(page);
    expect(kept.map((k) => [k.kind, k.urgent]).sort()).toEqual([
      ['log', false],
      ['screening', true],
    ]);

    await context.setOffline(false);
    await expect.poll(async () => (await keptOnDevice(page)).length).toBe(0);
    // The care team sees the warning sign, once.
    expect(await redFlagAlerts()).toBe(1);
    await close();
    await pt.close();
  });

  it('offers a new version once it is ready, never during a session, and switches on the person’s say', async () => {
    // A build of its own, so the test can publish a "new version" of the service worker.
    const dir = mkdtempSync(join(tmpdir(), 'reliefpath-update-'));
    cpSync(resolve(import.meta.dirname, '../../dist/web'), join(dir, 'web'), { recursive: true });
    const server = await startServer({
      DATABASE_URL: `file:${join(dir, 'update.db')}`,
      STATIC_DIR: join(dir, 'web'),
    });
    try {
      const { page, close } = await openPage(browser, {
        baseURL: server.url,
        serviceWorkers: 'allow',
      });
      await page.goto('/exercises');
      const firstWorker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active?.scriptURL;
      });
      expect(firstWorker).toMatch(/\/sw\.js$/);
      // This headless Chromium never fetches a registered worker's script again on update()
      // (no request reaches the server), so the next version is published at an address of
      // its own beside the first; to the app it is a new version waiting all the same.
      appendFileSync(join(dir, 'web/sw.js'), '\n// the next version\n');
      await page.evaluate(async () => {
        await navigator.serviceWorker.register('/sw.js?version=next');
      });
      const offer = page.getByText('A new version of ReliefPath is ready.');
      await offer.waitFor();
      await expectAccessible(page, 'new version offered');

      // In a session nothing is offered; the offer is back once the session is left.
      await answerScreen(page);
      await answerIntake(page);
      await page.getByRole('button', { name: 'Start the session' }).click();
      await page.locator('.exercise-intro').waitFor();
      expect(await offer.count()).toBe(0);
      await page.getByRole('link', { name: 'Exercises' }).click();
      await offer.waitFor();
      // The offer shows before the exercise list's code has loaded; its heading then takes
      // focus, so the keyboard check below starts only once it has.
      await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();

      const workers = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            waiting: registration?.waiting?.scriptURL ?? null,
            inCharge: navigator.serviceWorker.controller !== null,
          };
        });
      // (Page loads since then may have handed over to one address and offered the other.)
      expect(await workers()).toEqual({
        waiting: expect.stringMatching(/\/sw\.js/) as string,
        inCharge: true,
      });
      // By keyboard it is the first stop after "Skip to content".
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Reload to update',
      );
      const reloaded = page.waitForEvent('load');
      await page.keyboard.press('Enter');
      await reloaded;
      await page.locator('main h1').waitFor();
      // The new version took over: nothing waits any more, and nothing is offered.
      expect(await workers()).toEqual({ waiting: null, inCharge: true });
      expect(await offer.count()).toBe(0);
      await close();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the FHIR API, the API document and the health checks to the server, not the kept page', async () => {
    const { page, close } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A plain tab of the same browser (openPage's own waits for the app's screen), which the
    // worker now looks after: each navigation passes through it.
    const tab = await page.context().newPage();
    for (const [path, type] of [
      ['/fhir/R4/metadata', 'application/fhir+json'],
      ['/fhir/R4/Location?address-state=NY', 'application/fhir+json'],
      ['/api/openapi.json', 'application/json'],
      ['/healthz', 'application/json'],
    ] as const) {
      const res = await tab.goto(path);
      expect({ path, fromWorker: res!.fromServiceWorker() }).toEqual({ path, fromWorker: false });
      expect(res!.headers()['content-type'], path).toContain(type);
    }
    await close();
  });

  it('asks the warning signs again before the next plan when leg pain logged offline rose by 2', async () => {
    const { page, close } = await openPage(browser, { serviceWorkers: 'allow' }, [OFFLINE_NOISE]);
    await signInDemo(page, 'patient');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto('/progress');
    await page.locator('.pain-chart canvas').waitFor();
    await answerScreen(page);
    await answerIntake(page);
    await page.context().setOffline(true);
    await page.goto('/progress');
    await page.locator('form.daily-log').waitFor();
    await logTodayOffline(page, 10, 2);
    // The same rule as on the server, on the device: no session until the questions again.
    await page.goto('/plan');
    await page
      .getByTestId('recheck')
      .getByText(/Your leg pain went up from \d+ to 10/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Start the session' }).count()).toBe(0);
    await close();
  });

  it("plans from the therapist's program, as last loaded, with no network", async () => {
    const { page, close } = await openPage(browser, { serviceWorkers: 'allow' }, [OFFLINE_NOISE]);
    await signInDemo(page, 'maria.lopez');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Online, the server's plan from her program.
    await page.reload();
    await answerScreen(page);
    await answerIntake(page);
    const online = await page.locator('.plan-item h2').allInnerTexts();
    await page.context().setOffline(true);
    await answerScreen(page);
    await answerIntake(page);
    await page.getByText(/^Made with no connection, from your therapist's program/).waitFor();
    expect(await page.locator('.plan-item h2').allInnerTexts()).toEqual(online);
    await close();
  });
});
