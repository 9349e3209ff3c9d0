import { describe, expect, it } from 'vitest';
import { guest } from '../../../tests/setup/booking';
import { plain, readCalendar, type Comp, type Prop } from '../../../tests/setup/ical';
import { Client } from '../../../tests/setup/session';
import {
  backgroundOf,
  DIALECTS,
  getJson,
  postJson,
  useSeededApp,
} from '../../../tests/setup/test-db';
import { AppointmentViewSchema } from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z');
const CLINIC = 'chicago-il-1';
const HOUR = 3600_000;

type Slot = { start: string; therapistId: string; therapistName: string; localTime: string };
type Outbox = {
  to: string;
  subject: string;
  body: string;
  attachments: { filename: string; contentType: string; content: string }[];
}[];
type Clinic = { name: string; address: string; city: string; state: string; zip: string };

const iso = (ms: number) => new Date(ms).toISOString();
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

/**
 * What a visit's calendar must say, written from what the test knows (the clinic's own page,
 * the slot it picked, the person it booked as), not from the code that writes the file.
 */
function expectedVisit(v: {
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  start: number;
  minutes: number;
  title: string;
  clinic: Clinic & { phone: string };
  manage: string;
  attendee?: { name: string; email: string };
}): Comp {
  const cancelled = v.method === 'CANCEL';
  const alarm = (seconds: number, lead: string): Comp => ({
    name: 'valarm',
    props: {
      action: plain('DISPLAY'),
      description: plain(`${lead}: ${v.title}`),
      trigger: plain({ seconds }),
    },
    components: [],
  });
  const attendee: Record<string, Prop[]> = v.attendee
    ? {
        attendee: [
          {
            params: {
              rsvp: 'FALSE',
              role: 'REQ-PARTICIPANT',
              partstat: 'ACCEPTED',
              cn: v.attendee.name,
            },
            value: `mailto:${v.attendee.email}`,
          },
        ],
      }
    : {};
  return {
    name: 'vcalendar',
    props: {
      version: plain('2.0'),
      calscale: plain('GREGORIAN'),
      prodid: plain('-//ReliefPath//Booking//EN'),
      method: plain(v.method),
      'x-published-ttl': plain('PT1H'),
    },
    components: [
      {
        name: 'vevent',
        props: {
          uid: plain(v.uid),
          sequence: plain(v.sequence),
          dtstamp: plain(NOW.toISOString()),
          dtstart: plain(iso(v.start)),
          dtend: plain(iso(v.start + v.minutes * 60_000)),
          summary: plain(v.title),
          description: plain(
            `Physical therapy at ${v.clinic.name}. Questions? Call the clinic at ${v.clinic.phone}. To move or cancel this visit: ${v.manage}`,
          ),
          location: plain(
            `${v.clinic.name}, ${v.clinic.address}, ${v.clinic.city}, ${v.clinic.state} ${v.clinic.zip}`,
          ),
          url: plain(v.manage),
          status: plain(cancelled ? 'CANCELLED' : 'CONFIRMED'),
          organizer: [{ params: { cn: v.clinic.name }, value: 'mailto:no-reply@reliefpath.local' }],
          ...attendee,
        },
        components: cancelled
          ? []
          : [alarm(-24 * 3600, 'Tomorrow'), alarm(-2 * 3600, 'In two hours')],
      },
    ],
  };
}

