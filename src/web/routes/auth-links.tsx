import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, confirmSignUp, resetPassword, verifyMagicLink } from '../api';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAction } from '../hooks/use-action';
import { setSession } from '../hooks/use-session';
import { useT } from '../i18n/i18n';

/** A path on this site to go on to; anything else (another site, say) goes to the account. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/account';
}

/** Opened from an emailed sign-in link: spends it once, signs in, then goes where next says. */
export function MagicLinkPage() {
  const search = new URLSearchParams(useSearch());
  const token = search.get('token') ?? '';
  const next = safeNext(search.get('next'));
  const [, navigate] = useLocation();
  const { run, message, error } = useAction();
  const t = useT();
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current) return; // a link works once; never spend it twice
    tried.current = true;
    void run(async () => {
      setSession(await verifyMagicLink(token));
      navigate(next);
    })();
  }, [token, next, navigate, run]);
  return (
    <section>
      <PageTitle title={t('links.signingIn')}>
        {t(error ? 'links.didNotWork' : 'links.signingYouIn')}
      </PageTitle>
      {message}
      {error && <Link href="/sign-in">{t('links.backToSignIn')}</Link>}
    </section>
  );
}

/**
 * Opened from the sign-up email. In the browser that signed up it finishes at once; in another
 * one it asks for the password chosen then, so a stranger can't have picked it.
 */
export function SignUpConfirmPage() {
  const search = new URLSearchParams(useSearch());
  const token = search.get('token') ?? '';
  const next = safeNext(search.get('next'));
  const [, navigate] = useLocation();
  const [needPassword, setNeedPassword] = useState(false);
  const [password, setPassword] = useState('');
  const { busy, run, message, error } = useAction();
  const t = useT();
  const tried = useRef(false);
  const finish = (typed?: string) =>
    run(async () => {
      try {
        setSession(await confirmSignUp(token, typed));
        navigate(next);
      } catch (e) {
        if (!(e instanceof ApiError && e.fields.includes('password'))) throw e;
        setNeedPassword(true);
        if (typed) throw new Error(t('links.wrongPassword'), { cause: e });
      }
    });
  useEffect(() => {
    if (tried.current) return;
    tried.current = true;
    void finish()();
  });
  if (!needPassword)
    return (
      <section>
        <PageTitle title={t('links.creating')}>
          {t(error ? 'links.didNotWork' : 'links.creatingNow')}
        </PageTitle>
        {message}
        {error && <Link href="/sign-up">{t('links.signUpAgain')}</Link>}
      </section>
    );
  return (
    <section className="form narrow">
      <PageTitle title={t('links.finishTitle')}>{t('links.finishTitle')}</PageTitle>
      <p className="lead">{t('links.otherBrowser')}</p>
      <form onSubmit={(e) => void finish(password)(e)}>
        <TextField
          label={t('links.yourPassword')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {message}
        <button className="button primary" type="submit" disabled={busy}>
          {t('links.finish')}
        </button>
      </form>
    </section>
  );
}

export function ResetPasswordPage() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const { busy, run, message } = useAction();
  const t = useT();
  return (
    <section className="form narrow">
      <PageTitle title={t('links.newPasswordTitle')}>{t('links.newPasswordTitle')}</PageTitle>
      <form
        onSubmit={(e) =>
          void run(async () => {
            setSession(await resetPassword(token, password));
            navigate('/account');
          })(e)
        }
      >
        <TextField
          label={t('links.newPassword')}
          hint={t('links.newPasswordHint')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {message}
        <button className="button primary" type="submit" disabled={busy}>
          {t('links.save')}
        </button>
      </form>
    </section>
  );
}
