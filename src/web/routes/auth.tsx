import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { requestMagicLink, requestPasswordReset, signIn, signUp, type Me } from '../api';
import { DemoMailHint } from '../components/demo-mail-hint';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { useAction } from '../hooks/use-action';
import { setSession } from '../hooks/use-session';
import { safeNext } from './auth-links';

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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const withPassword = useAction();
  const withLink = useAction();
  return (
    <section className="form narrow">
      <PageTitle title="Sign in">Sign in</PageTitle>
      <form
        onSubmit={(e) => void withPassword.run(async () => done(await signIn(email, password)))(e)}
      >
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {withPassword.message}
        <button className="button primary" type="submit" disabled={withPassword.busy}>
          Sign in
        </button>
      </form>
      <h2>Or get a sign-in link by email</h2>
      <form
        onSubmit={(e) =>
          void withLink.run(async () => setSent((await requestMagicLink(email)).detail))(e)
        }
      >
        <p className="hint">No password needed: we email you a link that signs you in once.</p>
        {withLink.message}
        {sent && <EmailSent detail={sent} />}
        <button className="button" type="submit" disabled={withLink.busy || !email}>
          Email me a sign-in link
        </button>
      </form>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link> ·{' '}
        <Link href="/sign-up">Create an account</Link>
      </p>
    </section>
  );
}

export function SignUpPage() {
  const next = useNext();
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction();
  if (sent)
    return (
      <section className="form narrow">
        <PageTitle title="Check your email">Check your email</PageTitle>
        <EmailSent detail={sent}>
          <p>
            Nothing there? Look in your spam folder, or{' '}
            <button type="button" className="link" onClick={() => setSent(null)}>
              try again
            </button>
            .
          </p>
        </EmailSent>
      </section>
    );
  return (
    <section className="form narrow">
      <PageTitle title="Create an account">Create your account</PageTitle>
      <p className="lead">Keep your plan, sessions and appointments in one place.</p>
      <form
        onSubmit={(e) =>
          void action.run(async () => {
            const localNext = next && safeNext(next) === next ? next : undefined;
            setSent((await signUp(fields.name, fields.email, fields.password, localNext)).detail);
          })(e)
        }
      >
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={fields.name}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
        />
        <TextField
          label="Email"
          hint="We email you a link to finish creating the account."
          type="email"
          name="email"
          autoComplete="email"
          required
          value={fields.email}
          onChange={(e) => setFields({ ...fields, email: e.target.value })}
        />
        <TextField
          label="Password"
          hint="At least 10 characters. A few words together work well."
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
          Create account
        </button>
      </form>
      <p>
        Already have one?{' '}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>Sign in</Link>
      </p>
    </section>
  );
}

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction();
  return (
    <section className="form narrow">
      <PageTitle title="Forgot password">Reset your password</PageTitle>
      <form
        onSubmit={(e) =>
          void action.run(async () => setSent((await requestPasswordReset(email)).detail))(e)
        }
      >
        <TextField
          label="Email"
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
          Email me a reset link
        </button>
      </form>
    </section>
  );
}
