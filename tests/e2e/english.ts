import type { Page } from 'playwright-core';
import { EN } from '../../content/messages/en';
import { ES } from '../../content/messages/es';
import { STAFF_EN } from '../../content/messages/staff-en';
import { STAFF_ES } from '../../content/messages/staff-es';
import { EXPECTATIONS, EXPLAINER } from '../../content/education';
import { CARE_ADVICE, RED_FLAGS } from '../../content/red-flags';
import { EXERCISES } from '../../content/exercises';
import { LONG_TERM_EXERCISES } from '../../content/long-term-exercises';
import { RESTRICTION_RULES } from '../../content/restriction-rules';
import { PROGRESSION_RULES, STAGES } from '../../content/progression';
import { HABIT_LESSONS } from '../../content/habits';

/** Each catalogue's English beside its Spanish: the page's and the staff screens'. */
const CATALOGUE_PAIRS: [Record<string, string>, Record<string, string>][] = [
  [EN, ES],
  [STAFF_EN, STAFF_ES],
];

/**
 * Every English sentence the app could show, from the catalogue and the bilingual content (not
 * written out by hand here), less those that read the same in Spanish.
 */
const ENGLISH = [
  ...CATALOGUE_PAIRS.flatMap(([en, es]) =>
    Object.entries(en)
      .filter(([key, text]) => es[key] !== text)
      .map(([, text]) => text),
  ),
  ...JSON.stringify([
    RED_FLAGS,
    CARE_ADVICE,
    EXPLAINER,
    EXPECTATIONS,
    EXERCISES,
    LONG_TERM_EXERCISES,
    RESTRICTION_RULES,
    STAGES,
    PROGRESSION_RULES,
    HABIT_LESSONS,
  ])
    .match(/"en":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(m.slice(5)) as string),
]
  // A message with arguments is matched by its longest stretch of plain words; a lone word
  // left between arguments ("{type} with {therapist}") says nothing about the page.
  .flatMap((text) => {
    const plain = text
      .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
      .sort((a, b) => b.length - a.length)[0]!
      .trim();
    return plain.length >= 4 && (plain === text || plain.includes(' ')) ? [plain] : [];
  });

/** The English sentences that are on the page, as a reader sees it, outside what is marked English. */
export async function englishOn(page: Page) {
  // What is marked as English stays English (a source's own title, the switch's "English"), and
  // names stay names (translate="no": clinics, places), and what people wrote stays as they
  // wrote it (data-authored: a reason for time off, a visit type).
  const seen = await page.evaluate(() =>
    [
      ...document.querySelectorAll('body [lang="en"], body [translate="no"], body [data-authored]'),
    ].reduce(
      // (SVG text has no innerText.)
      (text, kept) => text.replace((kept as HTMLElement).innerText ?? kept.textContent ?? '', ''),
      document.body.innerText,
    ),
  );
  // Whole words only: "Program" inside "Programa" is Spanish.
  return ENGLISH.filter((text) =>
    new RegExp(`(?<!\\p{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(
      seen,
    ),
  );
}

/**
 * Lines of the page with common English words in them: an oracle apart from the catalogue,
 * for words written straight into a screen.
 */
export async function englishLines(page: Page) {
  const seen = await page.evaluate(() =>
    [
      ...document.querySelectorAll('body [lang="en"], body [translate="no"], body [data-authored]'),
    ].reduce(
      // (SVG text has no innerText.)
      (text, kept) => text.replace((kept as HTMLElement).innerText ?? kept.textContent ?? '', ''),
      document.body.innerText,
    ),
  );
  return seen
    .split('\n')
    .filter((line) => /\b(the|your|you|and|with|this|that|of|to|is)\b/i.test(line));
}
