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
import { NotFoundPage } from './routes/not-found';
import { PlanPage } from './routes/plan';
import { SeekCarePage } from './routes/seek-care';
import { SessionPage } from './routes/session';
import { StartPage } from './routes/start';
import { EXPECTATIONS, EXPLAINER } from '../../content/education';

export function App() {
  usePendingSessionUpload();
  return (
    <Layout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/learn">
          <ArticlePage
            article={EXPLAINER}
            next={{ href: '/learn/expectations', label: 'What to expect' }}
          />
        </Route>
        <Route path="/learn/expectations">
          <ArticlePage
            article={EXPECTATIONS}
            next={{ href: '/start', label: 'Get my stretching plan' }}
          />
        </Route>
        <Route path="/exercises" component={ExercisesPage} />
        <Route path="/exercises/:id" component={ExerciseDetailPage} />
        <Route path="/start" component={StartPage} />
        <Route path="/seek-care" component={SeekCarePage} />
        <Route path="/plan" component={PlanPage} />
        <Route path="/session" component={SessionPage} />
        <Route path="/clinics" component={ClinicsPage} />
        <Route path="/clinics/:id" component={ClinicPage} />
        <Route path="/appointments/:id" component={AppointmentPage} />
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/sign-in/link" component={MagicLinkPage} />
        <Route path="/sign-up" component={SignUpPage} />
        <Route path="/sign-up/confirm" component={SignUpConfirmPage} />
        <Route path="/forgot-password" component={ForgotPasswordPage} />
        <Route path="/reset-password" component={ResetPasswordPage} />
        <Route path="/account" component={AccountPage} />
        <Route path="/outbox" component={OutboxPage} />
        <Route path="/progress" component={ProgressPage} />
        <Route path="/therapist" component={RosterPage} />
        <Route path="/therapist/patients/:id" component={PatientDetailPage} />
        <Route path="/join/:token" component={JoinPage} />
        <Route path="/admin" component={AdminPage} />
        <Route path="/admin/locations" component={AdminLocationsPage} />
        <Route path="/admin/appointment-types" component={AdminTypesPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
