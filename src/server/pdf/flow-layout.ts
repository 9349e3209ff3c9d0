import { WORDS } from '../../../content/messages/words';
import { INTL_TAG, type Locale } from '../../domain/i18n/locale';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { wrapText } from './wrap';

/**
 * The one PDF layout engine: text that flows down A4 pages, wraps at word boundaries (never
 * leaving one word alone on a paragraph's last line), and moves to a new page when it runs out
 * of room; blocks kept together on one page; boxes with text beside them; framed panels; tables
 * whose header repeats on every page; page numbers. Handouts and reports both use it, so
 * nothing is placed by hand-counted coordinates twice.
 */
export const PAGE = { width: 595, height: 842, margin: 50, top: 792, bottom: 54 } as const;

export const INK = rgb(0.09, 0.19, 0.18);
export const MUTED = rgb(0.3, 0.38, 0.37);
export const RULE = rgb(0.75, 0.82, 0.81);
export const TINT = rgb(0.93, 0.96, 0.95);

export type TextOptions = {
  size?: number;
  bold?: boolean;
  /** Extra left offset from the column's edge. */
  indent?: number;
  /** Room kept free at the right. */
  inset?: number;
  color?: RGB;
  /** Space after the paragraph. */
  after?: number;
  /** Line height as a multiple of the size (1.35 unless told). */
  leading?: number;
  /** A label hung in the margin of the first line ("1.", "•"); the text wraps beside it. */
  label?: string;
  /** How wide the label's column is (the label's own width and a space unless told). */
  labelWidth?: number;
};

export type Column = {
  header: string;
  /** A share of the table's width; shares are normalised. */
  width: number;
  align?: 'left' | 'right';
};

/** Something drawn in a box of its own, with the flow's text beside it. */
export type Aside = {
  width: number;
  height: number;
  side?: 'left' | 'right';
  /** Space between the box and the text beside it. */
  gutter?: number;
  draw: (page: PDFPage, x: number, top: number) => void;
};

export type LabelOptions = {
  size?: number;
  bold?: boolean;
  color?: RGB;
  align?: 'left' | 'center' | 'right';
};

export type Flow = {
  pdf: PDFDocument;
  fonts: { regular: PDFFont; bold: PDFFont };
  readonly page: PDFPage;
  /** The top of what comes next (the baseline of the next line sits one size below it). */
  readonly y: number;
  /** The current column's edges: the margins, narrowed beside a box or inside a panel. */
  readonly left: number;
  readonly right: number;
  /** A paragraph: wrapped to the width left, continued on a new page if needed. */
  text(value: string, options?: TextOptions): void;
  /** Vertical space. */
  gap(points: number): void;
  /** Starts a new page unless `points` of height are left on this one. */
  keep(points: number): void;
  newPage(): void;
  /** How tall `content` would be if laid out here now, without drawing it. */
  measure(content: () => void): number;
  /** Lays out `content` on one page: on a new one when it does not fit here but would there. */
  together(content: () => void): void;
  /** A box at the column's left (or right) edge, with `content` flowing beside it. */
  beside(aside: Aside, content: () => void): void;
  /** A drawn area `height` tall across the column, e.g. a chart. */
  block(height: number, draw: (page: PDFPage, x: number, top: number, width: number) => void): void;
  /** `content` inside a tinted, framed panel with `pad` points of room around it. */
  panel(content: () => void, options?: { pad?: number; fill?: RGB; border?: RGB }): void;
  /** Rows under a header; cells wrap; the header repeats after a page break. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size?: number): void;
  /** The lines `value` wraps to in `width` points. */
  lines(value: string, width: number, size: number, bold?: boolean): string[];
  /** One line of text at a given place (a chart's axis, a box's caption); `y` is the baseline. */
  label(page: PDFPage, value: string, x: number, y: number, options?: LabelOptions): void;
  /** Writes "Page n of m" (and an optional title) at the foot of every page, and saves. */
  save(footer?: string, size?: number): Promise<Uint8Array>;
};

