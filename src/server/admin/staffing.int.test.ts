import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { guest } from '../../../tests/setup/booking';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { createUser } from '../auth/queries';
import { book } from '../booking/queries';
import { isUniqueViolation } from '../db/errors';

const NOW = new Date('2026-11-25T15:00:00Z'); // a Wednesday
const HOUR = 3_600_000;
const h = (weekday: number, from: number, to: number) => ({
  weekday,
  startMinute: from * 60,
  endMinute: to * 60,
});
const weekdays = [1, 2, 3, 4, 5].map((d) => h(d, 9, 17));
/** Phoenix is UTC-7 all year: its Tuesday 1 December runs from 07:00Z to 07:00Z. */
const dayStart = (date: string) => Date.parse(`${date}T07:00:00Z`);
type Slot = { start: string; therapistId: string };
type Visit = { id: string; localDate: string; localTime: string; patient: { name: string } };
type Problem = {
  detail: string;
  errors?: { field: string; message: string }[];
  visits?: Visit[];
};

describe.each(DIALECTS)('admin staffing on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);
  const admin = {} as { c: Client; clinicId: string; tess: string; theo: string };
  let guests = 0;

  const slots = async (therapistId: string, date: string) =>
    (
      await admin.c.json<{ slots: Slot[] }>(
        'GET',
        `/api/v1/slots?clinicId=${admin.clinicId}&appointmentType=follow-up&therapistId=${therapistId}&from=${new Date(dayStart(date)).toISOString()}&to=${new Date(dayStart(date) + 24 * HOUR).toISOString()}`,
      )
    ).body.slots ?? [];
  const bookAs = async (slot: Slot) =>
    new Client(ctx.app).json<{ id: string }>('POST', '/api/v1/appointments', {
      slot: slot.start,
      therapistId: slot.therapistId,
      appointmentType: 'follow-up',
      guest: guest(++guests),
    });
  const status = async (id: string) =>
    (
      await ctx.t.db
        .selectFrom('appointment')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;
  const appointmentRow = (therapistId: string, start: number) => ({
    id: crypto.randomUUID(),
    clinic_id: admin.clinicId,
    therapist_id: therapistId,
    appointment_type_id: 'follow-up',
    starts_at: start,
    ends_at: start + 45 * 60_000,
    status: 'booked' as const,
    guest_name: 'Direct Write',
    guest_email: 'direct@example.com',
    guest_phone: '480-555-0100',
    idempotency_key: null,
    request_hash: 'x',
    rescheduled_from: null,
    created_at: NOW.getTime(),
    cancelled_at: null,
    patient_user_id: null,
  });

  beforeAll(async () => {
    await createUser(ctx.t.db, {
      id: 'staff',
      email: 'staff@example.com',
      name: 'Staff',
      role: 'admin',
      passwordHash: await hash('staff passphrase'),
      at: 0,
    });
    admin.c = new Client(ctx.app);
    await admin.c.signIn('staff@example.com', 'staff passphrase');
    const clinic = await admin.c.json<{ id: string }>('POST', '/api/v1/admin/clinics', {
      name: 'ReliefPath PT Tempe',
      address: '1 Mill Ave',
      city: 'Tempe',
      state: 'AZ',
      zip: '85281',
      phone: '(480) 555-0199',
      timeZone: 'America/Phoenix',
      openingHours: weekdays,
    });
    admin.clinicId = clinic.body.id;
    for (const name of ['Tess Tempe', 'Theo Tempe']) {
      const t = await admin.c.json<{ id: string }>('POST', '/api/v1/admin/therapists', {
        clinicId: admin.clinicId,
        name,
        credentials: 'PT, DPT',
        workingHours: weekdays,
      });
      if (name === 'Tess Tempe') admin.tess = t.body.id;
      else admin.theo = t.body.id;
    }
  });

  it('keeps a split shift, and refuses overlapping or backwards windows beside the window', async () => {
    const split = [1, 2, 3, 4, 5].flatMap((d) => [h(d, 8, 12), h(d, 14, 18)]);
    const saved = await admin.c.json('PUT', `/api/v1/admin/therapists/${admin.tess}/hours`, {
      workingHours: split,
    });
    expect(saved.status).toBe(200);
    const listed = await admin.c.json<
      { id: string; therapists: { id: string; workingHours: unknown }[] }[]
    >('GET', '/api/v1/admin/clinics');
    const tess = listed.body
      .find((c) => c.id === admin.clinicId)!
      .therapists.find((t) => t.id === admin.tess)!;
    expect(tess.workingHours).toEqual(split);
    // Morning and afternoon are offered, the lunch gap is not (Phoenix: 8 AM is 15:00Z).
    const hours = (await slots(admin.tess, '2026-12-01')).map(
      (s) => (new Date(s.start).getUTCHours() + 17) % 24,
    );
    expect(hours).toContain(8);
    expect(hours).toContain(14);
    expect(hours).toContain(17);
    expect(hours.filter((x) => x >= 12 && x < 14)).toEqual([]);

    const overlap = await admin.c.json<Problem>(
      'PUT',
      `/api/v1/admin/therapists/${admin.tess}/hours`,
      {
        workingHours: [h(1, 8, 12), { weekday: 1, startMinute: 11 * 60 + 40, endMinute: 15 * 60 }],
      },
    );
    expect(overlap.status).toBe(400);
    expect(overlap.headers.get('content-type')).toContain('application/problem+json');
    expect(overlap.body.errors).toEqual([
      {
        field: 'workingHours.1.startMinute',
        message:
          'Monday 11:40 AM–3:00 PM overlaps 8:00 AM–12:00 PM; change one of them or merge the two',
      },
    ]);
    const backwards = await admin.c.json<Problem>(
      'PUT',
      `/api/v1/admin/therapists/${admin.tess}/hours`,
      {
        workingHours: [h(2, 8, 12), h(2, 17, 14)],
      },
    );
    expect(backwards.body.errors).toEqual([
      { field: 'workingHours.1.endMinute', message: 'must be later than the start time' },
    ]);
    // A refusal changes nothing.
    const again = await admin.c.json<
      { id: string; therapists: { id: string; workingHours: unknown }[] }[]
    >('GET', '/api/v1/admin/clinics');
    expect(
      again.body.find((c) => c.id === admin.clinicId)!.therapists.find((t) => t.id === admin.tess)!
        .workingHours,
    ).toEqual(split);
  });

  it('asks before time off covers booked visits, then keeps or cancels them as staff chose', async () => {
    const open = await slots(admin.theo, '2026-12-02');
    const first = await bookAs(open[0]!);
    const second = await bookAs(open[4]!);
    expect([first.status, second.status]).toEqual([201, 201]);
    const day = {
      start: new Date(dayStart('2026-12-02')).toISOString(),
      end: new Date(dayStart('2026-12-03')).toISOString(),
      reason: 'Sick day',
    };
    const url = `/api/v1/admin/therapists/${admin.theo}/time-off`;
    const timeOffRows = async () =>
      (
        await ctx.t.db
          .selectFrom('time_off')
          .select('id')
          .where('therapist_id', '=', admin.theo)
          .execute()
      ).length;

    const asked = await admin.c.json<Problem>('POST', url, day);
    expect(asked.status).toBe(409);
    expect(asked.headers.get('content-type')).toContain('application/problem+json');
    expect(asked.body.detail).toMatch(/2 visits are booked in this time/);
    expect(asked.body.visits!.map((v) => [v.patient.name, v.localDate, v.localTime])).toEqual([
      [guest(guests - 1).name, '2026-12-02', '9:00 AM'],
      [guest(guests).name, '2026-12-02', expect.stringMatching(/AM|PM/)],
    ]);
    expect(await timeOffRows()).toBe(0);

    // A list that is not the one the server sees now (one visit missing) is asked again.
    const stale = await admin.c.json<Problem>('POST', url, {
      ...day,
      bookedVisits: { action: 'cancel', ids: [first.body.id] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/changed since you looked/);
    expect(await timeOffRows()).toBe(0);
    expect(await status(first.body.id)).toBe('booked');

    const ids = asked.body.visits!.map((v) => v.id);
    const kept = await admin.c.json<{ id: string; kept: number; cancelled: number }>('POST', url, {
      ...day,
      bookedVisits: { action: 'keep', ids },
    });
    expect(kept).toMatchObject({ status: 201, body: { kept: 2, cancelled: 0 } });
    expect([await status(first.body.id), await status(second.body.id)]).toEqual([
      'booked',
      'booked',
    ]);
    expect(await slots(admin.theo, '2026-12-02')).toEqual([]);
    expect((await admin.c.json('DELETE', `/api/v1/admin/time-off/${kept.body.id}`)).status).toBe(
      200,
    );

    const cancelled = await admin.c.json<{ kept: number; cancelled: number }>('POST', url, {
      ...day,
      bookedVisits: { action: 'cancel', ids },
    });
    expect(cancelled).toMatchObject({ status: 201, body: { kept: 0, cancelled: 2 } });
    expect([await status(first.body.id), await status(second.body.id)]).toEqual([
      'cancelled',
      'cancelled',
    ]);
    // Through the booking path: the time is freed and each patient hears of it.
    const claims = await ctx.t.db
      .selectFrom('appointment_claim')
      .select('block_start')
      .where('appointment_id', 'in', ids)
      .execute();
    expect(claims).toEqual([]);
    const outbox = new Client(ctx.app);
    for (const n of [guests - 1, guests])
      expect(await outbox.mail(guest(n).email, /cancel/i)).toBeDefined();
  });

  it('lets the database refuse a visit over time off saved after the slot check', async () => {
    const [slot] = await slots(admin.theo, '2026-12-04');
    const start = Date.parse(slot!.start);
    const off = await admin.c.json('POST', `/api/v1/admin/therapists/${admin.theo}/time-off`, {
      start: new Date(start - HOUR).toISOString(),
      end: new Date(start + 2 * HOUR).toISOString(),
    });
    expect(off.status).toBe(201);
    const error = await book(ctx.t.db, appointmentRow(admin.theo, start), 0).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    // Through the API the slot is simply no longer offered.
    expect((await bookAs(slot!)).status).toBe(400);
  });

  it.runIf(dialect === 'postgres')(
    'makes time off and a booking in flight wait for each other, so neither is missed',
    async () => {
      const open = await slots(admin.tess, '2026-12-07');
      const start = Date.parse(open[0]!.start);
      // 1. Time off being saved first: a booking that arrives meanwhile waits, then is refused.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const saving = ctx.t.db.transaction().execute(async (trx) => {
        await trx
          .selectFrom('therapist')
          .select('id')
          .where('id', '=', admin.tess)
          .forUpdate()
          .execute();
        await trx
          .insertInto('time_off')
          .values({
            id: crypto.randomUUID(),
            therapist_id: admin.tess,
            starts_at: start,
            ends_at: start + HOUR,
            reason: 'x',
          })
          .execute();
        await gate;
      });
      await new Promise((r) => setTimeout(r, 100));
      const booking = book(ctx.t.db, appointmentRow(admin.tess, start), 0).then(
        () => 'booked',
        (e: unknown) => (isUniqueViolation(e) ? 'refused' : String(e)),
      );
      await new Promise((r) => setTimeout(r, 200));
      release();
      await saving;
      expect(await booking).toBe('refused');

      // 2. A booking being written first: time off asked for meanwhile waits, then lists it.
      const later = Date.parse(open.at(-1)!.start);
      let finish!: () => void;
      const held = new Promise<void>((r) => (finish = r));
      const row = appointmentRow(admin.tess, later);
      const writing = ctx.t.db.transaction().execute(async (trx) => {
        await trx.insertInto('appointment').values(row).execute();
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      const asking = admin.c.json<Problem>(
        'POST',
        `/api/v1/admin/therapists/${admin.tess}/time-off`,
        {
          start: new Date(later - HOUR).toISOString(),
          end: new Date(later + 2 * HOUR).toISOString(),
        },
      );
      await new Promise((r) => setTimeout(r, 200));
      finish();
      await writing;
      const answer = await asking;
      expect(answer.status).toBe(409);
      expect(answer.body.visits!.map((v) => v.id)).toEqual([row.id]);
      await ctx.t.db.deleteFrom('appointment').where('id', '=', row.id).execute();
    },
  );

  it('gives a deactivated therapist no slots and no bookings, and lists their visits to move', async () => {
    const open = await slots(admin.tess, '2026-12-08');
    const [before, other] = [open[0], open.at(-1)]; // far enough apart not to clash
    const visit = await bookAs(before!);
    expect(visit.status).toBe(201);
    const url = `/api/v1/admin/therapists/${admin.tess}`;
    const details = { name: 'Tess Tempe', credentials: 'PT, DPT', bio: 'Back care.' };

    const refused = await admin.c.json<Problem>('PUT', url, {
      ...details,
      name: 'T',
      active: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors!.map((e) => e.field)).toEqual(['name']);

    const off = await admin.c.json<{ visitsToMove: Visit[] }>('PUT', url, {
      ...details,
      active: false,
    });
    expect(off.status).toBe(200);
    expect(off.body.visitsToMove.map((v) => [v.id, v.patient.name])).toEqual([
      [visit.body.id, guest(guests).name],
    ]);
    expect(await slots(admin.tess, '2026-12-08')).toEqual([]);
    // Not even a direct call books them, nor a write that skipped the slot check.
    expect((await bookAs(other!)).status).toBe(400);
    const error = await book(
      ctx.t.db,
      appointmentRow(admin.tess, Date.parse(other!.start)),
      0,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    const page = await admin.c.json<{ therapists: { id: string }[] }>(
      'GET',
      `/api/v1/clinics/${admin.clinicId}`,
    );
    expect(page.body.therapists.map((t) => t.id)).not.toContain(admin.tess);
    const toMove = await admin.c.json<{ visitsToMove: Visit[] }>(
      'GET',
      `/api/v1/admin/clinics/${admin.clinicId}/visits-to-move`,
    );
    expect(toMove.body.visitsToMove.map((v) => v.id)).toEqual([visit.body.id]);
    const listed = await admin.c.json<
      { id: string; therapists: { id: string; active: boolean; bio: string }[] }[]
    >('GET', '/api/v1/admin/clinics');
    expect(
      listed.body.find((c) => c.id === admin.clinicId)!.therapists.find((t) => t.id === admin.tess),
    ).toMatchObject({
      active: false,
      bio: 'Back care.',
    });

    const back = await admin.c.json<{ visitsToMove: Visit[] }>('PUT', url, {
      ...details,
      active: true,
    });
    expect(back).toMatchObject({ status: 200, body: { visitsToMove: [] } });
    expect((await slots(admin.tess, '2026-12-08')).length).toBeGreaterThan(0);
  });

  it('takes a closed location out of search and booking, and lists its future visits', async () => {
    const open = await slots(admin.theo, '2026-12-09');
    const [slot, other] = [open[0], open.at(-1)];
    const visit = await bookAs(slot!);
    const near = async () =>
      (
        await admin.c.json<{ clinics: { id: string }[] }>(
          'GET',
          '/api/v1/clinics?zip=85281&limit=3',
        )
      ).body.clinics.map((c) => c.id);
    expect(await near()).toContain(admin.clinicId);

    const closed = await admin.c.json<{ visitsToMove: Visit[] }>(
      'POST',
      `/api/v1/admin/clinics/${admin.clinicId}/close`,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.visitsToMove.map((v) => v.id)).toContain(visit.body.id);
    expect(await near()).not.toContain(admin.clinicId);
    const slotAnswer = await admin.c.json<Problem>(
      'GET',
      `/api/v1/slots?clinicId=${admin.clinicId}&appointmentType=follow-up&from=2026-12-09T07:00:00Z&to=2026-12-10T07:00:00Z`,
    );
    expect(slotAnswer.status).toBe(404);
    expect(slotAnswer.body.detail).toMatch(/ReliefPath PT Tempe has closed/);
    expect((await bookAs(other!)).status).toBe(400);
    const staffing = await admin.c.json<Problem>('POST', '/api/v1/admin/therapists', {
      clinicId: admin.clinicId,
      name: 'New Hire',
      credentials: 'PT',
      workingHours: weekdays,
    });
    expect(staffing.status).toBe(409);
    expect(staffing.body.errors!.map((e) => e.field)).toEqual(['clinicId']);

    expect(
      (await admin.c.json('POST', `/api/v1/admin/clinics/${admin.clinicId}/reopen`)).status,
    ).toBe(200);
    expect(await near()).toContain(admin.clinicId);
    expect((await bookAs(other!)).status).toBe(201);
  });

  it('lets only staff use the new admin routes, and a refusal changes nothing', async () => {
    const patient = new Client(ctx.app);
    await patient.signUp('Pat Patient', 'pat.patient@example.com');
    const therapist = new Client(ctx.app);
    await createUser(ctx.t.db, {
      id: 'therapist-x',
      email: 'therapist.x@example.com',
      name: 'Thera',
      role: 'therapist',
      passwordHash: await hash('staff passphrase'),
      at: 0,
    });
    await therapist.signIn('therapist.x@example.com', 'staff passphrase');
    const routes: [string, string, unknown?][] = [
      [
        'PUT',
        `/api/v1/admin/therapists/${admin.theo}`,
        { name: 'Hijacked', credentials: 'PT', bio: '', active: false },
      ],
      ['POST', `/api/v1/admin/clinics/${admin.clinicId}/close`],
      ['POST', `/api/v1/admin/clinics/${admin.clinicId}/reopen`],
      ['GET', `/api/v1/admin/clinics/${admin.clinicId}/visits-to-move`],
      [
        'POST',
        `/api/v1/admin/therapists/${admin.theo}/time-off`,
        {
          start: '2026-12-10T07:00:00Z',
          end: '2026-12-11T07:00:00Z',
          bookedVisits: { action: 'cancel', ids: [] },
        },
      ],
    ];
    for (const [who, client, expected] of [
      ['anonymous', new Client(ctx.app), 401],
      ['patient', patient, 403],
      ['therapist', therapist, 403],
    ] as const)
      for (const [method, path, body] of routes) {
        const res = await client.json<Problem>(method, path, body);
        expect(res.status, `${method} ${path} as ${who}`).toBe(expected);
        expect(JSON.stringify(res.body)).not.toMatch(/Test Person|example\.com/);
      }
    const theo = await ctx.t.db
      .selectFrom('therapist')
      .selectAll()
      .where('id', '=', admin.theo)
      .executeTakeFirstOrThrow();
    expect(theo).toMatchObject({ name: 'Theo Tempe', deactivated_at: null });
    const clinic = await ctx.t.db
      .selectFrom('clinic')
      .select('closed_at')
      .where('id', '=', admin.clinicId)
      .executeTakeFirstOrThrow();
    expect(clinic.closed_at).toBeNull();
    expect(
      await ctx.t.db
        .selectFrom('time_off')
        .select('id')
        .where('therapist_id', '=', admin.theo)
        .where('starts_at', '=', Date.parse('2026-12-10T07:00:00Z'))
        .execute(),
    ).toEqual([]);
  });
  it("limits a location's own staff to their locations, on every admin route", async () => {
    await createUser(ctx.t.db, {
      id: 'tempe-manager',
      email: 'tempe.manager@example.com',
      name: 'Tempe Manager',
      role: 'admin',
      passwordHash: await hash('staff passphrase'),
      at: 0,
    });
    await ctx.t.db
      .insertInto('staff_clinic')
      .values({ user_id: 'tempe-manager', clinic_id: admin.clinicId })
      .execute();
    const manager = new Client(ctx.app);
    await manager.signIn('tempe.manager@example.com', 'staff passphrase');
    const listed = await manager.json<{ id: string }[]>('GET', '/api/v1/admin/clinics');
    expect(listed.body.map((c) => c.id)).toEqual([admin.clinicId]);

    const boston = await ctx.t.db
      .selectFrom('therapist')
      .selectAll()
      .where('clinic_id', '=', 'boston-ma-1')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const offId = crypto.randomUUID();
    await ctx.t.db
      .insertInto('time_off')
      .values({
        id: offId,
        therapist_id: boston.id,
        starts_at: Date.parse('2027-01-04T05:00:00Z'),
        ends_at: Date.parse('2027-01-05T05:00:00Z'),
        reason: 'Course',
      })
      .execute();
    const day = { start: '2027-01-06T05:00:00Z', end: '2027-01-07T05:00:00Z' };
    const theirs: [string, string, unknown?][] = [
      [
        'PUT',
        `/api/v1/admin/therapists/${boston.id}`,
        { name: 'Renamed', credentials: 'PT', bio: '', active: false },
      ],
      ['PUT', `/api/v1/admin/therapists/${boston.id}/hours`, { workingHours: weekdays }],
      ['POST', `/api/v1/admin/therapists/${boston.id}/time-off`, day],
      ['DELETE', `/api/v1/admin/time-off/${offId}`],
      ['POST', '/api/v1/admin/clinics/boston-ma-1/close'],
      ['POST', '/api/v1/admin/clinics/boston-ma-1/reopen'],
      ['GET', '/api/v1/admin/clinics/boston-ma-1/visits-to-move'],
      [
        'GET',
        '/api/v1/admin/schedule?clinicId=boston-ma-1&from=2026-12-01T05:00:00Z&to=2026-12-02T05:00:00Z',
      ],
      [
        'POST',
        '/api/v1/admin/therapists',
        { clinicId: 'boston-ma-1', name: 'New Hire', credentials: 'PT', workingHours: weekdays },
      ],
      // Chain-wide changes: a new location, a visit type for every clinic.
      [
        'POST',
        '/api/v1/admin/clinics',
        {
          name: 'ReliefPath PT Chandler',
          address: '1 Main St',
          city: 'Chandler',
          state: 'AZ',
          zip: '85225',
          phone: '(480) 555-0100',
          timeZone: 'America/Phoenix',
          openingHours: weekdays,
        },
      ],
      [
        'PUT',
        '/api/v1/admin/appointment-types/follow-up',
        {
          name: 'Follow-up',
          description: 'x',
          durationMinutes: 5,
          bufferMinutes: 0,
          stepMinutes: 5,
          minNoticeMinutes: 0,
          horizonDays: 1,
        },
      ],
    ];
    for (const [method, path, body] of theirs) {
      const res = await manager.json<Problem>(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(res.body)).not.toMatch(/Test Person|example\.com/);
    }
    // Nothing of Boston's changed.
    expect(
      await ctx.t.db
        .selectFrom('therapist')
        .selectAll()
        .where('id', '=', boston.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(boston);
    expect(
      await ctx.t.db.selectFrom('time_off').select('id').where('id', '=', offId).execute(),
    ).toHaveLength(1);
    expect(
      (
        await ctx.t.db
          .selectFrom('clinic')
          .select('closed_at')
          .where('id', '=', 'boston-ma-1')
          .executeTakeFirstOrThrow()
      ).closed_at,
    ).toBeNull();
    expect(
      (
        await ctx.t.db
          .selectFrom('appointment_type')
          .select('duration_minutes')
          .where('id', '=', 'follow-up')
          .executeTakeFirstOrThrow()
      ).duration_minutes,
    ).toBe(45);

    // Their own location they manage as before.
    const own = await manager.json('GET', `/api/v1/admin/clinics/${admin.clinicId}/visits-to-move`);
    expect(own.status).toBe(200);
    const renamed = await manager.json('PUT', `/api/v1/admin/therapists/${admin.theo}`, {
      name: 'Theo Tempe',
      credentials: 'PT, DPT, OCS',
      bio: '',
      active: true,
    });
    expect(renamed.status).toBe(200);
  });
});
