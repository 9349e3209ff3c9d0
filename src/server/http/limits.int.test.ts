import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../../../tests/setup/child-server';
import { DIALECTS, openTestDb, type TestDb } from '../../../tests/setup/test-db';
import { MAX_BODY_BYTES } from '../app';

const MB = 1024 * 1024;
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/** Writes `total` bytes of a JSON-looking body until the server answers; returns the answer. */
function sendHuge(url: string, total: number, chunked = false) {
  return new Promise<{ status: number; type: string; body: string; sent: number }>((done, fail) => {
    let sent = 0;
    let answered = false;
    const req = request(
      `${url}/api/v1/plan/preview`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': String(total) }),
        },
      },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => {
          done({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body,
            sent,
          });
          req.destroy();
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : fail(error)));
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      // A chunked sender stops and waits: the limit must bite on what has arrived so far.
      if (!answered && !chunked) req.end();
    };
    req.write('{"x":"');
    pump();
  });
}

/** Opens a raw connection and trickles `parts` one per `everyMs`; resolves with what came back. */
function trickle(port: number, parts: string[], everyMs: number) {
  return new Promise<{ text: string; ms: number }>((done) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < parts.length && !socket.destroyed) socket.write(parts[i++]!);
    }, everyMs);
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      done({ text, ms: Date.now() - started });
    });
  });
}

describe.each(DIALECTS)('request limits on a real server, on %s', (dialect) => {
  let t: TestDb;
  let server: ChildServer;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    server = await startServer({ DATABASE_URL: t.url, REQUEST_TIMEOUT_SECONDS: '2' });
  });
  afterAll(async () => {
    await server.stop();
    await t.close();
  });

  it('answers 413 problem+json to 100 MB bodies without reading them, and keeps its memory', async () => {
    const before = rssOf(server.child.pid!);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => sendHuge(server.url, 100 * MB)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(answer.type).toContain('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 413, title: 'Request too large' });
      expect(answer.sent).toBeLessThan(100 * MB);
    }
    expect(rssOf(server.child.pid!) - before).toBeLessThan(64 * MB);
  });

  it('stops a chunked body at the limit too', async () => {
    const answer = await sendHuge(server.url, 512 * 1024, true);
    expect(answer.status).toBe(413);
    expect(answer.type).toContain('application/problem+json');
  });

  it('still reads a body just under the limit', async () => {
    const body = JSON.stringify({ pad: 'a'.repeat(MAX_BODY_BYTES - 20) });
    const res = await fetch(`${server.url}/api/v1/plan/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/pad/);
  });

  it('answers headers over 16 KB with a 431 problem+json', async () => {
    const { text } = await trickle(
      server.port,
      [
        `GET /api/v1/exercises HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(32 * 1024)}\r\n\r\n`,
      ],
      10,
    );
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431 });
  });

  it('times out a body that trickles in, with a 408 problem+json', async () => {
    const head = `POST /api/v1/plan/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`;
    const { text, ms } = await trickle(server.port, [head, ...Array<string>(60).fill(' ')], 200);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toMatch(/application\/problem\+json/);
    expect(ms).toBeLessThan(8000);
  });

  it('times out headers that trickle in (slowloris)', async () => {
    const parts = [
      'GET /api/v1/exercises HTTP/1.1\r\n',
      ...Array<string>(60).fill('X-Slow: 1\r\n'),
    ];
    const { text, ms } = await trickle(server.port, parts, 200);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(8000);
  });
});
