import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/setup/chromium';
import { startServer } from '../tests/setup/child-server';

/**
 * What a cold load of each page downloads: every script and style sheet the browser fetched
 * from /assets/, sized from the build output (raw, gzip -9, and the brotli copy the server
 * sends). Budgets (issue 12): a patient page's script at most 90 KB gzipped, its styles at most
 * 15 KB; staff and map code never on a patient page, the chart only where it is drawn, and
 * zod (the schemas) on none.
 * Run after `npm run build`.
 */
const DIST = resolve(import.meta.dirname, '../dist/web');
const KB = 1024;
const BUDGET = { js: 90 * KB, css: 15 * KB };
/** Pages a patient or a guest opens, and whether each draws the pain chart. */
const PATIENT_PAGES = [
  ['/', false],
  ['/learn', false],
  ['/exercises', false],
  ['/exercises/figure-4', false],
  ['/start', false],
  ['/plan', false],
  ['/session', false],
  ['/program', false],
  ['/progress', true],
  ['/clinics', false],
] as const;
const STAFF_PAGES = ['/therapist', '/admin'];
const STAFF_CODE = /^\/assets\/(therapist|admin|map-drawing)[-.]/;
const CHART_CODE = /^\/assets\/pain-chart[-.]/;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build found: run npm run build first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'reliefpath-bundle-'));
const server = await startServer({
  DATABASE_URL: `file:${join(dir, 'bench.db')}`,
  SEED_DEMO: 'false',
});
const browser = await launchBrowser();

type Sizes = { raw: number; gzip: number; brotli: number };
const sizeOf = (file: string): Sizes => {
  const body = readFileSync(join(DIST, file));
  const br = join(DIST, `${file}.br`);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: existsSync(br) ? readFileSync(br).length : body.length,
  };
};
const sum = (all: Sizes[]): Sizes =>
  all.reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
const kb = (n: number) => (n / KB).toFixed(1);

async function filesFetched(path: string): Promise<string[]> {
  // The first load alone: the service worker fetches the rest for offline use afterwards.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/assets/')) files.add(pathname);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  return [...files];
}

const rows = [];
let met = true;
try {
  for (const [path, drawsChart] of [
    ...PATIENT_PAGES,
    ...STAFF_PAGES.map((p) => [p, true] as const),
  ]) {
    const files = await filesFetched(path);
    const js = sum(files.filter((f) => f.endsWith('.js')).map((f) => sizeOf(f.slice(1))));
    const css = sum(files.filter((f) => f.endsWith('.css')).map((f) => sizeOf(f.slice(1))));
    const patient = !STAFF_PAGES.includes(path);
    const stray = [
      ...files.filter((f) => STAFF_CODE.test(f) || (!drawsChart && CHART_CODE.test(f))),
      // The browser validates nothing: the schema library stays on the server.
      ...files.filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f)).includes('_zod')),
    ];
    const ok = !patient || (js.gzip <= BUDGET.js && css.gzip <= BUDGET.css && stray.length === 0);
    met &&= ok;
    rows.push({
      page: path,
      'JS KB': kb(js.raw),
      'JS gzip KB': kb(js.gzip),
      'JS brotli KB': kb(js.brotli),
      'CSS gzip KB': kb(css.gzip),
      files: files.length,
      'code it should not load': patient ? stray.join(' ') || 'none' : '(staff page)',
      budget: patient ? (ok ? 'met' : 'NOT met') : '',
    });
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`bundle size: a cold load of each page; budgets JS <= 90 KB gzip, CSS <= 15 KB gzip`);
console.table(rows);
console.log(`patient pages within budget: ${met ? 'yes' : 'NO'}`);
