import type { HabitLessonContent } from '../src/domain/education/habits';

/**
 * The four posture and movement habits of stage 4 ("Stay well"), one lesson per id in HABITS
 * (progression.ts), in the same order. Facts from reference/clinical-facts.md section 4
 * ("stay active, change position often, hip-hinge"; osteoporosis: no loaded or forced bending,
 * least of all with a twist) and section 6 (bed rest does not beat staying active), and from
 * the source article (long sitting is a common cause). The brief gives no number of minutes
 * between sitting breaks, so no question names one.
 */
export const HABIT_LESSONS = [
  {
    id: 'sitting-breaks',
    title: { en: 'Sitting breaks', es: 'Pausas al estar sentado' },
    lead: {
      en: 'Long spells of sitting are one of the common things behind sciatica. Breaking them up is a small habit that helps.',
      es: 'Pasar mucho tiempo sentado es una de las causas comunes de la ciática. Hacer pausas es un hábito pequeño que ayuda.',
    },
    sections: [
      {
        heading: { en: 'Why breaks matter', es: 'Por qué importan las pausas' },
        paragraphs: [
          {
            en: 'In a chair, your lower back and hips stay bent in the same way for as long as you sit. For some people with sciatica, that is when the ache or tingling in the leg starts to build.',
            es: 'En una silla, la parte baja de la espalda y las caderas se quedan dobladas de la misma forma todo el tiempo que está sentado. En algunas personas con ciática, es ahí cuando el dolor o el hormigueo de la pierna empieza a aumentar.',
          },
          {
            en: 'You do not have to give up sitting. The aim is to break it up, so that no spell in the chair lasts too long.',
            es: 'No tiene que dejar de sentarse. La meta es hacer pausas, para no pasar demasiado tiempo seguido en la silla.',
          },
        ],
      },
      {
        heading: { en: 'What a break looks like', es: 'Cómo es una pausa' },
        paragraphs: [
          {
            en: 'Stand up, take a few steps and sit down again. Fetching a glass of water, taking a phone call on your feet or walking to another room all count.',
            es: 'Levántese, dé unos pasos y vuelva a sentarse. Ir por un vaso de agua, contestar una llamada de pie o caminar a otro cuarto: todo cuenta.',
          },
          {
            en: 'When you sit back down, sit tall, with your bottom at the back of the seat and both feet flat on the floor.',
            es: 'Al volver a sentarse, siéntese derecho, con la cadera al fondo del asiento y los dos pies planos en el piso.',
          },
        ],
      },
      {
        heading: { en: 'If sitting hurts', es: 'Si le duele estar sentado' },
        paragraphs: [
          {
            en: 'If leg pain builds while you sit, take your break sooner. Lying in bed does not help sciatica get better faster, so staying up and about is the usual advice.',
            es: 'Si el dolor de la pierna aumenta mientras está sentado, haga la pausa antes. Quedarse en cama no hace que la ciática mejore más rápido, así que lo que se suele aconsejar es mantenerse activo.',
          },
          {
            en: 'If sitting keeps getting harder, a physical therapist can look at how you sit and what else may help.',
            es: 'Si cada vez le cuesta más estar sentado, un fisioterapeuta puede revisar cómo se sienta y qué más le puede ayudar.',
          },
        ],
      },
    ],
    question: {
      en: 'Did you get up for a short break during long spells of sitting today?',
      es: '¿Hoy se levantó para hacer una pausa corta cuando estuvo mucho tiempo sentado?',
    },
    tips: [
      {
        en: 'Set a gentle reminder on your phone or watch while you work or watch TV.',
        es: 'Ponga un recordatorio suave en el teléfono o el reloj mientras trabaja o ve la televisión.',
      },
      {
        en: 'Keep your water glass out of reach, so refilling it gets you up.',
        es: 'Deje el vaso de agua lejos, para que tenga que levantarse a llenarlo.',
      },
      {
        en: 'Stand up whenever the phone rings or the TV shows ads.',
        es: 'Levántese cada vez que suene el teléfono o haya anuncios en la televisión.',
      },
    ],
    sources: ['dahm-2010', 'apta-sciatica', 'nice-ng59'],
  },
  {
    id: 'hip-hinge',
    title: {
      en: 'Bending and lifting from your hips',
      es: 'Agacharse desde las caderas',
    },
    lead: {
      en: 'Bending at your hips instead of rounding your back spares your lower back when you pick things up.',
      es: 'Doblarse desde las caderas, en vez de curvar la espalda, cuida la parte baja de la espalda cuando levanta cosas.',
    },
    sections: [
      {
        heading: { en: 'What a hip hinge is', es: 'Qué es doblarse desde las caderas' },
        paragraphs: [
          {
            en: 'In a hip hinge the bend happens at your hips, the way a door swings on its hinge. Your back stays long, your bottom moves back and your knees bend a little.',
            es: 'Al doblarse desde las caderas, el movimiento se hace en las caderas, como una puerta que gira en su bisagra. La espalda se queda estirada, la cadera se va hacia atrás y las rodillas se doblan un poco.',
          },
          {
            en: 'Curling your lower back down to the floor bends the spine forward while it carries a load. For some people with sciatica, that is exactly the movement that feels sharp.',
            es: 'Curvar la parte baja de la espalda hacia el piso dobla la columna hacia adelante mientras carga peso. En algunas personas con ciática, ese es justo el movimiento que causa un dolor agudo.',
          },
        ],
      },
      {
        heading: { en: 'Picking something up', es: 'Al levantar algo' },
        bullets: [
          {
            en: 'Stand close to what you want to lift, feet about hip-width apart.',
            es: 'Párese cerca de lo que quiere levantar, con los pies separados más o menos al ancho de las caderas.',
          },
          {
            en: 'Push your bottom back and bend your knees, keeping your back long.',
            es: 'Lleve la cadera hacia atrás y doble las rodillas, con la espalda estirada.',
          },
          {
            en: 'Hold the load close to your body and keep breathing.',
            es: 'Sostenga la carga cerca del cuerpo y siga respirando.',
          },
          {
            en: 'Stand up by pushing through your legs.',
            es: 'Levántese haciendo fuerza con las piernas.',
          },
          {
            en: 'To turn, move your feet instead of twisting your back.',
            es: 'Para girar, mueva los pies en vez de torcer la espalda.',
          },
        ],
      },
      {
        heading: { en: 'Take extra care', es: 'Tenga más cuidado' },
        paragraphs: [
          {
            en: 'Twisting while you lift puts more load on your back. If you have thin bones (osteoporosis), avoid bending forward with a load, and above all bending and twisting at the same time.',
            es: 'Girar mientras levanta algo carga más la espalda. Si tiene los huesos débiles (osteoporosis), evite doblarse hacia adelante con peso, y sobre todo doblarse y girar al mismo tiempo.',
          },
          {
            en: 'If bending forward feels sharp or unsteady, stop, and ask a physical therapist to show you a way that suits you.',
            es: 'Si al doblarse hacia adelante siente un dolor agudo o se siente inestable, pare y pídale a un fisioterapeuta que le enseñe una forma que le convenga.',
          },
        ],
      },
    ],
    question: {
      en: 'When you bent down or lifted something today, did you bend from your hips?',
      es: 'Hoy, cuando se agachó o levantó algo, ¿se dobló desde las caderas?',
    },
    tips: [
      {
        en: 'Practise the movement with empty hands first, for example while loading the dishwasher.',
        es: 'Practique el movimiento primero con las manos vacías, por ejemplo al llenar el lavaplatos.',
      },
      {
        en: 'Keep heavy things at waist height, so you rarely have to lift them from the floor.',
        es: 'Guarde las cosas pesadas a la altura de la cintura, para casi nunca tener que levantarlas del piso.',
      },
      {
        en: 'Ask for help with anything too heavy to hold close to your body.',
        es: 'Pida ayuda con cualquier cosa demasiado pesada para sostenerla cerca del cuerpo.',
      },
    ],
    sources: ['theros-bending', 'aaos-low-back-pain', 'apta-sciatica'],
  },
  {
    id: 'change-position',
    title: { en: 'Changing position', es: 'Cambiar de posición' },
    lead: {
      en: 'There is no single perfect posture. Moving between positions often through the day is the habit that counts.',
      es: 'No hay una sola postura perfecta. Lo que cuenta es el hábito de cambiar de posición seguido durante el día.',
    },
    sections: [
      {
        heading: { en: 'No position is right for hours', es: 'Ninguna posición sirve por horas' },
        paragraphs: [
          {
            en: 'Any position, even a good one, gets uncomfortable when you hold it for too long. Muscles tire and stiffen, and the same parts of your back and hips carry the load the whole time.',
            es: 'Cualquier posición, aunque sea buena, se vuelve incómoda si la mantiene demasiado tiempo. Los músculos se cansan y se ponen rígidos, y las mismas partes de la espalda y las caderas cargan el peso todo el tiempo.',
          },
          {
            en: 'So instead of holding yourself just right all day, aim to change how you sit, stand or lie every so often.',
            es: 'Así que, en vez de quedarse en la postura perfecta todo el día, trate de cambiar cada cierto tiempo cómo se sienta, cómo está de pie o cómo se acuesta.',
          },
        ],
      },
      {
        heading: { en: 'Easy ways to move', es: 'Formas fáciles de moverse' },
        bullets: [
          {
            en: 'Switch between sitting and standing while you work, if you can.',
            es: 'Si puede, alterne entre estar sentado y de pie mientras trabaja.',
          },
          {
            en: 'While sitting, shift your weight, stretch your legs out or stand for a moment.',
            es: 'Cuando esté sentado, cambie el peso de lado, estire las piernas o párese un momento.',
          },
          {
            en: 'When you stand for a long time, rest one foot on a low step and swap feet now and then.',
            es: 'Cuando esté mucho tiempo de pie, apoye un pie en un escalón bajo y cambie de pie de vez en cuando.',
          },
          {
            en: 'In bed, try lying on your side with a pillow between your knees, or on your back with a pillow under them.',
            es: 'En la cama, pruebe acostarse de lado con una almohada entre las rodillas, o boca arriba con una almohada debajo de ellas.',
          },
        ],
      },
      {
        heading: { en: 'Let your leg guide you', es: 'Deje que su pierna le guíe' },
        paragraphs: [
          {
            en: 'If pain or tingling starts to creep down your leg in one position, take it as a sign to change. If the feeling moves back up toward your back when you do, that is a good sign.',
            es: 'Si en una posición el dolor o el hormigueo empieza a bajar por la pierna, tómelo como una señal para cambiar. Si al cambiar la sensación vuelve a subir hacia la espalda, es buena señal.',
          },
          {
            en: 'If tingling or numbness spreads further down your leg and does not settle, stop what you are doing and contact a physical therapist.',
            es: 'Si el hormigueo o el entumecimiento baja más por la pierna y no se calma, deje lo que está haciendo y comuníquese con un fisioterapeuta.',
          },
        ],
      },
    ],
    question: {
      en: 'Did you change position often today, instead of staying still for long spells?',
      es: '¿Hoy cambió de posición seguido, en vez de quedarse quieto mucho tiempo?',
    },
    tips: [
      {
        en: 'Pair changes with things you already do: stand up each time you send a message or finish a task.',
        es: 'Junte los cambios con cosas que ya hace: levántese cada vez que mande un mensaje o termine una tarea.',
      },
      {
        en: 'Move your printer, bin or water bottle a few steps away from your desk.',
        es: 'Ponga la impresora, el bote de basura o la botella de agua a unos pasos de su escritorio.',
      },
      {
        en: 'On a long car trip, stop now and then to get out and walk around.',
        es: 'En un viaje largo en carro, pare de vez en cuando para bajarse y caminar un poco.',
      },
    ],
    sources: ['dahm-2010', 'may-2012', 'apta-sciatica'],
  },
  {
    id: 'walking',
    title: { en: 'Walking', es: 'Caminar' },
    lead: {
      en: 'Walking is one of the simplest ways to stay active, and staying active is the usual advice for sciatica.',
      es: 'Caminar es una de las formas más sencillas de mantenerse activo, y mantenerse activo es lo que se suele aconsejar para la ciática.',
    },
    sections: [
      {
        heading: { en: 'Why walking helps', es: 'Por qué ayuda caminar' },
        paragraphs: [
          {
            en: 'Resting in bed does not make sciatica get better faster. Keeping up your everyday activities, within what feels comfortable, is what guidelines advise instead.',
            es: 'Descansar en cama no hace que la ciática mejore más rápido. Lo que aconsejan las guías es seguir con sus actividades de todos los días, hasta donde se sienta cómodo.',
          },
          {
            en: 'Walking is gentle, needs nothing but shoes and fits into most days. It keeps your hips and back moving and helps you feel more in control.',
            es: 'Caminar es suave, solo necesita zapatos y cabe en casi cualquier día. Mantiene en movimiento las caderas y la espalda, y le ayuda a sentir que tiene más control.',
          },
        ],
      },
      {
        heading: { en: 'Start small', es: 'Empiece poco a poco' },
        paragraphs: [
          {
            en: 'Begin with a walk you can manage comfortably today, even a short one. Choose level ground, an easy pace and shoes with good support. When that has felt fine for a few days, add a little more.',
            es: 'Empiece con una caminata que hoy pueda hacer con comodidad, aunque sea corta. Elija un camino plano, un paso tranquilo y zapatos que sujeten bien. Cuando eso se haya sentido bien por unos días, camine un poco más.',
          },
          {
            en: 'Several short walks spread over the day are fine too.',
            es: 'Varias caminatas cortas repartidas en el día también están bien.',
          },
        ],
      },
      {
        heading: { en: 'When to ease off', es: 'Cuándo bajar el ritmo' },
        paragraphs: [
          {
            en: 'If walking makes the pain in your leg worse, or tingling or numbness spreads further down, shorten your walks and rest. If it keeps happening, talk to a physical therapist.',
            es: 'Si al caminar empeora el dolor de la pierna, o el hormigueo o el entumecimiento baja más, camine menos y descanse. Si le sigue pasando, hable con un fisioterapeuta.',
          },
          {
            en: 'If you feel unsteady on your feet, walk with someone, use a walking stick and keep to even paths.',
            es: 'Si no se siente firme de pie, camine con alguien, use un bastón y vaya por caminos parejos.',
          },
        ],
      },
    ],
    question: {
      en: 'Did you go for a walk today, at a pace that felt comfortable?',
      es: '¿Hoy salió a caminar, a un paso que le resultara cómodo?',
    },
    tips: [
      {
        en: 'Walk to the shop, the bus stop or a friend instead of driving, when you can.',
        es: 'Cuando pueda, camine a la tienda, a la parada del autobús o a casa de un amigo en vez de manejar.',
      },
      {
        en: 'Pick a regular time, such as after breakfast, so a walk becomes part of your day.',
        es: 'Elija una hora fija, por ejemplo después del desayuno, para que caminar se vuelva parte de su día.',
      },
      {
        en: 'Bring someone along: the time passes faster and you keep each other going.',
        es: 'Invite a alguien: el tiempo pasa más rápido y se animan el uno al otro.',
      },
    ],
    sources: ['dahm-2010', 'nice-ng59', 'fernandez-2015'],
  },
] as const satisfies readonly HabitLessonContent[];
