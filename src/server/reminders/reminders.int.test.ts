import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
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
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]);
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
    await c.json('PUT', '/api/v1/me/reminders', { times: ['07:00'] });
    expect((await ctx.app.request(path)).status).toBe(404);
  });
});
