import type { Messages } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Locale } from '../../src/domain/i18n/locale';
import { EN } from './en';
import { ES } from './es';

/** Each language's catalogue as written (ICU MessageFormat). */
export const CATALOGUES: Record<Locale, Record<string, string>> = { en: EN, es: ES };

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
