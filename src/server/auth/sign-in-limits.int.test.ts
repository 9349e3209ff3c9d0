import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { backgroundOf, DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { SIGN_IN_LIMITS } from '../http/limit-policy';

const PASSWORD = 'correct horse battery';
const from = (address: string) => ({ 'x-forwarded-for': address });
const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe.each(DIALECTS)('sign-in limits on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const client = (address = '198.51.100.1') => new Client(ctx.app, from(address));
  const attempt = async (email: string, password: string, address: string) =>
    (await client(address).signIn(email, password)).status;

  it('checks at most the limit when 50 wrong passwords arrive at once', async () => {
    await client().signUp('Rae Race', 'race@example.com');
    const burst = await Promise.all(
      Array.from({ length: 50 }, () => attempt('race@example.com', 'wrong guess', '198.51.100.2')),
    );
    expect(count(burst, 401)).toBe(SIGN_IN_LIMITS.perAccountAndAddress);
    expect(count(burst, 429)).toBe(50 - SIGN_IN_LIMITS.perAccountAndAddress);
    // The right password from there is refused too: the count was not reset by anyone.
    expect(await attempt('race@example.com', PASSWORD, '198.51.100.2')).toBe(429);
  });

  it('lets the right password inside a burst through only if it is among the first few', async () => {
    await client().signUp('Bea Burst', 'burst@example.com');
    const guesses = [...Array.from({ length: 49 }, () => 'wrong guess'), PASSWORD];
    const burst = await Promise.all(
      guesses.map((guess) => attempt('burst@example.com', guess, '198.51.100.3')),
    );
    expect(count(burst, 401) + count(burst, 200)).toBeLessThanOrEqual(
      SIGN_IN_LIMITS.perAccountAndAddress,
    );
  });

  it('never locks the owner out from another address', async () => {
    await client().signUp('Owen Owner', 'owen@example.com');
    for (let i = 0; i < 10; i++) await attempt('owen@example.com', 'guess', '203.0.113.10');
    expect(await attempt('owen@example.com', PASSWORD, '203.0.113.10')).toBe(429);
    expect(await attempt('owen@example.com', PASSWORD, '198.51.100.20')).toBe(200);
  });

  it('keeps a per-account ceiling that new addresses cannot dodge, while the owner’s own browser and emailed link still work', async () => {
    const laptop = client('198.51.100.30');
    await laptop.signUp('Ida Ceiling', 'ida@example.com');
    expect((await laptop.signIn('ida@example.com', PASSWORD)).status).toBe(200);
    expect((await laptop.request('POST', '/api/v1/auth/sign-out')).status).toBe(204);
    // An attacker spreads guesses over many addresses, each under its own limit.
    const attackers = Math.ceil(SIGN_IN_LIMITS.perAccount / SIGN_IN_LIMITS.perAccountAndAddress);
    for (let a = 0; a < attackers; a++)
      for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++)
        await attempt('ida@example.com', `guess ${a}-${i}`, `203.0.113.${100 + a}`);
    // A fresh address, even with the right password, is now held back …
    expect(await attempt('ida@example.com', PASSWORD, '203.0.113.250')).toBe(429);
    // … but the browser Ida signed in with before has a limit of its own,
    expect((await laptop.signIn('ida@example.com', PASSWORD)).status).toBe(200);
    // and an emailed link always gets her in.
    const asked = await client('198.51.100.31').json('POST', '/api/v1/auth/magic-link', {
      email: 'ida@example.com',
    });
    expect(asked.status).toBe(202);
    await backgroundOf.get(ctx.app)!.settled();
    const mail = await ctx.t.db
      .selectFrom('outbox')
      .select('body')
      .where('to_email', '=', 'ida@example.com')
      .where('subject', 'like', '%sign-in link%')
      .executeTakeFirstOrThrow();
    const token = /token=([\w-]+)/.exec(mail.body)![1]!;
    const phone = client('198.51.100.31');
    expect((await phone.json('POST', '/api/v1/auth/magic-link/verify', { token })).status).toBe(
      200,
    );
  });

  it('does not lock everyone at one address out after 30 failures there', async () => {
    const clinic = '192.0.2.50';
    await client().signUp('Nia Nurse', 'nia@example.com');
    for (let i = 0; i < 30; i++) await attempt(`stranger${i % 6}@example.com`, 'guess', clinic);
    expect(await attempt('nia@example.com', PASSWORD, clinic)).toBe(200);
  });

  it('says when to try again and offers the emailed link', async () => {
    await client().signUp('Tia Timer', 'tia@example.com');
    let last = await client('198.51.100.40').signIn('tia@example.com', 'guess');
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++)
      last = await client('198.51.100.40').signIn('tia@example.com', 'guess');
    expect(last.status).toBe(429);
    const wait = Number(last.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect((last.body as { detail: string }).detail).toMatch(/emailed link/);
  });
});
