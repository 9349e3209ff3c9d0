import type { Mail } from '../mail';

/** Every link email says how long its link lasts; they all share one lifetime. */
export const LINK_MINUTES = 20;

export const signInLinkMail = (to: string, link: string): Mail => ({
  to,
  subject: 'Your ReliefPath sign-in link',
  body: `Open this link to sign in to ReliefPath. It works once, for ${LINK_MINUTES} minutes:\n\n${link}\n\nIf you didn't ask for it, you can ignore this email.`,
});

export const resetMail = (to: string, link: string): Mail => ({
  to,
  subject: 'Reset your ReliefPath password',
  body: `Open this link to choose a new ReliefPath password. It works once, for ${LINK_MINUTES} minutes:\n\n${link}\n\nIf you didn't ask for it, your password stays as it is.`,
});

/** No greeting by name: the name was typed by whoever signed up, who may not be the owner. */
export const confirmSignUpMail = (to: string, link: string): Mail => ({
  to,
  subject: 'Finish creating your ReliefPath account',
  body: `Hello,\n\nOpen this link to finish creating your ReliefPath account. It works once, for ${LINK_MINUTES} minutes:\n\n${link}\n\nIf you didn't sign up, you can ignore this email: no account is made without this link.`,
});

/** To the owner of an address someone tried to sign up with: the sign-up answer never says. */
export const alreadyHaveAccountMail = (to: string, link: string): Mail => ({
  to,
  subject: 'You already have a ReliefPath account',
  body: `Someone just tried to create a ReliefPath account with this email address, but it already has one.\n\nIf that was you, open this link to sign in. It works once, for ${LINK_MINUTES} minutes:\n\n${link}\n\nIf you forgot your password, you can choose a new one from the sign-in page. If it wasn't you, you can ignore this email: nothing has changed.`,
});
