import { hash } from '@node-rs/argon2';
import type { Resource } from '@medplum/fhirtypes';
import { fhirErrors } from '../../tests/setup/fhir';
import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  brokenValue,
  hostileValue,
  paths,
  setAt,
  validValue,
  type JsonSchema,
} from '../../tests/setup/schema-arbitrary';
import { Client } from '../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../tests/setup/test-db';
import { createUser } from './auth/queries';

const NOW = new Date('2026-11-25T15:00:00Z');
/** Runs per operation and role: 61 operations × 4 roles × 10 ≈ 2,400 requests per database. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
/** Rate-limit counters exist to count refused attempts, so a refused request may bump one. */
const COUNTERS = new Set(['rate_limit']);

type Parameter = { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
};
type Request = { label: string; path: string; query: string; body?: string; type?: string };
type Role = 'anonymous' | 'patient' | 'therapist' | 'admin';

const MALFORMED_JSON = ['{', '{"a":', 'NaN', '{"legPain": NaN}', '[1,2', '{"a":1}}', "{'a':1}", ''];
const HOSTILE_TEXT = ['a\u0000b', 'x\u0007y', 'half \ud83d'];
const WRONG_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** Percent-encodes UTF-8 bytes, lone surrogates too (as the replacement character). */
function encodeSegment(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0').toUpperCase()}`,
    )
    .join('');
}

/** A query value as a URL carries it: text, repeated keys for arrays, JSON for the rest. */
function queryString(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return new URLSearchParams({ q: JSON.stringify(value) }).toString();
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value))
    for (const one of Array.isArray(v) ? v : [v])
      params.append(key, typeof one === 'string' ? one : JSON.stringify(one));
  return params.toString();
}

