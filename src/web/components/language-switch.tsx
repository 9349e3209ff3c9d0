import { LOCALE_NAME, LOCALES } from '../../domain/i18n/locale';
import { saveLocale } from '../api';
import { activateLocale, useLocale, useT } from '../i18n/i18n';

/**
 * The other language, named in itself ("Español" on an English page), so a reader who needs
 * it can find it without reading the page. A signed-in person's account keeps the choice, for
 * their emails and printouts too.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const locale = useLocale();
  const other = LOCALES.find((l) => l !== locale) ?? 'en';
  return (
    <p className="language-switch">
      <span className="visually-hidden">{t('shell.language')}: </span>
      <button
        type="button"
        lang={other}
        onClick={() => {
          void activateLocale(other);
          // Not kept offline: the next sign-in here sends the page's language again.
          if (signedIn) saveLocale(other).catch(() => undefined);
        }}
      >
        {LOCALE_NAME[other]}
      </button>
    </p>
  );
}
