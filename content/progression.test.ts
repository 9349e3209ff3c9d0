import { describe, expect, it } from 'vitest';
import { parseProgression, type ProgressionContentInput } from '../src/domain/progression/stages';
import { RULE_IDS } from '../src/domain/progression/rules';
import { localize } from '../src/domain/i18n/text';
import { CATALOGS, LIBRARY, PROGRESSION } from './catalog';
import { PROGRESSION_RULES, PROGRESSION_SETTINGS, STAGES } from './progression';

const SIX = [
  'seated-piriformis',
  'figure-4',
  'cat-cow',
  'childs-pose',
  'hamstring',
  'knee-to-chest',
];
/** The ids issue 11 names for the long-term program: nothing else may appear in a stage. */
const LONG_TERM = [
  'seated-slider',
  'supine-slider',
  'tensioner',
  'abdominal-bracing',
  'dead-bug',
  'bird-dog',
  'bridge',
  'clamshell',
  'side-lying-abduction',
  'prone-press-up',
];
const HABIT_IDS = ['sitting-breaks', 'hip-hinge', 'change-position', 'walking'];

const itemsOf = (n: number) => PROGRESSION.stages[n - 1]!.items.map((i) => i.id);
const facts = (id: string) => PROGRESSION.items.find((i) => i.id === id);

describe('progression content', () => {
  it('has the four stages of issue 11, in order', () => {
    expect(PROGRESSION.stages.map((s) => [s.number, s.id, s.name])).toEqual([
      [1, 'calm', 'Calm'],
      [2, 'glide-and-activate', 'Glide and activate'],
      [3, 'strengthen', 'Strengthen'],
      [4, 'stay-well', 'Stay well'],
    ]);
    expect(itemsOf(1)).toEqual(SIX);
    expect(PROGRESSION.stages[0]!.items.every((i) => i.version === 'gentlest')).toBe(true);
    expect(itemsOf(2)).toEqual(
      expect.arrayContaining(['seated-slider', 'supine-slider', 'abdominal-bracing', 'bridge']),
    );
    expect(itemsOf(3)).toEqual(
      expect.arrayContaining([
        'dead-bug',
        'bird-dog',
        'clamshell',
        'side-lying-abduction',
        'bridge',
      ]),
    );
    expect(itemsOf(4)).toEqual(expect.arrayContaining(HABIT_IDS));
    // Strengthening has more bridge sets than activating.
    const sets = (n: number) =>
      PROGRESSION.stages[n - 1]!.items.find((i) => i.id === 'bridge')?.dose?.sets ?? 0;
    expect(sets(3)).toBeGreaterThan(sets(2));
  });

  it('uses only the library’s six, the long-term ids and the four habits', () => {
    const allowed = new Set([...SIX, ...LONG_TERM, ...HABIT_IDS]);
    for (const stage of PROGRESSION.stages)
      for (const id of stage.items.map((i) => i.id)) expect(allowed).toContain(id);
    for (const id of HABIT_IDS) expect(facts(id)?.kind).toBe('habit');
    for (const id of [...SIX, ...LONG_TERM]) expect(facts(id)?.kind).toBe('exercise');
  });

  it('keeps the tensioner for therapists and the press-up for those it centralises', () => {
    expect(facts('tensioner')).toMatchObject({ therapistOnly: true });
    expect(facts('prone-press-up')).toMatchObject({ onlyIfCentralises: true });
    const flagged = PROGRESSION.items
      .filter((i) => i.therapistOnly || i.onlyIfCentralises)
      .map((i) => i.id);
    expect(flagged.sort()).toEqual(['prone-press-up', 'tensioner']);
  });

  it('asks for 3 easy sessions, and for stages 3 and 4 less leg pain than at the start', () => {
    expect(PROGRESSION.stages.map((s) => s.unlock)).toEqual([
      { greenSessions: 3, legPainBelowBaseline: false },
      { greenSessions: 3, legPainBelowBaseline: true },
      { greenSessions: 3, legPainBelowBaseline: true },
      null,
    ]);
    expect(PROGRESSION.settings).toEqual({
      windowDays: 7,
      minLogsInWindow: 3,
      painJump: { points: 2, days: 3 },
    });
  });

  it.each([
    // Spanish runs about a tenth longer than English for the same sentence.
    [
      'English',
      'en',
      22,
      /\b(rule|threshold|baseline|MCID|NPRS|peripheral\w*|centrali[sz]\w*|stage [1-4]|green|id)\b/i,
    ],
    [
      'Spanish',
      'es',
      24,
      /\b(regla|umbral|línea base|MCID|NPRS|periféric\w*|centraliz\w*|etapa [1-4]|verde)\b/i,
    ],
  ] as const)(
    'speaks to patients plainly in %s: no rule ids, no jargon, short sentences',
    (_language, locale, longest, jargon) => {
      const { PROGRESSION: progression } = CATALOGS[locale];
      const words = [
        ...progression.rules.flatMap((r) => Object.values(r.texts)),
        ...progression.stages.flatMap((s) => [s.name, s.description]),
      ];
      for (const text of words) {
        expect(text.replace(/\{\w+\}/g, 'x'), text).not.toMatch(jargon);
        for (const id of RULE_IDS) expect(text, text).not.toContain(id);
        for (const sentence of text.replace(/\{\w+\}/g, 'x').split(/(?<=[.!?])\s+/))
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(longest);
      }
    },
  );
});

