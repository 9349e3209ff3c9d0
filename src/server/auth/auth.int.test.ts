import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { backgroundOf, DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { MeSchema } from './schemas';

type Mail = { to: string; subject: string; body: string };
const linkToken = (mail: Mail) => /token=([\w-]+)/.exec(mail.body)![1]!;

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const client = () => new Client(ctx.app);
  const mailTo = async (email: string) => {
    await backgroundOf.get(ctx.app)!.settled();
    return ((await (await ctx.app.request('/api/v1/dev/outbox')).json()) as Mail[]).filter(
      (m) => m.to === email,
    );
  };

  it('signs up a patient through the emailed link, with a secure session cookie', async () => {
    const c = client();
    const asked = await c.json('POST', '/api/v1/auth/sign-up', {
      name: 'Ada Lovelace',
      email: 'Ada@Example.com',
      password: 'correct horse battery',
    });
    expect(asked.status).toBe(202);
    // No account and no session until the link is opened.
    expect((await c.json('GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await client().signIn('ada@example.com', 'correct horse battery')).status).toBe(401);
    const [mail] = await mailTo('ada@example.com');
    expect(mail!.subject).toBe('Finish creating your ReliefPath account');
    const confirmed = await c.json('POST', '/api/v1/auth/sign-up/confirm', {
      token: linkToken(mail!),
    });
    expect(confirmed.status).toBe(200);
    expect(MeSchema.parse(confirmed.body).user).toMatchObject({
      email: 'ada@example.com',
      role: 'patient',
    });
    const cookie = confirmed.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await c.json('GET', '/api/v1/auth/me')).body).toMatchObject({
      user: { name: 'Ada Lovelace' },
    });
    const stored = await ctx.t.db
      .selectFrom('user_account')
      .select('password_hash')
      .where('email', '=', 'ada@example.com')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    // The link works once.
    const again = await client().json('POST', '/api/v1/auth/sign-up/confirm', {
      token: linkToken(mail!),
    });
    expect(again.status).toBe(400);
  });

  it('finishes a sign-up opened in another browser only with the password chosen', async () => {
    const laptop = client();
    await laptop.json('POST', '/api/v1/auth/sign-up', {
      name: 'Pia Phone',
      email: 'pia.phone@example.com',
      password: 'the passphrase pia chose',
    });
    const [mail] = await mailTo('pia.phone@example.com');
    const token = linkToken(mail!);
    const phone = client();
    const asked = await phone.json<{ errors: { field: string }[] }>(
      'POST',
      '/api/v1/auth/sign-up/confirm',
      { token },
    );
    expect(asked.status).toBe(400);
    expect(asked.body.errors[0]!.field).toBe('password');
    const wrong = await phone.json('POST', '/api/v1/auth/sign-up/confirm', {
      token,
      password: 'a guess',
    });
    expect(wrong.status).toBe(400);
    const right = await phone.json('POST', '/api/v1/auth/sign-up/confirm', {
      token,
      password: 'the passphrase pia chose',
    });
    expect(right.status).toBe(200);
  });

  it('never lets a stranger choose the password of someone else’s account-to-be', async () => {
    await client().json('POST', '/api/v1/auth/sign-up', {
      name: 'Mallory',
      email: 'victim@example.com',
      password: 'mallory chose this',
    });
    const [mail] = await mailTo('victim@example.com');
    expect(mail!.body).not.toMatch(/Mallory/);
    // The owner opens the unexpected email in their own browser: no account is made.
    const owner = client();
    const opened = await owner.json('POST', '/api/v1/auth/sign-up/confirm', {
      token: linkToken(mail!),
    });
    expect(opened.status).toBe(400);
    expect((await client().signIn('victim@example.com', 'mallory chose this')).status).toBe(401);
    expect(
      await ctx.t.db
        .selectFrom('user_account')
        .select('id')
        .where('email', '=', 'victim@example.com')
        .execute(),
    ).toEqual([]);
  });

  it('answers sign-up the same for a taken email, and tells its owner instead', async () => {
    await client().signUp('Olga Owner', 'olga@example.com');
    const form = (email: string) => ({ name: 'Mallory', email, password: 'mallory passphrase' });
    const taken = await client().json('POST', '/api/v1/auth/sign-up', form('olga@example.com'));
    const fresh = await client().json('POST', '/api/v1/auth/sign-up', form('newbie@example.com'));
    expect([taken.status, fresh.status]).toEqual([202, 202]);
    expect(taken.body).toEqual(fresh.body);
    const [note] = await mailTo('olga@example.com');
    expect(note!.subject).toBe('You already have a ReliefPath account');
    // The note's link signs the owner in; the stranger's password changed nothing.
    const owner = client();
    expect(
      (await owner.json('POST', '/api/v1/auth/magic-link/verify', { token: linkToken(note!) }))
        .status,
    ).toBe(200);
    expect((await client().signIn('olga@example.com', 'mallory passphrase')).status).toBe(401);
    expect((await client().signIn('olga@example.com', 'correct horse battery')).status).toBe(200);
  });

  it('sends at most 3 link emails to one address in 15 minutes, however often asked', async () => {
    await client().signUp('Flo Flood', 'flo@example.com');
    const before = (await mailTo('flo@example.com')).length;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        new Client(ctx.app, { 'x-forwarded-for': `203.0.113.${i + 1}` }).json(
          'POST',
          i % 2 ? '/api/v1/auth/password-reset' : '/api/v1/auth/magic-link',
          { email: 'flo@example.com' },
        ),
      ),
    );
    expect(new Set(answers.map((a) => JSON.stringify([a.status, a.body]))).size).toBe(1);
    // The sign-up link was the first of the three.
    expect((await mailTo('flo@example.com')).length - before).toBe(2);
  });

  it('explains what to fix in a weak sign-up', async () => {
    const res = await client().json<{ detail: string }>('POST', '/api/v1/auth/sign-up', {
      name: 'B',
      email: 'nope',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/email/);
    expect(res.body.detail).toMatch(/at least 10 characters/);
  });

  it('answers a wrong password and an unknown email the same way, then rate-limits both', async () => {
    await client().signUp('Ben', 'ben@example.com');
    const laptop = () => new Client(ctx.app, { 'x-forwarded-for': '203.0.113.5' });
    const wrong = await laptop().signIn('ben@example.com', 'not the password');
    const unknown = await laptop().signIn('nobody@example.com', 'not the password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    for (let i = 0; i < 4; i++) {
      await laptop().signIn('ben@example.com', 'still wrong');
      await laptop().signIn('nobody@example.com', 'still wrong');
    }
    const limitedReal = await laptop().signIn('ben@example.com', 'correct horse battery');
    const limitedGhost = await laptop().signIn('nobody@example.com', 'correct horse battery');
    expect([limitedReal.status, limitedGhost.status]).toEqual([429, 429]);
    expect(Number(limitedReal.headers.get('retry-after'))).toBeGreaterThan(890);
  });

  it('requires the CSRF token and our own origin for changes made with a session', async () => {
    const c = client();
    await c.signUp('Cy', 'cy@example.com');
    const noToken = await ctx.app.request('/api/v1/auth/sign-out', {
      method: 'POST',
      headers: { cookie: c.cookie },
    });
    expect(noToken.status).toBe(403);
    const otherSite = await c.request('POST', '/api/v1/auth/sign-out', undefined, {
      origin: 'https://evil.example',
    });
    expect(otherSite.status).toBe(403);
    expect((await c.request('POST', '/api/v1/auth/sign-out')).status).toBe(204);
    expect((await c.json('GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('opens an emailed link in a browser signed in as someone else, before it loaded its token', async () => {
    await client().signUp('Lou Link', 'lou@example.com');
    const other = client();
    await other.signUp('Kit Other', 'kit@example.com');
    await other.json('POST', '/api/v1/auth/magic-link', { email: 'lou@example.com' });
    const mail = (await mailTo('lou@example.com')).find((m) => m.subject.includes('sign-in link'));
    // The page spends the link at once: the CSRF token of Kit's session is not loaded yet.
    const res = await other.raw(
      'POST',
      '/api/v1/auth/magic-link/verify',
      JSON.stringify({ token: linkToken(mail!) }),
      'application/json',
      { 'x-csrf-token': '' },
    );
    expect(res.status).toBe(200);
    // A request from another site is still refused.
    const forged = await other.raw(
      'POST',
      '/api/v1/auth/magic-link/verify',
      JSON.stringify({ token: 'x'.repeat(30) }),
      'application/json',
      {
        'x-csrf-token': '',
        origin: 'https://evil.example',
      },
    );
    expect(forged.status).toBe(403);
  });

  it('signs in once with an emailed link, and never twice with the same one', async () => {
    await client().signUp('Dee', 'dee@example.com');
    const known = await client().json('POST', '/api/v1/auth/magic-link', {
      email: 'dee@example.com',
    });
    const unknown = await client().json('POST', '/api/v1/auth/magic-link', {
      email: 'ghost@example.com',
    });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(await mailTo('ghost@example.com')).toEqual([]);
    const [mail] = await mailTo('dee@example.com');
    const c = client();
    expect(
      (await c.json('POST', '/api/v1/auth/magic-link/verify', { token: linkToken(mail!) })).status,
    ).toBe(200);
    expect((await c.json('GET', '/api/v1/auth/me')).body).toMatchObject({
      user: { email: 'dee@example.com' },
    });
    expect(
      (await client().json('POST', '/api/v1/auth/magic-link/verify', { token: linkToken(mail!) }))
        .status,
    ).toBe(400);
  });

  it('resets a password, signing out every other device', async () => {
    const laptop = client();
    await laptop.signUp('Eve', 'eve@example.com');
    await client().json('POST', '/api/v1/auth/password-reset', { email: 'eve@example.com' });
    const [mail] = (await mailTo('eve@example.com')).filter((m) => m.subject.includes('Reset'));
    const phone = client();
    const reset = await phone.json('POST', '/api/v1/auth/password-reset/confirm', {
      token: linkToken(mail!),
      password: 'a brand new passphrase',
    });
    expect(reset.status).toBe(200);
    expect((await laptop.json('GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await client().signIn('eve@example.com', 'correct horse battery')).status).toBe(401);
    expect((await client().signIn('eve@example.com', 'a brand new passphrase')).status).toBe(200);
    const actions = await ctx.t.db.selectFrom('audit_log').select('action').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account.created', 'password.reset', 'session.started']),
    );
  });
});
