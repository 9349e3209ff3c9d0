import fc from 'fast-check';

/** The JSON Schema the API document uses for bodies and parameters (draft 2020-12 subset). */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  anyOf?: JsonSchema[];
  default?: unknown;
};

const day = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/**
 * Values that the schema itself allows: the starting point that mutations then break in one
 * place, so each bad request is wrong in exactly one way the API must name.
 */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(validValue));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      return fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validValue(v)])),
        { requiredKeys: Object.keys(props).filter((k) => required.has(k)) },
      );
    }
    case 'array':
      return fc.array(validValue(schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'string':
      if (schema.format === 'date-time') return day;
      if (schema.format === 'date') return day.map((d) => d.slice(0, 10));
      // Plain addresses: every validator takes them, so the rest of the request is what's tested.
      if (schema.format === 'email')
        return fc.stringMatching(/^[a-z][a-z0-9]{0,9}@[a-z]{2,10}\.(com|org|net)$/);
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 20, 20),
      });
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      const step = schema.multipleOf ?? (type === 'integer' ? 1 : 0);
      if (step === 0) return fc.double({ min, max, noNaN: true });
      return fc
        .integer({ min: Math.ceil(min / step), max: Math.floor(max / step) })
        .map((n) => n * step);
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue();
  }
}

/** Values no field of any type should take without a 4xx that says so. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    -1,
    0,
    1.5,
    -1e308,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud83d',
    '\u202e\u0007',
    '2026-02-30',
    '2026-13-01T25:61:00Z',
    '0000-00-00T00:00:00Z',
    '9999-12-31',
    '../../etc/passwd',
    "'; drop table user_account; --",
    '<script>alert(1)</script>',
    '%00',
    [],
    {},
    [[[[[]]]]],
    JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown,
    JSON.parse('{"__proto__": {"admin": true}}') as unknown,
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
  // Any code point, controls and lone surrogates included.
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.string({ minLength: 1, maxLength: 10 }).map((s) => `${s}\u0000`),
  fc.integer(),
  fc.double(),
  fc.constant('x'.repeat(60_000)),
  fc.constant('é'.repeat(20_000)),
);

/** Every place in a value where something sits: [] is the value itself. */
export function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

export function setAt(
  value: unknown,
  at: (string | number)[],
  replace: (old: unknown) => unknown,
): unknown {
  if (at.length === 0) return replace(value);
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, replace);
  return copy;
}

const DELETE = Symbol('delete');
function removeAt(value: unknown, at: (string | number)[]): unknown {
  const cleaned = setAt(value, at, () => DELETE);
  return JSON.parse(
    JSON.stringify(cleaned, (_k, v: unknown) => (v === DELETE ? undefined : v)),
  ) as unknown;
}

/** One valid value broken in one place: a wrong value, a missing field or a stranger field. */
export function brokenValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  return validValue(schema).chain((valid) => {
    const places = paths(valid);
    const place = fc.constantFrom(...places);
    const keyed = places.filter((p) => p.length > 0);
    return fc.oneof(
      fc.tuple(place, hostileValue).map(([at, bad]) => setAt(valid, at, () => bad)),
      ...(keyed.length > 0 ? [fc.constantFrom(...keyed).map((at) => removeAt(valid, at))] : []),
      fc
        .tuple(place, fc.constantFrom('extra', 'isAdmin', '__proto__', 'constructor'), hostileValue)
        .map(([at, key, bad]) =>
          setAt(valid, at, (old) =>
            old && typeof old === 'object' && !Array.isArray(old) ? { ...old, [key]: bad } : old,
          ),
        ),
    );
  });
}
