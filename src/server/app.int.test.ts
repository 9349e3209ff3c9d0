import { validate, compileErrors } from '@readme/openapi-parser';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, useTestApp } from '../../tests/setup/test-db';
import { createLogger } from './http/logging';
import { createApp } from './app';

describe.each(DIALECTS)('platform routes on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  it('reports health and readiness', async () => {
    expect((await ctx.app.request('/healthz')).status).toBe(200);
    const ready = await ctx.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('publishes an OpenAPI 3.1 document that a third-party validator accepts', async () => {
    const res = await ctx.app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/plan/preview',
        '/api/v1/checkin/evaluate',
        '/api/v1/exercises',
      ]),
    );
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('documents the refusals every signed-in route can give, and where a retry is safe', async () => {
    type Op = {
      'x-access': string;
      responses: Record<string, unknown>;
      parameters?: { name: string; in: string }[];
    };
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Op>>;
    };
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ label: `${method} ${path}`, op })),
    );
    const signedIn = ops.filter(({ op }) => !['public', 'link-token'].includes(op['x-access']));
    expect(signedIn.length).toBeGreaterThan(50);
    expect(signedIn.filter(({ op }) => !op.responses['401']).map((o) => o.label)).toEqual([]);
    expect(
      signedIn
        .filter(({ op }) => op['x-access'] !== 'signed-in' && !op.responses['403'])
        .map((o) => o.label),
    ).toEqual([]);
    const idempotent = ops
      .filter(({ op }) =>
        op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
      )
      .map((o) => o.label);
    expect(idempotent.sort()).toEqual(['post /api/v1/appointments', 'post /api/v1/me/plan']);
  });

  it('serves the library by stable id and 404s an unknown one as problem+json', async () => {
    const res = await ctx.app.request('/api/v1/exercises/figure-4');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'figure-4' });
    const missing = await ctx.app.request('/api/v1/exercises/pogo-stick');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const res = await ctx.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/openapi\.json/);
  });

  it('rejects a body that is not JSON with a 415 that says how to send it', async () => {
    const res = await ctx.app.request('/api/v1/plan/preview', {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(
      /content-type: application\/json/,
    );
  });

  it('says it is not ready when the database is gone', async () => {
    const lines: string[] = [];
    const own = await openTestDb(dialect);
    const broken = createApp({
      db: own.db,
      logger: createLogger('warn', (l) => lines.push(l)),
      publicUrl: 'http://x',
      secret: 'x'.repeat(32),
    });
    await own.close();
    const res = await broken.request('/readyz');
    expect(res.status).toBe(503);
    expect(lines.join('')).toMatch(/readiness check failed/);
  });

  it('writes one structured log line per request, with its id', async () => {
    const lines: string[] = [];
    const logged = createApp({
      db: ctx.t.db,
      logger: createLogger('info', (l) => lines.push(l)),
      publicUrl: 'http://x',
      secret: 'x'.repeat(32),
    });
    await logged.request('/healthz', { headers: { 'x-request-id': 'abc-123' } });
    const entry = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      msg: 'request',
      requestId: 'abc-123',
      method: 'GET',
      path: '/healthz',
      status: 200,
    });
  });
});

describe.each(DIALECTS)('compressed answers on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  it('gzips JSON over 1 KB for a client that takes it, unpacking to the same document', async () => {
    const plain = await ctx.app.request('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const packed = await ctx.app.request('/api/openapi.json', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    const sent = Buffer.from(await packed.arrayBuffer());
    const body = gunzipSync(sent);
    expect(JSON.parse(body.toString('utf8'))).toEqual(await plain.json());
    expect(body.length).toBeGreaterThan(5 * sent.length);
  });

  it('leaves a small answer as it is', async () => {
    const res = await ctx.app.request('/api/v1/no-such-route', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(404);
    expect(
      Number(res.headers.get('content-length') ?? (await res.clone().text()).length),
    ).toBeLessThan(1024);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
