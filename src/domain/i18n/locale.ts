import { z } from 'zod';

/** The languages everything a person reads comes in. English is the fallback for unknown ones. */
export const LOCALES = ['en', 'es'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;
export const DEFAULT_LOCALE: Locale = 'en';

/** Wherever a request asks for words: the language to answer in, if it names one. */
export const AnswerLocaleSchema = LocaleSchema.optional().describe(
  'The language of the words in the answer: en or es. Without it: the rp_locale cookie, the signed-in account, then Accept-Language.',
);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The tag Intl formats dates and numbers with: our patients are in the United States. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** Each language named in itself, for the switch that offers it. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

/**
 * The first of the reader's languages (most wanted first, as browsers list them in
 * `navigator.languages` or Accept-Language with its weights already applied) that we have;
 * `es-MX` counts as `es`.
 */
export function firstSupported(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
