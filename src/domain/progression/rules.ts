import { z } from 'zod';
import type { Text } from '../i18n/text';

/**
 * Every progression rule, the wordings it needs (one for each way it can come out), and the
 * values each wording may name in braces, e.g. "{done} of {needed} easy sessions so far".
 * The words themselves are content (content/progression.ts); this is their shape.
 */
export const RULE_TEXT_KEYS = {
  /** A warning sign (red flag) not yet seen by a clinician ends every plan. */
  'red-flag': { passed: [], seekCare: [] },
  /** A session stopped in this stage, in the last 7 days: one stage back. */
  'stopped-session': { stepBack: ['stage'], firstStage: [] },
  /** Tingling or numbness spreading down the leg: back a stage, and no offer within 7 days. */
  'spreading-symptoms': { passed: [], missing: [], stepBack: ['stage'], firstStage: [] },
  /** Leg pain up 2 points or more within 3 days: one stage back. */
  'pain-jump': { stepBack: ['points', 'stage'], firstStage: ['points'] },
  /** Enough sessions in this stage with every check-in "continue". */
  'green-sessions': { passed: ['done', 'needed'], missing: ['done', 'needed'] },
  /** Leg pain not rising over the last 7 days (latest score not above the first). */
  'leg-pain-steady': { passed: [], rising: ['from', 'to'], tooFewLogs: ['done', 'needed'] },
  /** Leg pain down from the start by the smallest change that matters (or at 0). */
  'leg-pain-better': {
    passed: ['baseline', 'now'],
    painFree: [],
    missing: ['baseline', 'now', 'target'],
    noLog: [],
  },
  /** The offer itself: to the person, or to their therapist to approve. */
  'next-stage': { selfGuided: ['stage'], therapist: ['stage'] },
  /** The last stage is never left upward. */
  'last-stage': { text: ['stage'] },
  /** The press-up (directional preference): in only while it centralises. */
  'press-up-centralises': { offered: [], stopped: [] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type RuleId = keyof typeof RULE_TEXT_KEYS;
export type TextKey<R extends RuleId> = keyof (typeof RULE_TEXT_KEYS)[R] & string;
type Placeholder<R extends RuleId, K extends TextKey<R>> = ((typeof RULE_TEXT_KEYS)[R][K] &
  readonly string[])[number];
export type TextValues<R extends RuleId, K extends TextKey<R>> = Record<
  Placeholder<R, K>,
  string | number
>;

export const RULE_IDS = Object.keys(RULE_TEXT_KEYS) as RuleId[];

export const ProgressionRuleSchema = z.strictObject({
  id: z.enum(RULE_IDS as [RuleId, ...RuleId[]]),
  /** Patient wording, one per way the rule comes out; `{name}` is filled in. */
  texts: z.record(z.string(), z.string().min(1).max(400)),
});
export type ProgressionRule = z.infer<typeof ProgressionRuleSchema>;
/** One rule as content writes it: the compiler checks each rule has exactly its own wordings. */
export type ProgressionRuleInput = {
  [R in RuleId]: { id: R; texts: Record<TextKey<R>, string> };
}[RuleId];
/** The same, in every language: a missing translation is a type error. */
export type ProgressionRuleContent = {
  [R in RuleId]: { id: R; texts: Record<TextKey<R>, Text> };
}[RuleId];

/** What is wrong with a rule's wordings: missing or unknown keys, unknown `{values}`. */
export function checkRuleTexts(rule: ProgressionRule): string[] {
  const wanted: Record<string, readonly string[]> = RULE_TEXT_KEYS[rule.id];
  const problems: string[] = [];
  for (const key of Object.keys(wanted))
    if (!(key in rule.texts)) problems.push(`${rule.id}: add a wording for ${key}`);
  for (const [key, text] of Object.entries(rule.texts)) {
    const allowed = wanted[key];
    if (!allowed) {
      problems.push(`${rule.id}: ${key} is not one of its wordings`);
      continue;
    }
    for (const [, name] of text.matchAll(/\{([^}]*)\}/g))
      if (!allowed.includes(name ?? ''))
        problems.push(`${rule.id}.${key}: {${name}} cannot be filled in here`);
    if (text.replace(/\{[^}]*\}/g, '').match(/[{}]/))
      problems.push(`${rule.id}.${key}: a brace that is not around a value`);
  }
  return problems;
}

/**
 * A reason as the engine gives it: which rule, whether it passed, and what to tell the person;
 * with the wording's key and values, so words kept from an earlier day can be said again in
 * another language (`{stage}` is a stage's number there, its name in `text`).
 */
export type Reason = {
  rule: RuleId;
  passed: boolean;
  text: string;
  key?: string;
  values?: Record<string, string | number>;
};

/**
 * One rule's wording with its values filled in; the engine names it at run time, and reasons
 * kept from an earlier day name it again (decide.ts types both by the rule's own wordings).
 */
export function wordingText(
  rules: readonly ProgressionRule[],
  id: RuleId,
  key: string,
  values: Readonly<Record<string, string | number>>,
): string {
  const text = rules.find((r) => r.id === id)?.texts[key];
  if (text === undefined) throw new Error(`no wording ${id}.${key}`);
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name]));
}
