import { describe, expect, it } from 'vitest';
import { CATALOGS, CHECKIN_RULE_LIST, EMERGENCY_INSTRUCTION } from './catalog';

// Words that give an instruction away as a report of what already happened.
const PAST_TENSE = /\b(went|was|were|felt|got|spread|became|reported)\b/i;

describe('check-in rules as instructions to read before stretching', () => {
  it('words every stop rule as "Stop and call your therapist if …", in the present tense', () => {
    const stops = CHECKIN_RULE_LIST.filter((rule) => rule.action === 'stop');
    expect(stops.map((rule) => rule.id)).toEqual([
      'pain-up-two-or-more',
      'tingling-spreads',
      'numbness-spreads',
    ]);
    for (const rule of stops) {
      expect(rule.instruction, rule.id).toMatch(/^Stop and call your therapist if [a-z]/);
      expect(rule.instruction, rule.id).not.toMatch(PAST_TENSE);
      expect(rule.instruction, rule.id).toMatch(/[^.]\.$/);
    }
  });

  it('tells the reader how to ease off for every rule that switches or skips', () => {
    for (const rule of CHECKIN_RULE_LIST.filter((r) => r.action !== 'stop')) {
      expect(rule.instruction, rule.id).toMatch(/^Ease off if [a-z]/);
      expect(rule.instruction, rule.id).not.toMatch(PAST_TENSE);
    }
  });

  it('keeps the two wordings apart: a check-in reply is not an instruction', () => {
    for (const rule of CHECKIN_RULE_LIST) expect(rule.instruction).not.toBe(rule.reason);
    expect(EMERGENCY_INSTRUCTION).toMatch(/^Get emergency care/);
    expect(EMERGENCY_INSTRUCTION).not.toMatch(PAST_TENSE);
  });

  it('says the same in Spanish: every stop rule "Pare y llame…", every easing one "Afloje si…"', () => {
    const es = CATALOGS.es.CHECKIN_GUIDE;
    expect(es.rules.map((r) => r.id)).toEqual(CHECKIN_RULE_LIST.map((r) => r.id));
    for (const rule of es.rules) {
      expect(rule.instruction, rule.id).toMatch(
        rule.action === 'stop' ? /^Pare y llame a su fisioterapeuta si / : /^Afloje si /,
      );
      expect(rule.reason, rule.id).not.toBe(rule.instruction);
    }
    expect(CATALOGS.es.EMERGENCY_INSTRUCTION).toMatch(
      /^Busque atención de emergencia \(llame al 911\)/,
    );
    expect(es.words.switchingTo).toContain('{name}');
  });
});
