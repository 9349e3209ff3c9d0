import type { CheckinRuleInput } from '../src/domain/safety/checkin';

/**
 * The article's stop/modify signs, checked after every exercise. Each has two wordings: the
 * `reason` the app gives after a check-in matched, and the `instruction` to read beforehand
 * (the printed handout lists them).
 */
export const CHECKIN_RULES = [
  {
    id: 'pain-up-two-or-more',
    symptom: 'painUpALot',
    action: 'stop',
    reason:
      'Your pain went up by 2 points or more. That is a sign to stop for today and let things settle.',
    instruction:
      'Stop and call your therapist if your pain goes up by 2 points or more (on the 0 to 10 scale) during a stretch.',
  },
  {
    id: 'pain-up-slightly',
    symptom: 'painUp',
    action: 'modify',
    ease: ['neuralTension', 'lumbarFlexion', 'forwardBend'],
    otherwise: 'skip',
    reason:
      'Your pain went up a little. Stretches should ease pain, not add to it, so we go gentler.',
    instruction:
      'Ease off if your pain goes up by 1 point: stretch less far, or skip that stretch for today.',
  },
  {
    id: 'tingling-spreads',
    symptom: 'tinglingSpread',
    action: 'stop',
    reason:
      'Tingling that spreads further down the leg means the nerve is more irritated. Stop here.',
    instruction: 'Stop and call your therapist if tingling spreads further down your leg.',
  },
  {
    id: 'numbness-spreads',
    symptom: 'numbnessSpread',
    action: 'stop',
    reason:
      'Numbness that spreads further down the leg means the nerve is more irritated. Stop here.',
    instruction: 'Stop and call your therapist if numbness spreads further down your leg.',
  },
  {
    id: 'sharp-pain',
    symptom: 'sharpPain',
    action: 'modify',
    ease: ['forwardBend', 'lumbarFlexion'],
    otherwise: 'skip',
    reason: 'A sharp feeling means this position asks too much right now, so we bend less.',
    instruction: 'Ease off if a stretch feels sharp: bend less, or skip that stretch for today.',
  },
  {
    id: 'balance-unsafe',
    symptom: 'lostBalance',
    action: 'modify',
    ease: ['balance'],
    otherwise: 'skip',
    reason: 'Feeling unsteady raises the risk of a fall, so we move to a steadier position.',
    instruction:
      'Ease off if you feel unsteady: hold on to something sturdy, or skip that stretch for today.',
  },
] as const satisfies readonly CheckinRuleInput[];

/** The handout's last line: the signs that need emergency care, not a call to the therapist. */
export const EMERGENCY_INSTRUCTION =
  'Get emergency care (call 911) if you notice numbness between your legs, a new change in bladder or bowel control, or weakness in both legs.';

/** Shown when a session ends early. */
export const STOP_ADVICE = [
  'Rest in whatever position eases your symptoms most.',
  'If it has not settled by tomorrow, or keeps coming back, talk to a physical therapist before stretching again.',
  'Get urgent care if you notice numbness between your legs, a change in bladder or bowel control, or weakness in both legs.',
] as const;
