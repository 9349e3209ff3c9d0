import { hash } from '@node-rs/argon2';
import { addDays } from '../../domain/calendar-days';
import { describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { savedSession } from '../../../tests/fixtures/saved-session';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { createUser } from '../auth/queries';

const NOW = new Date('2026-11-25T15:00:00Z');
const TODAY = '2026-11-25';

type Reason = { rule: string; passed: boolean; text: string };
type View = {
  stage: { number: number; name: string; since: string | null };
  guidance: string;
  decision: string;
  reasons: Reason[];
  items: { id: string; name: string; doseWords: string }[];
  proposal: null | { id: string; toStage: number; awaiting: string; items: { id: string }[] };
  history: { kind: string; fromStage: number; toStage: number; by: { name: string } | null }[];
};

const report = (tingling = false) => ({
  exerciseId: 'figure-4',
  variant: 'supine',
  painBefore: 4,
  painAfter: 4,
  tinglingSpread: tingling,
  numbnessSpread: false,
  sharpPain: false,
  lostBalance: false,
});
const session = (key: string, date: string, action = 'continue', tingling = false) =>
  savedSession(`session-${key}`, date, {}, { checkin: { report: report(tingling), action } });

/** Three easy sessions and leg pain falling from 6 to 4 over the week: ready for stage 2. */
async function readyHistory(patient: Client) {
  for (const [date, legPain] of [
    ['2026-11-19', 6],
    ['2026-11-22', 5],
    ['2026-11-25', 4],
  ] as const)
    expect(
      (await patient.json('PUT', `/api/v1/me/logs/${date}`, { legPain, backPain: 2 })).status,
    ).toBe(200);
  for (const date of ['2026-11-23', '2026-11-24', '2026-11-25'])
    expect(
      (await patient.json('POST', '/api/v1/me/sessions', session(`s-${date}`, date))).status,
    ).toBe(201);
}

describe.each(DIALECTS)('the long-term program on %s', (dialect) => {
  // The server's clock, moved on by the one test that lets time pass.
  let clock = NOW;
  const ctx = useTestApp(dialect, () => clock);
  let staff: Promise<{ pt: Client; other: Client }> | null = null;
  const therapists = () =>
    (staff ??= (async () => {
      for (const [id, name] of [
        ['pt', 'Petra Therapist'],
        ['pt2', 'Other Therapist'],
      ] as const)
        await createUser(ctx.t.db, {
          id,
          email: `${id}@example.com`,
          name,
          role: 'therapist',
          passwordHash: await hash('staff passphrase'),
          at: 0,
        });
      const pt = new Client(ctx.app);
      await pt.signIn('pt@example.com', 'staff passphrase');
      const other = new Client(ctx.app);
      await other.signIn('pt2@example.com', 'staff passphrase');
      return { pt, other };
    })());
  let n = 0;
  async function newPatient() {
    const patient = new Client(ctx.app);
    n += 1;
    const me = await patient.signUp(`Pat Stage${n}`, `stage${n}@example.com`);
    return { patient, id: (me.body as { user: { id: string } }).user.id };
  }
  const stage = (c: Client) => c.json<View>('GET', `/api/v1/me/program/stage?today=${TODAY}`);

  it('offers a self-guided patient the next stage with its reasons, moves once when accepted, and steps back by itself after a stop', async () => {
    const { patient } = await newPatient();
    const start = await stage(patient);
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ stage: { number: 1, name: 'Calm' }, proposal: null });
    expect(start.body.reasons.find((r) => r.rule === 'green-sessions')?.passed).toBe(false);

    await readyHistory(patient);
    const ready = await stage(patient);
    expect(ready.body.decision).toBe('advance');
    expect(ready.body.proposal).toMatchObject({ toStage: 2, awaiting: 'patient' });
    expect(ready.body.proposal!.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['seated-slider', 'abdominal-bracing', 'bridge']),
    );
    // Self-guided people are never offered the tensioner or the press-up.
    expect(ready.body.proposal!.items.map((i) => i.id)).not.toContain('prone-press-up');
    expect(ready.body.reasons.every((r) => r.text.length > 0)).toBe(true);

    const wrong = await patient.json('POST', '/api/v1/me/program/stage/accept', {
      proposalId: 'not-the-offer',
      today: TODAY,
    });
    expect(wrong.status).toBe(409);
    // Two taps at once: one move.
    const answer = { proposalId: ready.body.proposal!.id, today: TODAY };
    const both = await Promise.all([
      patient.json<View>('POST', '/api/v1/me/program/stage/accept', answer),
      patient.json<View>('POST', '/api/v1/me/program/stage/accept', answer),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const moved = await stage(patient);
    expect(moved.body.stage).toMatchObject({ number: 2, since: '2026-11-26' });
    expect(moved.body.history).toHaveLength(1);
    expect(moved.body.history[0]).toMatchObject({ kind: 'advance', fromStage: 1, toStage: 2 });
    expect(moved.body.history[0]!.by?.name).toBe('Pat Stage1');

    // The plan now runs stage 2 through the same safety engine.
    const plan = await patient.json<{ items: { exerciseId: string }[]; messages: string[] }>(
      'POST',
      '/api/v1/me/plan',
      CONTRACT_INTAKE,
    );
    expect(plan.body.items.map((i) => i.exerciseId)).toContain('seated-slider');
    expect(plan.body.items.map((i) => i.exerciseId)).not.toContain('figure-4');
    expect(plan.body.messages[0]).toMatch(/Glide and activate/);

    // A stop the next day moves one stage back at once, and says so kindly.
    const stopped = await patient.json(
      'POST',
      '/api/v1/me/sessions',
      session('stop', '2026-11-26', 'stop'),
    );
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(201);
    const back = await patient.json<View>('GET', '/api/v1/me/program/stage?today=2026-11-26');
    expect(back.body.stage.number).toBe(1);
    expect(back.body.history[0]).toMatchObject({
      kind: 'step-back',
      fromStage: 2,
      toStage: 1,
      by: null,
    });
    // One setback moves one stage: saving again does not move it further.
    await patient.json('PUT', '/api/v1/me/logs/2026-11-26', { legPain: 4, backPain: 2 });
    expect((await stage(patient)).body.history).toHaveLength(2);
  });

  it('moves one stage back for one setback, however often the records change that day', async () => {
    const { patient, id } = await newPatient();
    // In stage 3 since a week ago (two moves, as accepting twice would leave them).
    for (const [seq, from, to] of [
      [1, 1, 2],
      [2, 2, 3],
    ] as const)
      await ctx.t.db
        .insertInto('stage_change')
        .values({
          patient_user_id: id,
          seq,
          from_stage: from,
          to_stage: to,
          kind: 'advance',
          reasons: '[]',
          local_date: '2026-11-18',
          since_date: '2026-11-19',
          at: 0,
          actor_user_id: id,
          proposal_id: null,
        })
        .execute();
    const stopped = await patient.json(
      'POST',
      '/api/v1/me/sessions',
      session('stop-3', TODAY, 'stop'),
    );
    expect(stopped.status).toBe(201);
    // More records the same day: each one runs the engine again.
    await patient.json('PUT', `/api/v1/me/logs/${TODAY}`, { legPain: 4, backPain: 2 });
    await patient.json('POST', '/api/v1/me/sessions', session('after-stop', TODAY));
    const view = await stage(patient);
    expect(view.body.stage.number).toBe(2);
    expect(view.body.history.map((m) => m.kind)).toEqual(['step-back', 'advance', 'advance']);
  });

  it('sends anyone past the first stage back to it on a red flag, with no plan', async () => {
    const { patient } = await newPatient();
    await readyHistory(patient);
    const offer = (await stage(patient)).body.proposal!;
    await patient.json('POST', '/api/v1/me/program/stage/accept', {
      proposalId: offer.id,
      today: TODAY,
    });
    const flagged = await patient.json<{ status: string; items: unknown[] }>(
      'POST',
      '/api/v1/me/plan',
      { ...CONTRACT_INTAKE, redFlags: { ...CONTRACT_INTAKE.redFlags, fever: true } },
    );
    expect(flagged.body).toMatchObject({ status: 'seek-care', items: [] });
    const after = await stage(patient);
    expect(after.body).toMatchObject({
      stage: { number: 1 },
      decision: 'seek-care',
      proposal: null,
    });
    expect(after.body.history[0]).toMatchObject({ kind: 'seek-care', fromStage: 2, toStage: 1 });
  });

  it("lets a patient's therapist approve a proposal as a new program version, and no one else", async () => {
    const { pt, other } = await therapists();
    const { patient, id } = await newPatient();
    const invite = await pt.json<{ url: string }>('POST', '/api/v1/therapist/invites');
    await patient.json('POST', `/api/v1/invites/${invite.body.url.split('/join/')[1]}/accept`);
    const assigned = await pt.json('PUT', `/api/v1/therapist/patients/${id}/program`, {
      items: [
        {
          exerciseId: 'figure-4',
          variant: 'supine',
          holdSeconds: 30,
          reps: 3,
          sessionsPerDay: 2,
          daysPerWeek: 6,
        },
      ],
      note: 'Gently.',
    });
    expect(assigned.status).toBe(201);
    await readyHistory(patient);

    const mine = await stage(patient);
    expect(mine.body).toMatchObject({
      guidance: 'therapist',
      proposal: { awaiting: 'therapist', toStage: 2 },
    });
    const proposalId = mine.body.proposal!.id;
    const selfAccept = await patient.json('POST', '/api/v1/me/program/stage/accept', {
      proposalId,
      today: TODAY,
    });
    expect(selfAccept.status).toBe(409);
    expect((selfAccept.body as { detail: string }).detail).toMatch(/therapist decides/);

    const roster = await pt.json<{ id: string; readyToProgress: { toStageName: string } | null }[]>(
      'GET',
      `/api/v1/therapist/patients?today=${TODAY}`,
    );
    expect(roster.body.find((r) => r.id === id)?.readyToProgress?.toStageName).toBe(
      'Glide and activate',
    );

    // Until then they do their therapist's program, not the stage's own list.
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        id: 'figure-4',
        doseWords: 'Hold for 30 seconds, 3 times on each side.',
      }),
    ]);
    const path = `/api/v1/patients/${id}/progression/${proposalId}`;
    const noDay = await pt.json<{ errors: { field: string }[] }>('POST', `${path}/approve`, {});
    expect(noDay.status).toBe(400);
    expect(noDay.body.errors.map((e) => e.field)).toContain('today');
    expect(
      (await pt.json('GET', `/api/v1/therapist/patients/${id}/progression?today=someday`)).status,
    ).toBe(400);
    expect((await other.json('POST', `${path}/approve`, { today: TODAY })).status).toBe(404);
    expect(
      (await other.json('GET', `/api/v1/therapist/patients/${id}/progression?today=${TODAY}`))
        .status,
    ).toBe(404);
    expect((await patient.json('POST', `${path}/approve`, { today: TODAY })).status).toBe(403);

    const both = await Promise.all([
      pt.json<{ programVersion: number; progression: View }>('POST', `${path}/approve`, {
        today: TODAY,
      }),
      pt.json<{ programVersion: number; progression: View }>('POST', `${path}/approve`, {
        today: TODAY,
      }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const approved = both.find((r) => r.status === 200)!.body;
    expect(approved.programVersion).toBe(2);
    expect(approved.progression.stage.number).toBe(2);
    expect(approved.progression.history[0]!.by?.name).toBe('Petra Therapist');

    const program = await patient.json<{
      version: number;
      program: { items: { exerciseId: string; sessionsPerDay: number }[]; note: string };
    }>('GET', '/api/v1/me/program');
    expect(program.body.version).toBe(2);
    const ids = program.body.program.items.map((i) => i.exerciseId);
    expect(ids).toEqual(
      expect.arrayContaining(['seated-slider', 'supine-slider', 'abdominal-bracing', 'bridge']),
    );
    expect(ids).not.toContain('prone-press-up');
    // The pace stays the therapist's: what changes is what, not how often.
    expect(program.body.program.items.every((i) => i.sessionsPerDay === 2)).toBe(true);
    expect(program.body.program.note).toBe('Gently.');
    const rosterAfter = await pt.json<{ id: string; readyToProgress: unknown }[]>(
      'GET',
      `/api/v1/therapist/patients?today=${TODAY}`,
    );
    expect(rosterAfter.body.find((r) => r.id === id)?.readyToProgress).toBeNull();
  });

  it('keeps a declined patient where they are and does not offer again for a week', async () => {
    const { patient } = await newPatient();
    await readyHistory(patient);
    const offer = (await stage(patient)).body.proposal!;
    const declined = await patient.json<View>('POST', '/api/v1/me/program/stage/decline', {
      proposalId: offer.id,
      today: TODAY,
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      stage: { number: 1 },
      proposal: null,
      decision: 'advance',
    });
    const again = await patient.json('POST', '/api/v1/me/sessions', session('again', TODAY));
    expect(again.status).toBe(201);
    expect((await stage(patient)).body.proposal).toBeNull();
  });

  it('withdraws an offer when leg pain jumps, so it can no longer be accepted', async () => {
    const { patient } = await newPatient();
    await readyHistory(patient);
    const offer = (await stage(patient)).body.proposal!;
    await patient.json('PUT', `/api/v1/me/logs/${TODAY}`, { legPain: 7, backPain: 2 });
    const now = await stage(patient);
    expect(now.body.proposal).toBeNull();
    expect(now.body.decision).not.toBe('advance');
    const late = await patient.json('POST', '/api/v1/me/program/stage/accept', {
      proposalId: offer.id,
      today: TODAY,
    });
    expect(late.status).toBe(409);
    expect((await stage(patient)).body.stage.number).toBe(1);
  });

  it('says which condition no longer holds, in the reader’s language, when accepted days later', async () => {
    const { patient } = await newPatient();
    await readyHistory(patient);
    const offer = (await stage(patient)).body.proposal!;
    // Five days on, with nothing recorded since, the easy sessions that earned it are too long ago.
    const later = addDays(TODAY, 5);
    clock = new Date(NOW.getTime() + 5 * 86_400_000);
    const spanish = await patient
      .request(
        'POST',
        '/api/v1/me/program/stage/accept',
        { proposalId: offer.id, today: later },
        { cookie: `${patient.cookie}; rp_locale=es` },
      )
      .finally(() => (clock = NOW));
    expect(spanish.status).toBe(409);
    const { title, detail } = (await spanish.json()) as { title: string; detail: string };
    expect(title).toBe('Not ready yet');
    expect(detail).toMatch(/^Todavía no: /);
    // The reason is the engine's, worded by the Spanish catalogue, not the English one.
    expect(detail).not.toMatch(/\b(your|the|pain|sessions?|since)\b/i);
    expect((await stage(patient)).body.stage.number).toBe(1);
  });

  it('refuses bad input with a problem that says what to fix', async () => {
    const { patient } = await newPatient();
    const missing = await patient.request('GET', '/api/v1/me/program/stage');
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
    const far = await patient.json<{ detail: string }>(
      'GET',
      '/api/v1/me/program/stage?today=2020-01-01',
    );
    expect(far.status).toBe(400);
    expect(far.body.detail).toMatch(/today/);
    const body = await patient.json<{ errors: { field: string }[] }>(
      'POST',
      '/api/v1/me/program/stage/accept',
      { today: TODAY },
    );
    expect(body.status).toBe(400);
    expect(body.body.errors.map((e) => e.field)).toContain('proposalId');
    const guest = new Client(ctx.app);
    expect((await guest.request('GET', `/api/v1/me/program/stage?today=${TODAY}`)).status).toBe(
      401,
    );
  });
});
