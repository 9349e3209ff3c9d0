import ICAL from 'ical.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bookGuest, guest } from '../../../tests/setup/booking';
import { DIALECTS, getJson, postJson, useSeededApp } from '../../../tests/setup/test-db';
import { AppointmentViewSchema, ConflictSchema } from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z');
const CLINIC = 'chicago-il-1';

type Slot = { start: string; therapistId: string; localDate: string };
/** The same token with its last character changed. */
const forged = (token: string) => token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');

describe.each(DIALECTS)('booking on %s', (dialect) => {
  // Two cities' clinics, not the whole chain: the tests book in Chicago and name Boston.
  const ctx = useSeededApp(dialect, NOW, { cities: ['Chicago', 'Boston'] });

  async function openSlots(type: string, day: string): Promise<Slot[]> {
    const { body } = await getJson<{ slots: Slot[] }>(
      ctx.app,
      `/api/v1/slots?clinicId=${CLINIC}&appointmentType=${type}&from=${day}T00:00:00Z&to=${day}T23:59:00Z`,
    );
    return body.slots;
  }
  /** Two open slots of different therapists, so booking one never blocks the other. */
  async function twoApart(type: string, day: string): Promise<[Slot, Slot]> {
    const slots = await openSlots(type, day);
    const first = slots[0]!;
    return [first, slots.find((s) => s.therapistId !== first.therapistId)!];
  }
  const bookingCount = async () =>
    Number(
      (
        await ctx.t.db
          .selectFrom('appointment')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('books a guest into an open slot, with a manage link and a calendar file a parser accepts', async () => {
    const [slot] = await openSlots('initial-evaluation', '2026-12-01');
    const res = await postJson(ctx.app, '/api/v1/appointments', {
      slot: slot!.start,
      therapistId: slot!.therapistId,
      appointmentType: 'initial-evaluation',
      clinicId: CLINIC,
      guest: guest(1),
    });
    expect(res.status).toBe(201);
    const booked = AppointmentViewSchema.parse(await res.json());
    expect(booked).toMatchObject({
      status: 'booked',
      start: slot!.start,
      timeZone: 'America/Chicago',
    });
    // The slot is no longer offered.
    expect(
      (await openSlots('initial-evaluation', '2026-12-01')).map(
        (s) => `${s.start}|${s.therapistId}`,
      ),
    ).not.toContain(`${slot!.start}|${slot!.therapistId}`);
    const manage = new URL(booked.links.manage);
    const view = await getJson(ctx.app, `/api/v1/appointments/${booked.id}${manage.search}`);
    expect(view.body).toMatchObject({ id: booked.id, guest: { email: 'person1@example.com' } });

    const ics = await ctx.app.request(
      new URL(booked.links.calendar).pathname + new URL(booked.links.calendar).search,
    );
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe(slot!.start);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
      60 * 60_000,
    );
    expect(event.summary).toMatch(/Initial evaluation with/);
    expect(event.location).toMatch(/Chicago, IL/);
  });

  it('lets exactly one of many simultaneous requests have the same slot', async () => {
    const [slot] = await openSlots('follow-up', '2026-12-02');
    const before = await bookingCount();
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        postJson(ctx.app, '/api/v1/appointments', {
          slot: slot!.start,
          therapistId: slot!.therapistId,
          appointmentType: 'follow-up',
          guest: guest(100 + i),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(23);
    expect(await bookingCount()).toBe(before + 1);
    const conflict = ConflictSchema.parse(await responses.find((r) => r.status === 409)!.json());
    expect(conflict.alternatives.length).toBeGreaterThan(0);
    expect(conflict.alternatives.map((a) => a.start)).not.toContain(slot!.start);
  });

  it('rejects staggered overlaps (9:00, 9:15, 9:30 for 45 minutes) under concurrency', async () => {
    const slots = await openSlots('follow-up', '2026-12-03');
    // Three consecutive quarter-hours for one therapist, all open.
    const byTherapist = slots
      .filter((s) => s.therapistId === slots[0]!.therapistId)
      .map((s) => Date.parse(s.start));
    const first = byTherapist.find(
      (t) => byTherapist.includes(t + 15 * 60_000) && byTherapist.includes(t + 30 * 60_000),
    )!;
    const responses = await Promise.all(
      [0, 15, 30].map((minutes, i) =>
        postJson(ctx.app, '/api/v1/appointments', {
          slot: new Date(first + minutes * 60_000).toISOString(),
          therapistId: slots[0]!.therapistId,
          appointmentType: 'follow-up',
          guest: guest(200 + i),
        }),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s === 201)).toHaveLength(1);
  });

  it('books whichever therapist is free for "any therapist", each at most once, under a race', async () => {
    const slots = await openSlots('follow-up', '2026-12-10');
    // The time most therapists have open, and who they are.
    const counts = new Map<string, number>();
    for (const s of slots) counts.set(s.start, (counts.get(s.start) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const free = slots.filter((s) => s.start === busiest).map((s) => s.therapistId);
    expect(free.length).toBeGreaterThanOrEqual(2);
    const before = await bookingCount();
    const responses = await Promise.all(
      Array.from({ length: free.length + 6 }, (_, i) =>
        postJson(ctx.app, '/api/v1/appointments', {
          slot: busiest,
          appointmentType: 'follow-up',
          clinicId: CLINIC,
          guest: guest(800 + i),
        }),
      ),
    );
    const won = responses.filter((r) => r.status === 201);
    expect(won).toHaveLength(free.length);
    const booked = await Promise.all(
      won.map(async (r) => AppointmentViewSchema.parse(await r.json())),
    );
    expect(booked.map((b) => b.therapist.id).sort()).toEqual([...free].sort());
    expect(booked.every((b) => b.start === busiest)).toBe(true);
    const lost = responses.filter((r) => r.status !== 201);
    expect(lost.map((r) => r.status)).toEqual(Array(6).fill(409));
    for (const r of lost) {
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      const conflict = ConflictSchema.parse(await r.json());
      expect(conflict.alternatives.map((a) => a.start)).not.toContain(busiest);
    }
    expect(await bookingCount()).toBe(before + free.length);
  });

  it('needs a clinic to book "any therapist", and the time must be one the clinic offers', async () => {
    const [slot] = await openSlots('follow-up', '2026-12-11');
    const before = await bookingCount();
    const noClinic = await postJson(ctx.app, '/api/v1/appointments', {
      slot: slot!.start,
      appointmentType: 'follow-up',
      guest: guest(850),
    });
    expect(noClinic.status).toBe(400);
    expect(noClinic.headers.get('content-type')).toContain('application/problem+json');
    expect(((await noClinic.json()) as { detail: string }).detail).toMatch(/clinicId/);
    const offHours = await postJson(ctx.app, '/api/v1/appointments', {
      slot: '2026-12-11T09:00:00Z',
      appointmentType: 'follow-up',
      clinicId: CLINIC,
      guest: guest(851),
    });
    expect(offHours.status).toBe(400);
    expect(((await offHours.json()) as { detail: string }).detail).toMatch(/not an offered start/);
    const unknown = await postJson(ctx.app, '/api/v1/appointments', {
      slot: slot!.start,
      appointmentType: 'follow-up',
      clinicId: 'nowhere-xx-1',
      guest: guest(852),
    });
    expect(unknown.status).toBe(404);
    expect(await bookingCount()).toBe(before);
  });

  it('moves a visit to whichever therapist is free then when asked, and refuses mixed asks', async () => {
    const slots = await openSlots('follow-up', '2026-12-14');
    const mine = slots[0]!;
    const a = await bookGuest(ctx.app, mine, 860);
    const token = new URL(a.links.manage).searchParams.get('token')!;
    // A time the current therapist does not have open, but someone else does.
    const mineOpen = new Set(
      slots.filter((s) => s.therapistId === mine.therapistId).map((s) => s.start),
    );
    const elsewhere = slots.find((s) => !mineOpen.has(s.start))!;
    const both = await postJson(ctx.app, `/api/v1/appointments/${a.id}/reschedule?token=${token}`, {
      slot: elsewhere.start,
      therapistId: elsewhere.therapistId,
      anyTherapist: true,
    });
    expect(both.status).toBe(400);
    const same = await postJson(ctx.app, `/api/v1/appointments/${a.id}/reschedule?token=${token}`, {
      slot: elsewhere.start,
    });
    expect(same.status, 'the same therapist is not offered then').toBe(400);
    const moved = await postJson(
      ctx.app,
      `/api/v1/appointments/${a.id}/reschedule?token=${token}`,
      {
        slot: elsewhere.start,
        anyTherapist: true,
      },
    );
    expect(moved.status).toBe(201);
    const next = AppointmentViewSchema.parse(await moved.json());
    expect(next.start).toBe(elsewhere.start);
    expect(next.therapist.id).not.toBe(mine.therapistId);
    expect(
      slots.some((s) => s.start === elsewhere.start && s.therapistId === next.therapist.id),
    ).toBe(true);
  });

  it('returns the same appointment when a request is repeated with its idempotency key', async () => {
    const [slot] = await openSlots('follow-up', '2026-12-04');
    const body = {
      slot: slot!.start,
      therapistId: slot!.therapistId,
      appointmentType: 'follow-up',
      guest: guest(300),
    };
    const send = (payload: unknown) =>
      ctx.app.request('/api/v1/appointments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'retry-key-0001' },
        body: JSON.stringify(payload),
      });
    const [a, b] = await Promise.all([send(body), send(body)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [first, second] = [
      (await a.json()) as { id: string },
      (await b.json()) as { id: string },
    ];
    expect(second.id).toBe(first.id);
    const reused = await send({ ...body, guest: guest(301) });
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { detail: string }).detail).toMatch(/different booking/);
  });

  it.each([
    ['a start that is not offered', { slot: '2026-12-01T09:00:00Z' }, 400, /not an offered start/],
    ['an unknown therapist', { therapistId: 'nobody' }, 404, /nobody/],
    ['an unknown appointment type', { appointmentType: 'massage' }, 404, /massage/],
    ['a bad email', { guest: { ...guest(1), email: 'not-an-email' } }, 400, /guest\.email/],
    ['a short phone number', { guest: { ...guest(1), phone: '555' } }, 400, /guest\.phone/],
    ['the wrong clinic', { clinicId: 'boston-ma-1' }, 400, /does not work at clinic/],
  ])('rejects %s and writes nothing', async (_name, change, status, detail) => {
    const [slot] = await openSlots('follow-up', '2026-12-07');
    const before = await bookingCount();
    const res = await postJson(ctx.app, '/api/v1/appointments', {
      slot: slot!.start,
      therapistId: slot!.therapistId,
      appointmentType: 'follow-up',
      guest: guest(400),
      ...change,
    });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    expect(await bookingCount()).toBe(before);
  });

  it('cancels and reschedules through the signed link only', async () => {
    const [slot, other] = await twoApart('follow-up', '2026-12-08');
    const booked = AppointmentViewSchema.parse(
      await (
        await postJson(ctx.app, '/api/v1/appointments', {
          slot: slot.start,
          therapistId: slot.therapistId,
          appointmentType: 'follow-up',
          guest: guest(500),
        })
      ).json(),
    );
    const token = new URL(booked.links.manage).searchParams.get('token')!;
    expect(
      (await getJson(ctx.app, `/api/v1/appointments/${booked.id}?token=${forged(token)}`)).status,
    ).toBe(404);
    expect(
      (await postJson(ctx.app, `/api/v1/appointments/${booked.id}/cancel?token=wrong`, {})).status,
    ).toBe(400);
    expect(
      (
        await postJson(
          ctx.app,
          `/api/v1/appointments/${booked.id}/cancel?token=${forged(token)}`,
          {},
        )
      ).status,
    ).toBe(404);

    const moved = await postJson(
      ctx.app,
      `/api/v1/appointments/${booked.id}/reschedule?token=${token}`,
      {
        slot: other.start,
        therapistId: other.therapistId,
      },
    );
    expect(moved.status).toBe(201);
    const next = AppointmentViewSchema.parse(await moved.json());
    expect(next).toMatchObject({
      start: other.start,
      rescheduledFrom: booked.id,
      status: 'booked',
    });
    expect(
      (await getJson(ctx.app, `/api/v1/appointments/${booked.id}?token=${token}`)).body,
    ).toMatchObject({ status: 'cancelled' });

    // The old time is free again; the new one can be cancelled, and cancelling twice is fine.
    expect(
      (await openSlots('follow-up', '2026-12-08')).some(
        (s) => s.start === slot.start && s.therapistId === slot.therapistId,
      ),
    ).toBe(true);
    const nextToken = new URL(next.links.manage).searchParams.get('token')!;
    for (let i = 0; i < 2; i++) {
      const cancelled = await ctx.app.request(
        `/api/v1/appointments/${next.id}/cancel?token=${nextToken}`,
        { method: 'POST' },
      );
      expect(cancelled.status).toBe(200);
      expect(await cancelled.json()).toMatchObject({ status: 'cancelled' });
    }
  });

  it('keeps the old appointment when the new time was just taken', async () => {
    const [mine, theirs] = await twoApart('follow-up', '2026-12-09');
    const a = await bookGuest(ctx.app, mine, 600);
    await bookGuest(ctx.app, theirs, 601);
    const token = new URL(a.links.manage).searchParams.get('token')!;
    const res = await postJson(ctx.app, `/api/v1/appointments/${a.id}/reschedule?token=${token}`, {
      slot: theirs.start,
      therapistId: theirs.therapistId,
    });
    expect(res.status).toBe(409);
    expect(
      (await getJson(ctx.app, `/api/v1/appointments/${a.id}?token=${token}`)).body,
    ).toMatchObject({ status: 'booked', start: mine.start });
  });

  it('never holds two overlapping booked appointments for one therapist', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from appointment a join appointment b
        on a.therapist_id = b.therapist_id and a.id < b.id
       and a.starts_at < b.ends_at and b.starts_at < a.ends_at
     where a.status = 'booked' and b.status = 'booked'`.execute(ctx.t.db);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
