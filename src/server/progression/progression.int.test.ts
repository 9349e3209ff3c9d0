import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ProgressionDecisionSchema } from '../../domain/progression/input';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, postJson, useTestApp } from '../../../tests/setup/test-db';

const PATH = '/api/v1/progression/preview';
const TODAY = '2026-11-25';

const checkin = (over: Record<string, unknown> = {}) => ({
  exerciseId: 'figure-4',
  decision: 'continue',
  tinglingSpread: false,
  numbnessSpread: false,
  ...over,
});
const session = (date: string, ...checkins: object[]) => ({
  date,
  checkins: checkins.length ? checkins : [checkin(), checkin({ exerciseId: 'knee-to-chest' })],
});
const log = (date: string, legPain: number) => ({ date, legPain, backPain: 3 });

/** Stage 1, three easy sessions this week, leg pain steady at 4 from a start of 6: ready. */
const READY = {
  stage: 1,
  baseline: { legPain: 6 },
  redFlag: false,
  sessions: [session('2026-11-21'), session('2026-11-23'), session('2026-11-24')],
  logs: [log('2026-11-20', 4), log('2026-11-22', 4), log('2026-11-24', 4)],
  today: TODAY,
};

/** Tables a preview must never write to, nor any of the rest. */
const WATCHED = ['safety_screening', 'exercise_session', 'checkin_event', 'daily_log', 'audit_log'];

