import {
  LineCapStyle,
  LineJoinStyle,
  beginMarkedContent,
  clip,
  endMarkedContent,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineJoin,
  rgb,
  type PDFPage,
  type RGB,
} from 'pdf-lib';

/** One filled and/or outlined shape in SVG path data, y pointing down, in the drawing's box. */
export type VectorShape = {
  d: string;
  /** '#rrggbb' (or '#rgb'); anything else, such as 'none', leaves the shape unfilled. */
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
};

/**
 * A picture as vectors: shapes in their own coordinates, of which the box from (x, y), `width`
 * × `height` is shown (x and y are 0 unless told). The exercise figures and charts are such.
 */
export type VectorDrawing = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  shapes: readonly VectorShape[];
};

/** Where a drawing goes on the page: its top-left corner and the width it is scaled to. */
export type VectorPlace = { x: number; top: number; width: number; background?: string };

/** How tall a drawing is when scaled to `width`. */
export const heightAt = (drawing: VectorDrawing, width: number) =>
  (drawing.height * width) / drawing.width;

/** '#0f5c5a' → pdf-lib's colour; undefined for 'none' or anything that is not a hex colour. */
export function hexColor(hex: string | undefined): RGB | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex ?? '');
  if (!m) return undefined;
  const digits =
    m[1]!.length === 3
      ? [...m[1]!].map((d) => d + d)
      : [m[1]!.slice(0, 2), m[1]!.slice(2, 4), m[1]!.slice(4, 6)];
  const [r, g, b] = digits.map((d) => parseInt(d, 16) / 255) as [number, number, number];
  return rgb(r, g, b);
}

/**
 * The one place a PDF draws a vector picture: `drawing` scaled to `place.width`, its top-left
 * corner at (x, top) in page space, on an optional background, clipped to its box (a floor
 * drawn wider than the picture stops at its edge). It is marked as a /Figure in the page's
 * content, so a reader (and the layout tests) can tell where the picture is.
 */
export function drawVector(page: PDFPage, drawing: VectorDrawing, place: VectorPlace) {
  const { x, top, width } = place;
  const scale = width / drawing.width;
  const height = heightAt(drawing, width);
  // Round joins, as the app's SVG draws them; the state is restored afterwards.
  page.pushOperators(
    beginMarkedContent('Figure'),
    pushGraphicsState(),
    setLineJoin(LineJoinStyle.Round),
  );
  const fill = hexColor(place.background);
  if (fill) page.drawRectangle({ x, y: top - height, width, height, color: fill });
  page.pushOperators(rectangle(x, top - height, width, height), clip(), endPath());
  const origin = { x: x - (drawing.x ?? 0) * scale, y: top + (drawing.y ?? 0) * scale };
  for (const shape of drawing.shapes) {
    const color = hexColor(shape.fill);
    const borderColor = hexColor(shape.stroke);
    if (!color && !borderColor) continue;
    page.drawSvgPath(shape.d, {
      ...origin,
      scale,
      ...(color ? { color } : {}),
      ...(borderColor
        ? {
            borderColor,
            // Line widths are in the drawing's units, scaled with it.
            borderWidth: shape.strokeWidth ?? 1,
            borderLineCap: LineCapStyle.Round,
          }
        : {}),
      ...(shape.opacity !== undefined
        ? { opacity: shape.opacity, borderOpacity: shape.opacity }
        : {}),
    });
  }
  page.pushOperators(popGraphicsState(), endMarkedContent());
}
