/** Type sizes for print, in points: the standard sheet, and large print for older eyes. */
export type PrintStyle = {
  title: number;
  heading: number;
  body: number;
  small: number;
  footer: number;
  /** The exercise figure's width (its box is 4:3).*/
  figure: number;
  /** The QR code's side, and its box's width. */
  qr: number;
  qrBox: number;
};

export const PRINT_SIZES = ['standard', 'large'] as const;
export type PrintSize = (typeof PRINT_SIZES)[number];

export const PRINT_STYLES: Record<PrintSize, PrintStyle> = {
  standard: {
    title: 22,
    heading: 13,
    body: 11,
    small: 9.5,
    footer: 8,
    figure: 140,
    qr: 104,
    qrBox: 140,
  },
  large: {
    title: 28,
    heading: 19,
    body: 16,
    small: 14,
    footer: 12,
    figure: 176,
    qr: 120,
    qrBox: 170,
  },
};
