import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, openPage } from './browser';

const SHOTS = 'test-results/clinic-map';

/** What the map shows, read from the drawn SVG (sizes are pixels: the map is drawn 1:1). */
function readMap(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.map-svg')!;
    const box = (e: Element) => {
      const b = (e as SVGGraphicsElement).getBBox();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    };
    const circle = (e: Element) => ({
      x: Number(e.getAttribute('cx')),
      y: Number(e.getAttribute('cy')),
      r: Number(e.getAttribute('r')),
    });
    const pins = [...svg.querySelectorAll('g.map-pin')].map((a) => ({
      number: Number(a.getAttribute('data-number')),
      shown: a.querySelector('.map-pin-number')!.textContent,
      href: a.getAttribute('data-href'),
      circle: circle(a.querySelector('circle')!),
      name: a.querySelector('.map-pin-name')?.textContent ?? null,
    }));
    const labels = [
      ...svg.querySelectorAll(
        '.map-pin-number, .map-pin-name, .map-origin-label, .map-area-labels text, .map-scale text',
      ),
    ].map((e) => ({ text: e.textContent ?? '', ...box(e) }));
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    return {
      role: svg.getAttribute('role'),
      label: svg.getAttribute('aria-label') ?? '',
      width: width!,
      height: height!,
      states: svg.querySelectorAll('.map-states path').length,
      origin: circle(svg.querySelector('.map-origin-ring')!),
      originLabel: svg.querySelector('.map-origin-label')?.textContent ?? null,
      pins,
      labels,
      listLinks: [...document.querySelectorAll('.clinic-card h3 a')].map((a) =>
        a.getAttribute('href'),
      ),
    };
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

const SEARCHES = [
  { name: 'zip-10001-dense', query: 'zip=10001', place: /New York, NY 10001/ },
  { name: 'city-chicago', query: 'city=Chicago&state=IL', place: /^Chicago, IL$/ },
  { name: 'zip-83702-sparse', query: 'zip=83702', place: /Boise, ID 83702/ },
  { name: 'zip-85004-cluster', query: 'zip=85004', place: /Phoenix, AZ 85004/ },
  { name: 'zip-33101-coast', query: 'zip=33101', place: /Miami, FL 33101/ },
];

describe('the clinic finder map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser.close());

  for (const width of [360, 390, 1280]) {
    it(`draws states, numbered pins and the searched place without overlaps at ${width} px`, async () => {
      const { page, close } = await openPage(browser, {
        viewport: { width, height: width < 500 ? 800 : 900 },
      });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto('/');
      await page.locator('h1').waitFor();
      expect(
        requests.filter((u) => u.includes('map-drawing')),
        'the map is downloaded only where it is shown',
      ).toEqual([]);

      for (const search of SEARCHES) {
        await page.goto(`/clinics?${search.query}`);
        await page.locator('svg.map-svg').waitFor();
        const map = await readMap(page);
        expect(map.role).toBe('img');
        expect(map.label).toMatch(/^Map of the 10 clinics nearest .+ away\./);
        expect(map.states, 'state outlines around the results').toBeGreaterThanOrEqual(4);

        // One pin per result, numbered as in the list and leading to the same clinic.
        expect(map.pins.map((p) => p.number)).toEqual(map.listLinks.map((_, i) => i + 1));
        expect(map.pins.map((p) => p.shown)).toEqual(map.pins.map((p) => String(p.number)));
        expect(map.pins.map((p) => p.href)).toEqual(map.listLinks);
        expect(map.pins.filter((p) => p.name).length, 'most pins named').toBeGreaterThanOrEqual(3);

        // The searched place is marked and named.
        expect(map.originLabel, `${search.name}: the searched place named`).toMatch(search.place);

        // No pin covers another or the searched place; no label touches another or leaves the map.
        const discs = [map.origin, ...map.pins.map((p) => p.circle)];
        for (let a = 0; a < discs.length; a++)
          for (let b = a + 1; b < discs.length; b++) {
            const [p, q] = [discs[a]!, discs[b]!];
            const apart = Math.hypot(p.x - q.x, p.y - q.y);
            expect(apart, `${search.name}: pins ${a} and ${b}`).toBeGreaterThanOrEqual(p.r + q.r);
          }
        for (let a = 0; a < map.labels.length; a++) {
          const l = map.labels[a]!;
          expect(l.x >= 0 && l.y >= 0, `${l.text} inside`).toBe(true);
          expect(
            l.x + l.width <= map.width && l.y + l.height <= map.height,
            `${l.text} inside`,
          ).toBe(true);
          for (let b = a + 1; b < map.labels.length; b++)
            expect(
              overlap(l, map.labels[b]!),
              `${search.name}: "${l.text}" and "${map.labels[b]!.text}"`,
            ).toBe(false);
        }
        // Names sit clear of every pin.
        const names = map.labels.filter((l) => map.pins.some((p) => p.name === l.text));
        for (const n of names)
          for (const d of discs)
            expect(
              overlap(n, { x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r }),
              `${search.name}: "${n.text}" over a pin`,
            ).toBe(false);

        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBe(0);
        await page
          .locator('figure.clinic-map')
          .screenshot({ path: `${SHOTS}/${search.name}-${width}.png` });
        if (search.name === 'city-chicago') {
          await page.screenshot({ path: `${SHOTS}/page-${search.name}-${width}.png` });
          await expectAccessible(page, `clinic map at ${width} px`);
        }
      }

      const local = new URL(baseUrl()).origin;
      expect(
        requests.filter((u) => !u.startsWith(local) && !u.startsWith('data:')),
        'nothing is fetched from elsewhere',
      ).toEqual([]);
      expect(new Set(requests.filter((u) => u.includes('map-drawing'))).size).toBe(1);
      await close();
    });
  }

  it('holds the map’s place while it loads, and a pin opens its clinic', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/map-drawing-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/clinics?zip=60601');
    await page.locator('.clinic-card').first().waitFor();
    await page.getByText('Loading the map…').waitFor();
    release();
    await page.locator('svg.map-svg').waitFor();
    expect(await page.getByText('Loading the map…').count()).toBe(0);
    const first = await page.locator('.clinic-card h3').first().innerText();
    await page.locator('g.map-pin[data-number="1"] circle').click();
    await page.waitForURL(/\/clinics\/[a-z0-9-]+$/);
    expect(await page.locator('h1').innerText()).toBe(first);
    await close();
  });
});
