import { i18n, type Messages } from '@lingui/core';
import { I18nProvider, useLingui } from '@lingui/react';
import { Fragment, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { Catalog } from '../../../content/catalog';
import { EN, type MessageKey } from '../../../content/messages/en';
import { firstSupported, isLocale, type Locale } from '../../domain/i18n/locale';
import { listIn, type Words } from '../../domain/i18n/words';

/** The language switch's choice; the server reads it too, for the page and API answers. */
const LOCALE_COOKIE = 'rp_locale';

/** One catalogue's messages in each language, loaded when needed. */
export type CatalogueLoaders = Record<Locale, () => Promise<Messages>>;

/** English comes with the page; another language's messages load when it is chosen. */
const MAIN: CatalogueLoaders = {
  en: () => Promise.resolve(EN),
  es: async () => (await import('../../../content/messages/es')).ES,
};
/** The page's catalogue, and those screens added as they loaded (the staff screens' own). */
const catalogues: CatalogueLoaders[] = [MAIN];
const loading = new Map<string, Promise<void>>();
/** The language being switched to, or on: a catalogue added meanwhile loads in it. */
let wanted: Locale = 'en';

function ensureLoaded(loaders: CatalogueLoaders, locale: Locale): Promise<void> {
  const key = `${catalogues.indexOf(loaders)}:${locale}`;
  let done = loading.get(key);
  if (!done) {
    done = loaders[locale]().then((messages) => i18n.load(locale, messages));
    // A failed download is tried again next time.
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
}

/** Adds a screen's own catalogue, and loads it in the page's language before it renders. */
export async function addCatalogue(loaders: CatalogueLoaders): Promise<void> {
  if (!catalogues.includes(loaders)) catalogues.push(loaders);
  await ensureLoaded(loaders, wanted);
}

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
  wanted = locale;
  const [content] = await Promise.all([
    otherContent[locale] ?? CONTENT[locale](),
    ...catalogues.map((loaders) => ensureLoaded(loaders, locale)),
  ]);
  // Catalogues added while those loaded (a staff screen opening) are in this language too.
  await Promise.all(catalogues.map((loaders) => ensureLoaded(loaders, locale)));
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

/** Marks where a node goes in a said message; no message contains it. */
const SLOT = '\u0000';

/**
 * A message with links or other elements inside it, so a translation can put them where its
 * language needs them: `say(…, { link: SLOT + 'link' + SLOT })` then split around the slots.
 */
export function withNodes(
  say: (values: Record<string, string | number>) => string,
  nodes: Record<string, ReactNode>,
  values: Record<string, string | number> = {},
): ReactNode {
  const slots = Object.fromEntries(Object.keys(nodes).map((name) => [name, SLOT + name + SLOT]));
  const parts = say({ ...values, ...slots }).split(SLOT);
  // Odd parts are slot names: "a \0link\0 b" splits into ["a ", "link", " b"].
  return parts.map((part, i) => <Fragment key={i}>{i % 2 === 1 ? nodes[part] : part}</Fragment>);
}
