import { describe, expect, it } from 'vitest';
import { wrapLink, wrapText } from './wrap';

// One unit per character: easy to count.
const chars = (text: string) => text.length;

describe('word wrap for print', () => {
  it('never leaves one word alone on the last line of a wrapped paragraph', () => {
    // Greedy wrapping would leave "nerve." alone on the third line.
    const lines = wrapText('ease the hip and the back so the sciatic nerve.', chars, 20);
    expect(lines.at(-1)!.split(' ').length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('ease the hip and the back so the sciatic nerve.');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('keeps a one-line paragraph as it is, and the line above at two words or more', () => {
    expect(wrapText('Stop.', chars, 20)).toEqual(['Stop.']);
    // Pulling "bb" down would leave "aaaaaaaaaaaaaaaaa" alone above it.
    expect(wrapText('aaaaaaaaaaaaaaaaa bb cc', chars, 20)).toEqual(['aaaaaaaaaaaaaaaaa bb', 'cc']);
  });

  it('breaks a word longer than the line by characters, and keeps line breaks', () => {
    expect(wrapText('abcdefghij\nxy', chars, 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('breaks a web address after its slashes and dots, not in the middle of a word', () => {
    expect(wrapLink('https://reliefpath.example/start', chars, 20)).toEqual([
      'https://reliefpath.',
      'example/start',
    ]);
    expect(wrapLink('http://localhost:3000/start', chars, 40)).toEqual([
      'http://localhost:3000/start',
    ]);
  });
});
