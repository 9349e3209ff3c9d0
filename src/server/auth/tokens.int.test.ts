import { describe, expect, it } from 'vitest';
import { sha256 } from '../http/auth';
import { createSession, redeemToken } from './queries';
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
  /** Asks for a link and waits until it is sent, so links are issued in the order asked. */
  const ask = async (path: string, email: string) => {
    const answer = await client().json('POST', path, { email });
    await backgroundOf.get(ctx.app)!.settled();
    await new Promise((r) => setTimeout(r, 3));
    return answer;
  };
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

  it('lets only the newest reset link work once a newer one was sent', async () => {
    await client().signUp('Nell Newest', 'nell@example.com');
    await ask('/api/v1/auth/password-reset', 'nell@example.com');
    await ask('/api/v1/auth/password-reset', 'nell@example.com');
    const [older, newer] = await links('nell@example.com', 'Reset');
    const stale = await confirm(older!, 'the older link passphrase');
    expect(stale.status).toBe(400);
    expect((stale.body as { detail: string }).detail).toMatch(/newer one replaced it/);
    expect((await confirm(newer!, 'the newer link passphrase')).status).toBe(200);
  });

  it('keeps one live reset link when two are asked for at the same moment', async () => {
    for (let i = 0; i < 4; i++) {
      const email = `twin.ask${i}@example.com`;
      await client().signUp('Tam Twin', email);
      await Promise.all([
        client().json('POST', '/api/v1/auth/password-reset', { email }),
        client().json('POST', '/api/v1/auth/password-reset', { email }),
      ]);
      await backgroundOf.get(ctx.app)!.settled();
      const live = await ctx.t.db
        .selectFrom('auth_token')
        .innerJoin('user_account', 'user_account.id', 'auth_token.user_id')
        .select('token_hash')
        .where('user_account.email', '=', email)
        .where('purpose', '=', 'password-reset')
        .where('used_at', 'is', null)
        .execute();
      expect(live).toHaveLength(1);
    }
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

  it('ends a session made from a sign-in link that was spent just before a reset', async () => {
    await client().signUp('Tess Link', 'tess@example.com');
    await ask('/api/v1/auth/magic-link', 'tess@example.com');
    await ask('/api/v1/auth/password-reset', 'tess@example.com');
    const [signIn] = await links('tess@example.com', 'sign-in link');
    const [reset] = await links('tess@example.com', 'Reset');
    // The losing order, step by step: the link is spent, the reset commits, then the session
    // from the link is written with what the link saw.
    const spent = await redeemToken(ctx.t.db, sha256(signIn!), 'magic-link', Date.now());
    expect(spent).not.toBeNull();
    expect((await confirm(reset!, 'a passphrase after the reset')).status).toBe(200);
    await createSession(ctx.t.db, {
      idHash: sha256('link-session-token'),
      userId: spent!.userId,
      generation: spent!.generation,
      at: Date.now(),
      ttlMs: 86_400_000,
    });
    const late = client();
    late.cookies.set('rp_session', 'link-session-token');
    expect((await late.json('GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('leaves no session behind from a sign-in that raced the reset', async () => {
    await client().signUp('Rex Race', 'rex@example.com');
    const { id } = await ctx.t.db
      .selectFrom('user_account')
      .select('id')
      .where('email', '=', 'rex@example.com')
      .executeTakeFirstOrThrow();
    // An attacker with the old password keeps signing in while the owner resets it.
    let resetDone = false;
    const stolen: Client[] = [];
    const attacker = async () => {
      for (let i = 0; i < 200 && !resetDone; i++) {
        const c = client();
        if ((await c.signIn('rex@example.com', 'correct horse battery')).status === 200)
          stolen.push(c);
      }
    };
    const owner = async () => {
      await ask('/api/v1/auth/password-reset', 'rex@example.com');
      const [reset] = await links('rex@example.com', 'Reset');
      expect((await confirm(reset!, 'a passphrase only rex knows')).status).toBe(200);
      resetDone = true;
    };
    await Promise.all([attacker(), attacker(), owner()]);
    expect(stolen.length).toBeGreaterThan(0);
    for (const c of stolen) expect((await c.json('GET', '/api/v1/auth/me')).status).toBe(401);
    // The exact losing interleaving: a session stamped before the reset, written after it.
    const late = client();
    await ctx.t.db
      .insertInto('auth_session')
      .values({
        id_hash: sha256('late-session-token'),
        user_id: id,
        credential_generation: 0,
        created_at: Date.now(),
        expires_at: Date.now() + 86_400_000,
      })
      .execute();
    late.cookies.set('rp_session', 'late-session-token');
    expect((await late.json('GET', '/api/v1/auth/me')).status).toBe(401);
  });
});
