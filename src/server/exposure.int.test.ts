import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  spawnServer,
  startServer,
  type ChildServer,
} from '../../tests/setup/child-server';
import { rawRequest } from '../../tests/setup/raw-http';
import { DIALECTS, openTestDb, type TestDb } from '../../tests/setup/test-db';
import { DEMO_PASSWORD, seedDemoData } from './db/seed';

const ADMIN = 'admin@demo.reliefpath.test';
const signIn = (server: ChildServer, email: string, password: string) =>
  fetch(`${server.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

/**
 * The demo outbox shows mail to whoever asks, so it may only exist where nobody else can ask:
 * a server bound to loopback, reached by a loopback URL, with no proxy in front.
 */
describe.each(DIALECTS)('a server reachable from other machines, on %s', (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    await seedDemoData(t.db, Date.now());
  });
  afterAll(() => t.close());

  it.each<Record<string, string>>([
    { HOST: '0.0.0.0' },
    { PUBLIC_URL: 'https://care.example.org' },
    { TRUST_PROXY: '1' },
  ])('refuses to start without SMTP (%o), saying what to set', async (exposed) => {
    const server = spawnServer({ DATABASE_URL: t.url, ...exposed }, await freePort());
    const started = setTimeout(() => void server.stop(), 15_000);
    expect(await server.exited).toBe(1);
    clearTimeout(started);
    expect(server.output()).toMatch(/SMTP_URL is not set/);
    expect(server.output()).toMatch(/Set SMTP_URL/);
  });

  it('with SMTP has no outbox, and the published demo password opens nothing', async () => {
    const server = await startServer({
      DATABASE_URL: t.url,
      HOST: '0.0.0.0',
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    try {
      expect(server.output()).toMatch(/Demo accounts can no longer sign in/);
      expect(server.output()).not.toMatch(DEMO_PASSWORD);
      expect((await fetch(`${server.url}/api/v1/dev/outbox`)).status).toBe(404);
      const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: object;
      };
      expect(Object.keys(doc.paths)).not.toContain('/api/v1/dev/outbox');
      expect((await signIn(server, ADMIN, DEMO_PASSWORD)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it('as a local demo still lets a newcomer sign in with an emailed link, read on this machine only', async () => {
    const server = await startServer({ DATABASE_URL: t.url });
    try {
      const asked = await fetch(`${server.url}/api/v1/auth/magic-link`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN }),
      });
      expect(asked.status).toBe(202);
      // The email goes out just after the answer.
      let mail: { to: string; body: string } | undefined;
      for (let tries = 0; !mail && tries < 50; tries++) {
        const local = await rawRequest(`${server.url}/api/v1/dev/outbox`);
        expect(local.status).toBe(200);
        mail = (JSON.parse(local.body) as { to: string; body: string }[]).find(
          (m) => m.to === ADMIN,
        );
        if (!mail) await new Promise((r) => setTimeout(r, 100));
      }
      if (!mail) throw new Error('no sign-in email reached the outbox');
      const token = /token=([\w-]+)/.exec(mail.body)![1]!;
      const verified = await fetch(`${server.url}/api/v1/auth/magic-link/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(verified.status).toBe(200);
      // A page on another site that rebinds its name to 127.0.0.1, or a proxy in front: refused.
      for (const headers of <Record<string, string>[]>[
        { host: 'attacker.example' },
        { 'x-forwarded-for': '203.0.113.9' },
        { forwarded: 'for=203.0.113.9' },
        { 'x-real-ip': '203.0.113.9' },
        { 'x-forwarded-host': 'care.example.org' },
        { via: '1.1 proxy.example.org' },
      ]) {
        const refused = await rawRequest(`${server.url}/api/v1/dev/outbox`, { headers });
        expect(refused.status, JSON.stringify(headers)).toBe(404);
        expect(refused.body).not.toContain(ADMIN);
      }
      // A full URL in the request line naming localhost, with a stranger's Host header.
      const absolute = await new Promise<string>((done) => {
        let text = '';
        const socket = connect(server.port, '127.0.0.1', () =>
          socket.write(
            'GET http://localhost/api/v1/dev/outbox HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n',
          ),
        );
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => done(text));
      });
      expect(absolute).toMatch(/^HTTP\/1\.1 404 /);
      expect(absolute).not.toContain(ADMIN);
    } finally {
      await server.stop();
    }
  });
});
