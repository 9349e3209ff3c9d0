import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, confirmSignUp, resetPassword, verifyMagicLink, type Me } from '../api';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { setSession } from '../hooks/use-session';

/** A path on this site to go on to; anything else (another site, say) goes to the account. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/account';
}

/**
 * Opened from an emailed link: spends it once, signs in, then goes on to where the person was
 * heading (an invite, say) or their account.
 */
function LinkSignIn({
  spend,
  title,
  back,
}: {
  spend: (token: string) => Promise<Me>;
  title: string;
  back: { href: string; label: string };
}) {
  const search = new URLSearchParams(useSearch());
  const token = search.get('token') ?? '';
  const next = safeNext(search.get('next'));
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current) return; // a link works once; never spend it twice
    tried.current = true;
    spend(token).then(
      (me) => {
        setSession(me);
        navigate(next);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : 'This link did not work.'),
    );
  }, [token, next, navigate, spend]);
  return (
    <section>
      <PageTitle title={title}>{error ? 'This link did not work' : `${title}…`}</PageTitle>
      {error && (
        <p className="error" role="alert">
          {error} <Link href={back.href}>{back.label}</Link>
        </p>
      )}
    </section>
  );
}

export function MagicLinkPage() {
  return (
    <LinkSignIn
      spend={verifyMagicLink}
      title="Signing you in"
      back={{ href: '/sign-in', label: 'Back to sign in' }}
    />
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
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);
  const finish = useCallback(
    async (typed?: string) => {
      try {
        setSession(await confirmSignUp(token, typed));
        navigate(next);
      } catch (e) {
        if (e instanceof ApiError && e.fields.includes('password')) {
          setNeedPassword(true);
          if (typed)
            setError('That is not the password you chose when you signed up. Please try again.');
        } else setError(e instanceof Error ? e.message : 'This link did not work.');
      }
    },
    [token, next, navigate],
  );
  useEffect(() => {
    if (tried.current) return;
    tried.current = true;
    void finish();
  }, [finish]);
  if (!needPassword)
    return (
      <section>
        <PageTitle title="Creating your account">
          {error ? 'This link did not work' : 'Creating your account…'}
        </PageTitle>
        {error && (
          <p className="error" role="alert">
            {error} <Link href="/sign-up">Sign up again</Link>
          </p>
        )}
      </section>
    );
  return (
    <section className="form narrow">
      <PageTitle title="Finish creating your account">Finish creating your account</PageTitle>
      <p className="lead">
        You opened the link in a different browser from the one you signed up in. To finish, type
        the password you chose.
      </p>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void finish(password);
        }}
      >
        <TextField
          label="Your password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button className="button primary" type="submit">
          Finish
        </button>
      </form>
    </section>
  );
}

export function ResetPasswordPage() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      setSession(await resetPassword(token, password));
      navigate('/account');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong.');
    }
  }
  return (
    <section className="form narrow">
      <PageTitle title="Choose a new password">Choose a new password</PageTitle>
      <form onSubmit={(e) => void submit(e)}>
        <TextField
          label="New password"
          hint="At least 10 characters. This signs you out on your other devices."
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button className="button primary" type="submit">
          Save and sign in
        </button>
      </form>
    </section>
  );
}
