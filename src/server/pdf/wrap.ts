/**
 * Greedy word wrap for the PDF layout: each paragraph (split at "\n") fills lines of at most
 * `width`, a word longer than a line is broken by characters, and a paragraph that wraps never
 * ends on one word alone (a widow): the line before gives up its last word when that still fits.
 */
export function wrapText(value: string, widthOf: (text: string) => number, width: number) {
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    const own: string[] = [];
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) own.push(line);
      let rest = word;
      while (widthOf(rest) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && widthOf(rest.slice(0, cut)) > width) cut--;
        own.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    own.push(line);
    lines.push(...withoutWidow(own, widthOf, width));
  }
  return lines;
}

function withoutWidow(lines: string[], widthOf: (text: string) => number, width: number) {
  const last = lines.at(-1) ?? '';
  const before = lines.at(-2);
  if (!before || last.includes(' ') || !last) return lines;
  const words = before.split(' ');
  // Pulling a word down must leave at least two on the line above, or it only moves the gap.
  if (words.length < 3) return lines;
  const moved = `${words.at(-1)!} ${last}`;
  if (widthOf(moved) > width) return lines;
  return [...lines.slice(0, -2), words.slice(0, -1).join(' '), moved];
}

/**
 * A web address over as many lines as it needs, broken after a "/", "?", "&", "." or "-" so
 * each line still reads as part of an address (a word wrap would break it anywhere).
 */
export function wrapLink(link: string, widthOf: (text: string) => number, width: number) {
  const pieces = link.match(/[^/?&.-]*[/?&.-]*/g)?.filter(Boolean) ?? [link];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && widthOf(line + piece) > width) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  if (line) lines.push(line);
  // A piece longer than the line still has to break somewhere.
  return lines.flatMap((l) => (widthOf(l) > width ? wrapText(l, widthOf, width) : [l]));
}
