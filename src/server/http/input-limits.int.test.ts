import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/setup/test-db';

type Schema = {
  type?: string | string[];
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

/** An anchored pattern with no *, + or {n,} outside escapes and character classes. */
function boundedPattern(pattern: string | undefined) {
  if (!pattern?.startsWith('^') || !pattern.endsWith('$')) return false;
  const bare = pattern.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return !/[*+]|\{\d+,\}/.test(bare);
}

/** Every string and array a client can send, with where it is and what bounds it lacks. */
function unbounded(schema: Schema | undefined, at: string): string[] {
  if (!schema) return [];
  const types = [schema.type].flat();
  const own: string[] = [];
  if (
    types.includes('string') &&
    schema.maxLength === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format !== 'date' &&
    schema.format !== 'date-time' &&
    !boundedPattern(schema.pattern)
  )
    own.push(`${at}: string without a length limit`);
  if (types.includes('array') && schema.maxItems === undefined)
    own.push(`${at}: array without a size limit`);
  if (types.includes('object') && schema.additionalProperties !== false && schema.properties)
    own.push(`${at}: object that accepts unknown fields`);
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([k, v]) => unbounded(v, `${at}.${k}`)),
    ...unbounded(schema.items, `${at}[]`),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap((s) =>
      unbounded(s, at),
    ),
  ];
}

describe('what the API accepts, read from its own OpenAPI document', () => {
  const ctx = useTestApp('sqlite');
  let operations: { label: string; op: Operation }[] = [];
  beforeAll(async () => {
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ label: `${method.toUpperCase()} ${path}`, op })),
    );
  });

  it('limits the length of every string and the size of every array in bodies, queries and paths', () => {
    const problems = operations.flatMap(({ label, op }) => [
      ...unbounded(op.requestBody?.content['application/json']?.schema, `${label} body`),
      ...(op.parameters ?? []).flatMap((p) => unbounded(p.schema, `${label} ${p.in} ${p.name}`)),
    ]);
    expect(operations.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('gives every path parameter a pattern, a format or a list of values', () => {
    const loose = operations.flatMap(({ label, op }) =>
      (op.parameters ?? [])
        .filter((p) => p.in === 'path' && !p.schema.pattern && !p.schema.enum && !p.schema.format)
        .map((p) => `${label} {${p.name}}`),
    );
    expect(loose).toEqual([]);
    const templated = operations.filter(({ label }) => label.includes('{'));
    for (const { label, op } of templated)
      expect(
        (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        label,
      ).toEqual([...label.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  });
});
