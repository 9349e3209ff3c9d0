import { i18n, type Messages } from '@lingui/core';
import { I18nProvider, useLingui } from '@lingui/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { Catalog } from '../../../content/catalog';
import { EN, type MessageKey } from '../../../content/messages/en';
import { firstSupported, isLocale, type Locale } from '../../domain/i18n/locale';
import { listIn, type Words } from '../../domain/i18n/words';

/** The language switch's choice; the server reads it too, for the page and API answers. */
const LOCALE_COOKIE = 'rp_locale';

/** English comes with the page; another language's messages load when it is chosen. */
const CATALOGUES: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(EN),
  es: async () => (await import('../../../content/messages/es')).ES,
};

/**
 * Content in another language than English, loaded with its messages. English content comes
 * with the pages that show content (i18n/catalog.ts), so other pages never download it.
 */
export const otherContent: Partial<Record<Locale, Catalog>> = {};
const CONTENT: Record<Locale, () => Promise<Catalog | null>> = {
  en: () => Promise.resolve(null),
  es: async () => ({ ...(await import('../../../content/catalog-es')) }),
};

function chosenOnThisBrowser(): Locale | null {
  const cookie = document.cookie.match(/(?:^|;\s*)rp_locale=([^;]+)/)?.[1];
  return isLocale(cookie) ? cookie : null;
}

/** The switch's last choice here, else the browser's own languages. */
export const startingLocale = (): Locale =>
  chosenOnThisBrowser() ?? firstSupported(navigator.languages);

export const currentLocale = (): Locale => (isLocale(i18n.locale) ? i18n.locale : 'en');

/** Loads a language's messages and puts the whole page in it, and remembers the choice. */
export async function activateLocale(locale: Locale): Promise<void> {
  const [messages, content] = await Promise.all([
    CATALOGUES[locale](),
    otherContent[locale] ?? CONTENT[locale](),
  ]);
  if (!(locale in i18n.messages)) i18n.load(locale, messages);
  if (content) otherContent[locale] = content;
  i18n.activate(locale);
  document.documentElement.lang = locale;
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Messages in the page's language; the screen renders again when the language changes. */
export function useT(): Translate {
  const { i18n: active } = useLingui();
  const locale = active.locale;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new function per language
  return useCallback((key, values) => active._(key, values), [active, locale]);
}

/** The page's messages as domain code says them (plan reasons, doses), in its language. */
export function useWords(): Words<MessageKey> {
  const say = useT();
  const locale = useLocale();
  return useMemo(() => ({ say, list: listIn(locale) }), [say, locale]);
}

export function useLocale(): Locale {
  const { i18n: active } = useLingui();
  return isLocale(active.locale) ? active.locale : 'en';
}

/** A signed-in person's language is on their account: this browser follows it. */
export function useAccountLocale(accountLocale: Locale | undefined) {
  useEffect(() => {
    if (accountLocale && accountLocale !== currentLocale()) void activateLocale(accountLocale);
  }, [accountLocale]);
}