describe('parseProgression refuses bad stage data', () => {
  const good: ProgressionContentInput = {
    stages: localize(STAGES, 'en'),
    rules: localize(PROGRESSION_RULES, 'en'),
    settings: PROGRESSION_SETTINGS,
    items: PROGRESSION.items,
  };
  const refuses = (content: ProgressionContentInput, message: RegExp) =>
    expect(() => parseProgression(content)).toThrow(message);
  const withStage = (n: number, change: object) => ({
    ...good,
    stages: good.stages.map((s, i) => (i === n - 1 ? { ...s, ...change } : s)),
  });

  it('accepts the content as it is', () => {
    expect(parseProgression(good).stages).toHaveLength(4);
  });

  it('refuses an unknown item, a dose past its limits, and a dose for a habit', () => {
    refuses(withStage(2, { items: [{ id: 'brige' }] }), /unknown item brige/);
    refuses(
      withStage(3, { items: [{ id: 'bridge', dose: { sets: 5 } }] }),
      /bridge: sets is outside/,
    );
    refuses(withStage(4, { items: [{ id: 'walking', dose: { reps: 2 } }] }), /walking is a habit/);
  });

  it('refuses stages out of order, a last stage that unlocks, and a stage that does not', () => {
    refuses(withStage(2, { number: 3 }), /stage 2 comes here/);
    refuses(
      withStage(4, { unlock: { greenSessions: 3, legPainBelowBaseline: true } }),
      /last stage unlocks nothing/,
    );
    refuses(withStage(2, { unlock: null }), /say what unlocks the next stage/);
  });

  it('refuses a rule defined twice or not at all, a missing wording and an unknown value', () => {
    refuses({ ...good, rules: [...good.rules, good.rules[0]!] }, /define rule red-flag once/);
    refuses({ ...good, rules: good.rules.slice(1) }, /define rule red-flag once/);
    const changed = (texts: Record<string, string>) => ({
      ...good,
      rules: good.rules.map((r) => (r.id === 'green-sessions' ? { ...r, texts } : r)),
    });
    refuses(changed({ passed: 'Fine.' }), /green-sessions: add a wording for missing/);
    refuses(
      changed({ passed: 'Fine {days}.', missing: 'Not yet.' }),
      /\{days\} cannot be filled in/,
    );
    refuses(
      changed({ passed: 'Fine.', missing: 'No.', later: 'Soon.' }),
      /later is not one of its wordings/,
    );
  });
});

describe('progression items come from the library', () => {
  it('takes every stage exercise, its limits and its conditions from the library', () => {
    for (const stage of PROGRESSION.stages)
      for (const item of stage.items) {
        const known = facts(item.id);
        if (known?.kind === 'habit') continue;
        const exercise = LIBRARY.exercises.find((e) => e.id === item.id);
        expect(exercise, item.id).toBeDefined();
        expect(known?.therapistOnly).toBe(exercise?.therapistOnly);
        expect(known?.onlyIfCentralises).toBe(exercise?.onlyIfCentralises);
      }
    // The bridge's limits are the library's (3–5 s holds × 5–10, 2–4 sets).
    expect(facts('bridge')?.limits).toEqual({ holdSeconds: [3, 5], reps: [5, 10], sets: [2, 4] });
  });
});
