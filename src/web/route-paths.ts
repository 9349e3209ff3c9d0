/**
 * Every screen's address, in one place. The router (app.tsx) mounts one screen per entry, and
 * the phone-width browser test visits each entry as every role, so a new screen cannot be left
 * out of either. Plain data (and a path builder) with no imports, so that test can read it without the app.
 */
export const PATHS = {
  home: '/',
  learn: '/learn',
  expectations: '/learn/expectations',
  habit: '/learn/habits/:id',
  exercises: '/exercises',
  exercise: '/exercises/:id',
  start: '/start',
  seekCare: '/seek-care',
  plan: '/plan',
  program: '/program',
  session: '/session',
  clinics: '/clinics',
  clinic: '/clinics/:id',
  appointment: '/appointments/:id',
  signIn: '/sign-in',
  signInLink: '/sign-in/link',
  signUp: '/sign-up',
  signUpConfirm: '/sign-up/confirm',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  account: '/account',
  outbox: '/outbox',
  progress: '/progress',
  roster: '/therapist',
  patient: '/therapist/patients/:id',
  join: '/join/:token',
  admin: '/admin',
  adminLocations: '/admin/locations',
  adminTypes: '/admin/appointment-types',
} as const;

export type ScreenName = keyof typeof PATHS;

/** The address of one habit's lesson. */
export const habitPath = (id: string) => PATHS.habit.replace(':id', id);
