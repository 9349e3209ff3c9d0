import type { ProgressionRuleInput } from '../src/domain/progression/rules';
import type { ProgressionSettings, StageItem } from '../src/domain/progression/stages';
import { ALERT_RULES } from '../src/domain/monitoring/alerts';

/**
 * From a bad week to staying well: four stages, what each holds, and what unlocks the next
 * (reference/clinical-facts.md sections 3–5: move on only after 2–3 easy sessions without
 * symptoms spreading; the smallest change in pain that matters is 2 points or 30%).
 */

/** Habit lessons: short lessons with a daily habit check, not exercises with holds. */
export const HABITS = ['sitting-breaks', 'hip-hinge', 'change-position', 'walking'] as const;

const gentlest = (id: string): StageItem => ({ id, version: 'gentlest' });
const standard = (id: string): StageItem => ({ id, version: 'standard' });

export const STAGES = [
  {
    number: 1,
    id: 'calm',
    name: 'Calm',
    description:
      'Six gentle stretches, in their easiest versions. The aim is to settle the nerve and ease the pain, not to push.',
    items: [
      'seated-piriformis',
      'figure-4',
      'cat-cow',
      'childs-pose',
      'hamstring',
      'knee-to-chest',
    ].map(gentlest),
    unlock: { greenSessions: 3, legPainBelowBaseline: false },
  },
  {
    number: 2,
    id: 'glide-and-activate',
    name: 'Glide and activate',
    description:
      'Gentle nerve glides help the nerve move freely again, and easy exercises wake up the muscles of your middle and your buttocks.',
    items: [
      standard('seated-slider'),
      standard('supine-slider'),
      standard('abdominal-bracing'),
      { id: 'bridge', version: 'standard', dose: { holdSeconds: 3, reps: 5, sets: 2 } },
      standard('prone-press-up'),
    ],
    unlock: { greenSessions: 3, legPainBelowBaseline: true },
  },
  {
    number: 3,
    id: 'strengthen',
    name: 'Strengthen',
    description:
      'Exercises that make your middle, hips and buttocks stronger, so your back has more support in everyday life.',
    items: [
      standard('dead-bug'),
      standard('bird-dog'),
      standard('clamshell'),
      standard('side-lying-abduction'),
      { id: 'bridge', version: 'standard', dose: { holdSeconds: 5, reps: 8, sets: 3 } },
      standard('tensioner'),
      standard('prone-press-up'),
    ],
    unlock: { greenSessions: 3, legPainBelowBaseline: true },
  },
  {
    number: 4,
    id: 'stay-well',
    name: 'Stay well',
    description:
      'A short mix of your best exercises, plus everyday habits: breaks from sitting, lifting with your hips, changing position often and walking.',
    items: [
      standard('bird-dog'),
      { id: 'bridge', version: 'standard', dose: { holdSeconds: 5, reps: 10, sets: 2 } },
      standard('clamshell'),
      standard('seated-slider'),
      standard('knee-to-chest'),
      standard('prone-press-up'),
      ...HABITS.map(standard),
    ],
    unlock: null,
  },
] satisfies readonly {
  number: number;
  id: string;
  name: string;
  description: string;
  items: readonly StageItem[];
  unlock: { greenSessions: number; legPainBelowBaseline: boolean } | null;
}[];

export const PROGRESSION_SETTINGS = {
  windowDays: 7,
  minLogsInWindow: 3,
  // The same rise that alerts a therapist (2 points within 3 days) moves the patient back.
  painJump: { points: ALERT_RULES.painRisePoints, days: ALERT_RULES.painRiseDays },
} as const satisfies ProgressionSettings;

/** What the person is told, one wording for each way a rule can come out. */
export const PROGRESSION_RULES: ProgressionRuleInput[] = [
  {
    id: 'red-flag',
    texts: {
      passed: 'You have not told us about any warning signs.',
      seekCare:
        'You told us about a warning sign that a doctor needs to check. Please stop the exercises for now and get medical advice. Your exercise plan is paused until then.',
    },
  },
  {
    id: 'stopped-session',
    texts: {
      stepBack:
        'You stopped a session in the last few days. That was the right thing to do. We will go back to “{stage}” for a while, so things can settle. You can move on again later.',
      firstStage:
        'You stopped a session in the last few days. That was the right thing to do. Keep to the gentlest versions, and rest when you need to.',
    },
  },
  {
    id: 'spreading-symptoms',
    texts: {
      passed: 'No tingling or numbness has spread down your leg in the last 7 days.',
      missing:
        'Tingling or numbness spread down your leg in the last 7 days. We wait for a calm week before moving on.',
      stepBack:
        'Tingling or numbness spread down your leg this week. The nerve needs a rest, so we will go back to “{stage}” for a while. Nothing is lost: you can move on again when it settles.',
      firstStage:
        'Tingling or numbness spread down your leg this week. The nerve needs a rest. Keep the movements small and gentle, and talk to a physical therapist if it keeps happening.',
    },
  },
  {
    id: 'pain-jump',
    texts: {
      stepBack:
        'Your leg pain went up by {points} points in a few days. We will go back to “{stage}” for a while, until it settles. This happens, and it is not your fault.',
      firstStage:
        'Your leg pain went up by {points} points in a few days. Keep to the gentlest versions until it settles, and talk to a physical therapist if it does not.',
    },
  },
  {
    id: 'green-sessions',
    texts: {
      passed: 'Easy sessions in this stage: {done} (you need {needed}).',
      missing:
        '{done} of {needed} easy sessions so far. A session is easy when every exercise felt fine: nothing made gentler, skipped or stopped.',
    },
  },
  {
    id: 'leg-pain-steady',
    texts: {
      passed: 'Your leg pain has not gone up over the last 7 days.',
      rising:
        'Your leg pain has gone up over the last 7 days, from {from} to {to}. We wait until it is steady or going down.',
      tooFewLogs:
        'Log your leg pain on at least {needed} days a week, so we can see how it is going. Days logged in the last 7: {done} of {needed}.',
    },
  },
  {
    id: 'leg-pain-better',
    texts: {
      passed:
        'Your leg pain is down from {baseline} to {now}. That is a change that really matters.',
      painFree: 'You have no leg pain right now.',
      missing:
        'Before the next stage, your leg pain needs to come down to {target} or less. It started at {baseline} and is {now} now.',
      noLog: 'Log your leg pain in the next few days, so we can see how far it has come down.',
    },
  },
  {
    id: 'next-stage',
    texts: {
      selfGuided:
        'You are ready for the next stage: “{stage}”. You can start it now, or stay where you are for a while. Both are fine.',
      therapist:
        'You are ready for the next stage: “{stage}”. We will ask your therapist to look at it and agree it with you.',
    },
  },
  {
    id: 'last-stage',
    texts: {
      text: '“{stage}” is the last stage. Keep it up: these exercises and habits help keep your back well.',
    },
  },
  {
    id: 'press-up-centralises',
    texts: {
      offered:
        'The press-up is in your plan because it moves your leg symptoms up toward your back. That is a good sign.',
      stopped:
        'We have taken the press-up out of your plan. Your symptoms spread down your leg with it, or you had to stop during it.',
    },
  },
];
