import { Link, useLocation } from 'wouter';
import { deleteAccount, localToday, myAppointments, signOut, type DeletedCounts } from '../api';
import { useState } from 'react';
import { formatDay } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { setSession, useSession } from '../hooks/use-session';
import { useSyncStatus } from '../offline/sync';
import { failureWords } from '../messages';

export function AccountPage() {
  const { status, me } = useSession();
  const [, navigate] = useLocation();
  const isPatient = me?.user.role === 'patient';
  const [appointments] = useAsync(isPatient ? me.user.id : null, myAppointments);
  const sync = useSyncStatus();
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
          {appointments.status === 'failed' && <p className="error">{appointments.message}</p>}
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
      {isPatient && (
        <YourData
          email={me.user.email}
          onDeleted={(counts) => {
            setSession(null);
            navigate('/', { state: { deletedAccount: counts } });
          }}
        />
      )}
      {sync.waiting > 0 && (
        <p className="notice" role="status">
          {sync.waiting === 1
            ? 'One change you recorded offline is still waiting to be sent. Signing out keeps it on this device, to be sent the next time you sign in here.'
            : `${sync.waiting} changes you recorded offline are still waiting to be sent. Signing out keeps them on this device, to be sent the next time you sign in here.`}
        </p>
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

/** E4: take your data with you, or remove it for good. */
function YourData({
  email,
  onDeleted,
}: {
  email: string;
  onDeleted: (counts: DeletedCounts) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p className="actions">
        <a className="button" href="/api/v1/me/export.csv" download>
          Download everything (CSV)
        </a>
        <a className="button" href={`/api/v1/me/export.pdf?today=${localToday()}`} download>
          Progress summary (PDF)
        </a>
      </p>
      {!confirming ? (
        <button type="button" className="button warn" onClick={() => setConfirming(true)}>
          Delete my account
        </button>
      ) : (
        <form
          className="form confirm"
          onSubmit={(e) => {
            e.preventDefault();
            deleteAccount(typed).then(onDeleted, (err: unknown) =>
              setError(failureWords(err, 'Could not delete.')),
            );
          }}
        >
          <p>
            This removes your account, logs, sessions, check-ins and programs for good. Upcoming
            appointments are cancelled.
          </p>
          <label className="text-field">
            Type {email} to confirm
            <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button warn">
            Delete everything
          </button>
        </form>
      )}
    </section>
  );
}
