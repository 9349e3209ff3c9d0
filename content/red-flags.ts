import type { CareAdviceContent, RedFlagContent } from '../src/domain/safety/red-flags';

/**
 * Signs that rule out self-guided exercise. Tiers follow the clinical brief: emergency
 * (cauda equina signs), urgent (same or next day), soon (clearance before starting).
 */
export const RED_FLAGS = [
  {
    id: 'saddleNumbness',
    urgency: 'emergency',
    question: {
      en: 'Is there new numbness or tingling around your bottom, between your legs or in your genitals?',
      es: '¿Tiene entumecimiento u hormigueo nuevo alrededor de las nalgas, entre las piernas o en los genitales?',
    },
    hint: {
      en: 'The area that would touch a saddle when riding a bike.',
      es: 'La zona que toca el asiento cuando anda en bicicleta.',
    },
    sources: ['bmj-ces', 'nice-ng59'],
  },
  {
    id: 'bladderOrBowelChange',
    urgency: 'emergency',
    question: {
      en: 'Have you noticed a new change in how your bladder or bowels work?',
      es: '¿Ha notado un cambio nuevo en cómo orina o en cómo va al baño a hacer del cuerpo?',
    },
    hint: {
      en: 'For example trouble starting to pee, a weak stream, not feeling when you need to go, or leaking.',
      es: 'Por ejemplo, le cuesta empezar a orinar, el chorro es débil, no siente cuándo necesita ir o se le escapa.',
    },
    sources: ['bmj-ces', 'nice-ng59'],
  },
  {
    id: 'sexualDysfunction',
    urgency: 'emergency',
    question: {
      en: 'Have you lost feeling in your genitals or had a new change in sexual function?',
      es: '¿Ha perdido sensibilidad en los genitales o notado un cambio nuevo en su vida sexual?',
    },
    hint: {
      en: 'Any new loss of sensation or function counts.',
      es: 'Cuenta cualquier pérdida nueva de sensación o de función.',
    },
    sources: ['bmj-ces'],
  },
  {
    id: 'newSymptomsBothLegs',
    urgency: 'emergency',
    question: {
      en: 'Do you now have pain, numbness or weakness in both legs, not just one?',
      es: '¿Ahora tiene dolor, entumecimiento o debilidad en las dos piernas, y no solo en una?',
    },
    hint: {
      en: 'Sciatica usually affects one leg. Both legs at once needs checking quickly.',
      es: 'La ciática suele afectar a una sola pierna. Si son las dos a la vez, hay que revisarlo pronto.',
    },
    sources: ['bmj-ces'],
  },
  {
    id: 'progressiveWeakness',
    urgency: 'urgent',
    question: {
      en: 'Is a leg or foot getting weaker, or does your foot catch or slap when you walk?',
      es: '¿Siente cada vez más débil una pierna o un pie, o el pie se le arrastra o golpea el piso al caminar?',
    },
    hint: {
      en: 'Weakness that is getting worse, or trouble lifting the front of the foot.',
      es: 'Debilidad que va a peor, o le cuesta levantar la punta del pie.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'fever',
    urgency: 'urgent',
    question: {
      en: 'Do you have a fever or feel generally unwell along with the back pain?',
      es: '¿Tiene fiebre o se siente mal en general, además del dolor de espalda?',
    },
    hint: {
      en: 'Especially after a recent infection, with a weakened immune system, or with injected drug use.',
      es: 'Sobre todo si tuvo una infección hace poco, tiene las defensas bajas o se inyecta drogas.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'cancerHistory',
    urgency: 'urgent',
    question: {
      en: 'Have you had cancer in the past, and is this back pain new?',
      es: '¿Ha tenido cáncer alguna vez, y este dolor de espalda es nuevo?',
    },
    hint: {
      en: 'Any cancer, even if it was treated long ago.',
      es: 'Cualquier cáncer, aunque lo hayan tratado hace mucho tiempo.',
    },
    sources: ['chou-2007', 'nice-ng59'],
  },
  {
    id: 'majorTrauma',
    urgency: 'urgent',
    question: {
      en: 'Did the pain start after a fall, accident or other injury?',
      es: '¿El dolor empezó después de una caída, un accidente u otra lesión?',
    },
    hint: {
      en: 'Or a small knock if you have thin or fragile bones.',
      es: 'O después de un golpe pequeño, si tiene los huesos débiles o frágiles.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'unexplainedWeightLoss',
    urgency: 'soon',
    question: {
      en: 'Have you lost weight recently without trying?',
      es: '¿Ha bajado de peso hace poco sin proponérselo?',
    },
    hint: {
      en: 'Weight loss you cannot explain by a change in diet or activity.',
      es: 'Una pérdida de peso que no se explica por un cambio en lo que come o en su actividad.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'osteoporosisOrSteroids',
    urgency: 'soon',
    question: {
      en: 'Do you have osteoporosis (thin bones), or have you taken steroid tablets for a long time?',
      es: '¿Tiene osteoporosis (huesos débiles) o ha tomado pastillas de esteroides durante mucho tiempo?',
    },
    hint: {
      en: 'Some stretches bend the spine, which may not suit fragile bones.',
      es: 'Algunos estiramientos doblan la columna, y eso puede no convenir a unos huesos frágiles.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'inflammatoryPattern',
    urgency: 'soon',
    question: {
      en: 'Is your back stiff every morning until you get moving, or does pain wake you late in the night?',
      es: '¿Tiene la espalda rígida todas las mañanas hasta que empieza a moverse, o el dolor lo despierta de madrugada?',
    },
    hint: {
      en: 'A pattern that can point to inflammation in the joints of the spine.',
      es: 'Es un patrón que puede indicar inflamación en las articulaciones de la columna.',
    },
    sources: ['chou-2007'],
  },
  {
    id: 'constantOrNightPain',
    urgency: 'soon',
    question: {
      en: 'Is your pain constant and unchanged by any position or rest, or do you also have pain between your shoulder blades?',
      es: '¿Su dolor es constante y no cambia con ninguna postura ni con el descanso, o también le duele entre los omóplatos?',
    },
    hint: {
      en: 'Pain that never eases, whatever you do.',
      es: 'Un dolor que nunca se alivia, haga lo que haga.',
    },
    sources: ['nice-ng59'],
  },
  {
    id: 'noImprovementAfterMonth',
    urgency: 'soon',
    question: {
      en: 'Have you had these symptoms for about a month or more without getting any better?',
      es: '¿Lleva más o menos un mes o más con estos síntomas, sin ninguna mejoría?',
    },
    hint: {
      en: 'A check-up helps find what is keeping it going.',
      es: 'Una revisión ayuda a encontrar qué es lo que lo mantiene.',
    },
    sources: ['chou-2007'],
  },
] as const satisfies readonly RedFlagContent[];

export const CARE_ADVICE = [
  {
    urgency: 'emergency',
    title: { en: 'Please get emergency care now', es: 'Busque atención de emergencia ahora' },
    lead: {
      en: 'What you told us can be a sign that the nerves at the base of the spine are being squeezed. That needs a doctor now: it is important not to wait.',
      es: 'Lo que nos contó puede ser una señal de que los nervios de la parte baja de la columna están apretados. Eso necesita un médico ahora: es importante no esperar.',
    },
    where: {
      en: 'Go to an emergency department or call your local emergency number (911 in the US).',
      es: 'Vaya a una sala de emergencias o llame al número de emergencias (911 en Estados Unidos).',
    },
    call: { label: { en: 'Call 911', es: 'Llamar al 911' }, number: '911' },
    when: {
      en: 'Now. Do not wait to see if it passes.',
      es: 'Ahora. No espere a ver si se le pasa.',
    },
    meanwhile: [
      {
        en: 'Tell them about your back or leg symptoms and what you answered here.',
        es: 'Cuénteles sus síntomas de la espalda o de la pierna y lo que respondió aquí.',
      },
      {
        en: 'Do not do any stretches until a doctor has checked you.',
        es: 'No haga ningún estiramiento hasta que un médico lo haya revisado.',
      },
      {
        en: 'If you can, ask someone to go with you or drive you.',
        es: 'Si puede, pida a alguien que lo acompañe o que lo lleve.',
      },
    ],
  },
  {
    urgency: 'urgent',
    title: {
      en: 'Please see a doctor today or tomorrow',
      es: 'Vea a un médico hoy o mañana',
    },
    lead: {
      en: 'What you told us is a reason to be checked soon, before doing any stretches.',
      es: 'Lo que nos contó es un motivo para que lo revisen pronto, antes de hacer cualquier estiramiento.',
    },
    where: {
      en: 'Call your doctor, an urgent care clinic or a physical therapist and ask for an urgent appointment.',
      es: 'Llame a su médico, a una clínica de atención urgente o a un fisioterapeuta y pida una cita urgente.',
    },
    when: {
      en: 'Within a day. If things get worse before then, go to an emergency department.',
      es: 'En un día como máximo. Si empeora antes, vaya a una sala de emergencias.',
    },
    meanwhile: [
      {
        en: 'Hold off on stretching until you have been checked.',
        es: 'No haga estiramientos hasta que lo revisen.',
      },
      {
        en: 'Keep gently moving around the house as comfort allows.',
        es: 'Siga moviéndose con suavidad por la casa, según se lo permita el dolor.',
      },
      {
        en: 'Go to emergency care at once if you notice numbness between your legs or a change in your bladder or bowels.',
        es: 'Vaya de inmediato a emergencias si nota entumecimiento entre las piernas o un cambio al orinar o al hacer del cuerpo.',
      },
    ],
  },
  {
    urgency: 'soon',
    title: {
      en: 'Please get checked before you start',
      es: 'Hágase revisar antes de empezar',
    },
    lead: {
      en: 'What you told us is worth a check-up before you start stretching. It is not urgent, but it is best not to put it off.',
      es: 'Lo que nos contó merece una revisión antes de empezar a estirar. No es urgente, pero es mejor no dejarlo para después.',
    },
    where: {
      en: 'Book a visit with your doctor or a physical therapist.',
      es: 'Pida una cita con su médico o con un fisioterapeuta.',
    },
    when: { en: 'Within the next week or two.', es: 'En la próxima semana o dos.' },
    meanwhile: [
      {
        en: 'Stay as active as is comfortable: walking is usually fine.',
        es: 'Manténgase tan activo como le resulte cómodo: caminar suele estar bien.',
      },
      {
        en: 'Ask them whether these stretches suit you before starting.',
        es: 'Pregúnteles si estos estiramientos le convienen antes de empezar.',
      },
      {
        en: 'Get seen sooner if your symptoms get worse.',
        es: 'Pida que lo vean antes si sus síntomas empeoran.',
      },
    ],
  },
] as const satisfies readonly CareAdviceContent[];
