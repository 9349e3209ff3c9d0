import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { confirmSignUp, resetPassword, verifyMagicLink, type Me } from '../api';
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

export function SignUpConfirmPage() {
  return (
    <LinkSignIn
      spend={confirmSignUp}
      title="Creating your account"
      back={{ href: '/sign-up', label: 'Sign up again' }}
    />
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
