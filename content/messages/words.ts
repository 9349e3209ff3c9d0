import { setupI18n } from '@lingui/core';
import { LOCALES, type Locale } from '../../src/domain/i18n/locale';
import { listIn, type Words } from '../../src/domain/i18n/words';
import { CATALOGUES, compiledCatalogue, STAFF_CATALOGUES } from './compile';
import type { MessageKey } from './en';
import { SERVER_EN, SERVER_ES, type ServerMessageKey } from './server';
import type { StaffMessageKey } from './staff-en';

/** Every message the server can say: the browser's, the staff screens' and its own. */
export type ServerWord = MessageKey | StaffMessageKey | ServerMessageKey;

const SERVER_CATALOGUES: Record<Locale, Record<string, string>> = { en: SERVER_EN, es: SERVER_ES };

/**
 * One language's messages as domain code says them, for the server and tests, with the
 * server's own (server.ts); the browser builds the same from the catalogue it loaded
 * (web/i18n). Compiled once, at start-up.
 */
function wordsIn(locale: Locale): Words<ServerWord> {
  const i18n = setupI18n({
    locale,
    messages: {
      [locale]: compiledCatalogue({
        ...CATALOGUES[locale],
        ...STAFF_CATALOGUES[locale],
        ...SERVER_CATALOGUES[locale],
      }),
    },
  });
  return { say: (id, values) => i18n._(id, values), list: listIn(locale) };
}

export type ServerWords = Words<ServerWord>;

export const WORDS = Object.fromEntries(LOCALES.map((l) => [l, wordsIn(l)])) as Record<
  Locale,
  Words<ServerWord>
>;
