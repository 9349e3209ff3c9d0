import type { Messages } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Locale } from '../../src/domain/i18n/locale';
import { EN } from './en';
import { ES } from './es';
import { STAFF_EN } from './staff-en';
import { STAFF_ES } from './staff-es';

/** Each language's catalogue as written (ICU MessageFormat). */
export const CATALOGUES: Record<Locale, Record<string, string>> = { en: EN, es: ES };
/** The staff screens' own catalogue, which only they download. */
export const STAFF_CATALOGUES: Record<Locale, Record<string, string>> = {
  en: STAFF_EN,
  es: STAFF_ES,
};

/** The catalogue modules the browser loads, by file name, with the name each exports. */
export const BROWSER_CATALOGUES: Record<
  string,
  { name: string; messages: Record<string, string> }
> = {
  en: { name: 'EN', messages: EN },
  es: { name: 'ES', messages: ES },
  'staff-en': { name: 'STAFF_EN', messages: STAFF_EN },
  'staff-es': { name: 'STAFF_ES', messages: STAFF_ES },
};

/**
 * A catalogue compiled for Lingui's runtime, which then only fills in values. Compiled plurals
 * name an offset of `undefined`; the round trip through JSON leaves what is not there out, so
 * the result is plain data that can be written into a module.
 */
export function compiledCatalogue(messages: Record<string, string>): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [
      key,
      JSON.parse(JSON.stringify(compileMessage(message))) as Messages[string],
    ]),
  );
}
