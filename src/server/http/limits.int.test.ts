import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../../../tests/setup/child-server';
import { DIALECTS, openTestDb, type TestDb } from '../../../tests/setup/test-db';
import { MAX_BODY_BYTES } from '../app';

const MB = 1024 * 1024;
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/**
 * Sends a JSON-looking body of `total` bytes over a raw socket, as fast as the server takes
 * it, until the server answers or closes; returns the answer and how much was sent. (A raw
 * socket, because a closed connection must not hide an answer that already arrived.)
 */
function sendHuge(port: number, total: number, chunked = false) {
  return new Promise<{ status: number; type: string; body: string; sent: number }>((done) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let sent = 0;
    const head = chunked ? 'transfer-encoding: chunked' : `content-length: ${total}`;
    socket.write(
      `POST /api/v1/plan/preview HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n${head}\r\n\r\n`,
    );
    const piece = Buffer.alloc(256 * 1024, 'a');
    const frame = chunked
      ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
      : piece;
    const pump = () => {
      while (text === '' && !socket.destroyed && sent < total) {
        sent += piece.length;
        if (!socket.write(frame)) return void socket.once('drain', pump);
      }
    };
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      done({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(headers)?.[1] ?? 0),
        type: /content-type: ([^\r\n]+)/i.exec(headers)?.[1] ?? '',
        body,
        sent,
      });
    });
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
      Array.from({ length: 8 }, () => sendHuge(server.port, 100 * MB)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(answer.type).toContain('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 413, title: 'Request too large' });
      expect(answer.sent).toBeLessThan(100 * MB);
    }
    const grown = rssOf(server.child.pid!) - before;
    console.info(
      `8 × 100 MB bodies on ${dialect}: server memory grew ${(grown / MB).toFixed(1)} MB`,
    );
    expect(grown).toBeLessThan(64 * MB);
  });

  it('stops a chunked body at the limit too', async () => {
    const answer = await sendHuge(server.port, 4 * MB, true);
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

  it('takes a POST that sends no body and says no length (curl -X POST) as having none', async () => {
    const { text } = await trickle(
      server.port,
      ['POST /api/v1/auth/sign-out HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
      10,
    );
    // The route itself answers (no session to end), not the JSON-only rule for bodies (415).
    expect(text).toMatch(/^HTTP\/1\.1 401 /);
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

  it('answers a request on a connection left idle for 6 s, as pooled clients and proxies send', async () => {
    const answers = await new Promise<string[]>((done, fail) => {
      const socket = connect(server.port, '127.0.0.1');
      const request = 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n';
      const seen: string[] = [];
      socket.on('data', (d) => {
        seen.push(d.toString());
        if (seen.length === 1) setTimeout(() => socket.write(request), 6000);
        else socket.end();
      });
      socket.on('error', fail);
      socket.on('close', () => done(seen));
      socket.write(request);
    });
    expect(answers.map((a) => a.split('\r\n')[0])).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
  });

  it.each([
    ['a Host header that is not a host name', 'GET /api/v1/exercises HTTP/1.1\r\nHost: a b\r\n'],
    ['a port out of range', 'GET /api/v1/exercises HTTP/1.1\r\nHost: a_b:99999\r\n'],
    ['a backslash in the path', 'GET /api\\v1/exercises HTTP/1.1\r\nHost: localhost\r\n'],
    ['a POST to a page', 'POST /anything HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n'],
    ['a DELETE of the health check', 'DELETE /healthz HTTP/1.1\r\nHost: localhost\r\n'],
    [
      'a user name in the request line',
      'GET http://a@localhost/api/v1/exercises HTTP/1.1\r\nHost: localhost\r\n',
    ],
    ['a Host that no URL takes', 'GET /api/v1/exercises HTTP/1.1\r\nHost: xn--\r\n'],
    [
      'an impossible address as Host',
      'POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 256.0.0.1\r\nContent-Length: 0\r\n',
    ],
    ['a proxy tunnel request', 'CONNECT localhost:80 HTTP/1.1\r\nHost: localhost\r\n'],
  ])('answers %s with problem+json', async (_what, head) => {
    const { text } = await trickle(server.port, [`${head}Connection: close\r\n\r\n`], 10);
    expect(text).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(text).toMatch(/content-type: application\/problem\+json/i);
  });
});
