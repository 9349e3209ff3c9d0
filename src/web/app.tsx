import type { ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './components/layout';
import { usePendingSessionUpload } from './hooks/pending-sessions';
import { AccountPage } from './routes/account';
import { AdminPage } from './routes/admin';
import { AdminLocationsPage } from './routes/admin-locations';
import { AdminTypesPage } from './routes/admin-types';
import { AppointmentPage } from './routes/appointment';
import { ForgotPasswordPage, SignInPage, SignUpPage } from './routes/auth';
import { MagicLinkPage, ResetPasswordPage, SignUpConfirmPage } from './routes/auth-links';
import { OutboxPage } from './routes/outbox';
import { JoinPage } from './routes/join';
import { ProgressPage } from './routes/progress';
import { PatientDetailPage, RosterPage } from './routes/therapist';
import { ClinicPage } from './routes/clinic';
import { ClinicsPage } from './routes/clinics';
import { ExerciseDetailPage } from './routes/exercise-detail';
import { ExercisesPage } from './routes/exercises';
import { HomePage } from './routes/home';
import { ArticlePage } from './routes/article';
import { HabitLessonList, HabitLessonPage } from './routes/habit-lesson';
import { NotFoundPage } from './routes/not-found';
import { PlanPage } from './routes/plan';
import { ProgramPage } from './routes/program';
import { SeekCarePage } from './routes/seek-care';
import { SessionPage } from './routes/session';
import { StartPage } from './routes/start';
import { EXPECTATIONS, EXPLAINER } from '../../content/education';
import { PATHS, type ScreenName } from './route-paths';

/** One screen per address; TypeScript refuses an address without a screen, or the reverse. */
const SCREENS: Record<ScreenName, ReactElement> = {
  home: <HomePage />,
  learn: (
    <ArticlePage article={EXPLAINER} next={{ href: PATHS.expectations, label: 'What to expect' }}>
      <HabitLessonList />
    </ArticlePage>
  ),
  expectations: (
    <ArticlePage
      article={EXPECTATIONS}
      next={{ href: PATHS.start, label: 'Get my stretching plan' }}
    />
  ),
  habit: <HabitLessonPage />,
  exercises: <ExercisesPage />,
  exercise: <ExerciseDetailPage />,
  start: <StartPage />,
  seekCare: <SeekCarePage />,
  plan: <PlanPage />,
  program: <ProgramPage />,
  session: <SessionPage />,
  clinics: <ClinicsPage />,
  clinic: <ClinicPage />,
  appointment: <AppointmentPage />,
  signIn: <SignInPage />,
  signInLink: <MagicLinkPage />,
  signUp: <SignUpPage />,
  signUpConfirm: <SignUpConfirmPage />,
  forgotPassword: <ForgotPasswordPage />,
  resetPassword: <ResetPasswordPage />,
  account: <AccountPage />,
  outbox: <OutboxPage />,
  progress: <ProgressPage />,
  roster: <RosterPage />,
  patient: <PatientDetailPage />,
  join: <JoinPage />,
  admin: <AdminPage />,
  adminLocations: <AdminLocationsPage />,
  adminTypes: <AdminTypesPage />,
};

export function App() {
  usePendingSessionUpload();
  return (
    <Layout>
      <Switch>
        {(Object.keys(SCREENS) as ScreenName[]).map((name) => (
          <Route key={name} path={PATHS[name]}>
            {SCREENS[name]}
          </Route>
        ))}
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