/** A document in `locale`: its language is recorded, and its page numbers are in it. */
export async function createFlow(title: string, locale: Locale = 'en'): Promise<Flow> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage(INTL_TAG[locale]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  // The standard fonts encode WinAnsi only; anything else (a name in another script) would
  // throw, so it is shown as "?" rather than losing the whole document.
  const known = new Set(regular.getCharacterSet());
  const printable = (value: string) =>
    [...value.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')]
      .map((ch) => (ch === '\n' || known.has(ch.codePointAt(0)!) ? ch : '?'))
      .join('');
  const fontOf = (isBold?: boolean) => (isBold ? bold : regular);
  const lines = (value: string, width: number, size: number, isBold?: boolean) => {
    const font = fontOf(isBold);
    // The standard fonts are not embedded, so each viewer sets them in its own metrics (pdf.js
    // measured a line 0.5% wider than pdf-lib did); lines keep 1.5% spare so none crosses the margin.
    return wrapText(printable(value), (s) => font.widthOfTextAtSize(s, size), width * 0.985);
  };

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y: number = PAGE.top;
  let left: number = PAGE.margin;
  let right: number = PAGE.width - PAGE.margin;
  /** While measuring, nothing is drawn and no page is added. */
  let dry = 0;

  function newPage() {
    if (dry) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.top;
  }
  function keep(points: number) {
    // A fresh page takes whatever comes, rather than leaving a blank one behind.
    if (!dry && y < PAGE.top && y - points < PAGE.bottom) newPage();
  }

  function label(target: PDFPage, value: string, x: number, base: number, o: LabelOptions = {}) {
    if (dry) return;
    const size = o.size ?? 9;
    const font = fontOf(o.bold);
    const line = printable(value);
    const width = font.widthOfTextAtSize(line, size);
    const at = o.align === 'right' ? x - width : o.align === 'center' ? x - width / 2 : x;
    target.drawText(line, { x: at, y: base, size, font, color: o.color ?? INK });
  }

  function text(value: string, options: TextOptions = {}) {
    const size = options.size ?? 10;
    const font = fontOf(options.bold);
    const x = left + (options.indent ?? 0);
    const hang = options.label
      ? (options.labelWidth ?? font.widthOfTextAtSize(`${options.label} `, size))
      : 0;
    const leading = size * (options.leading ?? 1.35);
    const wrapped = lines(value, right - (options.inset ?? 0) - x - hang, size, options.bold);
    wrapped.forEach((line, i) => {
      keep(leading);
      const base = y - size;
      if (i === 0 && options.label)
        label(page, options.label, x, base, { size, bold: options.bold, color: options.color });
      if (!dry)
        page.drawText(line, { x: x + hang, y: base, size, font, color: options.color ?? INK });
      y -= leading;
    });
    y -= options.after ?? 4;
  }

  function measure(content: () => void) {
    const saved = { y, left, right };
    dry++;
    y = 0;
    try {
      content();
      return -y;
    } finally {
      dry--;
      ({ y, left, right } = saved);
    }
  }

  function together(content: () => void) {
    const height = measure(content);
    if (height <= PAGE.top - PAGE.bottom) keep(height);
    content();
  }

  function beside(aside: Aside, content: () => void) {
    keep(aside.height);
    const top = y;
    const onPage = page;
    const onLeft = (aside.side ?? 'left') === 'left';
    const gutter = aside.gutter ?? 14;
    if (!dry) aside.draw(page, onLeft ? left : right - aside.width, top);
    const saved = { left, right };
    if (onLeft) left += aside.width + gutter;
    else right -= aside.width + gutter;
    content();
    ({ left, right } = saved);
    if (page === onPage) y = Math.min(y, top - aside.height);
  }

  function block(height: number, draw: (p: PDFPage, x: number, top: number, w: number) => void) {
    keep(height);
    if (!dry) draw(page, left, y, right - left);
    y -= height;
  }

  function panel(content: () => void, options: { pad?: number; fill?: RGB; border?: RGB } = {}) {
    const pad = options.pad ?? 12;
    const saved = { left, right };
    left += pad;
    right -= pad;
    const inner = measure(content);
    ({ left, right } = saved);
    const height = inner + 2 * pad;
    // A panel moves to the next page whole unless it is taller than half a page: then it flows
    // on from here without its frame, rather than leave most of a page blank.
    const framed = height <= y - PAGE.bottom || height <= (PAGE.top - PAGE.bottom) / 2;
    if (framed) keep(height);
    if (framed && !dry)
      page.drawRectangle({
        x: left,
        y: y - height,
        width: right - left,
        height,
        color: options.fill ?? TINT,
        borderColor: options.border ?? RULE,
        borderWidth: 1,
      });
    left += pad;
    right -= pad;
    y -= pad;
    content();
    ({ left, right } = saved);
    y -= pad;
  }

  function table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 9) {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => ((right - left) * c.width) / total);
    const pad = 4;
    const leading = size * 1.3;
    const cells = (row: readonly string[], isBold: boolean) =>
      row.map((cell, i) => lines(cell, widths[i]! - 2 * pad, size, isBold));
    const heightOf = (cellLines: string[][]) =>
      Math.max(1, ...cellLines.map((l) => l.length)) * leading + 2 * pad;
    const drawRow = (cellLines: string[][], isBold: boolean, shade: boolean) => {
      const height = heightOf(cellLines);
      if (shade && !dry)
        page.drawRectangle({ x: left, y: y - height, width: right - left, height, color: TINT });
      let x = left;
      cellLines.forEach((cell, i) => {
        const column = columns[i]!;
        cell.forEach((line, n) =>
          label(
            page,
            line,
            column.align === 'right' ? x + widths[i]! - pad : x + pad,
            y - pad - size - n * leading,
            { size, bold: isBold, align: column.align === 'right' ? 'right' : 'left' },
          ),
        );
        x += widths[i]!;
      });
      y -= height;
      if (!dry)
        page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.5, color: RULE });
    };
    const header = cells(
      columns.map((c) => c.header),
      true,
    );
    const first = rows[0] ? cells(rows[0], false) : [];
    keep(heightOf(header) + (first.length ? heightOf(first) : 0));
    drawRow(header, true, true);
    for (const row of rows) {
      const cellLines = cells(row, false);
      if (!dry && y - heightOf(cellLines) < PAGE.bottom) {
        newPage();
        drawRow(header, true, true);
      }
      drawRow(cellLines, false, false);
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
    get left() {
      return left;
    },
    get right() {
      return right;
    },
    text,
    gap: (points) => {
      y -= points;
    },
    keep,
    newPage,
    measure,
    together,
    beside,
    block,
    panel,
    table,
    lines,
    label,
    async save(footer, size = 8) {
      const pages = pdf.getPages();
      pages.forEach((p, i) =>
        label(
          p,
          `${footer ? `${footer}  ·  ` : ''}${WORDS[locale].say('pdf.page', { page: i + 1, pages: pages.length })}`,
          PAGE.margin,
          32,
          {
            size,
            color: MUTED,
          },
        ),
      );
      return pdf.save();
    },
  };
}
