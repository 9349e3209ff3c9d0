import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

/**
 * The one PDF layout engine: text that flows down A4 pages, wraps at word boundaries, and moves
 * to a new page when it runs out of room; tables whose cells wrap and whose header repeats on
 * every page; pictures with text beside them; page numbers. Handouts and reports both use it,
 * so nothing is placed by hand-counted coordinates twice.
 */
export const PAGE = { width: 595, height: 842, margin: 50, top: 792, bottom: 60 } as const;

export const INK = rgb(0.09, 0.19, 0.18);
export const MUTED = rgb(0.3, 0.38, 0.37);
export const RULE = rgb(0.75, 0.82, 0.81);

type TextOptions = {
  size?: number;
  bold?: boolean;
  /** Extra left offset from the margin (or from the picture a text sits beside). */
  indent?: number;
  /** Room kept free at the right, e.g. beside a code printed in the corner. */
  inset?: number;
  color?: RGB;
  /** Space after the paragraph. */
  after?: number;
};

export type Column = {
  header: string;
  /** A share of the table's width; shares are normalised. */
  width: number;
  align?: 'left' | 'right';
};

export type Flow = {
  pdf: PDFDocument;
  fonts: { regular: PDFFont; bold: PDFFont };
  readonly page: PDFPage;
  /** The baseline the next line will sit on. */
  readonly y: number;
  /** A paragraph: wrapped to the width left, continued on a new page if needed. */
  text(value: string, options?: TextOptions): void;
  /** Vertical space. */
  gap(points: number): void;
  /** Starts a new page unless `points` of height are left on this one. */
  keep(points: number): void;
  newPage(): void;
  /** A picture `width`×`height` at the left margin, with `beside` written to its right. */
  figure(
    width: number,
    height: number,
    draw: (page: PDFPage, x: number, top: number) => void,
    beside: () => void,
  ): void;
  /** Rows under a header; cells wrap; the header repeats after a page break. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size?: number): void;
  /** Writes "Page n of m" (and an optional title) at the foot of every page, and saves. */
  save(footer?: string): Promise<Uint8Array>;
};

export async function createFlow(title: string): Promise<Flow> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  // The standard fonts encode WinAnsi only; anything else (a name in another script) would
  // throw, so it is shown as "?" rather than losing the whole document.
  const known = new Set(regular.getCharacterSet());
  const printable = (value: string) =>
    [...value.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')]
      .map((ch) => (ch === '\n' || known.has(ch.codePointAt(0)!) ? ch : '?'))
      .join('');

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y: number = PAGE.top;
  let left: number = PAGE.margin;
  const right = PAGE.width - PAGE.margin;

  function newPage() {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.top;
  }
  function keep(points: number) {
    if (y - points < PAGE.bottom) newPage();
  }

  /** Greedy word wrap; a word longer than the line is broken by characters. */
  function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of printable(value).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  function text(value: string, options: TextOptions = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? bold : regular;
    const x = left + (options.indent ?? 0);
    const leading = size * 1.35;
    for (const line of wrap(value, font, size, right - (options.inset ?? 0) - x)) {
      keep(leading);
      y -= size;
      page.drawText(line, { x, y, size, font, color: options.color ?? INK });
      y -= leading - size;
    }
    y -= options.after ?? 4;
  }

  function figure(
    width: number,
    height: number,
    draw: (page: PDFPage, x: number, top: number) => void,
    beside: () => void,
  ) {
    keep(height);
    const top = y;
    const onPage = page;
    draw(page, left, top);
    const before = left;
    left += width + 14;
    beside();
    left = before;
    if (page === onPage) y = Math.min(y, top - height);
    y -= 12;
  }

  function table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 9) {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => ((right - left) * c.width) / total);
    const pad = 4;
    const leading = size * 1.3;
    const cells = (row: readonly string[], font: PDFFont) =>
      row.map((cell, i) => wrap(cell, font, size, widths[i]! - 2 * pad));
    const drawRow = (lines: string[][], font: PDFFont, shade: boolean) => {
      const height = Math.max(...lines.map((l) => l.length)) * leading + 2 * pad;
      if (shade)
        page.drawRectangle({
          x: left,
          y: y - height,
          width: right - left,
          height,
          color: rgb(0.92, 0.96, 0.95),
        });
      let x = left;
      lines.forEach((cellLines, i) => {
        const column = columns[i]!;
        cellLines.forEach((line, n) => {
          const w = font.widthOfTextAtSize(line, size);
          page.drawText(line, {
            x: column.align === 'right' ? x + widths[i]! - pad - w : x + pad,
            y: y - pad - size - n * leading,
            size,
            font,
            color: INK,
          });
        });
        x += widths[i]!;
      });
      y -= height;
      page.drawLine({
        start: { x: left, y },
        end: { x: right, y },
        thickness: 0.5,
        color: RULE,
      });
    };
    const header = cells(
      columns.map((c) => c.header),
      bold,
    );
    const headerHeight = Math.max(...header.map((l) => l.length)) * leading + 2 * pad;
    const first = rows[0] ? cells(rows[0], regular) : [];
    keep(headerHeight + (Math.max(0, ...first.map((l) => l.length)) * leading + 2 * pad));
    drawRow(header, bold, true);
    for (const row of rows) {
      const lines = cells(row, regular);
      const height = Math.max(...lines.map((l) => l.length)) * leading + 2 * pad;
      if (y - height < PAGE.bottom) {
        newPage();
        drawRow(header, bold, true);
      }
      drawRow(lines, regular, false);
    }
    y -= 10;
  }

  return {
    pdf,
    fonts: { regular, bold },
    get page() {
      return page;
    },
    get y() {
      return y;
    },
    text,
    gap: (points) => {
      y -= points;
    },
    keep,
    newPage,
    figure,
    table,
    async save(footer) {
      const pages = pdf.getPages();
      pages.forEach((p, i) => {
        const label = printable(
          `${footer ? `${footer}  ·  ` : ''}Page ${i + 1} of ${pages.length}`,
        );
        p.drawText(label, { x: PAGE.margin, y: 32, size: 8, font: regular, color: MUTED });
      });
      return pdf.save();
    },
  };
}
