import { hash } from '@node-rs/argon2';
import { extractText, getDocumentProxy } from 'unpdf';
import { savedSession } from '../../../tests/fixtures/saved-session';
import { describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { createUser } from '../auth/queries';

const NOW = new Date('2026-11-25T15:00:00Z');
const program = (note: string, loosen: string[] = []) => ({
  items: [
    {
      exerciseId: 'figure-4',
      variant: 'supine',
      holdSeconds: 30,
      reps: 3,
      sessionsPerDay: 1,
      daysPerWeek: 6,
    },
    {
      exerciseId: 'childs-pose',
      variant: 'kneeling',
      holdSeconds: 20,
      reps: 2,
      sessionsPerDay: 1,
      daysPerWeek: 6,
    },
  ],
  note,
  loosen,
});

describe.each(DIALECTS)('home programs on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => NOW);

  let team: ReturnType<typeof careTeam> | null = null;
  const world = () => (team ??= careTeam());

  async function careTeam() {
    await createUser(ctx.t.db, {
      id: 'pt',
      email: 'pt@example.com',
      name: 'PT Prog',
      role: 'therapist',
      passwordHash: await hash('staff passphrase'),
      at: 0,
    });
    await createUser(ctx.t.db, {
      id: 'pt2',
      email: 'pt2@example.com',
      name: 'PT Other',
      role: 'therapist',
      passwordHash: await hash('staff passphrase'),
      at: 0,
    });
    const pt = new Client(ctx.app);
    await pt.signIn('pt@example.com', 'staff passphrase');
    const other = new Client(ctx.app);
    await other.signIn('pt2@example.com', 'staff passphrase');
    const patient = new Client(ctx.app);
    const me = await patient.signUp('Pia Program', 'pia@example.com');
    const invite = await pt.json<{ url: string }>('POST', '/api/v1/therapist/invites');
    await patient.json('POST', `/api/v1/invites/${invite.body.url.split('/join/')[1]}/accept`);
    return { pt, other, patient, patientId: (me.body as { user: { id: string } }).user.id };
  }

  it('versions every change, and the patient always gets the current one through the safety engine', async () => {
    const { pt, other, patient, patientId } = await world();
    const v1 = await pt.json(
      'PUT',
      `/api/v1/therapist/patients/${patientId}/program`,
      program('Start gently.'),
    );
    const v2 = await pt.json(
      'PUT',
      `/api/v1/therapist/patients/${patientId}/program`,
      program('Hold a little longer now.'),
    );
    expect([v1.status, v2.status]).toEqual([201, 201]);
    const history = await pt.json<{ version: number }[]>(
      'GET',
      `/api/v1/therapist/patients/${patientId}/program`,
    );
    expect(history.body.map((v) => v.version)).toEqual([2, 1]);
    expect((await patient.json('GET', '/api/v1/me/program')).body).toMatchObject({
      version: 2,
      program: { note: 'Hold a little longer now.' },
    });

    // Kneeling is out for someone who cannot kneel, until the therapist clears it explicitly.
    const cannotKneel = { ...CONTRACT_INTAKE, canKneel: false, aggravators: [] };
    const plan = await patient.json<{
      items: { exerciseId: string; holdSeconds: number[] }[];
      messages: string[];
    }>('POST', '/api/v1/me/plan', cannotKneel);
    expect(plan.body.items.map((i) => i.exerciseId)).toEqual(['figure-4']);
    expect(plan.body.items[0]!.holdSeconds).toEqual([30, 30]);
    expect(plan.body.messages[0]).toMatch(/Hold a little longer now/);
    await pt.json(
      'PUT',
      `/api/v1/therapist/patients/${patientId}/program`,
      program('Cleared to kneel.', ['cannotKneel']),
    );
    const cleared = await patient.json<{ items: { exerciseId: string }[] }>(
      'POST',
      '/api/v1/me/plan',
      cannotKneel,
    );
    expect(cleared.body.items.map((i) => i.exerciseId)).toEqual(['figure-4', 'childs-pose']);

    // A red flag still means no exercises at all.
    const flagged = await patient.json<{ status: string; items: unknown[] }>(
      'POST',
      '/api/v1/me/plan',
      { ...CONTRACT_INTAKE, redFlags: { ...CONTRACT_INTAKE.redFlags, fever: true } },
    );
    expect(flagged.body).toMatchObject({ status: 'seek-care', items: [] });
    const roster = await pt.json<{ alerts: { kind: string }[] }[]>(
      'GET',
      '/api/v1/therapist/patients?today=2026-11-25',
    );
    expect(roster.body[0]!.alerts.map((a) => a.kind)).toContain('red-flag');

    // The printable handout carries every exercise, its dose and the stop rules.
    const handout = await pt.request(
      'GET',
      `/api/v1/therapist/patients/${patientId}/program/handout.pdf`,
    );
    expect(handout.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await handout.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toMatch(/1\. Figure-4 stretch \(lying on your back\)\s+On the floor/);
    expect(text).toMatch(
      /Hold for 30 seconds, 3 times on each side\.\s+Once a day, 6 days a week\./,
    );
    expect(text).toMatch(/2\. Child's pose\s+Kneeling on the floor/);
    expect(text).toMatch(/Hold for 20 seconds, twice\.\s+Once a day, 6 days a week\./);
    expect(text).toMatch(
      /Stop and call your therapist if tingling spreads further down your leg\./,
    );
    // Initials only: a sheet left on a bus names nobody.
    expect(text).toMatch(/For:\s+P\. P\./);
    expect(text).not.toMatch(/Pia Program/);
    const other404 = await other.request(
      'GET',
      `/api/v1/therapist/patients/${patientId}/program/handout.pdf`,
    );
    expect(other404.status).toBe(404);

    expect(
      (
        await other.json(
          'PUT',
          `/api/v1/therapist/patients/${patientId}/program`,
          program('Not mine'),
        )
      ).status,
    ).toBe(404);
    expect(
      (await other.json('GET', `/api/v1/therapist/patients/${patientId}/program`)).status,
    ).toBe(404);
  });

  it('rejects a variant that does not exist, and keeps templates per therapist', async () => {
    const { pt, other, patientId } = await world();
    const bad = await pt.json<{ detail: string }>(
      'PUT',
      `/api/v1/therapist/patients/${patientId}/program`,
      {
        ...program('x'),
        items: [
          {
            exerciseId: 'figure-4',
            variant: 'upside-down',
            holdSeconds: 30,
            reps: 3,
            sessionsPerDay: 1,
            daysPerWeek: 6,
          },
        ],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/upside-down/);
    expect(
      (
        await pt.json('POST', '/api/v1/therapist/templates', {
          name: 'Acute sciatica, week 1',
          program: program('Start gently.'),
        })
      ).status,
    ).toBe(201);
    expect((await pt.json<unknown[]>('GET', '/api/v1/therapist/templates')).body).toHaveLength(1);
    expect((await other.json<unknown[]>('GET', '/api/v1/therapist/templates')).body).toHaveLength(
      0,
    );
  });

  it('numbers ten saves made at once 1 to 10 more, losing none', async () => {
    const { pt, patientId } = await world();
    const before = await pt.json<{ version: number }[]>(
      'GET',
      `/api/v1/therapist/patients/${patientId}/program`,
    );
    const saves = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        pt.json('PUT', `/api/v1/therapist/patients/${patientId}/program`, program(`Save ${i}.`)),
      ),
    );
    expect(saves.map((s) => s.status)).toEqual(Array(10).fill(201));
    const after = await pt.json<{ version: number; program: { note: string } }[]>(
      'GET',
      `/api/v1/therapist/patients/${patientId}/program`,
    );
    const last = before.body[0]?.version ?? 0;
    expect(after.body.map((v) => v.version).slice(0, 10)).toEqual(
      Array.from({ length: 10 }, (_, i) => last + 10 - i),
    );
    expect(new Set(after.body.slice(0, 10).map((v) => v.program.note)).size).toBe(10);
  });

  it("plans adherence at the program's pace from the day it was assigned, not before", async () => {
    const { pt, patient, patientId } = await world();
    await pt.json('PUT', `/api/v1/therapist/patients/${patientId}/program`, program('Six a week.'));
    for (const day of [19, 20, 21, 22, 23, 24])
      await patient.json(
        'POST',
        '/api/v1/me/sessions',
        savedSession(`pace-session-${day}`, `2026-11-${day}`),
      );
    const view = await patient.json<{
      progress: { adherence: { done: number; prescribed: number }; prescription: unknown };
    }>('GET', '/api/v1/me/progress?today=2026-11-25');
    // Six days before the program at the self-guided pace (all done), and today at six a week.
    expect(view.body.progress.adherence).toMatchObject({ done: 6, prescribed: 7 });
    expect(view.body.progress.prescription).toEqual({ daysPerWeek: 6, sessionsPerDay: 1 });
  });

  it('records answers sent again under one Idempotency-Key once, even at the same moment', async () => {
    const { patient, patientId } = await world();
    const flagged = { ...CONTRACT_INTAKE, redFlags: { ...CONTRACT_INTAKE.redFlags, fever: true } };
    const screenings = async () =>
      (
        await ctx.t.db
          .selectFrom('safety_screening')
          .select('id')
          .where('user_id', '=', patientId)
          .execute()
      ).length;
    const before = await screenings();
    // An app back online may send the same kept answers from a tab and its service worker.
    const sends = await Promise.all(
      [1, 2, 3].map(() =>
        patient.request('POST', '/api/v1/me/plan', flagged, {
          'idempotency-key': 'offline-answers-0001',
        }),
      ),
    );
    expect(sends.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const res of sends) expect(await res.json()).toMatchObject({ status: 'seek-care' });
    expect(await screenings()).toBe(before + 1);
    // Without a key, every send is its own answer.
    await patient.request('POST', '/api/v1/me/plan', flagged);
    expect(await screenings()).toBe(before + 2);

    // The same key from someone else is their own answer, recorded for them.
    const stranger = new Client(ctx.app);
    const strangerId = (
      (await stranger.signUp('Sam Same-Key', 'samekey@example.com')).body as {
        user: { id: string };
      }
    ).user.id;
    await stranger.request('POST', '/api/v1/me/plan', flagged, {
      'idempotency-key': 'offline-answers-0001',
    });
    const theirs = await ctx.t.db
      .selectFrom('safety_screening')
      .select('id')
      .where('user_id', '=', strangerId)
      .execute();
    expect(theirs).toHaveLength(1);
    expect(await screenings()).toBe(before + 2);

    const bad = await patient.request('POST', '/api/v1/me/plan', flagged, {
      'idempotency-key': 'no spaces!',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/Idempotency-Key/);
    expect(await screenings()).toBe(before + 2);
  });
});
