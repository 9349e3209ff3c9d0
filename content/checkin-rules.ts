import type { Text } from '../src/domain/i18n/text';
import type { CheckinRuleContent, CheckinWordsContent } from '../src/domain/safety/checkin';

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
    reason: {
      en: 'Your pain went up by 2 points or more. That is a sign to stop for today and let things settle.',
      es: 'Su dolor subió 2 puntos o más. Es una señal para parar por hoy y dejar que se calme.',
    },
    instruction: {
      en: 'Stop and call your therapist if your pain goes up by 2 points or more (on the 0 to 10 scale) during a stretch.',
      es: 'Pare y llame a su fisioterapeuta si el dolor sube 2 puntos o más (en la escala del 0 al 10) durante un estiramiento.',
    },
  },
  {
    id: 'pain-up-slightly',
    symptom: 'painUp',
    action: 'modify',
    ease: ['neuralTension', 'lumbarFlexion', 'forwardBend'],
    otherwise: 'skip',
    reason: {
      en: 'Your pain went up a little. Stretches should ease pain, not add to it, so we go gentler.',
      es: 'Su dolor subió un poco. Los estiramientos deben aliviar el dolor, no aumentarlo, así que vamos más suave.',
    },
    instruction: {
      en: 'Ease off if your pain goes up by 1 point: stretch less far, or skip that stretch for today.',
      es: 'Afloje si el dolor sube 1 punto: estire menos, o deje ese estiramiento por hoy.',
    },
  },
  {
    id: 'tingling-spreads',
    symptom: 'tinglingSpread',
    action: 'stop',
    reason: {
      en: 'Tingling that spreads further down the leg means the nerve is more irritated. Stop here.',
      es: 'Si el hormigueo baja más por la pierna, el nervio está más irritado. Pare aquí.',
    },
    instruction: {
      en: 'Stop and call your therapist if tingling spreads further down your leg.',
      es: 'Pare y llame a su fisioterapeuta si el hormigueo baja más por la pierna.',
    },
  },
  {
    id: 'numbness-spreads',
    symptom: 'numbnessSpread',
    action: 'stop',
    reason: {
      en: 'Numbness that spreads further down the leg means the nerve is more irritated. Stop here.',
      es: 'Si el entumecimiento baja más por la pierna, el nervio está más irritado. Pare aquí.',
    },
    instruction: {
      en: 'Stop and call your therapist if numbness spreads further down your leg.',
      es: 'Pare y llame a su fisioterapeuta si el entumecimiento baja más por la pierna.',
    },
  },
  {
    id: 'sharp-pain',
    symptom: 'sharpPain',
    action: 'modify',
    ease: ['forwardBend', 'lumbarFlexion'],
    otherwise: 'skip',
    reason: {
      en: 'A sharp feeling means this position asks too much right now, so we bend less.',
      es: 'Un dolor agudo quiere decir que esta postura exige demasiado por ahora, así que nos doblamos menos.',
    },
    instruction: {
      en: 'Ease off if a stretch feels sharp: bend less, or skip that stretch for today.',
      es: 'Afloje si un estiramiento da un dolor agudo: dóblese menos, o deje ese estiramiento por hoy.',
    },
  },
  {
    id: 'balance-unsafe',
    symptom: 'lostBalance',
    action: 'modify',
    ease: ['balance'],
    otherwise: 'skip',
    reason: {
      en: 'Feeling unsteady raises the risk of a fall, so we move to a steadier position.',
      es: 'Sentirse inestable aumenta el riesgo de caerse, así que pasamos a una postura más firme.',
    },
    instruction: {
      en: 'Ease off if you feel unsteady: hold on to something sturdy, or skip that stretch for today.',
      es: 'Afloje si se siente inestable: agárrese de algo firme, o deje ese estiramiento por hoy.',
    },
  },
] as const satisfies readonly CheckinRuleContent[];

export const CHECKIN_WORDS = {
  allClear: {
    en: 'No warning signs reported: carry on at the same gentle pace.',
    es: 'No anotó ninguna señal de alarma: siga al mismo ritmo suave.',
  },
  switchingTo: { en: 'Switching to: {name}.', es: 'Cambiamos a: {name}.' },
} as const satisfies CheckinWordsContent;

/** The handout's last line: the signs that need emergency care, not a call to the therapist. */
export const EMERGENCY_INSTRUCTION: Text = {
  en: 'Get emergency care (call 911) if you notice numbness between your legs, a new change in bladder or bowel control, or weakness in both legs.',
  es: 'Busque atención de emergencia (llame al 911) si nota entumecimiento entre las piernas, un cambio nuevo al controlar la orina o el intestino, o debilidad en las dos piernas.',
};

/** Shown when a session ends early. */
export const STOP_ADVICE: readonly Text[] = [
  {
    en: 'Rest in whatever position eases your symptoms most.',
    es: 'Descanse en la postura que más le alivie los síntomas.',
  },
  {
    en: 'If it has not settled by tomorrow, or keeps coming back, talk to a physical therapist before stretching again.',
    es: 'Si mañana no se ha calmado, o sigue volviendo, hable con un fisioterapeuta antes de volver a estirar.',
  },
  {
    en: 'Get urgent care if you notice numbness between your legs, a change in bladder or bowel control, or weakness in both legs.',
    es: 'Busque atención urgente si nota entumecimiento entre las piernas, un cambio al controlar la orina o el intestino, o debilidad en las dos piernas.',
  },
];
