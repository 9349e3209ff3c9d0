import * as english from '../../../content/catalog';
import type { Catalog } from '../../../content/catalog';
import { otherContent, useLocale } from './i18n';

/** The content in English, with the pages that show content. */
const ENGLISH: Catalog = english;

/** The content catalog in the page's language (loaded before the language is switched on). */
export function useCatalog(): Catalog {
  const locale = useLocale();
  return (locale === 'en' ? null : otherContent[locale]) ?? ENGLISH;
}
