import { describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { Client, signedInStaff } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { PatientDetailSchema, RosterRowSchema } from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z');

describe.each(DIALECTS)('care team on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => NOW);
  const therapist = (id: string) => signedInStaff(ctx.app, ctx.t.db, id, { at: NOW.getTime() });

  it('invites by link, and shows the therapist their patient with alerts', async () => {
    const pt = await therapist('pt-one');
    const invite = await pt.json<{ url: string; qrSvg: string }>(
      'POST',
      '/api/v1/therapist/invites',
    );
    expect(invite.status).toBe(201);
    expect(invite.body.qrSvg).toMatch(/^<svg/);
    const token = invite.body.url.split('/join/')[1]!;
    expect((await new Client(ctx.app).json('GET', `/api/v1/invites/${token}`)).body).toMatchObject({
      therapistName: 'PT pt-one',
    });

    const patient = new Client(ctx.app);
    const me = await patient.signUp('Rae Roster', 'rae@example.com');
    expect((await patient.json('POST', `/api/v1/invites/${token}/accept`)).status).toBe(200);
    expect((await patient.json('POST', `/api/v1/invites/${token}/accept`)).status).toBe(200); // twice is fine
    await patient.json('PUT', '/api/v1/me/logs/2026-11-22', { legPain: 3, backPain: 2 });
    await patient.json('PUT', '/api/v1/me/logs/2026-11-25', { legPain: 6, backPain: 2 });
    // A red flag answered while signed in reaches the therapist at once.
    await patient.json('POST', '/api/v1/plan/preview', {
      ...CONTRACT_INTAKE,
      redFlags: { ...CONTRACT_INTAKE.redFlags, saddleNumbness: true },
    });

    const roster = await pt.json('GET', '/api/v1/therapist/patients?today=2026-11-25');
    const [row] = RosterRowSchema.array().parse(roster.body);
    expect(row).toMatchObject({
      name: 'Rae Roster',
      baselineLegPain: 3,
      latestLegPain: 6,
      legChange: 3,
      lastActivity: '2026-11-25',
    });
    expect(row!.alerts.map((a) => `${a.level}:${a.kind}`)).toEqual([
      'immediate:red-flag',
      'review:pain-rising',
    ]);
    // Facts, not sentences: the pages word them in the reader's locale.
    expect(row!.alerts[0]).toMatchObject({ urgency: 'emergency', flags: ['saddleNumbness'] });
    expect(row!.alerts[1]).toMatchObject({
      from: { date: '2026-11-22', legPain: 3 },
      to: { date: '2026-11-25', legPain: 6 },
    });

    const patientId = (me.body as { user: { id: string } }).user.id;
    const detail = PatientDetailSchema.parse(
      (await pt.json('GET', `/api/v1/therapist/patients/${patientId}?today=2026-11-25`)).body,
    );
    expect(detail.logs.map((l) => l.legPain)).toEqual([3, 6]);
    const audited = await ctx.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'patient.viewed')
      .where('subject_user_id', '=', patientId)
      .execute();
    expect(audited).toHaveLength(1);

    // Another therapist sees nothing of this patient.
    const other = await therapist('pt-two');
    expect(
      (await other.json('GET', `/api/v1/therapist/patients/${patientId}?today=2026-11-25`)).status,
    ).toBe(404);
    expect(
      (await other.json<unknown[]>('GET', '/api/v1/therapist/patients?today=2026-11-25')).body,
    ).toEqual([]);
  });

  it('refuses an unknown invite', async () => {
    const patient = new Client(ctx.app);
    await patient.signUp('Lost Link', 'lost@example.com');
    expect(
      (await patient.json('POST', '/api/v1/invites/not-a-real-token-at-all/accept')).status,
    ).toBe(404);
  });
});
