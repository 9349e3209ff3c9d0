import { Link, useLocation } from 'wouter';
import { myAppointments, signOut } from '../api';
import { formatDay } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { setSession, useSession } from '../hooks/use-session';

export function AccountPage() {
  const { status, me } = useSession();
  const [, navigate] = useLocation();
  const isPatient = me?.user.role === 'patient';
  const [appointments] = useAsync(isPatient ? me.user.id : null, myAppointments);
  if (status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (!me)
    return (
      <section>
        <PageTitle title="Your account">Your account</PageTitle>
        <p>
          <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link>.
        </p>
      </section>
    );
  return (
    <section>
      <PageTitle title="Your account">Hello, {me.user.name}</PageTitle>
      <p className="meta">
        Signed in as {me.user.email} ({me.user.role})
      </p>
      {isPatient && (
        <>
          <p>
            <Link className="button primary" href="/progress">
              Your progress and today's log
            </Link>
          </p>
          <h2>Your appointments</h2>
          {appointments.status === 'done' && appointments.value.length === 0 && (
            <p>
              None yet. <Link href="/clinics">Find a clinic near you</Link>.
            </p>
          )}
          {appointments.status === 'done' && (
            <ul className="appointments">
              {appointments.value.map((a) => (
                <li key={a.id}>
                  <Link href={new URL(a.links.manage).pathname + new URL(a.links.manage).search}>
                    {formatDay(a.localDate)} at {a.localTime}
                  </Link>{' '}
                  · {a.appointmentType.name} with {a.therapist.name}, {a.clinic.name}
                  {a.status === 'cancelled' ? ' (cancelled)' : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button
        type="button"
        className="button"
        onClick={() =>
          void signOut().then(() => {
            setSession(null);
            navigate('/');
          })
        }
      >
        Sign out
      </button>
    </section>
  );
}
