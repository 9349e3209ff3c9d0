import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSupported } from './locale';
import { isText, localize, TextSchema, type Localized, type Text } from './text';

const text = fc.record({ en: fc.string({ minLength: 1 }), es: fc.string({ minLength: 1 }) });
/** Any JSON-like value, with Texts among its leaves. */
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((k) => k !== '__proto__'),
      tie('tree'),
      { maxKeys: 4 },
    ),
  ),
}));

/** Every Text in `value`, in order, found by a walk of this test's own. */
function textsIn(value: unknown, found: Text[] = []): Text[] {
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    if (keys.join() === 'en,es' && Object.values(value).every((v) => typeof v === 'string'))
      found.push(value as Text);
    else for (const v of Object.values(value)) textsIn(v, found);
  }
  return found;
}

describe('localize', () => {
  it('leaves no Text behind, and changes nothing else', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('en' as const, 'es' as const), (value, locale) => {
        const out = localize(value, locale);
        expect(textsIn(out)).toEqual([]);
        // Putting each Text's words back where it was gives the input's shape again.
        const texts = textsIn(value);
        const words = texts.map((t) => t[locale]);
        const strings: string[] = [];
        const collect = (v: unknown) => {
          if (typeof v === 'string') strings.push(v);
          else if (v && typeof v === 'object') Object.values(v).forEach(collect);
        };
        collect(out);
        for (const w of words) expect(strings).toContain(w);
        expect(JSON.stringify(localize(out, locale))).toBe(JSON.stringify(out));
      }),
    );
  });

  it('picks the words of the asked language', () => {
    const entry = {
      id: 'x',
      name: { en: 'Stretch', es: 'Estiramiento' },
      steps: [{ en: 'a', es: 'b' }],
    };
    const es: Localized<typeof entry> = localize(entry, 'es');
    expect(es).toEqual({ id: 'x', name: 'Estiramiento', steps: ['b'] });
    expect(localize(entry, 'en')).toEqual({ id: 'x', name: 'Stretch', steps: ['a'] });
  });

  it('knows a Text only by its exact keys', () => {
    expect(isText({ en: 'a', es: 'b' })).toBe(true);
    expect(isText({ en: 'a' })).toBe(false);
    expect(isText({ en: 'a', es: 'b', fr: 'c' })).toBe(false);
    expect(isText({ en: 'a', es: 2 })).toBe(false);
    expect(TextSchema.safeParse({ en: 'a' }).success).toBe(false);
    expect(TextSchema.safeParse({ en: 'a', es: '' }).success).toBe(false);
  });
});

describe('firstSupported', () => {
  it('takes the first language we have, by its primary subtag', () => {
    expect(firstSupported(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(firstSupported(['EN-us', 'es'])).toBe('en');
    expect(firstSupported(['de', 'pt-BR'])).toBe('en');
    expect(firstSupported([])).toBe('en');
  });
});
