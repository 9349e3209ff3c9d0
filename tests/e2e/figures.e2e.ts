import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY } from '../../content/catalog';
import { Figure } from '../../src/web/components/figure';
import { expectAccessible, launchBrowser, openPage } from './browser';

/**
 * Every exercise picture drawn by the browser and compared with a checked-in reference image,
 * so any change to the body model or a pose shows up here. After a deliberate change, look at
 * the new pictures in test-results/figures/ and refresh the references with
 * `UPDATE_FIGURES=1 npx vitest run --project e2e tests/e2e/figures.e2e.ts`.
 */
const REFERENCES = join(import.meta.dirname, 'figures');
const RESULTS = join(process.cwd(), 'test-results', 'figures');
const UPDATE = process.env.UPDATE_FIGURES === '1';
/** Anti-aliasing may differ by a hair; a changed limb moves far more pixels than this. */
const MAX_CHANGED_SHARE = 0.002;

const pictures = LIBRARY.exercises.flatMap((exercise) =>
  exercise.variants.flatMap((variant) => [
    { name: `${exercise.id}--${variant.id}--start`, poses: variant.poses, phase: 0, side: null },
    { name: `${exercise.id}--${variant.id}--held`, poses: variant.poses, phase: 1, side: null },
    ...(exercise.sided
      ? [
          {
            name: `${exercise.id}--${variant.id}--held-left`,
            poses: variant.poses,
            phase: 1,
            side: 'left' as const,
          },
        ]
      : []),
  ]),
);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 270 }, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser.close();
});

describe('exercise pictures match their reference images', () => {
  it.each(pictures.map((p) => [p.name, p] as const))('%s', async (name, picture) => {
    const svg = renderToStaticMarkup(
      createElement(Figure, {
        poses: picture.poses,
        phase: picture.phase,
        side: picture.side,
        className: 'figure',
      }),
    );
    await page.setContent(
      `<style>body{margin:0;background:#fff}svg{display:block;width:360px;height:270px;background:#eef5f3}</style>${svg}`,
    );
    const actual = PNG.sync.read(await page.locator('svg').screenshot());
    writeFileSync(join(RESULTS, `${name}.png`), PNG.sync.write(actual));
    const referencePath = join(REFERENCES, `${name}.png`);
    if (UPDATE) {
      writeFileSync(referencePath, PNG.sync.write(actual));
      return;
    }
    expect(existsSync(referencePath), `reference image ${name}.png is missing`).toBe(true);
    const reference = PNG.sync.read(readFileSync(referencePath));
    expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(
      actual.data,
      reference.data,
      diff.data,
      actual.width,
      actual.height,
      { threshold: 0.1 },
    );
    if (changed > 0) writeFileSync(join(RESULTS, `${name}--diff.png`), PNG.sync.write(diff));
    expect(changed / (actual.width * actual.height)).toBeLessThanOrEqual(MAX_CHANGED_SHARE);
  });
});

// Each page mostly waits (seconds of figures moving, or staying still), so a few run at once
// (maxConcurrency in vitest.config.ts): one after another they took 93 s of a CI run.
describe.concurrent('exercise pages on a phone', () => {
  // it.for hands each test its own `expect`: run side by side, the shared one's expect.poll
  // cannot tell which test it belongs to (it failed a CI run so).
  it.for(LIBRARY.exercises.map((e) => [e.id, e] as const))(
    '%s shows a moving figure for every version, held still when less motion is asked for',
    async ([, exercise], { expect }) => {
      // Both ways at once: each page mostly waits for its figures to move (or not).
      const look = async (reducedMotion: 'no-preference' | 'reduce') => {
        const { page: phone, close } = await openPage(browser, {
          viewport: { width: 390, height: 844 },
          reducedMotion,
        });
        await phone.goto(`/exercises/${exercise.id}`);
        const figures = phone.locator('svg.figure');
        await expect
          .poll(() => figures.count(), { timeout: 10_000 })
          .toBe(exercise.variants.length);
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${exercise.id} scrolls sideways`).toBeLessThanOrEqual(390);
        // A loop rests up to 2.6 s in a pose, so 3.5 s of samples always include movement;
        // a moving page may stop looking once every figure has moved.
        const samples: string[][] = [];
        const allMoved = () =>
          exercise.variants.every((_v, i) => new Set(samples.map((frame) => frame[i])).size > 1);
        for (let i = 0; i < 12; i++) {
          samples.push(
            await phone.$$eval('svg.figure', (svgs) => svgs.map((svg) => svg.innerHTML)),
          );
          if (reducedMotion === 'no-preference' && allMoved()) break;
          await phone.waitForTimeout(300);
        }
        for (const [i, variant] of exercise.variants.entries()) {
          expect(await figures.nth(i).getAttribute('aria-label')).toMatch(/^A person .{20,}/);
          const seen = new Set(samples.map((frame) => frame[i]));
          if (reducedMotion === 'no-preference') {
            expect(seen.size, `${exercise.id} ${variant.id} moves`).toBeGreaterThan(1);
            continue;
          }
          expect(seen.size, `${exercise.id} ${variant.id} stays still`).toBe(1);
          const held = renderToStaticMarkup(
            createElement(Figure, {
              poses: variant.poses,
              phase: 1,
              side: exercise.sided ? 'right' : null,
            }),
          );
          expect(held, `${variant.id} shows its held position`).toContain(samples[0]![i]);
        }
        if (reducedMotion === 'reduce') {
          await phone.screenshot({
            path: join(RESULTS, `phone-${exercise.id}.png`),
            fullPage: true,
          });
          await expectAccessible(phone, `/exercises/${exercise.id}`);
        }
        await close();
      };
      await Promise.all([look('no-preference'), look('reduce')]);
    },
  );
});
