import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { parse } from 'regexparam';
import { matchRoute, Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/layout';
import { ScreenBoundary } from './components/screen-boundary';
import { usePendingSessionUpload } from './hooks/pending-sessions';
import { useOutboxSync } from './hooks/use-outbox-sync';
import { PATHS, type ScreenName } from './route-paths';

type Load = () => Promise<ComponentType>;

/** A named component of a module loaded when it is first needed. */
const from =
  <M,>(load: () => Promise<M>, name: keyof M): Load =>
  async () =>
    (await load())[name] as ComponentType;

const auth = () => import('./routes/auth');
const authLinks = () => import('./routes/auth-links');
const article = () => import('./routes/article');
/** A staff screen's code, with the staff messages in the page's language. */
const staff =
  <M,>(load: () => Promise<M>) =>
  async () => {
    const [code] = await Promise.all([
      load(),
      import('./i18n/staff').then((words) => words.loadStaffWords()),
    ]);
    return code;
  };
const therapist = staff(() => import('./routes/therapist'));

/**
 * Each screen's code, loaded when the screen is first opened, so a page downloads its own code
 * and not the therapist's, the admin's or the charts'. TypeScript refuses an address without a
 * screen, or the reverse.
 */
const LOADERS: Record<ScreenName, Load> = {
  home: from(() => import('./routes/home'), 'HomePage'),
  learn: from(article, 'LearnPage'),
  expectations: from(article, 'ExpectationsPage'),
  habit: from(() => import('./routes/habit-lesson'), 'HabitLessonPage'),
  exercises: from(() => import('./routes/exercises'), 'ExercisesPage'),
  exercise: from(() => import('./routes/exercise-detail'), 'ExerciseDetailPage'),
  start: from(() => import('./routes/start'), 'StartPage'),
  seekCare: from(() => import('./routes/seek-care'), 'SeekCarePage'),
  plan: from(() => import('./routes/plan'), 'PlanPage'),
  program: from(() => import('./routes/program'), 'ProgramPage'),
  session: from(() => import('./routes/session'), 'SessionPage'),
  clinics: from(() => import('./routes/clinics'), 'ClinicsPage'),
  clinic: from(() => import('./routes/clinic'), 'ClinicPage'),
  appointment: from(() => import('./routes/appointment'), 'AppointmentPage'),
  signIn: from(auth, 'SignInPage'),
  signInLink: from(authLinks, 'MagicLinkPage'),
  signUp: from(auth, 'SignUpPage'),
  signUpConfirm: from(authLinks, 'SignUpConfirmPage'),
  forgotPassword: from(auth, 'ForgotPasswordPage'),
  resetPassword: from(authLinks, 'ResetPasswordPage'),
  account: from(() => import('./routes/account'), 'AccountPage'),
  outbox: from(() => import('./routes/outbox'), 'OutboxPage'),
  progress: from(() => import('./routes/progress'), 'ProgressPage'),
  roster: from(therapist, 'RosterPage'),
  patient: from(therapist, 'PatientDetailPage'),
  join: from(() => import('./routes/join'), 'JoinPage'),
  admin: from(
    staff(() => import('./routes/admin')),
    'AdminPage',
  ),
  adminLocations: from(
    staff(() => import('./routes/admin-locations')),
    'AdminLocationsPage',
  ),
  adminTypes: from(
    staff(() => import('./routes/admin-types')),
    'AdminTypesPage',
  ),
};
const loadNotFound = from(() => import('./routes/not-found'), 'NotFoundPage');

const SCREEN_NAMES = Object.keys(LOADERS) as ScreenName[];
type Screen = ScreenName | 'notFound';
const loaderOf = (name: Screen) => (name === 'notFound' ? loadNotFound : LOADERS[name]);
/**
 * Screens whose code is here already render at once: a lazy component suspends for a moment
 * even then, and the first paint would show "Loading…" with the footer halfway up the page,
 * which then jumps (Lighthouse counted a layout shift of 0.21 on every page).
 */
const loaded: Partial<Record<Screen, ComponentType>> = {};
const load = async (name: Screen) => (loaded[name] ??= await loaderOf(name)());
const LAZY = Object.fromEntries(
  [...SCREEN_NAMES, 'notFound' as const].map((name) => [
    name,
    lazy(async () => ({ default: await load(name) })),
  ]),
) as Record<Screen, LazyExoticComponent<ComponentType>>;
/** Chosen once per visit to the screen, so a later render never swaps it (and its state) out. */
function screenCode(name: Screen): ComponentType {
  return function ScreenCode() {
    const [Code] = useState(() => loaded[name] ?? LAZY[name]);
    return <Code />;
  };
}
const SCREENS = Object.fromEntries(
  [...SCREEN_NAMES, 'notFound' as const].map((name) => [name, screenCode(name)]),
) as Record<Screen, ComponentType>;

/**
 * Loads the code of the screen at this address before the first render, so the page opens
 * whole instead of showing "Loading…" first.
 */
export async function loadScreenFor(path: string): Promise<void> {
  await load(SCREEN_NAMES.find((n) => matchRoute(parse, PATHS[n], path)[0]) ?? 'notFound');
}

export function App() {
  usePendingSessionUpload();
  useOutboxSync();
  const [location] = useLocation();
  return (
    <Layout>
      <ScreenBoundary location={location}>
        <Suspense
          fallback={
            <p className="screen-loading" aria-live="polite">
              Loading…
            </p>
          }
        >
          <Switch>
            {SCREEN_NAMES.map((name) => (
              <Route key={name} path={PATHS[name]} component={SCREENS[name]} />
            ))}
            <Route component={SCREENS.notFound} />
          </Switch>
        </Suspense>
      </ScreenBoundary>
    </Layout>
  );
}
