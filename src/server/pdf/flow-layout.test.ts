import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { overlaps, readPdf } from '../../../tests/setup/pdf';
import { PAGE, createFlow } from './flow-layout';
import { drawVector } from './vector';

async function pages(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes);
  return (await extractText(pdf, { mergePages: false })).text;
}

describe('flow layout', () => {
  it('wraps long text onto new lines and new pages instead of running off the edge', async () => {
    const flow = await createFlow('Wrap');
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    flow.text(words, { size: 10 });
    const text = await pages(await flow.save());
    expect(text.length).toBeGreaterThan(2);
    // Every word is there once, in order, across the pages.
    const found = text.join(' ').match(/word\d+/g)!;
    expect(found).toEqual(Array.from({ length: 1500 }, (_, i) => `word${i}`));
    expect(text.at(-1)).toMatch(new RegExp(`Page ${text.length} of ${text.length}`));
  });

  it('repeats a table’s header on every page it runs onto', async () => {
    const flow = await createFlow('Table');
    flow.table(
      [
        { header: 'Patient', width: 2 },
        { header: 'Minutes', width: 1, align: 'right' },
      ],
      Array.from({ length: 120 }, (_, i) => [`Person ${i}`, String(i)]),
    );
    const text = await pages(await flow.save());
    expect(text.length).toBeGreaterThan(1);
    for (const page of text) expect(page).toMatch(/Patient\s+Minutes/);
    expect(text.join(' ')).toMatch(/Person 119/);
  });

  it('prints a character the standard fonts lack as "?" rather than failing', async () => {
    const flow = await createFlow('Names');
    flow.text('Zoë Łukasz 王 “quoted”');
    const [page] = await pages(await flow.save());
    expect(page).toMatch(/Zoë \?ukasz \? "quoted"/);
  });

  it('moves a block that does not fit to the next page whole, and measures without drawing', async () => {
    const flow = await createFlow('Together');
    flow.gap(PAGE.top - PAGE.bottom - 60);
    const block = () => {
      for (let i = 0; i < 6; i++) flow.text(`Step ${i}`);
    };
    const height = flow.measure(block);
    expect(height).toBeCloseTo(6 * (10 * 1.35 + 4));
    flow.together(block);
    const text = await pages(await flow.save());
    expect(text).toHaveLength(2);
    expect(text[0]).not.toMatch(/Step/);
    expect(text[1]).toMatch(/Step 0.*Step 5/s);
  });

  it('writes text beside a box, then carries on below it at full width', async () => {
    const flow = await createFlow('Beside');
    const top = flow.y;
    let drawnAt: [number, number] = [0, 0];
    flow.beside(
      {
        width: 100,
        height: 80,
        side: 'right',
        draw: (_page, x, boxTop) => (drawnAt = [x, boxTop]),
      },
      () => {
        expect(flow.right).toBe(PAGE.width - PAGE.margin - 100 - 14);
        flow.text('Beside the box');
      },
    );
    expect(drawnAt).toEqual([PAGE.width - PAGE.margin - 100, top]);
    expect(flow.y).toBe(top - 80);
    expect(flow.right).toBe(PAGE.width - PAGE.margin);
  });

  it('is checked by a read-back that sees text printed over text and over a figure', async () => {
    const flow = await createFlow('Overlaps');
    flow.text('First line');
    // Text drawn by hand where the line above already is, and a picture over both.
    flow.label(flow.page, 'Second line', PAGE.margin + 20, PAGE.top - 12);
    const square = {
      width: 10,
      height: 10,
      shapes: [{ d: 'M0 0 L10 0 L10 10 Z', fill: '#000000' }],
    };
    drawVector(flow.page, square, { x: PAGE.margin, top: PAGE.top, width: 30 });
    flow.gap(100);
    flow.text('Clear of everything');
    const found = overlaps(await readPdf(await flow.save()));
    expect(found).toEqual([
      'page 1: "First line" over "Second line"',
      'page 1: "First line" over a figure',
      'page 1: "Second line" over a figure',
    ]);
  });
});
