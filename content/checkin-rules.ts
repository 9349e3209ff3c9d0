import type { CheckinRuleInput } from '../src/domain/safety/checkin';

/** The article's stop/modify signs, checked after every exercise. */
export const CHECKIN_RULES = [
  {
    id: 'pain-up-two-or-more',
    symptom: 'painUpALot',
    action: 'stop',
    reason:
      'Your pain went up by 2 points or more. That is a sign to stop for today and let things settle.',
  },
  {
    id: 'pain-up-slightly',
    symptom: 'painUp',
    action: 'modify',
    ease: ['neuralTension', 'lumbarFlexion', 'forwardBend'],
    otherwise: 'skip',
    reason:
      'Your pain went up a little. Stretches should ease pain, not add to it, so we go gentler.',
  },
  {
    id: 'tingling-spreads',
    symptom: 'tinglingSpread',
    action: 'stop',
    reason:
      'Tingling that spreads further down the leg means the nerve is more irritated. Stop here.',
  },
  {
    id: 'numbness-spreads',
    symptom: 'numbnessSpread',
    action: 'stop',
    reason:
      'Numbness that spreads further down the leg means the nerve is more irritated. Stop here.',
  },
  {
    id: 'sharp-pain',
    symptom: 'sharpPain',
    action: 'modify',
    ease: ['forwardBend', 'lumbarFlexion'],
    otherwise: 'skip',
    reason: 'A sharp feeling means this position asks too much right now, so we bend less.',
  },
  {
    id: 'balance-unsafe',
    symptom: 'lostBalance',
    action: 'modify',
    ease: ['balance'],
    otherwise: 'skip',
    reason: 'Feeling unsteady raises the risk of a fall, so we move to a steadier position.',
  },
] as const satisfies readonly CheckinRuleInput[];

/** Shown when a session ends early. */
export const STOP_ADVICE = [
  'Rest in whatever position eases your symptoms most.',
  'If it has not settled by tomorrow, or keeps coming back, talk to a physical therapist before stretching again.',
  'Get urgent care if you notice numbness between your legs, a change in bladder or bowel control, or weakness in both legs.',
] as const;
