import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { resetPassword, verifyMagicLink } from '../api';
import { PageTitle } from '../components/page';
import { TextField } from '../components/text-field';
import { setSession } from '../hooks/use-session';

/** Opened from the emailed link: signs in once, then goes to the account page. */
export function MagicLinkPage() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current) return; // a link works once; never spend it twice
    tried.current = true;
    verifyMagicLink(token).then(
      (me) => {
        setSession(me);
        navigate('/account');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : 'This link did not work.'),
    );
  }, [token, navigate]);
  return (
    <section>
      <PageTitle title="Signing in">Signing you in…</PageTitle>
      {error && (
        <p className="error" role="alert">
          {error} <Link href="/sign-in">Back to sign in</Link>
        </p>
      )}
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
