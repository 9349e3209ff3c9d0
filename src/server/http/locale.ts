import type { Context } from 'hono';
import { z } from 'zod';
import { getCookie } from 'hono/cookie';
import { parseAccept } from 'hono/utils/accept';
import {
  AnswerLocaleSchema,
  firstSupported,
  isLocale,
  type Locale,
} from '../../domain/i18n/locale';
import type { AppEnv } from './auth';

/** The language switch's choice, set by the page and read here. */
export const LOCALE_COOKIE = 'rp_locale';

/** The browser's languages, most wanted first, leaving out any it refuses (q=0). */
export function acceptedLocale(header: string | undefined): Locale {
  return firstSupported(
    parseAccept(header ?? '')
      .filter((l) => l.q > 0)
      .map((l) => l.type),
  );
}

/** The switch's choice on this browser, if it made one. */
function chosenLocale(c: Context): Locale | null {
  const chosen = getCookie(c, LOCALE_COOKIE);
  return isLocale(chosen) ? chosen : null;
}

/** A page's language before any script runs: the switch's choice, else the browser's. */
export const pageLocale = (c: Context): Locale =>
  chosenLocale(c) ?? acceptedLocale(c.req.header('accept-language'));

/**
 * The language to answer in when the request does not name one: the switch's choice on this
 * browser, else the signed-in person's, else the browser's own (Accept-Language).
 */
export const requestLocale = (c: Context): Locale =>
  chosenLocale(c) ??
  (c as Context<AppEnv>).get('user')?.locale ??
  acceptedLocale(c.req.header('accept-language'));

/** For a read that returns words: the language to answer in, when not the request's own. */
export const LocaleQuerySchema = z.strictObject({ locale: AnswerLocaleSchema });

/** The language asked for, else the request's own (requestLocale). */
export const answerLocale = (c: Context<AppEnv>, asked: Locale | undefined): Locale =>
  asked ?? requestLocale(c);

/** Headers for an answer in `locale`: which language it is, and what chose it. */
export const inLanguage = (locale: Locale) => ({
  'content-language': locale,
  vary: 'cookie, accept-language',
});
