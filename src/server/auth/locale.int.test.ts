import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { MeSchema } from './schemas';
import { noFlags } from '../../../tests/fixtures/intake-arbitrary';

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

  it("answers the safety questions in the language asked, the chosen one or the browser's", async () => {
    const questions = async (path: string, headers: Record<string, string> = {}) => {
      const res = await ctx.app.request(path, { headers });
      return { res, flags: (await res.clone().json()) as { id: string; question: string }[] };
    };
    const en = await questions('/api/v1/red-flags');
    const es = await questions('/api/v1/red-flags?locale=es');
    expect(es.res.headers.get('content-language')).toBe('es');
    expect(es.flags.map((f) => f.id)).toEqual(en.flags.map((f) => f.id));
    expect(es.flags.find((f) => f.id === 'saddleNumbness')!.question).toMatch(/entumecimiento/);
    expect(en.flags.find((f) => f.id === 'saddleNumbness')!.question).toMatch(/numbness/);
    const byBrowser = await questions('/api/v1/red-flags', { 'accept-language': 'es-MX' });
    expect(byBrowser.flags).toEqual(es.flags);
    const chosen = await questions('/api/v1/red-flags', {
      'accept-language': 'es-MX',
      cookie: 'rp_locale=en',
    });
    expect(chosen.flags).toEqual(en.flags);
    const bad = await ctx.app.request('/api/v1/red-flags?locale=fr');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(JSON.stringify(await bad.json())).toMatch(/locale/);
  });

  it('gives the check-in verdict in Spanish when asked, and refuses another language', async () => {
    const report = {
      exerciseId: 'hamstring',
      variant: 'standing-step',
      painBefore: 4,
      painAfter: 4,
      tinglingSpread: true,
      numbnessSpread: false,
      sharpPain: false,
      lostBalance: false,
    };
    const ask = (body: object, headers: Record<string, string> = {}) =>
      ctx.app.request('/api/v1/checkin/evaluate', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const es = await ask({ ...report, locale: 'es' });
    expect(es.status).toBe(200);
    expect(es.headers.get('content-language')).toBe('es');
    const verdict = (await es.json()) as { action: string; reasons: string[] };
    // The same decision in either language: stop, for tingling that spread.
    expect(verdict.action).toBe('stop');
    expect(verdict.reasons).toEqual([expect.stringMatching(/hormigueo baja más por la pierna/)]);
    const en = (await (await ask(report)).json()) as { action: string; reasons: string[] };
    expect(en.action).toBe('stop');
    expect(en.reasons[0]).toMatch(/Tingling that spreads/);
    const browser = (await (await ask(report, { 'accept-language': 'es-US' })).json()) as object;
    expect(browser).toEqual(verdict);
    const clear = (await (
      await ask({ ...report, tinglingSpread: false, locale: 'es' })
    ).json()) as { action: string; reasons: string[] };
    expect(clear).toEqual({ action: 'continue', reasons: [expect.stringMatching(/^No anotó/)] });
    const bad = await ask({ ...report, locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/locale/);
  });

  it('builds the plan preview in Spanish when asked: the same choices, every reason in Spanish', async () => {
    const intake = {
      redFlags: noFlags,
      painAreas: ['buttock', 'belowKnee'],
      side: 'right',
      legPain: 5,
      backPain: 3,
      aggravators: ['sitting'],
      canGetToFloor: false,
      canKneel: true,
      steadyOnFeet: true,
      props: ['chair'],
      nerveSensitiveToday: false,
    };
    type Plan = {
      items: { exerciseId: string; variant: string; name: string; reasons: string[] }[];
      messages: string[];
    };
    const preview = (body: object, headers: Record<string, string> = {}) =>
      ctx.app.request('/api/v1/plan/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const es = await preview({ ...intake, locale: 'es' });
    expect(es.status).toBe(200);
    expect(es.headers.get('content-language')).toBe('es');
    const spanish = (await es.json()) as Plan;
    const english = (await (await preview(intake)).json()) as Plan;
    const choices = (p: Plan) => p.items.map((i) => [i.exerciseId, i.variant]);
    expect(choices(spanish)).toEqual(choices(english));
    expect(spanish.items.find((i) => i.exerciseId === 'figure-4')!.name).toBe(
      'Estiramiento en forma de 4 (boca arriba)',
    );
    expect(spanish.messages.join(' ')).toMatch(/debajo de la rodilla/);
    expect(english.messages.join(' ')).toMatch(/below the knee/);
    // "Can't get to the floor" moves the floor stretches to a bed or chair, said in Spanish.
    expect(spanish.items.flatMap((i) => i.reasons).join(' ')).toMatch(/bajar al piso/);
    // The browser's language decides when the body does not.
    const byBrowser = await preview(intake, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(await byBrowser.json()).toEqual(spanish);
    const bad = await preview({ ...intake, locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(JSON.stringify(await bad.json())).toMatch(/locale/);
  });

  it('serves the exercise library in Spanish when asked', async () => {
    const one = await ctx.app.request('/api/v1/exercises/bridge?locale=es');
    expect(one.status).toBe(200);
    expect(one.headers.get('content-language')).toBe('es');
    const bridge = (await one.json()) as { name: string; variants: { steps: string[] }[] };
    expect(bridge.name).toBe('Puente');
    expect(bridge.variants[0]!.steps[0]).toMatch(/^Acuéstese boca arriba/);
    const all = (await (await ctx.app.request('/api/v1/exercises?locale=es')).json()) as {
      exercises: { id: string; name: string }[];
    };
    const english = (await (await ctx.app.request('/api/v1/exercises')).json()) as {
      exercises: { id: string; name: string }[];
    };
    expect(all.exercises.map((e) => e.id)).toEqual(english.exercises.map((e) => e.id));
    expect(all.exercises.filter((e, i) => e.name === english.exercises[i]!.name)).toEqual([]);
    expect((await ctx.app.request('/api/v1/exercises?locale=de')).status).toBe(400);
  });

  it("emails links in the recipient's language: the sign-up's, then the account's", async () => {
    const spanish = new Client(ctx.app, { 'accept-language': 'es-US,es;q=0.9' });
    await spanish.json('POST', '/api/v1/auth/sign-up', {
      name: 'Rosa Vega',
      email: 'rosa@example.com',
      password: 'correct horse battery',
    });
    const confirm = await spanish.mail('rosa@example.com', /./);
    expect(confirm?.subject).toBe('Termine de crear su cuenta de ReliefPath');
    expect(confirm?.body).toMatch(
      /^Hola:\n\nAbra este enlace .* durante 20 minutos:\n\nhttp\S+token=/s,
    );
    const token = /token=([\w-]+)/.exec(confirm!.body)![1]!;
    expect((await spanish.json('POST', '/api/v1/auth/sign-up/confirm', { token })).status).toBe(
      200,
    );
    // A sign-in link asked for from an English browser follows the account, not the browser.
    const english = new Client(ctx.app, { 'accept-language': 'en-US' });
    expect(
      (await english.json('POST', '/api/v1/auth/magic-link', { email: 'rosa@example.com' })).status,
    ).toBe(202);
    const link = await english.mail('rosa@example.com', /entrar a ReliefPath/);
    expect(link?.body).toMatch(/^Abra este enlace para entrar a ReliefPath\. Sirve una sola vez/);
    // An English account gets English.
    const bo = new Client(ctx.app);
    await bo.signUp('Bo Lee', 'bo@example.com');
    await bo.json('POST', '/api/v1/auth/password-reset', { email: 'bo@example.com' });
    expect((await bo.mail('bo@example.com', /Reset your ReliefPath password/))?.body).toMatch(
      /^Open this link to choose a new ReliefPath password/,
    );
  });

  it("says what to fix in problem+json in the request's language, with the same fields", async () => {
    type Problem = { detail: string; errors?: { field: string; message: string }[] };
    const ask = async (headers: Record<string, string>) => {
      const res = await ctx.app.request('/api/v1/plan/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ legPain: 11, extra: 1 }),
      });
      return { res, body: (await res.json()) as Problem };
    };
    const english = await ask({ 'accept-language': 'en-US' });
    const spanish = await ask({ 'accept-language': 'es-US' });
    expect(spanish.res.status).toBe(400);
    expect(spanish.res.headers.get('content-language')).toBe('es');
    expect(spanish.body.detail).toMatch(/^Corrija el cuerpo de la petición: /);
    // The same fields are named, each with its problem said in Spanish.
    expect(spanish.body.errors?.map((e) => e.field)).toEqual(
      english.body.errors?.map((e) => e.field),
    );
    expect(spanish.body.errors?.find((e) => e.field === 'extra')?.message).toBe(
      'no es un campo conocido; quítelo',
    );
    // An oracle of English words, apart from the catalogues.
    expect(spanish.body.detail).not.toMatch(/\b(the|is|required|expected|remove|known|Fix)\b/i);
    const cookie = await ask({ cookie: 'rp_locale=es', 'accept-language': 'en' });
    expect(cookie.body.detail).toBe(spanish.body.detail);

    // Words written for people: a refused sign-in, in Spanish.
    const signIn = await ctx.app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'es' },
      body: JSON.stringify({ email: 'nadie@example.com', password: 'una contraseña larga' }),
    });
    expect(signIn.status).toBe(401);
    expect(((await signIn.json()) as Problem).detail).toBe(
      'Ese correo y esa contraseña no coinciden con ninguna cuenta.',
    );
  });
  it("words the schemas' own refusals in Spanish too, with their limits", async () => {
    type Problem = { detail: string; errors: { field: string; message: string }[] };
    const json = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const slotsFor = '/api/v1/slots?clinicId=x&appointmentType=first-visit';
    const cases: [string, RequestInit | undefined, RegExp][] = [
      [
        '/api/v1/auth/sign-up',
        json({ name: 'A', email: 'a@example.com', password: 'short' }),
        /10/,
      ],
      ['/api/v1/auth/sign-in', json({ email: 'pat', password: 'long enough to pass' }), /@/],
      ['/api/v1/clinics?zip=123', undefined, /5/],
      ['/api/v1/clinics?lat=100', undefined, /-90/],
      [`${slotsFor}&from=2026-12-01T00:00:00Z&to=2027-02-01T00:00:00Z`, undefined, /31/],
      [`${slotsFor}&from=2026-12-01&to=2026-12-02`, undefined, /2026-12-01T14:30:00Z/],
      ['/api/v1/plan/preview', json({ notes: 'a\u0000b' }), /NUL/],
    ];
    for (const [path, init, limit] of cases) {
      const ask = async (language: string) => {
        const headers = {
          ...(init?.headers as Record<string, string>),
          'accept-language': language,
        };
        const res = await ctx.app.request(path, { ...init, headers });
        expect(res.status, path).toBe(400);
        return (await res.json()) as Problem;
      };
      const [english, spanish] = [await ask('en'), await ask('es')];
      expect(
        spanish.errors.map((e) => e.field),
        path,
      ).toEqual(english.errors.map((e) => e.field));
      for (const [i, error] of spanish.errors.entries()) {
        expect(error.message, path).not.toBe(english.errors[i]!.message);
        // The same English-word oracle as above, apart from the catalogues.
        expect(error.message, path).not.toMatch(/\b(the|is|give|please|at most|remove|must)\b/i);
      }
      // The limit the schema sets reaches the words in both languages.
      expect(english.detail, path).toMatch(limit);
      expect(spanish.detail, path).toMatch(limit);
    }
  });
});
