import { WORDS } from '../../../content/messages/words';
import type { Locale } from '../../domain/i18n/locale';
import type { Mail } from '../mail';

/** Every link email says how long its link lasts; they all share one lifetime. */
export const LINK_MINUTES = 20;

type LinkMail = 'signIn' | 'reset' | 'confirmSignUp' | 'alreadyHaveAccount';

/** A link email in the recipient's language (the account's, or the one chosen on sign-up). */
function linkMail(kind: LinkMail, to: string, link: string, locale: Locale): Mail {
  const { say } = WORDS[locale];
  return {
    to,
    subject: say(`mail.${kind}.subject`),
    body: say(`mail.${kind}.body`, { link, minutes: LINK_MINUTES }),
    language: locale,
  };
}

export const signInLinkMail = (to: string, link: string, locale: Locale) =>
  linkMail('signIn', to, link, locale);

export const resetMail = (to: string, link: string, locale: Locale) =>
  linkMail('reset', to, link, locale);

/** No greeting by name: the name was typed by whoever signed up, who may not be the owner. */
export const confirmSignUpMail = (to: string, link: string, locale: Locale) =>
  linkMail('confirmSignUp', to, link, locale);

/** To the owner of an address someone tried to sign up with: the sign-up answer never says. */
export const alreadyHaveAccountMail = (to: string, link: string, locale: Locale) =>
  linkMail('alreadyHaveAccount', to, link, locale);
