import { describe, expect, it } from 'vitest';
import { isText, TextSchema, type Text } from '../src/domain/i18n/text';
import { EXPECTATIONS, EXPLAINER } from './education';

/** Every Text in a value, found by a walk of its own. */
function texts(value: unknown, found: Text[] = []): Text[] {
  if (isText(value)) found.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) texts(v, found);
  return found;
}

describe('the learn pages in both languages', () => {
  it.each([
    ['explainer', EXPLAINER],
    ['expectations', EXPECTATIONS],
  ])(
    '%s: every heading, paragraph and bullet has its Spanish, none left in English',
    (_, article) => {
      const all = texts(article);
      // Title, lead, and each section's heading with its paragraphs and bullets.
      const expected =
        2 +
        article.sections.reduce(
          (n, s) => n + 1 + (s.paragraphs?.length ?? 0) + (s.bullets?.length ?? 0),
          0,
        );
      expect(all).toHaveLength(expected);
      for (const text of all) {
        expect(TextSchema.safeParse(text).success).toBe(true);
        expect(text.es).not.toBe(text.en);
      }
      // Figures carry over unchanged: every number in the English is in the Spanish.
      for (const text of all)
        for (const number of text.en.match(/\d+(\.\d+)?/g) ?? []) expect(text.es).toContain(number);
    },
  );
});
