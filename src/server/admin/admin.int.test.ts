import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { createUser } from '../auth/queries';

const NOW = new Date('2026-11-25T15:00:00Z');
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startMinute: 9 * 60,
  endMinute: 17 * 60,
}));

describe.each(DIALECTS)('admin on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);

  it('opens a clinic, staffs it, blocks time off, and sees the schedule', async () => {
    await createUser(ctx.t.db, {
      id: 'root',
      email: 'root@example.com',
      name: 'Root Admin',
      role: 'admin',
      passwordHash: await hash('admin passphrase'),
      at: 0,
    });
    const a = new Client(ctx.app);
    await a.signIn('root@example.com', 'admin passphrase');
    const clinicBody = {
      name: 'ReliefPath PT Tempe',
      address: '1 Mill Ave',
      city: 'Tempe',
      state: 'AZ',
      zip: '85281',
      phone: '(480) 555-0199',
      timeZone: 'America/Phoenix',
      services: ['Sciatica care'],
      openingHours: weekdays,
    };
    expect(
      (
        await a.json<{ detail: string }>('POST', '/api/v1/admin/clinics', {
          ...clinicBody,
          timeZone: 'Mars/Olympus',
        })
      ).body.detail,
    ).toMatch(/IANA time zone/);
    const clinic = await a.json<{ id: string }>('POST', '/api/v1/admin/clinics', clinicBody);
    expect(clinic.status).toBe(201);
    // The clinic finder sees it straight away.
    const near = await a.json<{ clinics: { id: string }[] }>(
      'GET',
      '/api/v1/clinics?zip=85281&limit=1',
    );
    expect(near.body.clinics[0]!.id).toBe(clinic.body.id);

    const therapist = await a.json<{ id: string }>('POST', '/api/v1/admin/therapists', {
      clinicId: clinic.body.id,
      name: 'Tess Tempe',
      credentials: 'PT, DPT',
      workingHours: weekdays,
    });
    const slotsUrl = `/api/v1/slots?clinicId=${clinic.body.id}&appointmentType=follow-up&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z`;
    const before = await a.json<{ slots: unknown[] }>('GET', slotsUrl);
    expect(before.body.slots.length).toBeGreaterThan(20);
    // Time off on the morning of 1 December (Phoenix is UTC-7).
    const off = await a.json<{ id: string }>(
      'POST',
      `/api/v1/admin/therapists/${therapist.body.id}/time-off`,
      { start: '2026-12-01T16:00:00Z', end: '2026-12-01T19:00:00Z', reason: 'Training' },
    );
    expect(off.status).toBe(201);
    const after = await a.json<{ slots: { start: string }[] }>('GET', slotsUrl);
    expect(
      after.body.slots.some(
        (s) => s.start >= '2026-12-01T16:00:00' && s.start < '2026-12-01T19:00:00',
      ),
    ).toBe(false);

    const slot = after.body.slots[0]!;
    await new Client(ctx.app).json('POST', '/api/v1/appointments', {
      slot: slot.start,
      therapistId: therapist.body.id,
      appointmentType: 'follow-up',
      guest: { name: 'Walk In', email: 'walk@example.com', phone: '480-555-0100' },
    });
    const schedule = await a.json<{
      therapists: {
        name: string;
        appointments: { patient: string; localTime: string }[];
        timeOff: { reason: string }[];
      }[];
    }>(
      'GET',
      `/api/v1/admin/schedule?clinicId=${clinic.body.id}&from=2026-11-30T07:00:00Z&to=2026-12-07T07:00:00Z`,
    );
    expect(schedule.body.therapists[0]).toMatchObject({
      name: 'Tess Tempe',
      appointments: [{ patient: 'Walk In' }],
      timeOff: [{ reason: 'Training' }],
    });

    expect(
      (
        await a.json('PUT', '/api/v1/admin/appointment-types/quick-check', {
          name: 'Quick check',
          description: 'A short visit.',
          durationMinutes: 30,
          bufferMinutes: 0,
          stepMinutes: 15,
          minNoticeMinutes: 60,
          horizonDays: 30,
        })
      ).status,
    ).toBe(200);
    const types = await a.json<{ id: string; durationMinutes: number; horizonDays: number }[]>(
      'GET',
      '/api/v1/admin/appointment-types',
    );
    expect(types.body.find((t) => t.id === 'quick-check')).toMatchObject({
      durationMinutes: 30,
      horizonDays: 30,
    });
    // The edit screen starts from what is stored: details, opening hours and staff.
    const listed = await a.json<
      { id: string; zip: string; openingHours: unknown[]; therapists: { name: string }[] }[]
    >('GET', '/api/v1/admin/clinics');
    expect(listed.body.find((c) => c.id === clinic.body.id)).toMatchObject({
      zip: '85281',
      openingHours: weekdays,
      therapists: [{ name: 'Tess Tempe' }],
    });
    expect((await a.json('DELETE', `/api/v1/admin/time-off/${off.body.id}`)).status).toBe(200);
    expect(
      (
        await a.json('PUT', `/api/v1/admin/therapists/${therapist.body.id}/hours`, {
          workingHours: [{ weekday: 1, startMinute: 600, endMinute: 540 }],
        })
      ).status,
    ).toBe(400);
  });
});
