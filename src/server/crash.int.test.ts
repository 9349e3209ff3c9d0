import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedSession } from '../../tests/fixtures/saved-session';
import { freePort, startServer, type ChildServer } from '../../tests/setup/child-server';
import { DIALECTS, openTestDb, type TestDb } from '../../tests/setup/test-db';
import { createUser } from './auth/queries';
import { seedDemoData } from './db/seed';

const WRITERS = 6;
/** Acknowledged writes of each kind before the kill; counted, not timed, so a busy machine waits longer. */
const ACKED_BEFORE_KILL = 8;
const DAY = 86_400_000;
const SECRET = 'crash-secret-crash-secret-crash-secret';

type Session = { cookie: string; csrf: string };
type Acked = {
  logs: { date: string; legPain: number }[];
  sessions: string[];
  bookings: { id: string; token: string }[];
};

async function signIn(url: string, email: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'crash passphrase' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const send = (url: string, s: Session | null, method: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
    },
    body: JSON.stringify(body),
  });

/**
 * Writes that were acknowledged must survive the process dying mid-write: the server is
 * killed with SIGKILL (no shutdown, no flush) under concurrent logs, sessions and bookings,
 * then started again on the same database.
 */
describe.each(DIALECTS)('a server killed under write load, on %s', (dialect) => {
  let t: TestDb;
  let server: ChildServer;
  const env = () => ({ DATABASE_URL: t.url, SESSION_SECRET: SECRET });

  beforeAll(async () => {
    t = await openTestDb(dialect);
    await seedDemoData(t.db, Date.now());
    await createUser(t.db, {
      id: 'crash-patient',
      email: 'crash@example.com',
      name: 'Cass Crash',
      role: 'patient',
      passwordHash: await hash('crash passphrase'),
      at: Date.now() - 400 * DAY,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await t.close();
  });

  it('keeps every write it acknowledged', async () => {
    const port = await freePort();
    server = await startServer(env(), port);
    const session = await signIn(server.url, 'crash@example.com');
    const from = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const { slots } = (await (
      await fetch(
        `${server.url}/api/v1/slots?clinicId=chicago-il-1&appointmentType=follow-up&from=${from}T00:00:00Z&to=${new Date(Date.parse(from) + 14 * DAY).toISOString()}`,
      )
    ).json()) as { slots: { start: string; therapistId: string }[] };
    expect(slots.length).toBeGreaterThan(100);

    const acked: Acked = { logs: [], sessions: [], bookings: [] };
    let n = 0;
    let alive = true;
    const writer = async (w: number) => {
      while (alive) {
        const i = n++;
        const date = new Date(Date.now() - (i + 1) * DAY).toISOString().slice(0, 10);
        const key = `crash-${w}-${i}-session`;
        const slot = slots[i % slots.length]!;
        try {
          const [log, saved, booked] = await Promise.all([
            send(server.url, session, 'PUT', `/api/v1/me/logs/${date}`, {
              legPain: i % 11,
              backPain: 2,
              psfs: [],
              notes: `write ${i}`,
            }),
            send(server.url, session, 'POST', '/api/v1/me/sessions', savedSession(key, date)),
            send(server.url, null, 'POST', '/api/v1/appointments', {
              slot: slot.start,
              therapistId: slot.therapistId,
              appointmentType: 'follow-up',
              guest: {
                name: `Guest ${i}`,
                email: `guest${i}@example.com`,
                phone: '312-555-0100',
              },
            }),
          ]);
          if (log.status === 200) acked.logs.push({ date, legPain: i % 11 });
          if (saved.status === 201) acked.sessions.push(key);
          if (booked.status === 201) {
            const view = (await booked.json()) as { id: string; links: { manage: string } };
            acked.bookings.push({
              id: view.id,
              token: new URL(view.links.manage).searchParams.get('token')!,
            });
          }
        } catch {
          return; // the server died under this request: nothing was acknowledged
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const enough = () =>
      acked.logs.length >= ACKED_BEFORE_KILL && acked.bookings.length >= ACKED_BEFORE_KILL;
    for (let waited = 0; !enough() && waited < 30_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGKILL');
    expect(await server.exited).toBeNull();
    alive = false;
    await Promise.all(writers);
    const total = acked.logs.length + acked.sessions.length + acked.bookings.length;
    expect(acked.logs.length).toBeGreaterThan(5);
    expect(acked.bookings.length).toBeGreaterThan(5);

    server = await startServer(env(), port);
    const again = await signIn(server.url, 'crash@example.com');
    const progress = (await (
      await fetch(`${server.url}/api/v1/me/progress?today=${from}`, {
        headers: { cookie: again.cookie },
      })
    ).json()) as { logs: { date: string; legPain: number }[] };
    const logs = new Map(progress.logs.map((l) => [l.date, l.legPain]));
    const missingLogs = acked.logs.filter((l) => logs.get(l.date) !== l.legPain);
    const stored = await t.db
      .selectFrom('exercise_session')
      .select('idempotency_key')
      .where('user_id', '=', 'crash-patient')
      .execute();
    const keys = new Set(stored.map((s) => s.idempotency_key));
    const missingSessions = acked.sessions.filter((k) => !keys.has(k));
    const missingBookings: string[] = [];
    for (const b of acked.bookings) {
      const res = await fetch(`${server.url}/api/v1/appointments/${b.id}?token=${b.token}`);
      if (res.status !== 200 || ((await res.json()) as { status: string }).status !== 'booked')
        missingBookings.push(b.id);
    }
    console.info(
      `crash on ${dialect}: ${total} writes acknowledged (${acked.logs.length} logs, ${acked.sessions.length} sessions, ${acked.bookings.length} bookings), ${missingLogs.length + missingSessions.length + missingBookings.length} missing after SIGKILL and restart`,
    );
    expect({ missingLogs, missingSessions, missingBookings }).toEqual({
      missingLogs: [],
      missingSessions: [],
      missingBookings: [],
    });
  }, 120_000);
});
