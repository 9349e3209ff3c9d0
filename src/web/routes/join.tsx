import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { acceptInvite, inviteInfo } from '../api';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { useSession } from '../hooks/use-session';
import { failureWords } from '../messages';
import { useT, withNodes } from '../i18n/i18n';

/** Opened from a therapist's invite link or QR code. */
export function JoinPage() {
  const { token } = useParams<{ token: string }>();
  const [, navigate] = useLocation();
  const { me } = useSession();
  const [info] = useAsync(token, () => inviteInfo(token));
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  if (info.status === 'failed')
    return (
      <section>
        <PageTitle title={t('join.pageTitle')}>{t('join.broken')}</PageTitle>
        <p>{info.message}</p>
      </section>
    );
  if (info.status !== 'done') return <p aria-live="polite">{t('common.loading')}</p>;
  const { therapistName: therapist, clinicName: clinic } = info.value;
  return (
    <section>
      <PageTitle title={t('join.title')}>
        {clinic ? t('join.headingAt', { therapist, clinic }) : t('join.heading', { therapist })}
      </PageTitle>
      <p className="lead">{t('join.lead')}</p>
      {me?.user.role === 'patient' ? (
        <button
          type="button"
          className="button primary big"
          onClick={() =>
            void acceptInvite(token).then(
              () => navigate('/account?joined=1'),
              (e: unknown) => setError(failureWords(e, t('join.failed'))),
            )
          }
        >
          {t('join.button', { therapist })}
        </button>
      ) : (
        <p>
          {withNodes((v) => t('join.first', v), {
            signUp: <Link href={`/sign-up?next=/join/${token}`}>{t('join.createAccount')}</Link>,
            signIn: <Link href={`/sign-in?next=/join/${token}`}>{t('join.signIn')}</Link>,
          })}
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
