import { z } from 'zod';
import { LOCALES, type Locale } from './locale';

/**
 * Words a person reads, in every language at once. Content keeps the Spanish beside the
 * English in each entry, so a missing translation is a type error and a schema error.
 */
export type Text = { readonly [L in Locale]: string };

/** Words as the domain and a reader get them: in one language. */
export const WordsSchema = z.string().min(1);

export const TextSchema = z.strictObject({
  en: z.string().min(1),
  es: z.string().min(1),
}) satisfies z.ZodType<Text>;

const TEXT_KEYS = [...LOCALES].sort().join(',');

/** A Text is an object whose keys are exactly the locales, each holding words. */
export function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries
      .map(([k]) => k)
      .sort()
      .join(',') === TEXT_KEYS && entries.every(([, v]) => typeof v === 'string')
  );
}

/** The shape of `T` as one language reads it: every Text replaced by its words. */
export type Localized<T> = T extends Text
  ? string
  : T extends readonly (infer Item)[]
    ? Localized<Item>[]
    : T extends object
      ? { -readonly [K in keyof T]: Localized<T[K]> }
      : T;

/** `value` with every Text in it, however deep, replaced by its words in `locale`. */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  const walk = (item: unknown): unknown => {
    if (isText(item)) return item[locale];
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null)
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v)]));
    return item;
  };
  return walk(value) as Localized<T>;
}
