/**
 * The source of an ES module that exports these values as literals: the content catalog,
 * checked by its schemas at build time, reaches the browser as data, with no parser or schema
 * code. An object reached more than once (PLAN_RULES.library is LIBRARY.exercises) is written
 * once and shared, as in the original. Only plain data is accepted: anything else throws.
 */
export function dataModule(exports: Record<string, unknown>): string {
  const seen = new Map<object, number>();
  const count = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return checkPrimitive(value, path);
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
      throw new Error(`${path} is not plain data`);
    const times = (seen.get(value) ?? 0) + 1;
    seen.set(value, times);
    if (times > 1) return;
    for (const [key, child] of Object.entries(value)) count(child, `${path}.${key}`);
  };
  for (const [name, value] of Object.entries(exports)) count(value, name);

  const names = new Map<object, string>();
  const definitions: string[] = [];
  const open = new Set<object>();
  const literal = (value: unknown, defining?: object): string => {
    if (Object.is(value, -0)) return '-0';
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (open.has(value) && value !== defining) throw new Error('data refers to itself');
    const shared = (seen.get(value) ?? 0) > 1;
    if (shared && value !== defining) {
      let name = names.get(value);
      if (!name) {
        // Children first, so every name is defined before it is used.
        const body = literal(value, value);
        name = `$${names.size}`;
        names.set(value, name);
        definitions.push(`const ${name} = ${body};`);
      }
      return name;
    }
    open.add(value);
    const body = Array.isArray(value)
      ? `[${value.map((v) => literal(v)).join(',')}]`
      : `{${Object.entries(value)
          // A literal "__proto__" key would set the prototype; a computed one is a property.
          .map(
            ([k, v]) => `${k === '__proto__' ? '["__proto__"]' : JSON.stringify(k)}:${literal(v)}`,
          )
          .join(',')}}`;
    open.delete(value);
    return body;
  };
  const exported = Object.entries(exports).map(
    ([name, value]) => `export const ${name} = ${literal(value)};`,
  );
  return [...definitions, ...exported].join('\n') + '\n';
}

function checkPrimitive(value: unknown, path: string): void {
  const ok =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (!ok) throw new Error(`${path} is not plain data (${typeof value})`);
}