function objectOf(params: Parameter[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}

/** Every way one operation can be called badly, each wrong in one way. */
function badRequests(path: string, op: Operation): fc.Arbitrary<Request> {
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  const body = op.requestBody?.content['application/json'].schema;
  const fill = (values: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeSegment(values[name] ?? ''));
  const validPath = fc
    .record(Object.fromEntries(pathParams.map((p) => [p.name, validValue(p.schema)])))
    .map((v) => fill(v as Record<string, string>));
  const validQuery = queryParams.length
    ? validValue(objectOf(queryParams)).map(queryString)
    : fc.constant('');
  const validBody = body ? validValue(body).map((b) => JSON.stringify(b)) : fc.constant(undefined);
  const json = 'application/json';
  const kinds: fc.Arbitrary<Request>[] = [
    // Valid as far as the schema can say, so the request reaches the route's own checks.
    fc.tuple(validPath, validQuery, validBody).map(([p, q, b]) => ({
      label: 'schema-valid',
      path: p,
      query: q,
      ...(b === undefined ? {} : { body: b, type: json }),
    })),
  ];
  if (body)
    kinds.push(
      fc.tuple(validPath, validQuery, brokenValue(body)).map(([p, q, b]) => ({
        label: 'broken body',
        path: p,
        query: q,
        body: JSON.stringify(b),
        type: json,
      })),
      fc.tuple(validPath, validQuery, fc.constantFrom(...MALFORMED_JSON)).map(([p, q, b]) => ({
        label: 'malformed JSON',
        path: p,
        query: q,
        body: b,
        type: json,
      })),
      fc
        .tuple(validPath, validQuery, validBody, fc.constantFrom(...WRONG_TYPES))
        .map(([p, q, b, type]) => ({
          label: 'wrong content type',
          path: p,
          query: q,
          body: b ?? 'x=1',
          type,
        })),
    );
  if (queryParams.length)
    kinds.push(
      fc.tuple(validPath, brokenValue(objectOf(queryParams)), validBody).map(([p, q, b]) => ({
        label: 'broken query',
        path: p,
        query: queryString(q),
        ...(b === undefined ? {} : { body: b, type: json }),
      })),
    );
  if (pathParams.length)
    kinds.push(
      fc
        .tuple(
          fc.record(Object.fromEntries(pathParams.map((p) => [p.name, hostileValue.map(String)]))),
          validQuery,
          validBody,
        )
        .map(([values, q, b]) => ({
          label: 'broken path',
          path: fill(values as Record<string, string>),
          query: q,
          ...(b === undefined ? {} : { body: b, type: json }),
        })),
    );
  return fc.oneof(...kinds);
}

describe.each(DIALECTS)('fuzzing every operation in the API document on %s', (dialect) => {
  // One city's clinics: every request counts every table's rows twice, and the whole chain's
  // ~8,000 visits made that most of the file's time on PostgreSQL.
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });
  const roles = {} as Record<Role, Client>;
  let tables: string[] = [];

  async function rowCounts(): Promise<Record<string, number>> {
    const union = sql.join(
      tables.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`),
      sql` union all `,
    );
    const { rows } = await sql<{ name: string; n: number | string }>`${union}`.execute(ctx.t.db);
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
  }

  beforeAll(async () => {
    const all = await ctx.t.db.introspection.getTables();
    tables = all
      .map((t) => t.name)
      .filter((name) => !name.startsWith('kysely_') && !COUNTERS.has(name));
    roles.anonymous = new Client(ctx.app);
    roles.patient = new Client(ctx.app);
    expect((await roles.patient.signUp('Fuzz Patient', 'fuzz.patient@example.com')).status).toBe(
      200,
    );
    for (const role of ['therapist', 'admin'] as const) {
      await createUser(ctx.t.db, {
        id: `fuzz-${role}`,
        email: `fuzz.${role}@example.com`,
        name: `Fuzz ${role}`,
        role,
        passwordHash: await hash('fuzz passphrase'),
        at: NOW.getTime(),
      });
      roles[role] = new Client(ctx.app);
      expect((await roles[role].signIn(`fuzz.${role}@example.com`, 'fuzz passphrase')).status).toBe(
        200,
      );
    }
  });

  let sent = 0;
  let refused = 0;
  const operations = async () => {
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation & { 'x-access': string }>>;
    };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
  };

  /** Sends one request and checks what every answer must satisfy. */
  async function check(role: Role, method: string, req: Request) {
    // Work started by an earlier answer (a link email) must not count against this request.
    await roles[role].settled();
    const before = await rowCounts();
    const url = req.query ? `${req.path}?${req.query}` : req.path;
    // A fresh address each time, so per-address limits never hide a deeper path.
    const from = {
      'x-forwarded-for': `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
    };
    const res = await roles[role].raw(method, url, req.body, req.type, from);
    const text = await res.text();
    sent += 1;
    const where = `${method} ${url.slice(0, 200)} as ${role} (${req.label}) → ${res.status}: ${text.slice(0, 200)}`;
    expect(res.status, where).toBeLessThan(500);
    // Whatever the FHIR API answers, refusal or not, is valid FHIR R4 by an independent validator.
    if (req.path.startsWith('/fhir/'))
      expect(await fhirErrors(JSON.parse(text) as Resource), where).toEqual([]);
    if (res.status < 400) return;
    refused += 1;
    // The FHIR API explains a refusal the FHIR way, as an OperationOutcome.
    if (req.path.startsWith('/fhir/')) {
      expect(res.headers.get('content-type'), where).toContain('application/fhir+json');
      expect(JSON.parse(text) as object, where).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error' }],
      });
    } else {
      expect(res.headers.get('content-type'), where).toContain('application/problem+json');
      expect(JSON.parse(text) as object, where).toMatchObject({ status: res.status });
    }
    await roles[role].settled();
    expect(await rowCounts(), where).toEqual(before);
  }

  it('never answers 5xx, always explains a refusal as problem+json, and a refusal writes nothing', async () => {
    for (const { path, method, op } of await operations())
      for (const role of Object.keys(roles) as Role[]) {
        // Signing out would end the session the rest of the walk needs.
        if (path.endsWith('/sign-out') && role !== 'anonymous') continue;
        await fc.assert(
          fc.asyncProperty(badRequests(path, op), (req) => check(role, method, req)),
          { numRuns: RUNS },
        );
      }
    expect(sent).toBeGreaterThan(200 * RUNS);
  }, 240_000);

  it('refuses text no field may hold in every text field of every body, as the role that may send it', async () => {
    const caller = (access: string): Role =>
      access === 'signed-in' ? 'patient' : access in roles ? (access as Role) : 'anonymous';
    let fields = 0;
    for (const { path, method, op } of await operations()) {
      const schema = op.requestBody?.content['application/json'].schema;
      if (!schema) continue;
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        encodeSegment(
          String(
            fc.sample(validValue(pathParams.find((p) => p.name === name)!.schema), {
              numRuns: 1,
              seed: 7,
            })[0],
          ),
        ),
      );
      const [valid] = fc.sample(validValue(schema), { numRuns: 1, seed: 42 });
      const texts = paths(valid).filter(
        (at) =>
          typeof at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], valid) ===
          'string',
      );
      for (const at of texts)
        for (const text of HOSTILE_TEXT) {
          fields += 1;
          await check(caller(op['x-access']), method, {
            label: `hostile text at ${at.join('.')}`,
            path: filled,
            query: '',
            body: JSON.stringify(setAt(valid, at, () => text)),
            type: 'application/json',
          });
        }
    }
    expect(fields).toBeGreaterThan(100);
    console.info(`fuzz on ${dialect}: ${sent} requests, ${refused} refused, 0 answered 5xx`);
  }, 240_000);
});
