import { describe, expect, it } from 'vitest';
import { CATALOGS, PROGRESSION } from '../../../content/catalog';
import { decideProgression, rewordReasons } from './decide';
import { progressionInputSchema, type ProgressionInputValues } from './input';

/*
 * Examples written out by hand from issue 11's rules; each expectation is stated here, not
 * computed by the engine. Today is Wednesday 2026-11-25 throughout; "the last 7 days" are
 * 2026-11-19 to 2026-11-25.
 */
const TODAY = '2026-11-25';
const Input = progressionInputSchema(PROGRESSION.items.map((i) => i.id) as [string, ...string[]]);

type Checkin = { exerciseId: string; decision: 'continue' | 'modify' | 'skip' | 'stop' };
const checkin = (
  over: Partial<Checkin & { tinglingSpread: boolean; numbnessSpread: boolean }>,
) => ({
  exerciseId: 'figure-4',
  decision: 'continue' as const,
  tinglingSpread: false,
  numbnessSpread: false,
  ...over,
});
const easy = (date: string, exerciseId = 'figure-4') => ({
  date,
  checkins: [checkin({ exerciseId }), checkin({ exerciseId: 'knee-to-chest' })],
});
const log = (date: string, legPain: number) => ({ date, legPain, backPain: 3 });
/** Steady leg pain of 4 on three days of the window. */
const STEADY = [log('2026-11-20', 4), log('2026-11-22', 4), log('2026-11-24', 4)];
const THREE_EASY = [easy('2026-11-21'), easy('2026-11-23'), easy('2026-11-24')];

function decide(values: Partial<ProgressionInputValues>) {
  const input = Input.parse({
    stage: 1,
    baseline: { legPain: 6 },
    redFlag: false,
    sessions: THREE_EASY,
    logs: STEADY,
    today: TODAY,
    ...values,
  });
  return decideProgression(input, PROGRESSION);
}
const texts = (d: ReturnType<typeof decide>) => d.reasons.map((r) => r.text);
const ids = (d: ReturnType<typeof decide>) => d.items.map((i) => i.id);

