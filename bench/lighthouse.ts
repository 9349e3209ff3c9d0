import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { CONTRACT_INTAKE } from '../tests/fixtures/contract-intake';
import { startServer } from '../tests/setup/child-server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/setup/chromium';

/**
 * Lighthouse (mobile: a mid-range phone on slow 4G, simulated) on the pages a patient opens
 * first, run against the build with Debian's Chromium. Budgets (issue 12): performance >= 95 and
 * accessibility 100 on each. The plan and the player are audited with a plan in the visit, as a
 * person reaches them. Installability is Chromium's own check (Page.getInstallabilityErrors,
 * what Lighthouse's install audit reported until Lighthouse 12 dropped it) on the manifest and
 * service worker. Run after `npm run build`.
 */
const PAGES = [
  ['home', '/'],
  ['safety screen', '/start'],
  ['plan', '/plan'],
  ['player', '/session'],
] as const;
const BUDGET = { performance: 95, accessibility: 100 };

const dir = mkdtempSync(join(tmpdir(), 'reliefpath-lighthouse-'));
const server = await startServer({
  DATABASE_URL: `file:${join(dir, 'bench.db')}`,
  SEED_DEMO: 'false',
});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  userDataDir: join(dir, 'profile'),
  args: CHROMIUM_FLAGS,
});

/** The visit as the app keeps it once the questions are answered (hooks/use-journey.ts). */
async function journey(): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/plan/preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CONTRACT_INTAKE),
  });
  const plan: unknown = await res.json();
  return JSON.stringify({
    intake: CONTRACT_INTAKE,
    plan,
    settings: { spokenCues: false, longerHolds: false },
    recheck: null,
  });
}

async function audit(page: Page, path: string) {
  const result = await lighthouse(
    `${server.url}${path}`,
    { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    undefined,
    page,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'FCP ms': ms('first-contentful-paint'),
    'LCP ms': ms('largest-contentful-paint'),
    'TBT ms': ms('total-blocking-time'),
    CLS: (audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3),
    failed: Object.values(audits)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
      .map((a) => a.id)
      .filter((id) => categories.accessibility?.auditRefs.some((r) => r.id === id))
      .join(' '),
  };
}

/** Chromium's installability verdict once the service worker controls the page. */
async function installability(page: Page) {
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload({ waitUntil: 'networkidle0' });
  const cdp = await page.createCDPSession();
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  return {
    errors: installabilityErrors.map((e) => e.errorId),
    manifest: manifest.url,
    controlled,
  };
}

const rows = [];
let met = true;
try {
  const visit = await journey();
  for (const [name, path] of PAGES) {
    const page = await browser.newPage();
    // The visit is in the tab before the app's code runs, as after answering the questions.
    if (path === '/plan' || path === '/session')
      await page.evaluateOnNewDocument((json) => {
        sessionStorage.setItem('reliefpath.journey', json);
      }, visit);
    const scores = await audit(page, path);
    const ok =
      scores.performance >= BUDGET.performance && scores.accessibility >= BUDGET.accessibility;
    met &&= ok;
    rows.push({ page: `${name} (${path})`, ...scores, budget: ok ? 'met' : 'NOT met' });
    await page.close();
  }
  const install = await installability(await browser.newPage());
  met &&= install.errors.length === 0 && install.controlled;
  console.log('lighthouse: mobile, simulated slow 4G and 4x CPU slowdown, Debian Chromium');
  console.table(rows);
  console.log(
    `installable: ${install.errors.length === 0 ? 'yes' : `NO (${install.errors.join(', ')})`}; manifest ${install.manifest}; service worker in control: ${install.controlled ? 'yes' : 'NO'}`,
  );
  console.log(`within budget: ${met ? 'yes' : 'NO'}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
