import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { checkinReport, savedSession } from '../../../tests/fixtures/saved-session';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';

const NOW = new Date('2026-11-25T15:00:00Z');

describe.each(DIALECTS)('export and delete on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);

  it('exports logs as CSV and a PDF summary that a PDF reader can read', async () => {
    const c = new Client(ctx.app);
    await c.signUp('Ezra Export', 'ezra@example.com');
    await c.json('PUT', '/api/v1/me/logs/2026-11-20', {
      legPain: 6,
      backPain: 3,
      psfs: [{ activity: 'Walking, the dog', score: 4 }],
      notes: '=SUM(A1)',
    });
    await c.json('PUT', '/api/v1/me/logs/2026-11-25', { legPain: 3, backPain: 2 });
    const saved = await c.request(
      'POST',
      '/api/v1/me/sessions',
      savedSession('export-session-1', '2026-11-24', {
        outcome: 'stopped',
        items: [
          {
            exerciseId: 'figure-4',
            variant: 'supine',
            outcome: 'done',
            heldSeconds: 60,
            checkin: { report: checkinReport({ painAfter: 3 }), action: 'continue' },
          },
          {
            exerciseId: 'hamstring',
            variant: 'seated',
            outcome: 'stopped',
            heldSeconds: 20,
            checkin: {
              report: checkinReport({
                exerciseId: 'hamstring',
                variant: 'seated',
                tinglingSpread: true,
              }),
              action: 'stop',
            },
          },
        ],
      }),
    );
    expect(saved.status).toBe(201);
    await c.json('PUT', '/api/v1/me/habits/2026-11-24', {
      habits: { walking: true, 'hip-hinge': false },
    });
    const csv = await (await c.request('GET', '/api/v1/me/export.csv')).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'record,date,leg_pain,back_pain,activities,notes,session_outcome,exercises_done,' +
        'saved_at,exercise,variant,pain_before,pain_after,tingling_spread,numbness_spread,' +
        'sharp_pain,lost_balance,checkin_advice,habit,habit_done',
    );
    const empty = (n: number) => ','.repeat(n);
    expect(lines.slice(1)).toEqual([
      `daily log,2026-11-20,6,3,"Walking, the dog: 4",'=SUM(A1)${empty(14)}`,
      `daily log,2026-11-25,3,2${empty(16)}`,
      `session,2026-11-24${empty(4)},stopped,1${empty(12)}`,
      `check-in,2026-11-24${empty(6)},2026-11-25T15:00:00.000Z,figure-4,supine,4,3,no,no,no,no,continue${empty(2)}`,
      `check-in,2026-11-24${empty(6)},2026-11-25T15:00:00.000Z,hamstring,seated,4,4,yes,no,no,no,stop${empty(2)}`,
      `habit,2026-11-24${empty(17)}hip-hinge,no`,
      `habit,2026-11-24${empty(17)}walking,yes`,
    ]);
    const pdf = await c.request('GET', '/api/v1/me/export.pdf?today=2026-11-25');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())),
      { mergePages: true },
    );
    expect(text).toMatch(/Ezra Export/);
    expect(text).toMatch(/down from 6 to 3/);
    expect(text).toMatch(/Fri, Nov 20, 2026\s+6\s+3/);
    expect(text).toMatch(/Wed, Nov 25, 2026\s+3\s+2/);
    expect(text).toMatch(/Everyday habits/);
    expect(text).toMatch(/Walking\s+1 of 7\s+1 of 28/);
  });

  it('deletes the account and its health data for good, keeping the audit trail', async () => {
    const c = new Client(ctx.app);
    const me = await c.signUp('Dana Delete', 'dana@example.com');
    const id = (me.body as { user: { id: string } }).user.id;
    await c.json('PUT', '/api/v1/me/logs/2026-11-24', { legPain: 5, backPain: 2 });
    await c.json('PUT', '/api/v1/me/habits/2026-11-24', {
      habits: { walking: true, 'sitting-breaks': true, 'hip-hinge': false },
    });
    const { body } = await c.json<{ slots: { start: string; therapistId: string }[] }>(
      'GET',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=follow-up&from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z',
    );
    const booked = await c.json<{ id: string }>('POST', '/api/v1/appointments', {
      slot: body.slots[0]!.start,
      therapistId: body.slots[0]!.therapistId,
      appointmentType: 'follow-up',
      guest: { name: 'Dana Delete', email: 'dana@example.com', phone: '617-555-0111' },
    });

    expect(
      (await c.json('DELETE', '/api/v1/me', { confirmEmail: 'someone@else.com' })).status,
    ).toBe(400);
    for (const key of ['dana-session-1', 'dana-session-2'])
      expect(
        (
          await c.request(
            'POST',
            '/api/v1/me/sessions',
            savedSession(
              key,
              '2026-11-24',
              {},
              {
                checkin: {
                  report: checkinReport({ painBefore: 3, painAfter: 3 }),
                  action: 'continue',
                },
              },
            ),
          )
        ).status,
      ).toBe(201);
    const gone = await c.json('DELETE', '/api/v1/me', { confirmEmail: 'dana@example.com' });
    expect(gone.status).toBe(200);
    expect(gone.body).toEqual({
      deleted: {
        dailyLogs: 1,
        sessions: 2,
        checkins: 2,
        programVersions: 0,
        habitChecks: 3,
        appointmentsCancelled: 1,
      },
    });

    expect(
      await ctx.t.db.selectFrom('user_account').selectAll().where('id', '=', id).execute(),
    ).toEqual([]);
    expect(
      await ctx.t.db.selectFrom('daily_log').selectAll().where('user_id', '=', id).execute(),
    ).toEqual([]);
    expect(
      await ctx.t.db.selectFrom('habit_check').selectAll().where('user_id', '=', id).execute(),
    ).toEqual([]);
    const appointment = await ctx.t.db
      .selectFrom('appointment')
      .selectAll()
      .where('id', '=', booked.body.id)
      .executeTakeFirstOrThrow();
    expect(appointment).toMatchObject({
      status: 'cancelled',
      guest_email: 'deleted@invalid',
      patient_user_id: null,
    });
    expect(
      await ctx.t.db
        .selectFrom('appointment_claim')
        .selectAll()
        .where('appointment_id', '=', booked.body.id)
        .execute(),
    ).toEqual([]);
    const trail = await ctx.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_user_id', '=', id)
      .execute();
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining(['account.created', 'log.saved', 'account.deleted']),
    );
    expect(
      (await new Client(ctx.app).signIn('dana@example.com', 'correct horse battery')).status,
    ).toBe(401);
  });

  it('answers writes that race the account’s deletion with a 4xx, never a 500', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++) {
      const email = `racer${round}@example.com`;
      const c = new Client(ctx.app);
      await c.signUp('Ray Racer', email);
      const writes = Array.from({ length: 6 }, (_, i) => [
        c.request('PUT', '/api/v1/me/logs/2026-11-25', { legPain: i, backPain: 2 }),
        c.request('PUT', '/api/v1/me/nudges', { email: true, timeZone: 'America/Chicago' }),
        c.request('PUT', '/api/v1/me/reminders', { times: ['08:00'] }),
        c.request('PUT', '/api/v1/me/habits/2026-11-25', { habits: { walking: i % 2 === 0 } }),
        c.request('POST', '/api/v1/me/sessions', savedSession(`race-${round}-${i}`, '2026-11-25')),
      ]).flat();
      const answers = await Promise.all([
        c.request('DELETE', '/api/v1/me', { confirmEmail: email }),
        ...writes,
      ]);
      statuses.push(...answers.map((a) => a.status));
      for (const a of answers.filter((x) => x.status >= 400))
        expect(a.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});