describe.each(DIALECTS)('POST /api/v1/progression/preview on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => new Date('2026-11-25T10:00:00Z'));

  async function counts() {
    const union = sql.join(
      WATCHED.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`),
      sql` union all `,
    );
    const { rows } = await sql<{ name: string; n: number | string }>`${union}`.execute(ctx.t.db);
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }
  async function preview(body: unknown) {
    const before = await counts();
    const res = await postJson(ctx.app, PATH, body);
    expect(await counts()).toEqual(before);
    return res;
  }
  async function decision(body: object) {
    const res = await preview(body);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return ProgressionDecisionSchema.parse(await res.json());
  }

  it('offers the next stage when every condition holds, naming each', async () => {
    const d = await decision(READY);
    expect(d.decision).toBe('advance');
    expect(d.stage).toBe(2);
    expect(d.reasons.map((r) => [r.rule, r.passed])).toEqual([
      ['next-stage', true],
      ['red-flag', true],
      ['green-sessions', true],
      ['spreading-symptoms', true],
      ['leg-pain-steady', true],
    ]);
    expect(d.reasons[2]?.text).toBe('Easy sessions in this stage: 3 (you need 3).');
    expect(d.items.map((i) => i.id)).toEqual([
      'seated-slider',
      'supine-slider',
      'abdominal-bracing',
      'bridge',
    ]);
  });

  it('stays, saying what is still missing', async () => {
    const d = await decision({ ...READY, sessions: READY.sessions.slice(1) });
    expect(d).toMatchObject({ decision: 'stay', stage: 1 });
    expect(d.reasons[0]).toMatchObject({ rule: 'green-sessions', passed: false });
    expect(d.reasons[0]?.text).toMatch(/^2 of 3 easy sessions so far\./);
  });

  it('steps back after a stopped session, kindly', async () => {
    const stopped = session('2026-11-24', checkin({ decision: 'stop' }));
    const d = await decision({ ...READY, stage: 3, sessions: [...READY.sessions, stopped] });
    expect(d).toMatchObject({ decision: 'step-back', stage: 2 });
    expect(d.reasons).toEqual([
      {
        rule: 'stopped-session',
        passed: false,
        text: 'You stopped a session in the last few days. That was the right thing to do. We will go back to “Glide and activate” for a while, so things can settle. You can move on again later.',
        key: 'stepBack',
        values: { stage: 2 },
      },
    ]);
  });

  it("words the decision in the browser's language: the same decision in Spanish", async () => {
    const stopped = session('2026-11-24', checkin({ decision: 'stop' }));
    const body = { ...READY, stage: 3, sessions: [...READY.sessions, stopped] };
    const res = await ctx.app.request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'es-US,es;q=0.9' },
      body: JSON.stringify(body),
    });
    expect(res.headers.get('content-language')).toBe('es');
    const spanish = ProgressionDecisionSchema.parse(await res.json());
    const english = await decision(body);
    expect({ ...spanish, reasons: spanish.reasons.map((r) => r.rule) }).toEqual({
      ...english,
      reasons: english.reasons.map((r) => r.rule),
    });
    expect(spanish.reasons[0]!.text).toMatch(/Vamos a volver a «Deslizar y activar»/);
  });

  it('sends someone with a warning sign to care, with no plan', async () => {
    const d = await decision({ ...READY, stage: 3, redFlag: true });
    expect(d).toMatchObject({ decision: 'seek-care', stage: 1, items: [] });
    expect(d.reasons[0]?.text).toMatch(/get medical advice/);
  });

  it('keeps the tensioner for a therapist who prescribed it', async () => {
    const stage2 = { ...READY, stage: 2 };
    const self = await decision({ ...stage2, prescribed: ['tensioner'] });
    expect(self.items.map((i) => i.id)).not.toContain('tensioner');
    const therapist = await decision({
      ...stage2,
      guidance: 'therapist',
      prescribed: ['tensioner'],
    });
    expect(therapist).toMatchObject({ decision: 'advance', stage: 3 });
    expect(therapist.items.map((i) => i.id)).toContain('tensioner');
    expect(therapist.reasons[0]?.text).toMatch(/ask your therapist/);
  });

  it.each([
    ['a stage past 4', { ...READY, stage: 5 }, /stage use a stage from 1 to 4/],
    ['a pain score past 10', { ...READY, baseline: { legPain: 11 } }, /baseline\.legPain/],
    [
      'an unknown exercise',
      { ...READY, sessions: [session(TODAY, checkin({ exerciseId: 'brige' }))] },
      /sessions\.0\.checkins\.0\.exerciseId use one of seated-piriformis/,
    ],
    [
      'a check-in decision that does not exist',
      { ...READY, sessions: [session(TODAY, checkin({ decision: 'maybe' }))] },
      /sessions\.0\.checkins\.0\.decision/,
    ],
    [
      'a session after today',
      { ...READY, sessions: [session('2026-11-26')] },
      /sessions\.0\.date is after today \(2026-11-25\)/,
    ],
    [
      'two logs on one day',
      { ...READY, logs: [log(TODAY, 3), log(TODAY, 4)] },
      /logs\.1\.date is a second log for 2026-11-25/,
    ],
    ['a date that is not a date', { ...READY, today: '25/11/2026' }, /today/],
    ['a missing field', { ...READY, redFlag: undefined }, /redFlag is required/],
    ['an unknown field', { ...READY, mood: 'ok' }, /mood is not a known field/],
    [
      'too many sessions',
      { ...READY, sessions: Array.from({ length: 401 }, () => session(TODAY, checkin())) },
      /sessions/,
    ],
    ['malformed JSON', '{"stage": ', /JSON/],
  ])('refuses %s with a 400 problem that says what to fix', async (_name, body, detail) => {
    const res = await preview(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { status: number; detail: string };
    expect(problem.status).toBe(400);
    expect(problem.detail).toMatch(detail);
  });

  it('needs no sign-in, refuses other sites, and takes a signed-in page’s token', async () => {
    const foreign = await ctx.app.request(PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
      body: JSON.stringify(READY),
    });
    expect(foreign.status).toBe(403);
    const patient = new Client(ctx.app);
    expect((await patient.signUp('Preview Patient', 'preview.patient@example.com')).status).toBe(
      200,
    );
    const before = await counts();
    const res = await patient.request('POST', PATH, READY);
    expect(res.status).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it('is in the API document as a public route with its body and answer', async () => {
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const op = doc.paths[PATH]?.post;
    expect(op).toMatchObject({ 'x-access': 'public', tags: ['progression'] });
    expect(op).not.toHaveProperty('security');
    expect(JSON.stringify(op?.requestBody)).toContain('"maxItems":400');
    expect(op?.responses).toHaveProperty('400');
  });
});