describe('offering the next stage', () => {
  it('offers stage 2 after 3 easy sessions, steady pain and nothing spreading', () => {
    const d = decide({});
    expect(d.decision).toBe('advance');
    expect(d.stage).toBe(2);
    expect(d.reasons[0]?.text).toBe(
      'You are ready for the next stage: “Glide and activate”. You can start it now, or stay where you are for a while. Both are fine.',
    );
    expect(texts(d)).toContain('Easy sessions in this stage: 3 (you need 3).');
    expect(texts(d)).toContain('Your leg pain has not gone up over the last 7 days.');
    expect(d.reasons.every((r) => r.passed)).toBe(true);
    expect(ids(d)).toEqual(['seated-slider', 'supine-slider', 'abdominal-bracing', 'bridge']);
    expect(d.items.find((i) => i.id === 'bridge')?.dose).toEqual({
      holdSeconds: 3,
      reps: 5,
      sets: 2,
    });
  });

  it('asks a therapist to approve instead when the person has one', () => {
    const d = decide({ guidance: 'therapist' });
    expect(d.decision).toBe('advance');
    expect(d.reasons[0]?.text).toMatch(/ask your therapist/);
  });

  it('waits for the third easy session, and says how many there have been', () => {
    const withModify = [
      easy('2026-11-21'),
      { date: '2026-11-23', checkins: [checkin({}), checkin({ decision: 'modify' })] },
      easy('2026-11-24'),
    ];
    const d = decide({ sessions: withModify });
    expect(d).toMatchObject({ decision: 'stay', stage: 1 });
    expect(d.reasons[0]).toMatchObject({ rule: 'green-sessions', passed: false });
    expect(d.reasons[0]?.text).toMatch(/^2 of 3 easy sessions so far\./);
    // A skipped exercise, or a session with no check-ins, is not easy either.
    const skipped = [
      ...THREE_EASY.slice(0, 2),
      { date: TODAY, checkins: [checkin({ decision: 'skip' })] },
    ];
    expect(decide({ sessions: skipped }).decision).toBe('stay');
    expect(
      decide({ sessions: [...THREE_EASY.slice(0, 2), { date: TODAY, checkins: [] }] }).decision,
    ).toBe('stay');
  });

  it('counts only sessions since the stage began', () => {
    const d = decide({ stageSince: '2026-11-22' });
    expect(d.decision).toBe('stay');
    expect(texts(d)[0]).toMatch(/^2 of 3 easy sessions/);
  });

  it('needs leg pain logged on 3 days of the last 7, and not rising', () => {
    const twoLogs = decide({ logs: [log('2026-11-20', 4), log('2026-11-24', 4)] });
    expect(twoLogs.decision).toBe('stay');
    expect(texts(twoLogs)[0]).toBe(
      'Log your leg pain on at least 3 days a week, so we can see how it is going. Days logged in the last 7: 2 of 3.',
    );
    // A log 8 days ago is outside the window.
    expect(decide({ logs: [log('2026-11-17', 4), ...STEADY.slice(1)] }).decision).toBe('stay');
    const rising = decide({ logs: [log('2026-11-19', 3), log('2026-11-22', 4), log(TODAY, 4)] });
    expect(rising.decision).toBe('stay');
    expect(texts(rising)[0]).toMatch(/gone up over the last 7 days, from 3 to 4/);
    // Up and back down again is not rising.
    const settled = decide({ logs: [log('2026-11-19', 4), log('2026-11-22', 5), log(TODAY, 4)] });
    expect(settled.decision).toBe('advance');
  });

  it('waits a calm week after spreading symptoms from before this stage began', () => {
    const spread = {
      date: '2026-11-20',
      checkins: [checkin({ tinglingSpread: true, decision: 'stop' })],
    };
    const d = decide({
      stage: 2,
      baseline: { legPain: 8 },
      sessions: [spread, ...THREE_EASY],
      stageSince: '2026-11-21',
    });
    expect(d).toMatchObject({ decision: 'stay', stage: 2 });
    expect(d.reasons[0]).toMatchObject({ rule: 'spreading-symptoms', passed: false });
    // Spreading 7 days ago (2026-11-18) is outside the window.
    const older = { ...spread, date: '2026-11-18' };
    expect(
      decide({
        stage: 2,
        baseline: { legPain: 8 },
        sessions: [older, ...THREE_EASY],
        stageSince: '2026-11-21',
      }).decision,
    ).toBe('advance');
  });

  it('offers strengthening only when leg pain is down from the start by a change that matters', () => {
    // Started at 6: the smallest change that matters is 2 points (30% would be 1.8), so 4 or less.
    const at5 = decide({
      stage: 2,
      logs: [log('2026-11-20', 5), log('2026-11-22', 5), log('2026-11-24', 5)],
    });
    expect(at5).toMatchObject({ decision: 'stay', stage: 2 });
    expect(texts(at5)[0]).toBe(
      'Before the next stage, your leg pain needs to come down to 4 or less. It started at 6 and is 5 now.',
    );
    const at4 = decide({ stage: 2 });
    expect(at4).toMatchObject({ decision: 'advance', stage: 3 });
    expect(texts(at4)).toContain(
      'Your leg pain is down from 6 to 4. That is a change that really matters.',
    );
    // Started at 3: 30% is 0.9 points, so 1 point matters and 2 is low enough.
    const low = [log('2026-11-20', 2), log('2026-11-22', 2), log('2026-11-24', 2)];
    expect(decide({ stage: 2, baseline: { legPain: 3 }, logs: low }).decision).toBe('advance');
    expect(decide({ stage: 2, baseline: { legPain: 2 }, logs: low }).decision).toBe('stay');
    // No leg pain at all is low enough, even from a start of 0.
    const none = [log('2026-11-20', 0), log('2026-11-22', 0), log('2026-11-24', 0)];
    const free = decide({ stage: 3, baseline: { legPain: 0 }, logs: none });
    expect(free).toMatchObject({ decision: 'advance', stage: 4 });
    expect(texts(free)).toContain('You have no leg pain right now.');
    // Stage 1 asks only for steady pain: 6 from a start of 6 is fine.
    const same = [log('2026-11-20', 6), log('2026-11-22', 6), log('2026-11-24', 6)];
    expect(decide({ stage: 1, logs: same }).decision).toBe('advance');
  });

  it('never moves on from the last stage', () => {
    const d = decide({ stage: 4, baseline: { legPain: 8 } });
    expect(d).toMatchObject({ decision: 'stay', stage: 4 });
    expect(texts(d)[0]).toBe(
      '“Stay well” is the last stage. Keep it up: these exercises and habits help keep your back well.',
    );
    expect(ids(d)).toEqual(
      expect.arrayContaining(['sitting-breaks', 'hip-hinge', 'change-position', 'walking']),
    );
  });
});

