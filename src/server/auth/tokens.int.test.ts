import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { backgroundOf, DIALECTS, useTestApp } from '../../../tests/setup/test-db';

describe.each(DIALECTS)('one-time links after a password reset, on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const client = () => new Client(ctx.app);
  /** The token of every link mailed to `email` under `subject`, oldest first. */
  const links = async (email: string, subject: string) => {
    await backgroundOf.get(ctx.app)!.settled();
    return (
      await ctx.t.db
        .selectFrom('outbox')
        .select(['body', 'created_at'])
        .where('to_email', '=', email)
        .where('subject', 'like', `%${subject}%`)
        .orderBy('created_at')
        .execute()
    ).map((m) => /token=([\w-]+)/.exec(m.body)![1]!);
  };
  const ask = (path: string, email: string) => client().json('POST', path, { email });
  const confirm = (token: string, password: string) =>
    client().json('POST', '/api/v1/auth/password-reset/confirm', { token, password });

  it('kills an older reset link once a newer one has set the password', async () => {
    await client().signUp('Rhea Reset', 'rhea@example.com');
    await ask('/api/v1/auth/password-reset', 'rhea@example.com');
    await ask('/api/v1/auth/password-reset', 'rhea@example.com');
    const [older, newer] = await links('rhea@example.com', 'Reset');
    expect((await confirm(newer!, 'the newest passphrase')).status).toBe(200);
    const stale = await confirm(older!, 'an attacker passphrase');
    expect(stale.status).toBe(400);
    expect((await client().signIn('rhea@example.com', 'an attacker passphrase')).status).toBe(401);
    expect((await client().signIn('rhea@example.com', 'the newest passphrase')).status).toBe(200);
  });

  it('kills a sign-in link issued before the reset', async () => {
    await client().signUp('Lior Link', 'lior@example.com');
    await ask('/api/v1/auth/magic-link', 'lior@example.com');
    await ask('/api/v1/auth/password-reset', 'lior@example.com');
    const [signIn] = await links('lior@example.com', 'sign-in link');
    const [reset] = await links('lior@example.com', 'Reset');
    expect((await confirm(reset!, 'a fresh passphrase')).status).toBe(200);
    const late = await client().json('POST', '/api/v1/auth/magic-link/verify', { token: signIn });
    expect(late.status).toBe(400);
  });

  it('lets only one of two reset links used at the same moment set the password', async () => {
    await client().signUp('Tess Twin', 'tess@example.com');
    await ask('/api/v1/auth/password-reset', 'tess@example.com');
    await ask('/api/v1/auth/password-reset', 'tess@example.com');
    const [a, b] = await links('tess@example.com', 'Reset');
    const results = await Promise.all([
      confirm(a!, 'passphrase number one'),
      confirm(b!, 'passphrase number two'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    const winner = results[0].status === 200 ? 'passphrase number one' : 'passphrase number two';
    expect((await client().signIn('tess@example.com', winner)).status).toBe(200);
  });
});
