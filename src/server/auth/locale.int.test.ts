import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { MeSchema } from './schemas';

describe.each(DIALECTS)("a person's language on %s", (dialect) => {
  const ctx = useTestApp(dialect);

  const localeOf = async (c: Client) =>
    MeSchema.parse((await c.json('GET', '/api/v1/auth/session')).body).user.locale;

  it("starts an account in the browser's language, or in the one chosen on the page", async () => {
    const spanish = new Client(ctx.app, { 'accept-language': 'es-US,es;q=0.9,en;q=0.8' });
    expect((await spanish.signUp('Lucía Ríos', 'lucia@example.com')).status).toBe(200);
    expect(await localeOf(spanish)).toBe('es');
    // The page's switch (a cookie) wins over what the browser says.
    const chose = new Client(ctx.app, { 'accept-language': 'es' });
    chose.cookies.set('rp_locale', 'en');
    expect((await chose.signUp('Ana Cruz', 'ana@example.com')).status).toBe(200);
    expect(await localeOf(chose)).toBe('en');
    const english = new Client(ctx.app);
    expect((await english.signUp('Bo Lee', 'bo@example.com')).status).toBe(200);
    expect(await localeOf(english)).toBe('en');
  });

  it('keeps the language on the account, for the signed-in person only', async () => {
    const c = new Client(ctx.app);
    await c.signUp('Mia Soto', 'mia@example.com');
    const saved = await c.json('PUT', '/api/v1/me/locale', { locale: 'es' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ locale: 'es' });
    expect(await localeOf(c)).toBe('es');
    // A new sign-in elsewhere finds it on the account.
    const phone = new Client(ctx.app);
    expect((await phone.signIn('mia@example.com', 'correct horse battery')).status).toBe(200);
    expect(await localeOf(phone)).toBe('es');

    const bad = await c.json('PUT', '/api/v1/me/locale', { locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(JSON.stringify(bad.body)).toMatch(/locale/);
    expect(
      (await new Client(ctx.app).json('PUT', '/api/v1/me/locale', { locale: 'es' })).status,
    ).toBe(401);
    // Without the page's security token it changes nothing.
    const forged = await c.request(
      'PUT',
      '/api/v1/me/locale',
      { locale: 'en' },
      { 'x-csrf-token': '' },
    );
    expect(forged.status).toBe(403);
    expect(await localeOf(c)).toBe('es');
  });
});
