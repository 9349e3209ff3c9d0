import { Link, useLocation } from 'wouter';
import { deleteAccount, localToday, myAppointments, signOut, type DeletedCounts } from '../api';
import { useState } from 'react';
import { formatDay, formatClock } from '../components/format';
import { PageTitle } from '../components/page';
import { useAsync } from '../hooks/use-async';
import { setSession, useSession } from '../hooks/use-session';
import { useSyncStatus } from '../offline/sync';
import { failureWords } from '../messages';
import { useT } from '../i18n/i18n';

export function AccountPage() {
  const { status, me } = useSession();
  const [, navigate] = useLocation();
  const isPatient = me?.user.role === 'patient';
  const [appointments] = useAsync(isPatient ? me.user.id : null, myAppointments);
  const sync = useSyncStatus();
  const t = useT();
  if (status === 'loading') return <p aria-live="polite">{t('common.loading')}</p>;
  if (!me)
    return (
      <section>
        <PageTitle title={t('account.title')}>{t('account.title')}</PageTitle>
        <p>
          <Link href="/sign-in">{t('progress.signIn')}</Link> {t('summary.or')}{' '}
          <Link href="/sign-up">{t('progress.createAccount')}</Link>.
        </p>
      </section>
    );
  return (
    <section>
      <PageTitle title={t('account.title')}>{t('account.hello', { name: me.user.name })}</PageTitle>
      <p className="meta">
        {t('account.signedInAs', { email: me.user.email, role: me.user.role })}
      </p>
      {isPatient && (
        <>
          <p>
            <Link className="button primary" href="/progress">
              {t('account.progress')}
            </Link>
          </p>
          <h2>{t('account.appointments')}</h2>
          {appointments.status === 'failed' && <p className="error">{appointments.message}</p>}
          {appointments.status === 'done' && appointments.value.length === 0 && (
            <p>
              {t('account.noneYet')} <Link href="/clinics">{t('account.findClinic')}</Link>.
            </p>
          )}
          {appointments.status === 'done' && (
            <ul className="appointments">
              {appointments.value.map((a) => (
                <li key={a.id}>
                  <Link href={new URL(a.links.manage).pathname + new URL(a.links.manage).search}>
                    {t('account.when', {
                      day: formatDay(a.localDate),
                      time: formatClock(a.localTime),
                    })}
                  </Link>{' '}
                  ·{' '}
                  {t('account.visit', {
                    type: a.appointmentType.name,
                    therapist: a.therapist.name,
                    clinic: a.clinic.name,
                  })}
                  {a.status === 'cancelled' ? ` ${t('account.cancelled')}` : ''}
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
          {t('account.waiting', { count: sync.waiting })}
        </p>
      )}
      <p className="account-end">
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
          {t('account.signOut')}
        </button>
      </p>
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
  const t = useT();
  return (
    <section aria-labelledby="your-data">
      <h2 id="your-data">{t('account.data')}</h2>
      <p className="actions">
        <a className="button" href="/api/v1/me/export.csv" download>
          {t('account.csv')}
        </a>
        <a className="button" href={`/api/v1/me/export.pdf?today=${localToday()}`} download>
          {t('account.pdf')}
        </a>
        <a className="button" href="/api/v1/me/export.fhir" download>
          {t('account.fhir')}
        </a>
      </p>
      {!confirming ? (
        <button type="button" className="button warn" onClick={() => setConfirming(true)}>
          {t('account.delete')}
        </button>
      ) : (
        <form
          className="form confirm"
          onSubmit={(e) => {
            e.preventDefault();
            deleteAccount(typed).then(onDeleted, (err: unknown) =>
              setError(failureWords(err, t('account.deleteFailed'))),
            );
          }}
        >
          <p>{t('account.deleteWhat')}</p>
          <label className="text-field">
            {t('account.typeToConfirm', { email })}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button warn">
            {t('account.deleteAll')}
          </button>
        </form>
      )}
    </section>
  );
}
