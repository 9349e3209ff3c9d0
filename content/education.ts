import type { Text } from '../src/domain/i18n/text';

/** The explainer (A1) and honest expectations (A2) pages, as data. Sources refer to sources.ts. */
export type Section = { heading: Text; paragraphs?: Text[]; bullets?: Text[] };
export type Article = { title: Text; lead: Text; sections: Section[]; sources: string[] };

export const EXPLAINER: Article = {
  title: { en: 'What is sciatica?', es: '¿Qué es la ciática?' },
  lead: {
    en: 'Sciatica is a name for a kind of pain, not a diagnosis. It describes pain, tingling or numbness that follows the path of the sciatic nerve, from the lower back through the buttock and down the leg.',
    es: 'La ciática es el nombre de un tipo de dolor, no un diagnóstico. Describe el dolor, el hormigueo o el entumecimiento que sigue el camino del nervio ciático: desde la parte baja de la espalda, por la nalga y hacia abajo por la pierna.',
  },
  sections: [
    {
      heading: { en: 'The nerve and its path', es: 'El nervio y su recorrido' },
      paragraphs: [
        {
          en: 'The sciatic nerve is the biggest nerve in the body. Its roots leave the spine in the lower back, join together deep in the buttock, and run down the back of the thigh before splitting into branches that reach the calf and foot.',
          es: 'El nervio ciático es el nervio más grande del cuerpo. Sus raíces salen de la columna en la parte baja de la espalda, se juntan en lo profundo de la nalga y bajan por la parte de atrás del muslo. Luego se dividen en ramas que llegan a la pantorrilla y al pie.',
        },
        {
          en: 'When something presses on or irritates the nerve anywhere along that path, you can feel it far from the spot where the trouble is. That is why a problem in the back can be felt in the foot.',
          es: 'Cuando algo aprieta o irrita el nervio en cualquier punto de ese camino, usted puede sentirlo lejos del lugar donde está el problema. Por eso un problema en la espalda se puede sentir en el pie.',
        },
      ],
    },
    {
      heading: { en: 'Common causes', es: 'Causas frecuentes' },
      bullets: [
        {
          en: 'A bulging (herniated) disc in the lower back pressing on a nerve root',
          es: 'Un disco abultado (hernia de disco) en la parte baja de la espalda que aprieta la raíz de un nervio',
        },
        {
          en: 'Narrowing of the space around the nerves in the spine (spinal stenosis)',
          es: 'Un estrechamiento del espacio alrededor de los nervios en la columna (estenosis espinal)',
        },
        {
          en: 'Tight muscles in the hip and buttock, such as the piriformis',
          es: 'Músculos tensos en la cadera y la nalga, como el piriforme',
        },
        {
          en: 'Long hours of sitting, or posture that keeps the back and hips loaded',
          es: 'Muchas horas sentado, o posturas que mantienen cargadas la espalda y las caderas',
        },
        {
          en: 'Stiff or irritated joints in the lower back',
          es: 'Articulaciones rígidas o irritadas en la parte baja de la espalda',
        },
      ],
    },
    {
      heading: { en: 'What it can feel like', es: 'Cómo se puede sentir' },
      bullets: [
        {
          en: 'A shooting or burning pain down one leg',
          es: 'Un dolor punzante o ardiente que baja por una pierna',
        },
        {
          en: 'Tingling, "pins and needles" or numbness in the leg or foot',
          es: 'Hormigueo, "piquetes" o entumecimiento en la pierna o el pie',
        },
        {
          en: 'A deep ache in the buttock or hip',
          es: 'Un dolor profundo en la nalga o la cadera',
        },
        { en: 'Weakness in the leg or foot', es: 'Debilidad en la pierna o el pie' },
      ],
      paragraphs: [
        {
          en: 'It often changes from day to day. A bad day does not mean things are going backwards.',
          es: 'Suele cambiar de un día a otro. Un mal día no quiere decir que esté empeorando.',
        },
      ],
    },
    {
      heading: { en: 'How gentle stretching helps', es: 'Cómo ayudan los estiramientos suaves' },
      paragraphs: [
        {
          en: 'Careful stretching can loosen the muscles around the nerve, make the hips and lower back move more freely, ease pressure near the nerve and help blood flow to the area. The aim is to give the nerve a bit more room, never to push through pain.',
          es: 'Estirar con cuidado puede aflojar los músculos alrededor del nervio, dar más movimiento a las caderas y a la parte baja de la espalda, bajar la presión cerca del nervio y ayudar a que llegue sangre a la zona. La idea es darle un poco más de espacio al nervio, nunca aguantar el dolor.',
        },
        {
          en: 'If a stretch makes pain sharper, or sends tingling or numbness further down the leg, stop. ReliefPath asks you after every exercise and changes or ends the session when that happens.',
          es: 'Si un estiramiento hace el dolor más agudo, o hace que el hormigueo o el entumecimiento bajen más por la pierna, pare. ReliefPath le pregunta después de cada ejercicio, y cambia o termina la sesión cuando eso pasa.',
        },
      ],
    },
    {
      heading: {
        en: 'When to see a physical therapist',
        es: 'Cuándo ver a un fisioterapeuta',
      },
      paragraphs: [
        {
          en: 'A physical therapist can examine you, find what is irritating the nerve and tailor exercises to you. It is worth booking a visit if things are not getting better after a few weeks, if the pain keeps coming back, or if you are unsure which movements are safe.',
          es: 'Un fisioterapeuta puede examinarlo, encontrar qué irrita el nervio y preparar ejercicios a su medida. Vale la pena pedir una cita si no mejora después de unas semanas, si el dolor sigue volviendo, o si no está seguro de qué movimientos son seguros.',
        },
        {
          en: 'Some signs need a doctor straight away, such as numbness between the legs, changes in bladder or bowel control, or weakness getting worse. Our safety check asks about these before giving you any exercises.',
          es: 'Algunas señales necesitan un médico de inmediato, como el entumecimiento entre las piernas, cambios al controlar la orina o el intestino, o una debilidad que empeora. Nuestra revisión de seguridad pregunta por ellas antes de darle cualquier ejercicio.',
        },
      ],
    },
  ],
  sources: ['apta-sciatica', 'harvard-stretches', 'aaos-low-back-pain', 'nice-ng59'],
};

