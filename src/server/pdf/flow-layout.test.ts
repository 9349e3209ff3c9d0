import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createFlow } from './flow-layout';

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
});