describe('stepping back', () => {
  const stopped = { date: '2026-11-23', checkins: [checkin({}), checkin({ decision: 'stop' })] };

  it('goes back one stage after a stopped session this week, kindly', () => {
    const d = decide({ stage: 3, sessions: [...THREE_EASY, stopped] });
    expect(d).toMatchObject({ decision: 'step-back', stage: 2 });
    expect(texts(d)).toEqual([
      'You stopped a session in the last few days. That was the right thing to do. We will go back to “Glide and activate” for a while, so things can settle. You can move on again later.',
    ]);
    expect(ids(d)).toEqual(['seated-slider', 'supine-slider', 'abdominal-bracing', 'bridge']);
  });

  it('stays at stage 1 after a stop, with the gentlest versions', () => {
    const d = decide({ stage: 1, sessions: [...THREE_EASY, stopped] });
    expect(d).toMatchObject({ decision: 'stay', stage: 1 });
    expect(texts(d)[0]).toMatch(/Keep to the gentlest versions/);
  });

  it('does not step back for a stop 8 days ago, or one before this stage began', () => {
    const old = { ...stopped, date: '2026-11-17' };
    // Outside the window: the three easy sessions since are enough.
    expect(
      decide({ stage: 2, baseline: { legPain: 8 }, sessions: [old, ...THREE_EASY] }).decision,
    ).toBe('advance');
    // Before this stage began (it was the reason for the last step back): no second step back.
    const before = decide({
      stage: 2,
      baseline: { legPain: 8 },
      sessions: [...THREE_EASY, stopped],
      stageSince: '2026-11-24',
    });
    expect(before).toMatchObject({ decision: 'stay', stage: 2 });
    expect(texts(before)[0]).toMatch(/^1 of 3 easy sessions/);
  });

  it('goes back after tingling or numbness spreads this week', () => {
    const numb = { date: '2026-11-24', checkins: [checkin({ numbnessSpread: true })] };
    const d = decide({ stage: 2, sessions: [...THREE_EASY, numb] });
    expect(d).toMatchObject({ decision: 'step-back', stage: 1 });
    expect(texts(d)[0]).toMatch(/^Tingling or numbness spread down your leg this week\. .*“Calm”/);
  });

  it('goes back when leg pain rises 2 points within 3 days', () => {
    const jump = [log('2026-11-20', 3), log('2026-11-22', 3), log('2026-11-25', 5)];
    const d = decide({ stage: 2, logs: jump });
    expect(d).toMatchObject({ decision: 'step-back', stage: 1 });
    expect(texts(d)[0]).toMatch(/^Your leg pain went up by 2 points in a few days\./);
    // The same rise over 4 days is rising pain (no offer), not a jump.
    const slow = [log('2026-11-19', 3), log('2026-11-21', 3), log('2026-11-25', 5)];
    expect(decide({ stage: 2, logs: slow })).toMatchObject({ decision: 'stay', stage: 2 });
  });

  it('names every reason to step back', () => {
    const both = {
      date: '2026-11-24',
      checkins: [checkin({ decision: 'stop', tinglingSpread: true })],
    };
    const d = decide({ stage: 4, sessions: [both], logs: [log('2026-11-23', 2), log(TODAY, 6)] });
    expect(d).toMatchObject({ decision: 'step-back', stage: 3 });
    expect(d.reasons.map((r) => r.rule)).toEqual([
      'stopped-session',
      'spreading-symptoms',
      'pain-jump',
    ]);
    expect(texts(d)[2]).toMatch(/went up by 4 points/);
  });
});

describe('warning signs', () => {
  it('stops every plan: seek care, nothing to do, start from the first stage later', () => {
    const d = decide({ stage: 3, redFlag: true });
    expect(d).toEqual({
      decision: 'seek-care',
      stage: 1,
      reasons: [
        {
          rule: 'red-flag',
          passed: false,
          text: 'You told us about a warning sign that a doctor needs to check. Please stop the exercises for now and get medical advice. Your exercise plan is paused until then.',
          key: 'seekCare',
          values: {},
        },
      ],
      items: [],
    });
  });
});

