import type { Text } from '../src/domain/i18n/text';
import type { ProgressionRuleContent } from '../src/domain/progression/rules';
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
    name: { en: 'Calm', es: 'Calmar' },
    description: {
      en: 'Six gentle stretches, in their easiest versions. The aim is to settle the nerve and ease the pain, not to push.',
      es: 'Seis estiramientos suaves, en sus versiones más fáciles. La meta es calmar el nervio y aliviar el dolor, no forzar.',
    },
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
    name: { en: 'Glide and activate', es: 'Deslizar y activar' },
    description: {
      en: 'Gentle nerve glides help the nerve move freely again, and easy exercises wake up the muscles of your middle and your buttocks.',
      es: 'Los deslizamientos suaves ayudan al nervio a moverse libre otra vez. Unos ejercicios fáciles despiertan los músculos de la cintura y de los glúteos.',
    },
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
    name: { en: 'Strengthen', es: 'Fortalecer' },
    description: {
      en: 'Exercises that make your middle, hips and buttocks stronger, so your back has more support in everyday life.',
      es: 'Ejercicios que fortalecen la cintura, las caderas y los glúteos, para que la espalda tenga más apoyo en la vida diaria.',
    },
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
    name: { en: 'Stay well', es: 'Seguir bien' },
    description: {
      en: 'A short mix of your best exercises, plus everyday habits: breaks from sitting, lifting with your hips, changing position often and walking.',
      es: 'Una mezcla corta de sus mejores ejercicios y hábitos diarios: pausas al estar sentado, levantar con las caderas, moverse seguido y caminar.',
    },
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
  name: Text;
  description: Text;
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
export const PROGRESSION_RULES: ProgressionRuleContent[] = [
  {
    id: 'red-flag',
    texts: {
      passed: {
        en: 'You have not told us about any warning signs.',
        es: 'No nos ha contado ninguna señal de alarma.',
      },
      seekCare: {
        en: 'You told us about a warning sign that a doctor needs to check. Please stop the exercises for now and get medical advice. Your exercise plan is paused until then.',
        es: 'Nos contó una señal de alarma que un médico debe revisar. Por favor, deje los ejercicios por ahora y pida consejo médico. Su plan de ejercicios queda en pausa hasta entonces.',
      },
    },
  },
  {
    id: 'stopped-session',
    texts: {
      stepBack: {
        en: 'You stopped a session in the last few days. That was the right thing to do. We will go back to “{stage}” for a while, so things can settle. You can move on again later.',
        es: 'Paró una sesión en los últimos días. Hizo bien. Vamos a volver a «{stage}» por un tiempo, para que las cosas se calmen. Más adelante podrá avanzar otra vez.',
      },
      firstStage: {
        en: 'You stopped a session in the last few days. That was the right thing to do. Keep to the gentlest versions, and rest when you need to.',
        es: 'Paró una sesión en los últimos días. Hizo bien. Siga con las versiones más suaves y descanse cuando lo necesite.',
      },
    },
  },
  {
    id: 'spreading-symptoms',
    texts: {
      passed: {
        en: 'No tingling or numbness has spread down your leg in the last 7 days.',
        es: 'En los últimos 7 días, el hormigueo o el entumecimiento no ha bajado por la pierna.',
      },
      missing: {
        en: 'Tingling or numbness spread down your leg in the last 7 days. We wait for a calm week before moving on.',
        es: 'En los últimos 7 días, el hormigueo o el entumecimiento bajó por la pierna. Esperamos a tener una semana tranquila antes de avanzar.',
      },
      stepBack: {
        en: 'Tingling or numbness spread down your leg this week. The nerve needs a rest, so we will go back to “{stage}” for a while. Nothing is lost: you can move on again when it settles.',
        es: 'Esta semana, el hormigueo o el entumecimiento bajó por la pierna. El nervio necesita descansar, así que vamos a volver a «{stage}» por un tiempo. No pierde nada: podrá avanzar otra vez cuando se calme.',
      },
      firstStage: {
        en: 'Tingling or numbness spread down your leg this week. The nerve needs a rest. Keep the movements small and gentle, and talk to a physical therapist if it keeps happening.',
        es: 'Esta semana, el hormigueo o el entumecimiento bajó por la pierna. El nervio necesita descansar. Haga los movimientos pequeños y suaves, y hable con un fisioterapeuta si le sigue pasando.',
      },
    },
  },
  {
    id: 'pain-jump',
    texts: {
      stepBack: {
        en: 'Your leg pain went up by {points} points in a few days. We will go back to “{stage}” for a while, until it settles. This happens, and it is not your fault.',
        es: 'El dolor de la pierna subió {points} puntos en pocos días. Vamos a volver a «{stage}» por un tiempo, hasta que se calme. Esto pasa, y no es su culpa.',
      },
      firstStage: {
        en: 'Your leg pain went up by {points} points in a few days. Keep to the gentlest versions until it settles, and talk to a physical therapist if it does not.',
        es: 'El dolor de la pierna subió {points} puntos en pocos días. Siga con las versiones más suaves hasta que se calme, y hable con un fisioterapeuta si no se calma.',
      },
    },
  },
  {
    id: 'green-sessions',
    texts: {
      passed: {
        en: 'Easy sessions in this stage: {done} (you need {needed}).',
        es: 'Sesiones fáciles en esta etapa: {done} (necesita {needed}).',
      },
      missing: {
        en: '{done} of {needed} easy sessions so far. A session is easy when every exercise felt fine: nothing made gentler, skipped or stopped.',
        es: '{done} de {needed} sesiones fáciles hasta ahora. Una sesión es fácil cuando todos los ejercicios se sintieron bien: nada se hizo más suave, se saltó o se paró.',
      },
    },
  },
  {
    id: 'leg-pain-steady',
    texts: {
      passed: {
        en: 'Your leg pain has not gone up over the last 7 days.',
        es: 'El dolor de la pierna no ha subido en los últimos 7 días.',
      },
      rising: {
        en: 'Your leg pain has gone up over the last 7 days, from {from} to {to}. We wait until it is steady or going down.',
        es: 'El dolor de la pierna subió en los últimos 7 días, de {from} a {to}. Esperamos a que se mantenga igual o baje.',
      },
      tooFewLogs: {
        en: 'Log your leg pain on at least {needed} days a week, so we can see how it is going. Days logged in the last 7: {done} of {needed}.',
        es: 'Anote el dolor de la pierna por lo menos {needed} días a la semana, para que podamos ver cómo va. Días anotados en los últimos 7: {done} de {needed}.',
      },
    },
  },
  {
    id: 'leg-pain-better',
    texts: {
      passed: {
        en: 'Your leg pain is down from {baseline} to {now}. That is a change that really matters.',
        es: 'El dolor de la pierna bajó de {baseline} a {now}. Es un cambio que de verdad importa.',
      },
      painFree: { en: 'You have no leg pain right now.', es: 'Ahora no tiene dolor en la pierna.' },
      missing: {
        en: 'Before the next stage, your leg pain needs to come down to {target} or less. It started at {baseline} and is {now} now.',
        es: 'Antes de la siguiente etapa, el dolor de la pierna tiene que bajar a {target} o menos. Empezó en {baseline} y ahora está en {now}.',
      },
      noLog: {
        en: 'Log your leg pain in the next few days, so we can see how far it has come down.',
        es: 'Anote el dolor de la pierna en los próximos días, para que podamos ver cuánto ha bajado.',
      },
    },
  },
  {
    id: 'next-stage',
    texts: {
      selfGuided: {
        en: 'You are ready for the next stage: “{stage}”. You can start it now, or stay where you are for a while. Both are fine.',
        es: 'Está listo para la siguiente etapa: «{stage}». Puede empezarla ahora o quedarse donde está un tiempo más. Las dos cosas están bien.',
      },
      therapist: {
        en: 'You are ready for the next stage: “{stage}”. We will ask your therapist to look at it and agree it with you.',
        es: 'Está listo para la siguiente etapa: «{stage}». Le pediremos a su fisioterapeuta que la revise y la acuerde con usted.',
      },
    },
  },
  {
    id: 'last-stage',
    texts: {
      text: {
        en: '“{stage}” is the last stage. Keep it up: these exercises and habits help keep your back well.',
        es: '«{stage}» es la última etapa. Siga así: estos ejercicios y hábitos ayudan a mantener bien la espalda.',
      },
    },
  },
  {
    id: 'press-up-centralises',
    texts: {
      offered: {
        en: 'The press-up is in your plan because it moves your leg symptoms up toward your back. That is a good sign.',
        es: 'La extensión boca abajo está en su plan porque hace subir los síntomas de la pierna hacia la espalda. Es una buena señal.',
      },
      stopped: {
        en: 'We have taken the press-up out of your plan. Your symptoms spread down your leg with it, or you had to stop during it.',
        es: 'Quitamos la extensión boca abajo de su plan. Con ella, los síntomas bajaron por la pierna, o tuvo que parar mientras la hacía.',
      },
    },
  },
];