export const EXPECTATIONS: Article = {
  title: { en: 'What to expect', es: 'Qué puede esperar' },
  lead: {
    en: 'Sciatica usually gets better with time, but it rarely follows a straight line. Here is what the research says, without the hype.',
    es: 'La ciática suele mejorar con el tiempo, pero casi nunca en línea recta. Esto es lo que dicen los estudios, sin exagerar.',
  },
  sections: [
    {
      heading: {
        en: 'Over the coming weeks and months',
        es: 'En las próximas semanas y meses',
      },
      paragraphs: [
        {
          en: 'In a large study of people seeing their family doctor for sciatica, a little over half (55%) had clearly improved a year later, and average leg pain fell from about 5 to about 2.4 on a 0–10 scale. Others still had some symptoms at a year.',
          es: 'En un estudio grande de personas que consultaron a su médico de cabecera por ciática, un poco más de la mitad (55%) había mejorado claramente un año después, y el dolor de pierna bajó en promedio de más o menos 5 a más o menos 2.4 en una escala del 0 al 10. Otras personas todavía tenían algunos síntomas al año.',
        },
        {
          en: 'Even for severe sciatica, most people recover. In a trial of people with 6–12 weeks of severe leg pain, about 95% had recovered after one year, whether they had early surgery or kept to non-surgical care. Surgery brought relief sooner (a median of 4 weeks versus 12), and about 4 in 10 of those in the non-surgical group chose surgery during the year.',
          es: 'Incluso con una ciática fuerte, la mayoría de las personas se recupera. En un ensayo con personas que llevaban de 6 a 12 semanas con un dolor fuerte de pierna, cerca del 95% se había recuperado al año, tanto si las operaron pronto como si siguieron un tratamiento sin cirugía. La cirugía alivió antes (una mediana de 4 semanas contra 12), y unas 4 de cada 10 personas del grupo sin cirugía decidieron operarse durante ese año.',
        },
      ],
    },
    {
      heading: { en: 'What exercise can do', es: 'Lo que puede hacer el ejercicio' },
      bullets: [
        {
          en: 'Staying active is better than resting in bed, which does not speed recovery.',
          es: 'Mantenerse activo es mejor que quedarse en cama, que no acelera la recuperación.',
        },
        {
          en: 'Exercise can ease leg pain a little in the short term.',
          es: 'El ejercicio puede aliviar un poco el dolor de pierna a corto plazo.',
        },
        {
          en: 'Gentle movement helps you feel more confident and in control while the nerve settles.',
          es: 'Moverse con suavidad le ayuda a sentirse más seguro y con más control mientras el nervio se calma.',
        },
      ],
    },
    {
      heading: {
        en: 'What exercise cannot promise',
        es: 'Lo que el ejercicio no puede prometer',
      },
      bullets: [
        {
          en: 'Studies have not shown that exercise changes how things are in the long run compared with good advice alone.',
          es: 'Los estudios no han mostrado que el ejercicio cambie cómo está uno a largo plazo, comparado con solo recibir buenos consejos.',
        },
        {
          en: 'No trial has tested these six stretches on their own for sciatica; they are recommended by therapists from experience.',
          es: 'Ningún ensayo ha probado estos seis estiramientos por sí solos para la ciática; los recomiendan los fisioterapeutas por experiencia.',
        },
        {
          en: 'Claims that "90% of sciatica clears in a few weeks" do not come from good evidence, so we do not make them.',
          es: 'Las afirmaciones de que "el 90% de las ciáticas se cura en unas semanas" no vienen de buenas pruebas, así que no las hacemos.',
        },
      ],
    },
    {
      heading: {
        en: 'Things that help your outlook',
        es: 'Lo que ayuda a que le vaya mejor',
      },
      paragraphs: [
        {
          en: 'People who expect their pain to last a long time, and people who have had leg pain for longer, tend to recover more slowly. Keeping active, keeping a routine and getting help early all support recovery.',
          es: 'Las personas que esperan que su dolor dure mucho, y las que llevan más tiempo con dolor de pierna, suelen recuperarse más despacio. Mantenerse activo, tener una rutina y pedir ayuda pronto ayudan a recuperarse.',
        },
        {
          en: 'If you are not improving after about a month, or you are getting worse, see a physical therapist or doctor.',
          es: 'Si no mejora después de más o menos un mes, o va a peor, vea a un fisioterapeuta o a un médico.',
        },
      ],
    },
  ],
  sources: ['konstantinou-2018', 'peul-2007', 'dahm-2010', 'fernandez-2015', 'nice-ng59'],
};
