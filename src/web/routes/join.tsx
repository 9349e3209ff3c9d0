import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { acceptInvite, inviteInfo } from '../api';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';
import { failureWords } from '../messages';

/** Opened from a therapist's invite link or QR code. */
export function JoinPage() {
  const { token } = useParams<{ token: string }>();
  const [, navigate] = useLocation();
  const { me } = useSession();
  const [info] = useAsync(token, () => inviteInfo(token));
  const [error, setError] = useState<string | null>(null);
  if (info.status === 'failed')
    return (
      <section>
        <PageTitle title="Invite">This invite link doesn't work</PageTitle>
        <p>{info.message}</p>
      </section>
    );
  if (info.status !== 'done') return <p aria-live="polite">Loading…</p>;
  const from = `${info.value.therapistName}${info.value.clinicName ? ` at ${info.value.clinicName}` : ''}`;
  return (
    <section>
      <PageTitle title="Join your therapist">Join {from}</PageTitle>
      <p className="lead">
        Your therapist will see your logs and sessions, set your home program and be alerted if
        things get worse.
      </p>
      {me?.user.role === 'patient' ? (
        <button
          type="button"
          className="button primary big"
          onClick={() =>
            void acceptInvite(token).then(
              () => navigate('/account?joined=1'),
              (e: unknown) => setError(failureWords(e, 'Something went wrong.')),
            )
          }
        >
          Join {info.value.therapistName}'s care team
        </button>
      ) : (
        <p>
          First <Link href={`/sign-up?next=/join/${token}`}>create an account</Link> or{' '}
          <Link href={`/sign-in?next=/join/${token}`}>sign in</Link>, then come back to this link.
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
