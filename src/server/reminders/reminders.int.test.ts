import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { plain, readCalendar } from '../../../tests/setup/ical';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';

describe.each(DIALECTS)('reminders on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => new Date('2026-11-25T15:00:00Z'));

  it('publishes a private daily feed a calendar parser accepts, and retires old links', async () => {
    const c = new Client(ctx.app);
    await c.signUp('Rita Remind', 'rita@example.com');
    expect((await c.json('PUT', '/api/v1/me/reminders', { times: ['25:00'] })).status).toBe(400);
    const first = await c.json<{ feedUrl: string }>('PUT', '/api/v1/me/reminders', {
      times: ['19:30', '08:00'],
    });
    const path = new URL(first.body.feedUrl).pathname;
    const feed = await ctx.app.request(path);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    // Every property of every component, read and checked: two daily events, each ringing
    // at its own start (an alarm at 0 seconds), stamped when the times were saved.
    const event = (hhmm: string, local: string) => ({
      name: 'vevent',
      props: {
        uid: plain(`reminder-${hhmm}@reliefpath`),
        summary: plain('Time for your stretches'),
        dtstamp: plain('2026-11-25T15:00:00.000Z'),
        dtstart: plain(local),
        duration: plain({ seconds: 15 * 60 }),
        rrule: plain('FREQ=DAILY'),
        description: plain('A few gentle minutes with ReliefPath: http://localhost:3000/start'),
        url: plain('http://localhost:3000/start'),
      },
      components: [
        {
          name: 'valarm',
          props: {
            action: plain('DISPLAY'),
            description: plain('Time for your stretches'),
            trigger: plain({ seconds: 0 }),
          },
          components: [],
        },
      ],
    });
    expect(readCalendar(text)).toEqual({
      name: 'vcalendar',
      props: {
        version: plain('2.0'),
        calscale: plain('GREGORIAN'),
        prodid: plain('-//ReliefPath//Reminders//EN'),
        method: plain('PUBLISH'),
        'x-wr-calname': plain('ReliefPath stretches'),
        'x-published-ttl': plain('PT1H'),
      },
      components: [event('0800', '2026-11-25T08:00:00'), event('1930', '2026-11-25T19:30:00')],
    });
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2026-11-25T08:00:00',
      '2026-11-25T19:30:00',
    ]);
    for (const e of events) {
      expect(e.isRecurring()).toBe(true);
      expect(e.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
      expect(e.startDate.zone?.tzid).toBe('floating');
    }
    expect((await c.json('GET', '/api/v1/me/reminders')).body).toEqual({
      times: ['08:00', '19:30'],
      feedUrl: null,
    });
    // Times sent later by an app back online keep the link: the calendar shows the new times.
    const kept = await c.json('PUT', '/api/v1/me/reminders', { times: ['06:45'], keepLink: true });
    expect(kept.body).toEqual({ times: ['06:45'], feedUrl: null });
    const still = await ctx.app.request(path);
    expect(still.status).toBe(200);
    expect(readCalendar(await still.text()).components.map((e) => e.props.dtstart)).toEqual([
      plain('2026-11-25T06:45:00'),
    ]);
    await c.json('PUT', '/api/v1/me/reminders', { times: ['07:00'] });
    expect((await ctx.app.request(path)).status).toBe(404);
  });

  it("writes the feed in the account's language, read back by a calendar parser", async () => {
    const c = new Client(ctx.app);
    await c.signUp('Rosa Recuerda', 'rosa@example.com');
    expect((await c.json('PUT', '/api/v1/me/locale', { locale: 'es' })).status).toBe(200);
    const made = await c.json<{ feedUrl: string }>('PUT', '/api/v1/me/reminders', {
      times: ['08:00'],
    });
    // Fetched as a calendar app would: no cookie, no language asked for.
    const feed = await ctx.app.request(new URL(made.body.feedUrl).pathname);
    expect(feed.headers.get('content-language')).toBe('es');
    const calendar = readCalendar(await feed.text());
    expect(calendar.props['x-wr-calname']).toEqual(plain('Estiramientos de ReliefPath'));
    expect(calendar.props.prodid).toEqual(plain('-//ReliefPath//Reminders//ES'));
    const [event] = calendar.components;
    expect(event?.props.summary).toEqual(plain('Hora de sus estiramientos'));
    expect(event?.props.description).toEqual(
      plain('Unos minutos suaves con ReliefPath: http://localhost:3000/start'),
    );
    expect(event?.components[0]?.props.description).toEqual(plain('Hora de sus estiramientos'));
  });

  it('makes a link when asked to keep one there is not yet', async () => {
    const c = new Client(ctx.app);
    await c.signUp('Kim Keep', 'kim@example.com');
    const bad = await c.request('PUT', '/api/v1/me/reminders', {
      times: ['08:00'],
      keepLink: 'yes',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    const first = await c.json<{ feedUrl: string | null }>('PUT', '/api/v1/me/reminders', {
      times: ['08:00'],
      keepLink: true,
    });
    expect(first.body.feedUrl).toMatch(/\/api\/v1\/calendar\/[\w-]+\.ics$/);
    expect((await ctx.app.request(new URL(first.body.feedUrl!).pathname)).status).toBe(200);
  });
});
