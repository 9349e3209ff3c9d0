import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { Client, signedInStaff } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { RtmPatientDetailSchema, RtmReportSchema } from './schemas';

let clock = new Date('2026-11-01T03:30:00Z');

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

describe.each(DIALECTS)('remote monitoring on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => clock);
  const therapist = (id: string) => signedInStaff(ctx.app, ctx.t.db, id, { at: clock.getTime() });
  async function joinedPatient(pt: Client, name: string, email: string, timeZone: string) {
    const invite = await pt.json<{ url: string }>('POST', '/api/v1/therapist/invites');
    const patient = new Client(ctx.app);
    const me = await patient.signUp(name, email);
    await patient.json('PUT', '/api/v1/me/nudges', { email: false, timeZone });
    await patient.json('POST', `/api/v1/invites/${invite.body.url.split('/join/')[1]}/accept`);
    return { patient, id: (me.body as { user: { id: string } }).user.id };
  }

  it('counts 30-day periods from the patient’s own start, minutes per calendar month, set-up once', async () => {
    clock = new Date('2026-11-01T03:30:00Z'); // still October 31 in Los Angeles
    const pt = await therapist('pt-rtm');
    const { patient, id } = await joinedPatient(
      pt,
      'Ray Remote',
      'ray@example.com',
      'America/Los_Angeles',
    );
    clock = new Date('2026-12-01T20:00:00Z'); // noon on December 1 in Los Angeles
    // A month on, both sign in again (sessions last 30 days).
    await patient.signIn('ray@example.com', 'correct horse battery');
    await pt.signIn('pt-rtm@example.com', 'staff passphrase');
    // 16 days from the start, then day 31 and day 32 of monitoring.
    for (const date of [...days('2026-10-31', 16), '2026-11-30', '2026-12-01'])
      expect(
        (await patient.json('PUT', `/api/v1/me/logs/${date}`, { legPain: 4, backPain: 2 })).status,
      ).toBe(200);

    const minutes = (date: string, n: number, liveContact = false) =>
      pt.json('POST', `/api/v1/therapist/patients/${id}/rtm-minutes`, {
        date,
        minutes: n,
        liveContact,
      });
    expect((await minutes('2026-11-10', 25, true)).status).toBe(201);
    expect((await minutes('2026-11-20', 20)).status).toBe(201);
    // December: 25 minutes but no live call or video yet, so no management code.
    expect((await minutes('2026-12-01', 15)).status).toBe(201);
    expect((await minutes('2026-12-01', 10)).status).toBe(201);
    const setup = (date: string) =>
      pt.json('POST', `/api/v1/therapist/patients/${id}/rtm-setup`, { date });
    expect((await setup('2026-11-01')).status).toBe(201);
    const twice = await pt.json<{ detail: string }>(
      'POST',
      `/api/v1/therapist/patients/${id}/rtm-setup`,
      { date: '2026-11-02' },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toMatch(/already recorded/);

    const november = RtmReportSchema.parse(
      (await pt.json('GET', '/api/v1/therapist/rtm?month=2026-11')).body,
    );
    const [row] = november.patients;
    expect(row).toMatchObject({
      name: 'Ray Remote',
      timeZone: 'America/Los_Angeles',
      startedOn: '2026-10-31',
      setupOn: '2026-11-01',
      minutes: 45,
    });
    expect(
      row!.periods.map((p) => [p.start, p.end, p.daysWithData, p.status, p.reportedIn]),
    ).toEqual([
      ['2026-10-31', '2026-11-29', 16, 'met', '2026-11'],
      ['2026-11-30', '2026-12-29', 2, 'open', '2026-12'],
    ]);
    expect(row!.codes.map((c) => [c.code, c.units])).toEqual([
      ['98975', 1],
      ['98977', 1],
      ['98980', 1],
      ['98981', 1],
    ]);
    // The roster agrees on the day Ray joined: his own October 31, not UTC's November 1.
    const roster = await pt.json<{ joined: string }[]>(
      'GET',
      '/api/v1/therapist/patients?today=2026-12-01',
    );
    expect(roster.body.map((r) => r.joined)).toEqual(['2026-10-31']);
    // On December 1 the running period still has its two days, not "1 of 16".
    const december = RtmPatientDetailSchema.parse(
      (await pt.json('GET', `/api/v1/therapist/patients/${id}/rtm?month=2026-12`)).body,
    );
    expect(december.periods.map((p) => [p.number, p.daysWithData, p.status])).toEqual([
      [2, 2, 'open'],
    ]);
    expect([december.minutes, december.liveContact, december.codes]).toEqual([25, false, []]);
    expect(december.entries).toHaveLength(2);
    expect(december.entries).toEqual(
      expect.arrayContaining([
        { date: '2026-12-01', minutes: 10, note: '', liveContact: false },
        { date: '2026-12-01', minutes: 15, note: '', liveContact: false },
      ]),
    );

    // The clinic's files: CSV with units per code, and a PDF.
    const csv = await pt.request('GET', '/api/v1/therapist/rtm/report.csv?month=2026-11');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/rtm-report-2026-11\.csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'month,clinic,therapist,patient,time_zone,monitoring_started,setup_and_education_on,periods,days_with_data,minutes,live_contact,units_98975,units_98977,units_98980,units_98981',
    );
    expect(lines[1]).toBe(
      '2026-11,,PT pt-rtm,Ray Remote,America/Los_Angeles,2026-10-31,2026-11-01,"2026-10-31 to 2026-11-29: 16 days with data, met; 2026-11-30 to 2026-12-29: 2 days with data, still running, 14 more needed (reported in 2026-12)",16; 2,45,yes,1,1,1,1',
    );
    const pdfRes = await pt.request('GET', '/api/v1/therapist/rtm/report.pdf?month=2026-11');
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await pdfRes.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toMatch(/Remote monitoring report, November 2026/);
    expect(text).toMatch(/Ray Remote/);
    expect(text).toMatch(/Oct 31 – Nov 29, 2026: 16 days with data, met/);
    expect(text).toMatch(/Supported this month: 98975 × 1, 98977 × 1, 98980 × 1, 98981 × 1/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Bad input is refused with what to fix; dates ahead or long ago are not care given.
    for (const path of [
      '/api/v1/therapist/rtm',
      '/api/v1/therapist/rtm/report.csv',
      '/api/v1/therapist/rtm/report.pdf',
    ]) {
      const bad = await pt.request('GET', `${path}?month=2026-13`);
      expect(bad.status, path).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    // October 30 is before Ray joined (October 31 in Los Angeles): not remote monitoring.
    const early = await pt.json<{ detail: string }>(
      'POST',
      `/api/v1/therapist/patients/${id}/rtm-minutes`,
      { date: '2026-10-30', minutes: 10 },
    );
    expect(early.status).toBe(400);
    expect(early.body.detail).toMatch(/joined your care team/);
    for (const date of ['0000-01-01', '9999-12-31', '2025-01-01', '2026-12-05'])
      expect((await minutes(date, 10)).status, date).toBe(400);
    expect(
      (await pt.json('POST', `/api/v1/therapist/patients/${id}/rtm-setup`, { date: '2026-12-40' }))
        .status,
    ).toBe(400);
  });

  it('shows a patient’s monitoring only to their own therapist', async () => {
    clock = new Date('2026-11-05T15:00:00Z');
    const pt = await therapist('pt-own');
    const other = await therapist('pt-stranger');
    const { patient, id } = await joinedPatient(
      pt,
      'Pia Private',
      'pia@example.com',
      'America/New_York',
    );
    await pt.json('POST', `/api/v1/therapist/patients/${id}/rtm-minutes`, {
      date: '2026-11-05',
      minutes: 30,
    });

    const theirs = RtmReportSchema.parse(
      (await other.json('GET', '/api/v1/therapist/rtm?month=2026-11')).body,
    );
    expect(theirs.patients).toEqual([]);
    for (const path of ['/api/v1/therapist/rtm/report.csv', '/api/v1/therapist/rtm/report.pdf']) {
      const res = await other.request('GET', `${path}?month=2026-11`);
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
      expect(body).not.toContain('Pia Private');
    }
    expect(
      (await other.json('GET', `/api/v1/therapist/patients/${id}/rtm?month=2026-11`)).status,
    ).toBe(404);
    expect(
      (
        await other.json('POST', `/api/v1/therapist/patients/${id}/rtm-setup`, {
          date: '2026-11-05',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await other.json('POST', `/api/v1/therapist/patients/${id}/rtm-minutes`, {
          date: '2026-11-05',
          minutes: 5,
        })
      ).status,
    ).toBe(404);
    // A stranger's minutes never count towards this therapist's report either.
    const mine = RtmReportSchema.parse(
      (await pt.json('GET', '/api/v1/therapist/rtm?month=2026-11')).body,
    );
    expect(mine.patients.map((p) => [p.name, p.minutes])).toEqual([['Pia Private', 30]]);

    // Patients and signed-out visitors get nothing.
    for (const path of [
      '/api/v1/therapist/rtm?month=2026-11',
      '/api/v1/therapist/rtm/report.csv?month=2026-11',
      '/api/v1/therapist/rtm/report.pdf?month=2026-11',
      `/api/v1/therapist/patients/${id}/rtm?month=2026-11`,
    ]) {
      expect((await patient.request('GET', path)).status, path).toBe(403);
      expect((await new Client(ctx.app).request('GET', path)).status, path).toBe(401);
    }
    expect(
      (
        await patient.json('POST', `/api/v1/therapist/patients/${id}/rtm-setup`, {
          date: '2026-11-05',
        })
      ).status,
    ).toBe(403);
  });
});
