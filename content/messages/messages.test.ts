import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { ES } from './es';
import { SERVER_EN, SERVER_ES } from './server';
import { STAFF_EN } from './staff-en';
import { STAFF_ES } from './staff-es';

/**
 * Each argument a message takes, with its kind ("count:plural", "what:argument"), read by
 * FormatJS's ICU parser: an oracle apart from Lingui, which the app formats with.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.date || element.type === TYPE.time)
        found.add(`${element.value}:date`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** The browser's catalogue and the server's own: each pair follows the same rules. */
const PAIRS = [
  ['the browser', EN as Record<string, string>, ES as Record<string, string>],
  ['the server', SERVER_EN as Record<string, string>, SERVER_ES as Record<string, string>],
  ['the staff screens', STAFF_EN as Record<string, string>, STAFF_ES as Record<string, string>],
] as const;

describe.each(PAIRS)('message catalogues of %s', (_where, en, es) => {
  it('have the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s takes the same arguments in both languages', (key) => {
    expect(argumentsOf(es[key]!)).toEqual(argumentsOf(en[key]!));
  });

  it('have a Spanish plural form for every English one', () => {
    for (const key of Object.keys(en))
      if (/plural/.test(en[key]!)) expect(es[key]).toMatch(/\bone\s*\{.*\bother\s*\{/s);
  });

  it('leave no Spanish message equal to its English one, except those that are the same', () => {
    /** A layout of arguments and a name, and the one word both languages share. */
    const sameInBoth = new Set([
      'page.title',
      'pain.scoreWithWord',
      'answer.no',
      'player.cue.out',
      'player.cue.words',
      'patient.psfsAxis',
      'builder.field',
      'admin.caption.day',
      'types.minutes',
    ]);
    const same = Object.keys(en).filter((key) => es[key] === en[key] && !sameInBoth.has(key));
    expect(same).toEqual([]);
  });
});

it('gives every message one home: the browser, the staff screens or the server', () => {
  const keys = [EN, STAFF_EN, SERVER_EN].flatMap((catalogue) => Object.keys(catalogue));
  expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
});