describe('items with conditions', () => {
  it('never gives the tensioner to someone self-guided, even if they list it', () => {
    expect(ids(decide({ stage: 2 }))).not.toContain('tensioner');
    expect(ids(decide({ stage: 2, prescribed: ['tensioner'] }))).not.toContain('tensioner');
    expect(ids(decide({ stage: 2, guidance: 'therapist' }))).not.toContain('tensioner');
    const prescribed = decide({ stage: 2, guidance: 'therapist', prescribed: ['tensioner'] });
    expect(prescribed.stage).toBe(3);
    expect(ids(prescribed)).toContain('tensioner');
  });

  it('offers the press-up only while it centralises', () => {
    expect(ids(decide({}))).not.toContain('prone-press-up');
    const helps = decide({ centralisesWith: ['prone-press-up'] });
    expect(ids(helps)).toContain('prone-press-up');
    expect(helps.reasons.at(-1)).toMatchObject({ rule: 'press-up-centralises', passed: true });
    const spreadOnce = {
      date: '2026-11-10',
      checkins: [checkin({ exerciseId: 'prone-press-up', tinglingSpread: true })],
    };
    const out = decide({
      centralisesWith: ['prone-press-up'],
      sessions: [spreadOnce, ...THREE_EASY],
    });
    expect(out.decision).toBe('advance');
    expect(ids(out)).not.toContain('prone-press-up');
    expect(out.reasons.at(-1)?.text).toMatch(/taken the press-up out/);
  });
});

describe('the input', () => {
  it('refuses dates after today and two logs on one day, saying where', () => {
    const future = Input.safeParse({
      stage: 1,
      baseline: { legPain: 5 },
      redFlag: false,
      sessions: [{ date: '2026-11-26', checkins: [] }],
      logs: [log(TODAY, 3), log(TODAY, 4)],
      today: TODAY,
    });
    expect(future.success).toBe(false);
    // Each names its message (worded by the server's catalogue) and the day it is about.
    const said = future.error?.issues.map((i) => [
      i.path.join('.'),
      i.message,
      i.code === 'custom' ? i.params : undefined,
    ]);
    expect(said).toEqual([
      ['sessions.0.date', 'issue.afterToday', { today: '2026-11-25' }],
      ['logs.1.date', 'issue.secondLog', { date: '2026-11-25' }],
    ]);
  });

  it('refuses items the app does not know', () => {
    const bad = Input.safeParse({
      stage: 5,
      baseline: { legPain: 5 },
      redFlag: false,
      sessions: [{ date: TODAY, checkins: [checkin({ exerciseId: 'brige' })] }],
      logs: [],
      today: TODAY,
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'stage',
      'sessions.0.checkins.0.exerciseId',
    ]);
  });
});

describe('reasons kept from an earlier day', () => {
  it('are said again in Spanish, stage names included, with the same rules and outcomes', () => {
    const english = decide({ stage: 2, redFlag: false });
    const spanish = rewordReasons(english.reasons, CATALOGS.es.PROGRESSION);
    expect(spanish.map((r) => [r.rule, r.passed])).toEqual(
      english.reasons.map((r) => [r.rule, r.passed]),
    );
    for (const [i, reason] of spanish.entries()) {
      expect(reason.text).not.toBe(english.reasons[i]!.text);
      // Every stage named in English is named in Spanish.
      for (const stage of CATALOGS.en.PROGRESSION.stages)
        if (english.reasons[i]!.text.includes(`“${stage.name}”`))
          expect(reason.text).toContain(
            `«${CATALOGS.es.PROGRESSION.stages.find((s) => s.number === stage.number)!.name}»`,
          );
    }
    const offer = {
      rule: 'next-stage' as const,
      passed: true,
      text: 'kept in English',
      key: 'selfGuided',
      values: { stage: 3 },
    };
    expect(rewordReasons([offer], CATALOGS.es.PROGRESSION)[0]!.text).toMatch(
      /^Está listo para la siguiente etapa: «Fortalecer»\./,
    );
    // Words kept before wordings had keys stay as written.
    const old = { rule: 'red-flag' as const, passed: true, text: 'As it was.' };
    expect(rewordReasons([old], CATALOGS.es.PROGRESSION)).toEqual([old]);
  });
});
