import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS, type Catalog } from '../../content/catalog';
import { LOCALES } from '../domain/i18n/locale';
import { dataModule } from './data-module';

/** The module as a browser would load it: evaluated by the JavaScript engine, not by us. */
const load = (source: string) =>
  import(`data:text/javascript,${encodeURIComponent(source)}`) as Promise<Record<string, unknown>>;

describe('content as a data module', () => {
  it.each(LOCALES)(
    'gives the browser the catalog in %s exactly as the server parses it, sharing what it shares',
    async (locale) => {
      const catalog = CATALOGS[locale];
      const built = await load(dataModule({ ...catalog }));
      expect(Object.keys(built).sort()).toEqual(Object.keys(catalog).sort());
      for (const [name, value] of Object.entries(catalog)) expect(built[name]).toStrictEqual(value);
      const { LIBRARY, PLAN_RULES } = built as unknown as Catalog;
      // One copy of the library, as on the server.
      expect(PLAN_RULES.library).toBe(LIBRARY.exercises);
      expect(PLAN_RULES.exercises[0]).toBe(
        LIBRARY.exercises.find((e) => e.id === PLAN_RULES.exercises[0]!.id),
      );
    },
  );

  it('gives each language its own words, and the module of one carries no other', async () => {
    const [en, es] = await Promise.all(LOCALES.map((l) => load(dataModule({ ...CATALOGS[l] }))));
    const flags = (c: Record<string, unknown>) => (c as unknown as Catalog).PLAN_RULES.redFlags;
    expect(flags(es!).map((f) => f.id)).toEqual(flags(en!).map((f) => f.id));
    expect(flags(es!)[0]!.question).toMatch(/entumecimiento/);
    expect(JSON.stringify(en)).not.toMatch(/entumecimiento/);
  });

  it('writes any plain data back as it was, and a shared part once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.jsonValue(), async (a, shared) => {
        const part = { shared };
        const built = await load(dataModule({ a, b: [part, part], c: { part } }));
        expect(built.a).toStrictEqual(a);
        const b = built.b as unknown[];
        expect(b[0]).toStrictEqual(part);
        expect(b[1]).toBe(b[0]);
        expect((built.c as { part: unknown }).part).toBe(b[0]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a "__proto__" key as a property of its own, as JSON does', async () => {
    const tricky = JSON.parse('{"__proto__":{"polluted":true},"x":-0}') as Record<string, unknown>;
    const built = await load(dataModule({ tricky }));
    expect(built.tricky).toStrictEqual(tricky);
    expect(Object.getPrototypeOf(built.tricky)).toBe(Object.prototype);
    expect(Object.is((built.tricky as { x: number }).x, -0)).toBe(true);
  });

  it('refuses what is not plain data, naming where it is', () => {
    expect(() => dataModule({ x: { when: new Date(0) } })).toThrow(/x\.when is not plain data/);
    expect(() => dataModule({ x: [() => 1] })).toThrow(/x\.0 is not plain data/);
    expect(() => dataModule({ x: { n: Number.NaN } })).toThrow(/x\.n/);
    expect(() => dataModule({ x: { u: undefined } })).toThrow(/x\.u/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => dataModule({ loop })).toThrow(/refers to itself/);
  });
});