describe.each(DIALECTS)('calendar files and emails of a visit on %s', (dialect) => {
  // The clinic chain's Chicago clinics only: every visit here is booked there.
  const ctx = useSeededApp(dialect, NOW, { cities: ['Chicago'] });
  const settled = () => backgroundOf.get(ctx.app)!.settled();
  const outbox = async (to: string) =>
    (await getJson<Outbox>(ctx.app, '/api/v1/dev/outbox')).body.filter((m) => m.to === to);
  const slots = async (day: string, type = 'initial-evaluation') =>
    (
      await getJson<{ slots: Slot[] }>(
        ctx.app,
        `/api/v1/slots?clinicId=${CLINIC}&appointmentType=${type}&from=${day}T00:00:00Z&to=${day}T23:59:00Z`,
      )
    ).body.slots;
  const download = async (calendarLink: string) => {
    const res = await ctx.app.request(pathOf(calendarLink));
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('keeps one event through booking, a move and a cancel, in every file and email', async () => {
    const { body: detail } = await getJson<{ clinic: Clinic & { phone: string } }>(
      ctx.app,
      `/api/v1/clinics/${CLINIC}`,
    );
    const clinic = detail.clinic;
    const open = await slots('2026-12-01');
    const first = open[0]!;
    const freeThen = open.filter((s) => s.start === first.start);

    // Booked for "any therapist": someone free at that time.
    const res = await postJson(ctx.app, '/api/v1/appointments', {
      slot: first.start,
      appointmentType: 'initial-evaluation',
      clinicId: CLINIC,
      guest: guest(1),
    });
    expect(res.status).toBe(201);
    const booked = AppointmentViewSchema.parse(await res.json());
    const therapist = freeThen.find((s) => s.therapistId === booked.therapist.id);
    expect(therapist, 'a therapist free at that time').toBeDefined();
    const uid = `${booked.id}@reliefpath`;
    const title = `Initial evaluation with ${therapist!.therapistName}`;
    const visit = {
      uid,
      title,
      clinic,
      minutes: 60,
      attendee: { name: 'Test Person 1', email: 'person1@example.com' },
    };
    await settled();

    const [confirmation, ...others] = await outbox('person1@example.com');
    expect(others).toEqual([]);
    expect(confirmation!.subject).toBe(
      `Your visit on Tuesday, December 1 at ${first.localTime} CST is booked`,
    );
    expect(confirmation!.body).toContain(booked.links.manage);
    expect(confirmation!.body).toContain(clinic.phone);
    expect(confirmation!.body).not.toMatch(/Test Person/);
    expect(confirmation!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['reliefpath-visit.ics', 'text/calendar; charset=utf-8; method=REQUEST'],
    ]);
    const bookedAt = Date.parse(first.start);
    expect(readCalendar(confirmation!.attachments[0]!.content)).toEqual(
      expectedVisit({
        ...visit,
        method: 'REQUEST',
        sequence: 0,
        start: bookedAt,
        manage: booked.links.manage,
      }),
    );
    const file = await download(booked.links.calendar);
    expect(file.type).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    const published = { ...visit, attendee: undefined };
    expect(readCalendar(file.text)).toEqual(
      expectedVisit({
        ...published,
        method: 'PUBLISH',
        sequence: 0,
        start: bookedAt,
        manage: booked.links.manage,
      }),
    );

    // Moved to a later time, with whoever is free then: same UID, SEQUENCE 1.
    const later = (await slots('2026-12-01')).find(
      (s) => Date.parse(s.start) >= bookedAt + 1.5 * HOUR,
    )!;
    const token = new URL(booked.links.manage).searchParams.get('token')!;
    const moveRes = await postJson(
      ctx.app,
      `/api/v1/appointments/${booked.id}/reschedule?token=${token}`,
      { slot: later.start, therapistId: later.therapistId },
    );
    expect(moveRes.status).toBe(201);
    const moved = AppointmentViewSchema.parse(await moveRes.json());
    const movedVisit = { ...visit, title: `Initial evaluation with ${later.therapistName}` };
    const movedPublished = { ...movedVisit, attendee: undefined };
    await settled();
    const movedAt = Date.parse(later.start);
    const [notice] = (await outbox('person1@example.com')).filter((m) => /moved/.test(m.subject));
    expect(notice!.subject).toBe(
      `Your visit has moved to Tuesday, December 1 at ${later.localTime} CST`,
    );
    expect(notice!.body).toContain(moved.links.manage);
    expect(readCalendar(notice!.attachments[0]!.content)).toEqual(
      expectedVisit({
        ...movedVisit,
        method: 'REQUEST',
        sequence: 1,
        start: movedAt,
        manage: moved.links.manage,
      }),
    );
    expect(readCalendar((await download(moved.links.calendar)).text)).toEqual(
      expectedVisit({
        ...movedPublished,
        method: 'PUBLISH',
        sequence: 1,
        start: movedAt,
        manage: moved.links.manage,
      }),
    );
    // The first link's file would now speak for an event that lives on elsewhere: refused.
    const stale = await download(booked.links.calendar);
    expect(stale.status).toBe(409);
    expect(stale.type).toContain('application/problem+json');

    // Cancelled: same UID, SEQUENCE 2, METHOD:CANCEL and STATUS:CANCELLED, no alarms.
    const movedToken = new URL(moved.links.manage).searchParams.get('token')!;
    for (let i = 0; i < 2; i++)
      expect(
        (await postJson(ctx.app, `/api/v1/appointments/${moved.id}/cancel?token=${movedToken}`, {}))
          .status,
      ).toBe(200);
    await settled();
    const cancels = (await outbox('person1@example.com')).filter((m) =>
      /cancelled/.test(m.subject),
    );
    expect(cancels, 'one email for two cancel clicks').toHaveLength(1);
    expect(cancels[0]!.subject).toBe(
      `Your visit on Tuesday, December 1 at ${later.localTime} CST is cancelled`,
    );
    expect(cancels[0]!.body).toContain(`http://localhost:3000/clinics/${CLINIC}`);
    expect(cancels[0]!.attachments[0]!.contentType).toBe(
      'text/calendar; charset=utf-8; method=CANCEL',
    );
    expect(readCalendar(cancels[0]!.attachments[0]!.content)).toEqual(
      expectedVisit({
        ...movedVisit,
        method: 'CANCEL',
        sequence: 2,
        start: movedAt,
        manage: moved.links.manage,
      }),
    );
    expect(readCalendar((await download(moved.links.calendar)).text)).toEqual(
      expectedVisit({
        ...movedVisit,
        method: 'CANCEL',
        sequence: 2,
        start: movedAt,
        manage: moved.links.manage,
      }),
    );
    expect(await outbox('person1@example.com')).toHaveLength(3);
  });

  it('emails a signed-in patient about the visit they book, at the address on the booking', async () => {
    const patient = new Client(ctx.app);
    await patient.signUp('Pia Patient', 'pia@example.com');
    const [slot] = await slots('2026-12-02', 'follow-up');
    const res = await patient.json<{ id: string; links: { manage: string } }>(
      'POST',
      '/api/v1/appointments',
      {
        slot: slot!.start,
        therapistId: slot!.therapistId,
        appointmentType: 'follow-up',
        guest: { name: 'Pia Patient', email: 'pia@example.com', phone: '(312) 555-0199' },
      },
    );
    expect(res.status).toBe(201);
    await settled();
    const mails = (await outbox('pia@example.com')).filter((m) => /is booked/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain(res.body.links.manage);
    expect(readCalendar(mails[0]!.attachments[0]!.content).components[0]!.props.uid).toEqual(
      plain(`${res.body.id}@reliefpath`),
    );
  });

  it('sends one address at most 10 booking emails an hour', async () => {
    const open = (await slots('2026-12-03', 'follow-up')).filter(
      (s, i, all) => all.findIndex((o) => o.start === s.start) === i,
    );
    for (let n = 0; n < 6; n++) {
      const res = await postJson(ctx.app, '/api/v1/appointments', {
        slot: open[n * 4]!.start,
        appointmentType: 'follow-up',
        clinicId: CLINIC,
        guest: { ...guest(700), email: 'flood@example.com' },
      });
      expect(res.status).toBe(201);
      const made = AppointmentViewSchema.parse(await res.json());
      if (n < 5) {
        const token = new URL(made.links.manage).searchParams.get('token')!;
        await postJson(ctx.app, `/api/v1/appointments/${made.id}/cancel?token=${token}`, {});
      }
    }
    await settled();
    expect(await outbox('flood@example.com')).toHaveLength(10);
  });

  it('writes every email and calendar file of a visit booked in Spanish in Spanish, moved or cancelled from anywhere', async () => {
    const open = await slots('2026-12-02');
    const first = open[0]!;
    const spanishBrowser = {
      'content-type': 'application/json',
      'accept-language': 'es-US,es;q=0.9',
    };
    const res = await ctx.app.request('/api/v1/appointments', {
      method: 'POST',
      headers: spanishBrowser,
      body: JSON.stringify({
        slot: first.start,
        appointmentType: 'initial-evaluation',
        clinicId: CLINIC,
        guest: guest(7),
      }),
    });
    expect(res.status).toBe(201);
    const booked = AppointmentViewSchema.parse(await res.json());
    await settled();
    const [confirmation] = await outbox('person7@example.com');
    expect(confirmation!.subject).toMatch(
      /^Su cita del miércoles, 2 de diciembre a las .+ está reservada$/,
    );
    expect(confirmation!.body).toMatch(/^Hola:\n\nSu cita de fisioterapia está reservada\./);
    expect(confirmation!.body).toMatch(/Qué: +Initial evaluation \(60 minutos\) con /);
    expect(confirmation!.body).toContain(booked.links.manage);
    // The calendar file, read by ical.js: its words are Spanish, its times and ids unchanged.
    const calendar = readCalendar(confirmation!.attachments[0]!.content);
    expect(calendar.props.prodid).toEqual(plain('-//ReliefPath//Booking//ES'));
    const event = calendar.components[0]!;
    const words = (name: string) => event.props[name]![0]!.value as string;
    expect(words('summary')).toBe(`Initial evaluation con ${booked.therapist.name}`);
    expect(words('description')).toMatch(
      /^Fisioterapia en .+\. ¿Preguntas\? Llame a la clínica al /,
    );
    expect(event.components.map((a) => a.props.description![0]!.value)).toEqual([
      `Mañana: ${words('summary')}`,
      `En dos horas: ${words('summary')}`,
    ]);
    expect(words('dtstart')).toBe(first.start);

    // Moved from an English browser: the visit keeps the language it was booked in.
    const token = new URL(booked.links.manage).searchParams.get('token')!;
    const later = (await slots('2026-12-02')).find(
      (s) => Date.parse(s.start) >= Date.parse(first.start) + 1.5 * HOUR,
    )!;
    const moveRes = await postJson(
      ctx.app,
      `/api/v1/appointments/${booked.id}/reschedule?token=${token}`,
      { slot: later.start, therapistId: later.therapistId },
    );
    expect(moveRes.status).toBe(201);
    const moved = AppointmentViewSchema.parse(await moveRes.json());
    await settled();
    const movedMail = (await outbox('person7@example.com')).find((m) => /cambió/.test(m.subject));
    expect(movedMail?.body).toMatch(/^Hola:\n\nSu cita tiene una hora nueva\./);
    const movedToken = new URL(moved.links.manage).searchParams.get('token')!;
    await postJson(ctx.app, `/api/v1/appointments/${moved.id}/cancel?token=${movedToken}`, {});
    await settled();
    const cancelled = (await outbox('person7@example.com')).find((m) =>
      /cancelada/.test(m.subject),
    );
    expect(cancelled?.body).toMatch(/^Hola:\n\nSu cita está cancelada/);
    expect(readCalendar(cancelled!.attachments[0]!.content).props.method).toEqual(plain('CANCEL'));
  });
});
