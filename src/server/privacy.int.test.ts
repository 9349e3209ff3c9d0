import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { Client } from '../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../tests/setup/test-db';
import { createApp } from './app';
import { createUser } from './auth/queries';
import { createLogger } from './http/logging';
import { routedOperations, type Access } from './http/openapi';

const NOW = new Date('2026-11-25T15:00:00Z');
const CANARY = { name: 'Zed Canary', email: 'zed.canary@example.com' };

type Operation = { 'x-access': Access; parameters?: { name: string; in: string }[] };
type ApiDocument = { paths: Record<string, Record<string, Operation>> };

/** The operations an API document lists, as "get /api/v1/…". */
const documented = (doc: ApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method} ${path}`),
  );

/**
 * Every route the app answers (its own route table, not the API document) × every role ×
 * someone else's ids. A route left out of the document fails here, and is walked all the same.
 */
describe.each(DIALECTS)('privacy on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);

  let ready: ReturnType<typeof createWorld> | null = null;
  const setUp = () => (ready ??= createWorld());

  async function createWorld() {
    const owner = new Client(ctx.app);
    const ownerId = (await owner.signUp(CANARY.name, CANARY.email)).body as {
      user: { id: string };
    };
    const { body } = await owner.json<{ slots: { start: string; therapistId: string }[] }>(
      'GET',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=follow-up&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z',
    );
    const slot = body.slots[0]!;
    const booked = await owner.json<{ id: string; links: { manage: string } }>(
      'POST',
      '/api/v1/appointments',
      {
        slot: slot.start,
        therapistId: slot.therapistId,
        appointmentType: 'follow-up',
        guest: { ...CANARY, phone: '617-555-0100' },
      },
    );
    expect(booked.status).toBe(201);
    const clients: Record<'anonymous' | 'patient' | 'therapist' | 'admin', Client> = {
      anonymous: new Client(ctx.app),
      patient: new Client(ctx.app),
      therapist: new Client(ctx.app),
      admin: new Client(ctx.app),
    };
    await clients.patient.signUp('Other Patient', 'other.patient@example.com');
    for (const role of ['therapist', 'admin'] as const) {
      await createUser(ctx.t.db, {
        id: `${role}-user`,
        email: `${role}@example.com`,
        name: role,
        role,
        passwordHash: await hash('staff passphrase'),
        at: NOW.getTime(),
      });
      expect((await clients[role].signIn(`${role}@example.com`, 'staff passphrase')).status).toBe(
        200,
      );
    }
    // Someone else's link: the other patient books too, so they hold a real token of their own.
    const theirs = await clients.patient.json<{ links: { manage: string } }>(
      'POST',
      '/api/v1/appointments',
      {
        slot: body.slots.find((s) => s.therapistId !== slot.therapistId)!.start,
        therapistId: body.slots.find((s) => s.therapistId !== slot.therapistId)!.therapistId,
        appointmentType: 'follow-up',
        guest: { name: 'Other Patient', email: 'other.patient@example.com', phone: '617-555-0101' },
      },
    );
    const ownToken = new URL(theirs.body.links.manage).searchParams.get('token')!;
    return {
      clients,
      owner,
      victimAppointment: booked.body.id,
      victimUser: ownerId.user.id,
      ownToken,
    };
  }

  it('shows a patient only their own appointments', async () => {
    const { clients } = await setUp();
    const mine = await clients.patient.json<{ guest: { email: string } }[]>(
      'GET',
      '/api/v1/me/appointments',
    );
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    for (const a of mine.body) expect(a.guest.email).toBe('other.patient@example.com');
  });
  it('lets no browser or proxy keep a signed-in or signed-link answer', async () => {
    const { clients } = await setUp();
    const mine = await clients.patient.json<{ links: { manage: string; calendar: string } }[]>(
      'GET',
      '/api/v1/me/appointments',
    );
    const { manage, calendar } = mine.body[0]!.links;
    const api = new URL(manage);
    const answers = await Promise.all([
      clients.patient.request('GET', '/api/v1/auth/me'),
      clients.patient.request(
        'GET',
        `/api/v1/appointments${api.pathname.slice('/appointments'.length)}${api.search}`,
      ),
      clients.anonymous.request('GET', new URL(calendar).pathname + new URL(calendar).search),
      clients.patient.request('GET', '/api/v1/me/export.csv'),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
  it('documents every route the app answers, and answers every route it documents', async () => {
    for (const demoMode of [true, false]) {
      // The demo outbox exists only in demo mode, in the router and the document alike.
      const app = demoMode
        ? ctx.app
        : createApp({
            db: ctx.t.db,
            logger: createLogger('silent'),
            publicUrl: 'http://localhost:3000',
            secret: 'test-secret-test-secret-test-secret',
          });
      const doc = (await (await app.request('/api/openapi.json')).json()) as ApiDocument;
      const routed = routedOperations(app.routes).map((r) => `${r.method} ${r.path}`);
      const listed = documented(doc);
      expect({ demoMode, undocumented: routed.filter((r) => !listed.includes(r)) }).toEqual({
        demoMode,
        undocumented: [],
      });
      expect({ demoMode, notRouted: listed.filter((r) => !routed.includes(r)) }).toEqual({
        demoMode,
        notRouted: [],
      });
      expect(routed.includes('get /api/v1/dev/outbox')).toBe(demoMode);
    }
  });
  it('keeps each patient’s habit answers to themselves', async () => {
    const { clients, owner } = await setUp();
    const range = '/api/v1/me/habits?from=2026-11-01&to=2026-11-30';
    const everyHabit = { 'sitting-breaks': true, 'hip-hinge': true, 'change-position': true };
    expect(
      (await owner.json('PUT', '/api/v1/me/habits/2026-11-24', { habits: everyHabit })).status,
    ).toBe(200);
    // The other patient sees none of the owner's answers, and their own save touches only theirs.
    expect((await clients.patient.json('GET', range)).body).toMatchObject({ checks: [] });
    const theirs = await clients.patient.json('PUT', '/api/v1/me/habits/2026-11-24', {
      habits: { 'sitting-breaks': false },
    });
    expect(theirs.body).toEqual({ date: '2026-11-24', habits: { 'sitting-breaks': false } });
    const mine = await owner.json<{ checks: { habitId: string; done: boolean }[] }>('GET', range);
    expect(mine.body.checks.map((c) => [c.habitId, c.done])).toEqual([
      ['change-position', true],
      ['hip-hinge', true],
      ['sitting-breaks', true],
    ]);
    // Staff have no habit answers of their own and cannot reach anyone's here.
    for (const role of ['therapist', 'admin'] as const) {
      expect((await clients[role].json('GET', range)).status).toBe(403);
      const write = { habits: { walking: true } };
      expect((await clients[role].json('PUT', '/api/v1/me/habits/2026-11-24', write)).status).toBe(
        403,
      );
    }
    expect((await clients.anonymous.json('GET', range)).status).toBe(401);
  });
  // Runs last: walking every route also signs everyone out.
  it('lets nobody but the owner see or change the owner’s data, on every route', async () => {
    const { clients, victimAppointment, victimUser, ownToken } = await setUp();
    const ids: Record<string, string> = {
      '/api/v1/exercises/{id}': 'figure-4',
      '/api/v1/clinics/{id}': 'boston-ma-1',
      '/api/v1/therapist/patients/{id}': victimUser,
    };
    const params: Record<string, string> = {
      '{date}': '2026-11-20',
      '{token}': 'not-a-real-invite-token',
    };
    const failures: string[] = [];
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as ApiDocument;
    // Signing out ends the sessions the rest of the walk needs, so it goes last.
    const signOutLast = routedOperations(ctx.app.routes).sort(
      (a, b) => Number(a.path.endsWith('/sign-out')) - Number(b.path.endsWith('/sign-out')),
    );
    expect(signOutLast.length).toBeGreaterThan(60);
    for (const route of signOutLast) {
      const operation = doc.paths[route.path]?.[route.method];
      // Undocumented, nobody has said who may call it: walked as if it were the most private.
      if (!operation)
        failures.push(`${route.method.toUpperCase()} ${route.path}: not in the API document`);
      const access = operation?.['x-access'] ?? 'admin';
      const path = Object.entries(params)
        .reduce((p, [name, value]) => p.replace(name, value), route.path)
        .replace('{id}', ids[route.path] ?? victimAppointment)
        .replace(/\{\w+\}/g, 'someone-elses-id');
      const takesToday = (operation?.parameters ?? []).some(
        (p) => p.in === 'query' && p.name === 'today',
      );
      const url =
        access === 'link-token'
          ? `${path}?token=${ownToken}`
          : takesToday
            ? `${path}?today=2026-11-25`
            : path;
      for (const [who, client] of Object.entries(clients)) {
        const method = route.method === 'all' ? 'GET' : route.method.toUpperCase();
        const res = await client.request(method, url, method === 'GET' ? undefined : {});
        const text = await res.text();
        const label = `${method} ${route.path} as ${who} → ${res.status}`;
        if (text.includes(CANARY.email) || text.includes(CANARY.name))
          failures.push(`${label}: leaked the owner's details`);
        // Health, readiness and the API document carry nothing personal; every API answer may.
        if (route.path.startsWith('/api/v1/') && res.headers.get('cache-control') !== 'no-store')
          failures.push(
            `${label}: may be cached (cache-control ${res.headers.get('cache-control')})`,
          );
        const allowedRole =
          access === access.replace(/patient|therapist|admin/, '') ? null : access;
        if (access === 'signed-in' && who === 'anonymous' && res.status !== 401)
          failures.push(`${label}: expected 401`);
        if (allowedRole && who === 'anonymous' && res.status !== 401)
          failures.push(`${label}: expected 401`);
        if (allowedRole && who !== 'anonymous' && who !== allowedRole && res.status !== 403)
          failures.push(`${label}: expected 403`);
        if (access === 'link-token' && res.status !== 404 && res.status !== 400)
          failures.push(`${label}: another person's link must not work`);
      }
    }
    expect(failures).toEqual([]);
  });
});
