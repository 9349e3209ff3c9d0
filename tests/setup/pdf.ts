import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocumentProxy } from 'unpdf';
import { OPS } from 'unpdf/pdfjs';

/**
 * Reads a PDF back the way a reader sees it, independently of the code that wrote it: where
 * each piece of text sits (pdf.js text content), where pictures are (images, and vector
 * drawings marked as /Figure), and the pages rendered by poppler for people and QR decoding.
 */

// pdf.js 5 calls ArrayBuffer.prototype.transferToFixedLength (Node 21+) while parsing images.
if (!('transferToFixedLength' in ArrayBuffer.prototype))
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length?: number) {
      return this.slice(0, length ?? this.byteLength);
    },
  });

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type TextBox = Box & { str: string; size: number };
export type PdfPage = {
  number: number;
  width: number;
  height: number;
  texts: TextBox[];
  images: Box[];
  figures: Box[];
};

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** `m` applied first, then `ctm`: what the PDF operator cm does. */
const concat = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];
function boxThrough(ctm: Matrix, [x0, y0, x1, y1]: readonly number[]): Box {
  const points = [
    [x0!, y0!],
    [x1!, y0!],
    [x0!, y1!],
    [x1!, y1!],
  ].map(([x, y]) => [ctm[0] * x! + ctm[2] * y! + ctm[4], ctm[1] * x! + ctm[3] * y! + ctm[5]]);
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
const union = (a: Box | null, b: Box): Box =>
  a
    ? {
        x0: Math.min(a.x0, b.x0),
        y0: Math.min(a.y0, b.y0),
        x1: Math.max(a.x1, b.x1),
        y1: Math.max(a.y1, b.y1),
      }
    : b;
const intersection = (a: Box, b: Box): Box => ({
  x0: Math.max(a.x0, b.x0),
  y0: Math.max(a.y0, b.y0),
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
});

/** Images and /Figure drawings on a page, in page space, from its operator list. */
async function pictures(page: {
  getOperatorList: () => Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}) {
  const { fnArray, argsArray } = await page.getOperatorList();
  const images: Box[] = [];
  const figures: Box[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  // Inside a /Figure: the union of what it paints, and the clip it set, if any.
  let figure: { painted: Box | null; clip: Box | null; depth: number } | null = null;
  let depth = 0;
  let clipNext = false;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = concat(args as Matrix, ctm);
    else if (fn === OPS.paintImageXObject) images.push(boxThrough(ctm, [0, 0, 1, 1]));
    else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
      depth++;
      const tag = (args?.[0] as { name?: string } | undefined)?.name;
      if (tag === 'Figure' && !figure) figure = { painted: null, clip: null, depth };
    } else if (fn === OPS.endMarkedContent) {
      if (figure && figure.depth === depth) {
        const { painted, clip } = figure;
        if (painted) figures.push(clip ? intersection(painted, clip) : painted);
        figure = null;
      }
      depth--;
    } else if (fn === OPS.clip || fn === OPS.eoClip) clipNext = true;
    else if (fn === OPS.constructPath && figure) {
      const box = boxThrough(ctm, Array.from(args![2] as ArrayLike<number>));
      if (clipNext) figure.clip = figure.clip ? intersection(figure.clip, box) : box;
      else figure.painted = union(figure.painted, box);
      clipNext = false;
    }
  });
  return { images, figures };
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const texts: TextBox[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d, e, f] = item.transform as Matrix;
      const size = Math.abs(d);
      // The glyphs' extent: descenders 0.2 of the size below the baseline, capitals 0.75 above.
      texts.push({
        str: item.str,
        size,
        x0: e,
        x1: e + item.width,
        y0: f - 0.2 * size,
        y1: f + 0.75 * size,
      });
    }
    pages.push({ number: n, width, height, texts, ...(await pictures(page)) });
  }
  return pages;
}

const overlap = (a: Box, b: Box, slack = 0.5) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack;

/** Every pair of things printed over each other: text on text, and text on a picture. */
export function overlaps(pages: readonly PdfPage[]): string[] {
  const found: string[] = [];
  for (const page of pages) {
    const { texts } = page;
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++)
        if (overlap(texts[i]!, texts[j]!))
          found.push(`page ${page.number}: "${texts[i]!.str}" over "${texts[j]!.str}"`);
      for (const [kind, boxes] of [
        ['figure', page.figures],
        ['image', page.images],
      ] as const)
        for (const box of boxes)
          if (overlap(texts[i]!, box))
            found.push(`page ${page.number}: "${texts[i]!.str}" over a ${kind}`);
    }
    for (const figure of page.figures)
      for (const image of page.images)
        if (overlap(figure, image)) found.push(`page ${page.number}: a figure over an image`);
  }
  return found;
}

/** Text that runs past the page's margins (or off the page). */
export function outsideMargins(pages: readonly PdfPage[], margin: number): string[] {
  return pages.flatMap((page) =>
    page.texts
      .filter((t) => t.x0 < margin - 0.5 || t.x1 > page.width - margin + 0.5 || t.y0 < 0)
      .map((t) => `page ${page.number}: "${t.str}"`),
  );
}

/** All the text of a page in reading order, one string per line. */
export function pageText(page: PdfPage): string {
  const lines = new Map<number, TextBox[]>();
  for (const t of page.texts) {
    const key = Math.round(t.y0);
    lines.set(key, [...(lines.get(key) ?? []), t]);
  }
  return [...lines.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, items]) =>
      items
        .sort((a, b) => a.x0 - b.x0)
        .map((t) => t.str)
        .join(' '),
    )
    .join('\n');
}

/** Where rendered pages are kept for a reviewer to look at (git-ignored). */
export const RENDER_DIR = join(process.cwd(), 'test-results', 'pdf');

/** Renders every page with poppler's pdftoppm to test-results/pdf/<name>-<n>.png. */
export function renderPages(bytes: Uint8Array, name: string, dpi = 80): string[] {
  mkdirSync(RENDER_DIR, { recursive: true });
  for (const old of readdirSync(RENDER_DIR))
    if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(RENDER_DIR, old));
  const pdfPath = join(RENDER_DIR, `${name}.pdf`);
  writeFileSync(pdfPath, bytes);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(RENDER_DIR, name)]);
  return readdirSync(RENDER_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => join(RENDER_DIR, f));
}

/** The text of the QR code in a rendered page, or null when none can be read. */
export function decodeQr(pngPath: string): string | null {
  const png = PNG.sync.read(readFileSync(pngPath));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
