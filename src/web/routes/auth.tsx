import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { requestMagicLink, requestPasswordReset, signIn, signUp, type Me } from '../api';
import { DemoMailHint } from '../components/demo-mail-hint';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAction } from '../hooks/use-action';
import { setSession } from '../hooks/use-session';
import { safeNext } from './auth-links';
import { useT } from '../i18n/i18n';

/** Where the person was heading (an invite link, say), if anywhere on this site. */
function useNext(): string | null {
  return new URLSearchParams(useSearch()).get('next');
}

/** After signing in, go where the person was heading, else to their account. */
function useSignedIn() {
  const [, navigate] = useLocation();
  const next = useNext();
  return (me: Me) => {
    setSession(me);
    navigate(safeNext(next));
  };
}

/** What a form that sent an email shows instead of itself. */
function EmailSent({ detail, children }: { detail: string; children?: ReactNode }) {
  return (
    <div className="notice" role="status">
      <p>{detail}</p>
      {children}
      <DemoMailHint />
    </div>
  );
}

export function SignInPage() {
  const done = useSignedIn();
  const t = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const withPassword = useAction();
  const withLink = useAction();
  return (
    <section className="form narrow">
      <PageTitle title={t('auth.signIn')}>{t('auth.signIn')}</PageTitle>
      <form
        onSubmit={(e) => void withPassword.run(async () => done(await signIn(email, password)))(e)}
      >
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {withPassword.message}
        <button className="button primary" type="submit" disabled={withPassword.busy}>
          {t('auth.signIn')}
        </button>
      </form>
      <h2>{t('auth.orLink')}</h2>
      <form
        onSubmit={(e) =>
          void withLink.run(async () => {
            await requestMagicLink(email);
            setSent(t('auth.sent'));
          })(e)
        }
      >
        <p className="hint">{t('auth.linkHint')}</p>
        {withLink.message}
        {sent && <EmailSent detail={sent} />}
        <button className="button" type="submit" disabled={withLink.busy || !email}>
          {t('auth.sendLink')}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t('auth.forgot')}</Link> ·{' '}
        <Link href="/sign-up">{t('auth.createAccount')}</Link>
      </p>
    </section>
  );
}

export function SignUpPage() {
  const next = useNext();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction();
  const t = useT();
  if (sent)
    return (
      <section className="form narrow">
        <PageTitle title={t('auth.checkEmail')}>{t('auth.checkEmail')}</PageTitle>
        <EmailSent detail={sent}>
          <p>
            {t('auth.nothingThere')}{' '}
            <button type="button" className="link" onClick={() => setSent(null)}>
              {t('auth.tryAgainLower')}
            </button>
            .
          </p>
        </EmailSent>
      </section>
    );
  return (
    <section className="form narrow">
      <PageTitle title={t('auth.createAccount')}>{t('auth.createYours')}</PageTitle>
      <p className="lead">{t('auth.signUpLead')}</p>
      <form
        onSubmit={(e) =>
          void action.run(async () => {
            const localNext = next && safeNext(next) === next ? next : undefined;
            await signUp(fields.name, fields.email, fields.password, localNext);
            setSent(t('auth.signUpSent'));
          })(e)
        }
      >
        <TextField
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          required
          value={fields.name}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
        />
        <TextField
          label={t('auth.email')}
          hint={t('auth.emailHint')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={fields.email}
          onChange={(e) => setFields({ ...fields, email: e.target.value })}
        />
        <TextField
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={fields.password}
          onChange={(e) => setFields({ ...fields, password: e.target.value })}
        />
        {action.message}
        <button className="button primary" type="submit" disabled={action.busy}>
          {t('auth.create')}
        </button>
      </form>
      <p>
        {t('auth.haveOne')}{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>
          {t('auth.signIn')}
        </Link>
      </p>
    </section>
  );
}

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction();
  const t = useT();
  return (
    <section className="form narrow">
      <PageTitle title={t('auth.forgotTitle')}>{t('auth.resetTitle')}</PageTitle>
      <form
        onSubmit={(e) =>
          void action.run(async () => {
            await requestPasswordReset(email);
            setSent(t('auth.sent'));
          })(e)
        }
      >
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        {action.message}
        {sent && <EmailSent detail={sent} />}
        <button className="button primary" type="submit" disabled={action.busy}>
          {t('auth.sendReset')}
        </button>
      </form>
    </section>
  );
}
