import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { markSchemasPure } from './pure-schemas';

const SOURCE = `import { z } from 'zod';
export const LEVELS = ['none', 'low', 'high'] as const;
export const LevelSchema = z.enum(LEVELS);
const Range = z.tuple([z.number(), z.number()]).refine(([a, b]) => a <= b, 'low to high');
export const DoseSchema = z.strictObject({ level: LevelSchema, range: Range.default([1, 2]) });
export const LooseDoseSchema = DoseSchema.partial();
const shapeOf = <W extends z.ZodType>(words: W) => z.strictObject({ name: words });
export const NamedSchema = shapeOf(z.string());
export const counted = LEVELS.map((l) => l.length);
export const made = shapeOf(z.number());
export function levelOf(value: string) {
  return LEVELS.indexOf(value as (typeof LEVELS)[number]);
}
`;

/** Loads TypeScript source as a real module (zod resolved from this project). */
const dir = mkdtempSync(join(import.meta.dirname, '.pure-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
async function load(code: string) {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `m${files++}.mjs`);
  writeFileSync(file, js);
  return (await import(file)) as Record<string, unknown>;
}

describe('schemas marked pure for the browser build', () => {
  const marked = markSchemasPure(SOURCE, '/x/src/domain/dose.ts');

  it('wraps each schema built from z or from another schema, and nothing else', () => {
    const wrapped = [...(marked?.code ?? '').matchAll(/const (\w+) = \/\* @__PURE__ \*\//g)];
    expect(wrapped.map((m) => m[1])).toEqual([
      'LevelSchema',
      'Range',
      'DoseSchema',
      'LooseDoseSchema',
      'NamedSchema',
    ]);
    expect(marked?.code).toContain('export const counted = LEVELS.map(');
    // A factory's result is a schema only when named as one.
    expect(marked?.code).toContain('export const made = shapeOf(');
  });

  it('builds the same schemas as the source did', async () => {
    const [before, after] = await Promise.all([load(SOURCE), load(marked!.code)]);
    const parse = (m: Record<string, unknown>, name: string, value: unknown) => {
      const schema = m[name] as { safeParse: (v: unknown) => { success: boolean; data?: unknown } };
      return schema.safeParse(value);
    };
    for (const value of [
      { level: 'low' },
      { level: 'low', range: [3, 1] },
      { level: 'loud' },
      { level: 'high', range: [1, 4], extra: 1 },
    ]) {
      expect(parse(after, 'DoseSchema', value)).toEqual(parse(before, 'DoseSchema', value));
      expect(parse(after, 'LooseDoseSchema', value)).toEqual(
        parse(before, 'LooseDoseSchema', value),
      );
    }
    expect(after.counted).toEqual(before.counted);
    for (const value of [{ name: 'a' }, { name: 2 }, {}])
      expect(parse(after, 'NamedSchema', value)).toEqual(parse(before, 'NamedSchema', value));
  });

  it('leaves a module without zod as it is', () => {
    expect(markSchemasPure('export const x = make();', '/x/src/web/a.ts')).toBeNull();
  });
});
