import { describe, expect, it } from 'vitest';
import { bookGuest } from '../../../tests/setup/booking';
import { DIALECTS, getJson, postJson, useSeededApp } from '../../../tests/setup/test-db';

const NOW = new Date('2026-11-25T15:00:00Z');
type Slot = { start: string; therapistId: string };

describe.each(DIALECTS)('rescheduling under contention on %s', (dialect) => {
  // Two cities' clinics, not the whole chain: moves happen in Chicago and try Boston.
  const ctx = useSeededApp(dialect, NOW, { cities: ['Chicago', 'Boston'] });
  const slots = async (clinic: string, day: string) =>
    (
      await getJson<{ slots: Slot[] }>(
        ctx.app,
        `/api/v1/slots?clinicId=${clinic}&appointmentType=follow-up&from=${day}T00:00:00Z&to=${day}T23:59:00Z`,
      )
    ).body.slots;
  const book = (slot: Slot, n: number) => bookGuest(ctx.app, slot, n);

  it('gives one appointment at most one live successor when four moves race, ten times over', async () => {
    // A day of its own per run: which move wins is up to chance, and it takes a slot.
    const days = [
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
    ];
    for (let run = 0; run < 10; run++) {
      const open = await slots('chicago-il-1', days[run]!);
      const original = await book(open[0]!, run);
      const token = new URL(original.links.manage).searchParams.get('token')!;
      // Four free times two hours apart, so no move loses on the new slot itself.
      const targets: Slot[] = [];
      for (const slot of open.slice(1))
        if (
          targets.length < 4 &&
          [original.start, ...targets.map((t) => t.start)].every(
            (taken) => Math.abs(Date.parse(taken) - Date.parse(slot.start)) >= 2 * 3600_000,
          )
        )
          targets.push(slot);
      expect(targets).toHaveLength(4);
      const answers = await Promise.all(
        targets.map((slot) =>
          postJson(ctx.app, `/api/v1/appointments/${original.id}/reschedule?token=${token}`, {
            slot: slot.start,
            therapistId: slot.therapistId,
          }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409]);
      for (const refused of answers.filter((a) => a.status === 409))
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const live = await ctx.t.db
        .selectFrom('appointment')
        .select('id')
        .where('rescheduled_from', '=', original.id)
        .where('status', '=', 'booked')
        .execute();
      expect(live).toHaveLength(1);
      const claims = await ctx.t.db
        .selectFrom('appointment_claim')
        .select('appointment_id')
        .where('appointment_id', '=', original.id)
        .execute();
      expect(claims).toHaveLength(0);
    }
  });

  it('refuses to move a visit to another clinic', async () => {
    const [here] = await slots('chicago-il-1', '2026-12-11');
    const [elsewhere] = await slots('boston-ma-1', '2026-12-11');
    const original = await book(here!, 100);
    const token = new URL(original.links.manage).searchParams.get('token')!;
    const res = await postJson(
      ctx.app,
      `/api/v1/appointments/${original.id}/reschedule?token=${token}`,
      { slot: elsewhere!.start, therapistId: elsewhere!.therapistId },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/same clinic/);
    expect(
      (await getJson(ctx.app, `/api/v1/appointments/${original.id}?token=${token}`)).body,
    ).toMatchObject({ status: 'booked' });
  });

  it('does not move a visit that was already moved', async () => {
    const open = await slots('chicago-il-1', '2026-12-14');
    const original = await book(open[0]!, 200);
    const token = new URL(original.links.manage).searchParams.get('token')!;
    const move = (slot: Slot) =>
      postJson(ctx.app, `/api/v1/appointments/${original.id}/reschedule?token=${token}`, {
        slot: slot.start,
        therapistId: slot.therapistId,
      });
    expect((await move(open[10]!)).status).toBe(201);
    const again = await move(open[20]!);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { detail: string }).detail).toMatch(/already/);
  });

  it('does not let an old link cancel a visit that was moved, and says where it went', async () => {
    const open = await slots('chicago-il-1', '2026-12-15');
    const original = await book(open[0]!, 300);
    const token = new URL(original.links.manage).searchParams.get('token')!;
    const base = `/api/v1/appointments/${original.id}`;
    const moved = await postJson(ctx.app, `${base}/reschedule?token=${token}`, {
      slot: open[12]!.start,
      therapistId: open[12]!.therapistId,
    });
    expect(moved.status).toBe(201);
    const next = (await moved.json()) as { id: string; links: { manage: string } };
    const cancel = await postJson(ctx.app, `${base}/cancel?token=${token}`, {});
    expect(cancel.status).toBe(409);
    expect(((await cancel.json()) as { detail: string }).detail).toMatch(/already moved/);
    const old = await getJson(ctx.app, `${base}?token=${token}`);
    expect(old.body).toMatchObject({ status: 'cancelled', movedTo: { start: open[12]!.start } });
    const live = new URL(next.links.manage);
    expect((await getJson(ctx.app, `/api/v1${live.pathname}${live.search}`)).body).toMatchObject({
      status: 'booked',
    });
  });

  it('tells the first link where a visit moved twice ended up', async () => {
    const open = await slots('chicago-il-1', '2026-12-17');
    const first = await book(open[0]!, 500);
    const move = async (from: { id: string; links: { manage: string } }, to: Slot) => {
      const token = new URL(from.links.manage).searchParams.get('token')!;
      const res = await postJson(
        ctx.app,
        `/api/v1/appointments/${from.id}/reschedule?token=${token}`,
        {
          slot: to.start,
          therapistId: to.therapistId,
        },
      );
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; links: { manage: string } };
    };
    const second = await move(first, open[10]!);
    await move(second, open[20]!);
    const token = new URL(first.links.manage).searchParams.get('token')!;
    const view = await getJson(ctx.app, `/api/v1/appointments/${first.id}?token=${token}`);
    expect(view.body).toMatchObject({ movedTo: { start: open[20]!.start } });
  });

  it('settles a cancel racing a move one way or the other, never both', async () => {
    const open = await slots('chicago-il-1', '2026-12-16');
    for (let run = 0; run < 6; run++) {
      const original = await book(open[run]!, 400 + run);
      const token = new URL(original.links.manage).searchParams.get('token')!;
      const base = `/api/v1/appointments/${original.id}`;
      const target = open[open.length - 1 - run]!;
      const [cancelled, moved] = await Promise.all([
        postJson(ctx.app, `${base}/cancel?token=${token}`, {}),
        postJson(ctx.app, `${base}/reschedule?token=${token}`, {
          slot: target.start,
          therapistId: target.therapistId,
        }),
      ]);
      const live = await ctx.t.db
        .selectFrom('appointment')
        .select('id')
        .where('rescheduled_from', '=', original.id)
        .where('status', '=', 'booked')
        .execute();
      if (cancelled.status === 200) {
        expect(moved.status).toBe(409);
        expect(live).toHaveLength(0);
      } else {
        expect([cancelled.status, moved.status]).toEqual([409, 201]);
        expect(live).toHaveLength(1);
      }
    }
  });
});
