import type { ExerciseContent } from '../src/domain/exercises/library';

type Demands = ExerciseContent['variants'][number]['demands'];

/**
 * The second stage: once the first stretches have calmed things down, a therapist's long-term
 * approach adds nerve glides, core work, hip and glute strength and, for some people, the
 * press-up family. Doses follow reference/clinical-facts.md section 4.
 */

const GLIDE_SOURCES = ['ellis-2012', 'plaza-manzano-2020', 'george-2021'];
const STRENGTH_SOURCES = ['mcgill-core', 'george-2021', 'apta-sciatica'];

const seated = {
  position: 'seated',
  floor: false,
  kneeling: false,
  forwardBend: false,
  lumbarFlexion: 'low',
  twist: false,
  balance: 'none',
  props: ['chair'],
} satisfies Partial<Demands>;
const lyingOnBack = {
  position: 'supine',
  floor: true,
  kneeling: false,
  forwardBend: false,
  lumbarFlexion: 'none',
  twist: false,
  neuralTension: 'none',
  balance: 'none',
  props: [],
} satisfies Partial<Demands>;
const lyingOnSide = {
  position: 'side-lying',
  floor: true,
  kneeling: false,
  forwardBend: false,
  lumbarFlexion: 'none',
  twist: false,
  neuralTension: 'none',
  balance: 'low',
  props: ['pillow'],
} satisfies Partial<Demands>;

const lyingOnFront = {
  position: 'prone',
  floor: true,
  kneeling: false,
  forwardBend: false,
  lumbarFlexion: 'none',
  twist: false,
  neuralTension: 'none',
  balance: 'none',
  proneExtension: true,
  props: [],
} satisfies Partial<Demands>;

const GLIDE_CAUTIONS = [
  {
    en: 'A glide should feel like gentle movement, not a stretch. If tingling or pain appears, make the movement smaller.',
    es: 'Un deslizamiento debe sentirse como un movimiento suave, no como un estiramiento. Si aparece hormigueo o dolor, haga el movimiento más pequeño.',
  },
  {
    en: 'Wait at least two hours after getting up in the morning before doing nerve glides.',
    es: 'Espere por lo menos dos horas después de levantarse en la mañana antes de hacer los deslizamientos del nervio.',
  },
];

export const LONG_TERM_EXERCISES = [
  {
    id: 'seated-slider',
    family: 'nerve-glide',
    name: { en: 'Seated nerve glide', es: 'Deslizamiento del nervio sentado' },
    summary: {
      en: 'Slides the sciatic nerve gently back and forth without stretching it.',
      es: 'Desliza el nervio ciático con suavidad hacia un lado y otro, sin estirarlo.',
    },
    whyItHelps: {
      en: 'As the knee straightens the head looks up, and as it bends the head looks down, so the nerve slides along its path instead of being pulled tight. Gentle movement like this can help a touchy nerve settle.',
      es: 'Cuando la rodilla se estira, la cabeza mira hacia arriba, y cuando se dobla, la cabeza mira hacia abajo. Así el nervio se desliza por su camino en vez de estirarse. Un movimiento suave como este puede ayudar a calmar un nervio sensible.',
    },
    cautions: GLIDE_CAUTIONS,
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 12],
      sets: [1, 3],
      secondsPerRep: 5,
      cue: {
        out: { en: 'Straighten and look up', es: 'Estire y mire arriba' },
        back: { en: 'Bend and look down', es: 'Doble y mire abajo' },
      },
    },
    variants: [
      {
        id: 'seated',
        name: { en: 'Sitting in a chair', es: 'Sentado en una silla' },
        summary: {
          en: 'Sitting near the front of a firm chair.',
          es: 'Sentado en la parte de adelante de una silla firme.',
        },
        steps: [
          {
            en: 'Sit near the front of a firm chair with your hands resting beside you.',
            es: 'Siéntese en la parte de adelante de una silla firme, con las manos apoyadas a los lados.',
          },
          {
            en: 'Slowly straighten one knee while you tip your head back to look up.',
            es: 'Estire despacio una rodilla mientras inclina la cabeza hacia atrás para mirar arriba.',
          },
          {
            en: 'Then bend the knee back down while you bring your chin toward your chest.',
            es: 'Luego vuelva a doblar la rodilla mientras baja la barbilla hacia el pecho.',
          },
          {
            en: 'Keep it smooth and easy, like a see-saw, then switch legs.',
            es: 'Hágalo suave y tranquilo, como un subibaja. Luego cambie de pierna.',
          },
        ],
        demands: { ...seated, neuralTension: 'moderate' },
        poses: ['slider-seated-bent', 'slider-seated-straight'],
      },
    ],
    sources: GLIDE_SOURCES,
  },
  {
    id: 'supine-slider',
    family: 'nerve-glide',
    name: { en: 'Lying nerve glide', es: 'Deslizamiento del nervio acostado' },
    summary: {
      en: 'The same gentle nerve slide, lying on your back with the thigh held up.',
      es: 'El mismo deslizamiento suave del nervio, boca arriba y sosteniendo el muslo en alto.',
    },
    whyItHelps: {
      en: 'Holding the thigh upright keeps the back supported while the knee moves, so the nerve can glide with very little load on the spine.',
      es: 'Sostener el muslo hacia arriba deja la espalda apoyada mientras la rodilla se mueve, así el nervio se desliza casi sin cargar la columna.',
    },
    cautions: GLIDE_CAUTIONS,
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 12],
      sets: [1, 3],
      secondsPerRep: 5,
      cue: {
        out: { en: 'Straighten, head down', es: 'Estire, cabeza abajo' },
        back: { en: 'Bend, chin in', es: 'Doble, barbilla adentro' },
      },
    },
    variants: [
      {
        id: 'supine',
        name: { en: 'On the floor', es: 'En el piso' },
        summary: {
          en: 'Lying on a mat or carpet.',
          es: 'Acostado sobre un tapete o una alfombra.',
        },
        steps: [
          {
            en: 'Lie on your back with both knees bent and feet flat.',
            es: 'Acuéstese boca arriba con las dos rodillas dobladas y los pies planos.',
          },
          {
            en: 'Lift one knee up and hold behind it with both hands, so the thigh points to the ceiling.',
            es: 'Suba una rodilla y agárrela por detrás con las dos manos, para que el muslo apunte al techo.',
          },
          {
            en: 'Straighten that knee as far as is easy while your head rests down.',
            es: 'Estire esa rodilla hasta donde le resulte fácil, con la cabeza apoyada.',
          },
          {
            en: 'Bend the knee again while you tuck your chin in, then repeat and switch legs.',
            es: 'Vuelva a doblar la rodilla mientras mete la barbilla. Repita y luego cambie de pierna.',
          },
        ],
        demands: { ...lyingOnBack, neuralTension: 'moderate', lumbarFlexion: 'low' },
        poses: ['slider-supine-bent', 'slider-supine-straight'],
      },
      {
        id: 'on-bed',
        name: { en: 'On a firm bed', es: 'En una cama firme' },
        summary: {
          en: 'The same glide without getting down to the floor.',
          es: 'El mismo deslizamiento sin tener que bajar al piso.',
        },
        steps: [
          {
            en: 'Lie on your back on a firm bed with both knees bent.',
            es: 'Acuéstese boca arriba en una cama firme, con las dos rodillas dobladas.',
          },
          {
            en: 'Hold behind one knee so that thigh points to the ceiling.',
            es: 'Agarre una rodilla por detrás para que ese muslo apunte al techo.',
          },
          {
            en: 'Straighten the knee as far as is easy with your head resting, then bend it as you tuck your chin.',
            es: 'Estire la rodilla hasta donde le resulte fácil, con la cabeza apoyada. Luego dóblela mientras mete la barbilla.',
          },
          {
            en: 'Repeat slowly, then switch legs.',
            es: 'Repita despacio. Luego cambie de pierna.',
          },
        ],
        demands: {
          ...lyingOnBack,
          floor: false,
          neuralTension: 'moderate',
          lumbarFlexion: 'low',
        },
        poses: ['slider-supine-bent-bed', 'slider-supine-straight-bed'],
      },
    ],
    sources: GLIDE_SOURCES,
  },
  {
    id: 'tensioner',
    family: 'nerve-glide',
    name: { en: 'Nerve tensioner', es: 'Tensor del nervio' },
    summary: {
      en: 'A stronger nerve glide that a therapist prescribes once sliders feel easy.',
      es: 'Un deslizamiento del nervio más fuerte, que receta el fisioterapeuta cuando los deslizamientos suaves ya le resultan fáciles.',
    },
    whyItHelps: {
      en: 'Straightening the knee and bringing the chin down at the same time puts a little more tension on the nerve. Done in small, careful doses it can help a nerve get used to movement again.',
      es: 'Estirar la rodilla y bajar la barbilla al mismo tiempo estira un poco más el nervio. Hecho poco a poco y con cuidado, puede ayudar a que el nervio se acostumbre otra vez al movimiento.',
    },
    cautions: [
      {
        en: 'Only do this if your therapist has given it to you.',
        es: 'Hágalo solo si su fisioterapeuta se lo indicó.',
      },
      {
        en: 'It should feel like a mild pull at most. Stop if tingling spreads or stays afterwards.',
        es: 'Como mucho debe sentir un estirón leve. Pare si el hormigueo se extiende o no se quita después.',
      },
      ...GLIDE_CAUTIONS.slice(1),
    ],
    sided: true,
    therapistOnly: true,
    dose: {
      mode: 'reps',
      reps: [5, 10],
      sets: [1, 2],
      secondsPerRep: 5,
      cue: {
        out: { en: 'Straighten and chin down', es: 'Estire y barbilla abajo' },
        back: { en: 'Bend and look up', es: 'Doble y mire arriba' },
      },
    },
    variants: [
      {
        id: 'seated',
        name: { en: 'Sitting in a chair', es: 'Sentado en una silla' },
        summary: {
          en: 'Sitting with a slight slump, as your therapist showed you.',
          es: 'Sentado un poco encorvado, como le enseñó su fisioterapeuta.',
        },
        steps: [
          {
            en: 'Sit near the front of a chair and let your back round a little.',
            es: 'Siéntese en la parte de adelante de una silla y deje que la espalda se curve un poco.',
          },
          {
            en: 'Slowly straighten one knee while you bring your chin toward your chest.',
            es: 'Estire despacio una rodilla mientras baja la barbilla hacia el pecho.',
          },
          {
            en: 'Go only to a mild pull, then bend the knee and lift your head together.',
            es: 'Llegue solo a un estirón leve. Luego doble la rodilla y levante la cabeza al mismo tiempo.',
          },
          {
            en: 'Repeat as many times as your therapist asked, then switch legs.',
            es: 'Repita las veces que le pidió su fisioterapeuta. Luego cambie de pierna.',
          },
        ],
        demands: { ...seated, lumbarFlexion: 'moderate', neuralTension: 'high' },
        poses: ['tensioner-seated-start', 'tensioner-seated-end'],
      },
    ],
    sources: GLIDE_SOURCES,
  },
  {
    id: 'abdominal-bracing',
    family: 'core',
    name: { en: 'Tummy bracing', es: 'Apretar el abdomen' },
    summary: {
      en: 'Firms up the muscles around your middle while you keep breathing.',
      es: 'Afirma los músculos de la cintura mientras sigue respirando.',
    },
    whyItHelps: {
      en: 'Gently stiffening the muscles around the belly helps the trunk hold itself steady, which can protect a sore back during everyday movements.',
      es: 'Apretar con suavidad los músculos alrededor del vientre ayuda a que el tronco se mantenga firme, y eso puede proteger una espalda adolorida en los movimientos de todos los días.',
    },
    cautions: [
      {
        en: 'Keep breathing the whole time: never hold your breath.',
        es: 'Siga respirando todo el tiempo: nunca aguante la respiración.',
      },
      {
        en: 'Tighten gently, about a quarter of your full effort, not as hard as you can.',
        es: 'Apriete con suavidad, más o menos con la cuarta parte de su fuerza, no con toda.',
      },
    ],
    sided: false,
    dose: { mode: 'hold', holdSeconds: [5, 10], reps: 6, maxReps: 8 },
    variants: [
      {
        id: 'lying',
        name: { en: 'Lying on your back', es: 'Boca arriba' },
        summary: {
          en: 'Knees bent, feet flat, hands resting on the belly.',
          es: 'Rodillas dobladas, pies planos y manos apoyadas en el vientre.',
        },
        steps: [
          {
            en: 'Lie on your back with your knees bent and your hands resting on your belly.',
            es: 'Acuéstese boca arriba con las rodillas dobladas y las manos apoyadas en el vientre.',
          },
          {
            en: 'Tighten the muscles around your middle, as if ready for a gentle poke in the tummy.',
            es: 'Apriete los músculos de la cintura, como si se preparara para un toquecito en la panza.',
          },
          {
            en: 'Keep breathing slowly while you hold it, without pulling the belly in or pushing it out.',
            es: 'Siga respirando despacio mientras sostiene, sin meter ni sacar el vientre.',
          },
          {
            en: 'Let go and rest for a breath before the next one.',
            es: 'Suelte y descanse una respiración antes de la siguiente.',
          },
        ],
        demands: { ...lyingOnBack, load: 'low' },
        poses: ['brace-lying-rest', 'brace-lying-held'],
      },
      {
        id: 'seated',
        name: { en: 'Sitting in a chair', es: 'Sentado en una silla' },
        summary: {
          en: 'No floor needed: sit tall with a hand on your belly.',
          es: 'No necesita bajar al piso: siéntese derecho con una mano en el vientre.',
        },
        steps: [
          {
            en: 'Sit tall near the front of a chair, feet flat, one hand on your belly.',
            es: 'Siéntese derecho en la parte de adelante de una silla, con los pies planos y una mano en el vientre.',
          },
          {
            en: 'Tighten the muscles around your middle as if bracing for a gentle poke.',
            es: 'Apriete los músculos de la cintura como si se preparara para un toquecito.',
          },
          {
            en: 'Keep breathing slowly while you hold it.',
            es: 'Siga respirando despacio mientras sostiene.',
          },
          {
            en: 'Let go and rest for a breath before the next one.',
            es: 'Suelte y descanse una respiración antes de la siguiente.',
          },
        ],
        demands: { ...seated, lumbarFlexion: 'none', neuralTension: 'none', load: 'low' },
        poses: ['brace-seated-rest', 'brace-seated-held'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'dead-bug',
    family: 'core',
    name: { en: 'Dead bug', es: 'Bicho muerto' },
    summary: {
      en: 'Keeps the back still while the legs move, lying on your back.',
      es: 'Mantiene la espalda quieta mientras las piernas se mueven, boca arriba.',
    },
    whyItHelps: {
      en: 'Moving an arm or leg while the middle stays firm trains the trunk muscles to steady the back, the same job they do when you walk or lift.',
      es: 'Mover un brazo o una pierna con la cintura firme entrena los músculos del tronco para sostener la espalda, el mismo trabajo que hacen cuando camina o levanta algo.',
    },
    cautions: [
      {
        en: 'Your low back should stay resting on the floor. If it arches up, make the movement smaller.',
        es: 'La parte baja de la espalda debe quedarse apoyada en el piso. Si se arquea, haga el movimiento más pequeño.',
      },
      {
        en: 'Keep breathing; stop if pain spreads down your leg.',
        es: 'Siga respirando; pare si el dolor se extiende por la pierna.',
      },
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [5, 8],
      sets: [1, 3],
      secondsPerRep: 6,
      cue: {
        out: { en: 'Lower slowly', es: 'Baje despacio' },
        back: { en: 'And back up', es: 'Y vuelva a subir' },
      },
    },
    variants: [
      {
        id: 'heel-taps',
        name: { en: 'Heel taps', es: 'Toques con el talón' },
        summary: {
          en: 'The gentlest version: one bent leg lowers at a time.',
          es: 'La versión más suave: baja una pierna doblada a la vez.',
        },
        steps: [
          {
            en: 'Lie on your back and lift both knees up over your hips, knees bent at a right angle.',
            es: 'Acuéstese boca arriba y suba las dos rodillas por encima de las caderas, dobladas en ángulo recto.',
          },
          {
            en: 'Brace your middle gently and keep your low back resting on the floor.',
            es: 'Apriete suavemente la cintura y deje la parte baja de la espalda apoyada en el piso.',
          },
          {
            en: 'Slowly lower one foot until the heel almost touches the floor, keeping the knee bent.',
            es: 'Baje despacio un pie hasta que el talón casi toque el piso, sin estirar la rodilla.',
          },
          {
            en: 'Bring it back up, then do the same with the other leg.',
            es: 'Vuelva a subirlo y haga lo mismo con la otra pierna.',
          },
        ],
        demands: { ...lyingOnBack, load: 'low' },
        poses: ['dead-bug-tabletop', 'dead-bug-heel-tap'],
      },
      {
        id: 'arm-and-leg',
        name: { en: 'Opposite arm and leg', es: 'Brazo y pierna contrarios' },
        summary: {
          en: 'Harder: one leg stretches out as the opposite arm reaches back.',
          es: 'Más difícil: una pierna se estira mientras el brazo contrario se va hacia atrás.',
        },
        steps: [
          {
            en: 'Lie on your back with both knees up over your hips and your arms pointing to the ceiling.',
            es: 'Acuéstese boca arriba con las dos rodillas por encima de las caderas y los brazos apuntando al techo.',
          },
          {
            en: 'Brace your middle gently and keep your low back resting on the floor.',
            es: 'Apriete suavemente la cintura y deje la parte baja de la espalda apoyada en el piso.',
          },
          {
            en: 'Slowly stretch one leg out low while the opposite arm reaches back past your head.',
            es: 'Estire despacio una pierna hacia abajo mientras el brazo contrario se va hacia atrás, más allá de la cabeza.',
          },
          {
            en: 'Bring them back together, then switch to the other leg and arm.',
            es: 'Regréselos juntos y luego cambie a la otra pierna y el otro brazo.',
          },
        ],
        demands: { ...lyingOnBack, load: 'moderate' },
        poses: ['dead-bug-tabletop', 'dead-bug-reach'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'bird-dog',
    family: 'core',
    name: { en: 'Bird dog', es: 'Perro de caza' },
    summary: {
      en: 'Reaching out on hands and knees while the back stays level.',
      es: 'Estirarse en cuatro puntos con la espalda derecha.',
    },
    whyItHelps: {
      en: 'Holding the back level while a leg (and later the opposite arm) reaches out trains the muscles along the spine and around the hips to work together.',
      es: 'Mantener la espalda derecha mientras se estira una pierna (y más adelante el brazo contrario) enseña a los músculos de la columna y de las caderas a trabajar juntos.',
    },
    cautions: [
      {
        en: 'Keep your back flat like a table: do not let it sag or twist.',
        es: 'Mantenga la espalda plana como una mesa: no deje que se hunda ni que gire.',
      },
      {
        en: 'Put a folded towel under your knees if they are sore.',
        es: 'Ponga una toalla doblada debajo de las rodillas si le duelen.',
      },
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [7, 10], reps: 4, maxReps: 6 },
    variants: [
      {
        id: 'leg-only',
        name: { en: 'One leg only', es: 'Solo una pierna' },
        summary: {
          en: 'The first step: both hands stay down.',
          es: 'El primer paso: las dos manos se quedan en el piso.',
        },
        steps: [
          {
            en: 'Kneel on all fours with your hands under your shoulders and knees under your hips.',
            es: 'Póngase en cuatro puntos, con las manos debajo de los hombros y las rodillas debajo de las caderas.',
          },
          {
            en: 'Brace your middle gently and keep your back flat.',
            es: 'Apriete suavemente la cintura y mantenga la espalda plana.',
          },
          {
            en: 'Slide one leg straight back and lift it no higher than your hips.',
            es: 'Deslice una pierna estirada hacia atrás y súbala sin pasar la altura de las caderas.',
          },
          {
            en: 'Hold, then bring it back slowly and switch legs.',
            es: 'Sostenga, regrésela despacio y cambie de pierna.',
          },
        ],
        demands: {
          position: 'quadruped',
          floor: true,
          kneeling: true,
          forwardBend: false,
          lumbarFlexion: 'none',
          twist: false,
          neuralTension: 'none',
          balance: 'low',
          load: 'moderate',
          props: ['towel'],
        },
        poses: ['hands-and-knees', 'bird-dog-leg'],
      },
      {
        id: 'opposite-arm-leg',
        name: { en: 'Opposite arm and leg', es: 'Brazo y pierna contrarios' },
        summary: {
          en: 'The full version, once one leg feels steady.',
          es: 'La versión completa, cuando ya se sienta firme con una pierna.',
        },
        steps: [
          {
            en: 'Kneel on all fours with your hands under your shoulders and knees under your hips.',
            es: 'Póngase en cuatro puntos, con las manos debajo de los hombros y las rodillas debajo de las caderas.',
          },
          {
            en: 'Brace your middle gently and keep your back flat.',
            es: 'Apriete suavemente la cintura y mantenga la espalda plana.',
          },
          {
            en: 'Reach one leg straight back and the opposite arm straight forward, both level with your back.',
            es: 'Estire una pierna hacia atrás y el brazo contrario hacia adelante, los dos a la altura de la espalda.',
          },
          {
            en: 'Hold, then bring them back slowly and switch sides.',
            es: 'Sostenga, regréselos despacio y cambie de lado.',
          },
        ],
        demands: {
          position: 'quadruped',
          floor: true,
          kneeling: true,
          forwardBend: false,
          lumbarFlexion: 'none',
          twist: false,
          neuralTension: 'none',
          balance: 'high',
          load: 'moderate',
          props: ['towel'],
        },
        poses: ['hands-and-knees', 'bird-dog-full'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'bridge',
    family: 'hip-and-glute',
    name: { en: 'Bridge', es: 'Puente' },
    summary: {
      en: 'Lifts the hips off the floor using the buttock muscles.',
      es: 'Sube las caderas del piso usando los músculos de los glúteos.',
    },
    whyItHelps: {
      en: 'Strong buttock muscles steady the pelvis and take load off the low back when you stand, walk and climb stairs.',
      es: 'Unos glúteos fuertes sostienen la pelvis y le quitan carga a la parte baja de la espalda cuando está de pie, camina o sube escaleras.',
    },
    cautions: [
      {
        en: 'Lift only as high as your back feels comfortable, with no arching.',
        es: 'Suba solo hasta donde la espalda esté cómoda, sin arquearla.',
      },
      {
        en: 'Stop if pain or tingling spreads down your leg.',
        es: 'Pare si el dolor o el hormigueo se extiende por la pierna.',
      },
    ],
    sided: false,
    dose: { mode: 'hold', holdSeconds: [3, 5], reps: 5, maxReps: 10, sets: [2, 4] },
    variants: [
      {
        id: 'floor',
        name: { en: 'On the floor', es: 'En el piso' },
        summary: {
          en: 'Lying on a mat or carpet.',
          es: 'Acostado sobre un tapete o una alfombra.',
        },
        steps: [
          {
            en: 'Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.',
            es: 'Acuéstese boca arriba con las rodillas dobladas, los pies planos y separados al ancho de las caderas, y los brazos a los lados.',
          },
          {
            en: 'Brace your middle gently and squeeze your buttocks.',
            es: 'Apriete suavemente la cintura y también los glúteos.',
          },
          {
            en: 'Lift your hips until your shoulders, hips and knees make a straight line.',
            es: 'Suba las caderas hasta que los hombros, las caderas y las rodillas formen una línea recta.',
          },
          {
            en: 'Hold, then lower slowly, one part of the back at a time.',
            es: 'Sostenga y baje despacio, apoyando la espalda poco a poco.',
          },
        ],
        demands: { ...lyingOnBack, load: 'moderate' },
        poses: ['bridge-start', 'bridge-up'],
      },
      {
        id: 'on-bed',
        name: { en: 'On a firm bed', es: 'En una cama firme' },
        summary: {
          en: 'The same lift without getting down to the floor.',
          es: 'El mismo movimiento sin tener que bajar al piso.',
        },
        steps: [
          {
            en: 'Lie on your back on a firm bed, knees bent and feet flat.',
            es: 'Acuéstese boca arriba en una cama firme, con las rodillas dobladas y los pies planos.',
          },
          {
            en: 'Squeeze your buttocks and lift your hips into a straight line from shoulders to knees.',
            es: 'Apriete los glúteos y suba las caderas hasta formar una línea recta de los hombros a las rodillas.',
          },
          { en: 'Hold, then lower slowly.', es: 'Sostenga y baje despacio.' },
        ],
        demands: { ...lyingOnBack, floor: false, load: 'moderate' },
        poses: ['bridge-start-bed', 'bridge-up-bed'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'clamshell',
    family: 'hip-and-glute',
    name: { en: 'Clamshell', es: 'Almeja' },
    summary: {
      en: 'Opens the top knee like a shell while lying on your side.',
      es: 'Abre la rodilla de arriba como una concha, acostado de lado.',
    },
    whyItHelps: {
      en: 'It strengthens the muscles at the side of the hip, which keep the pelvis level when you walk and stop the knee from rolling in.',
      es: 'Fortalece los músculos del costado de la cadera, que mantienen la pelvis derecha al caminar y evitan que la rodilla se vaya hacia adentro.',
    },
    cautions: [
      {
        en: 'Keep your feet together and your pelvis still: only the top knee moves.',
        es: 'Mantenga los pies juntos y la pelvis quieta: solo se mueve la rodilla de arriba.',
      },
      {
        en: 'A pillow under your head keeps your neck comfortable.',
        es: 'Una almohada debajo de la cabeza mantiene cómodo el cuello.',
      },
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 15],
      sets: [2, 3],
      secondsPerRep: 3,
      cue: {
        out: { en: 'Lift the top knee', es: 'Suba la rodilla' },
        back: { en: 'Lower slowly', es: 'Baje despacio' },
      },
    },
    variants: [
      {
        id: 'floor',
        name: { en: 'On the floor', es: 'En el piso' },
        summary: { en: 'Lying on your side on a mat.', es: 'Acostado de lado sobre un tapete.' },
        steps: [
          {
            en: 'Lie on your side with your hips and knees bent and your feet together.',
            es: 'Acuéstese de lado con las caderas y las rodillas dobladas y los pies juntos.',
          },
          {
            en: 'Rest your head on your arm or a pillow and keep your hips stacked.',
            es: 'Apoye la cabeza en el brazo o en una almohada y mantenga una cadera encima de la otra.',
          },
          {
            en: 'Keeping your feet touching, lift your top knee as far as you can without rolling back.',
            es: 'Con los pies juntos, suba la rodilla de arriba todo lo que pueda sin girar hacia atrás.',
          },
          {
            en: 'Lower it slowly, then repeat and switch sides.',
            es: 'Bájela despacio. Repita y luego cambie de lado.',
          },
        ],
        demands: { ...lyingOnSide, load: 'low' },
        poses: ['clamshell-closed', 'clamshell-open'],
      },
      {
        id: 'on-bed',
        name: { en: 'On a firm bed', es: 'En una cama firme' },
        summary: {
          en: 'The same movement without getting down to the floor.',
          es: 'El mismo movimiento sin tener que bajar al piso.',
        },
        steps: [
          {
            en: 'Lie on your side on a firm bed with your hips and knees bent and feet together.',
            es: 'Acuéstese de lado en una cama firme, con las caderas y las rodillas dobladas y los pies juntos.',
          },
          {
            en: 'Lift your top knee without letting your pelvis roll back.',
            es: 'Suba la rodilla de arriba sin dejar que la pelvis gire hacia atrás.',
          },
          {
            en: 'Lower it slowly, then repeat and switch sides.',
            es: 'Bájela despacio. Repita y luego cambie de lado.',
          },
        ],
        demands: { ...lyingOnSide, floor: false, load: 'low' },
        poses: ['clamshell-closed-bed', 'clamshell-open-bed'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'side-lying-abduction',
    family: 'hip-and-glute',
    name: { en: 'Side-lying leg lift', es: 'Subir la pierna acostado de lado' },
    summary: {
      en: 'Lifts the straight top leg while lying on your side.',
      es: 'Sube la pierna de arriba estirada, acostado de lado.',
    },
    whyItHelps: {
      en: 'It works the same hip muscles as the clamshell a little harder, helping the pelvis stay level on every step.',
      es: 'Trabaja los mismos músculos de la cadera que la almeja, pero un poco más fuerte, y ayuda a que la pelvis se mantenga derecha en cada paso.',
    },
    cautions: [
      {
        en: 'Lift the leg slightly behind you, not in front, and keep your toes pointing forward.',
        es: 'Suba la pierna un poco hacia atrás, no hacia adelante, con los dedos del pie apuntando al frente.',
      },
      {
        en: 'Stop if the movement pinches in your back or sends pain down the leg.',
        es: 'Pare si el movimiento le pellizca la espalda o le manda dolor por la pierna.',
      },
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 15],
      sets: [2, 3],
      secondsPerRep: 3,
      cue: {
        out: { en: 'Lift the top leg', es: 'Suba la pierna' },
        back: { en: 'Lower slowly', es: 'Baje despacio' },
      },
    },
    variants: [
      {
        id: 'floor',
        name: { en: 'On the floor', es: 'En el piso' },
        summary: {
          en: 'Bottom knee bent for balance.',
          es: 'La rodilla de abajo doblada para mantener el equilibrio.',
        },
        steps: [
          {
            en: 'Lie on your side with your bottom knee bent and your top leg straight.',
            es: 'Acuéstese de lado con la rodilla de abajo doblada y la pierna de arriba estirada.',
          },
          {
            en: 'Rest your head on your arm and put your top hand on the floor in front of you.',
            es: 'Apoye la cabeza en el brazo y ponga la otra mano en el piso, delante de usted.',
          },
          {
            en: 'Lift your top leg a hand or two higher than your hip, keeping it in line with your body.',
            es: 'Suba la pierna de arriba uno o dos palmos más alto que la cadera, en línea con el cuerpo.',
          },
          {
            en: 'Lower it slowly, then repeat and switch sides.',
            es: 'Bájela despacio. Repita y luego cambie de lado.',
          },
        ],
        demands: { ...lyingOnSide, load: 'moderate' },
        poses: ['abduction-down', 'abduction-up'],
      },
    ],
    sources: STRENGTH_SOURCES,
  },
  {
    id: 'prone-press-up',
    family: 'directional',
    name: { en: 'Press-up on your front', es: 'Extensión boca abajo' },
    summary: {
      en: 'Arches the low back gently while lying face down.',
      es: 'Arquea con suavidad la parte baja de la espalda, acostado boca abajo.',
    },
    whyItHelps: {
      en: 'For some people, arching the back this way draws leg symptoms up toward the back, a good sign called centralising. It is only used when it does that for you.',
      es: 'En algunas personas, arquear la espalda así hace que los síntomas de la pierna suban hacia la espalda. Es una buena señal que se llama centralización. Solo se usa si a usted le pasa eso.',
    },
    cautions: [
      {
        en: 'Only do this if your therapist, or your own trial, showed that it moves leg symptoms up toward your back.',
        es: 'Hágalo solo si su fisioterapeuta, o su propia prueba, mostró que hace subir los síntomas de la pierna hacia la espalda.',
      },
      {
        en: 'Stop at once if pain or tingling spreads further down your leg.',
        es: 'Pare enseguida si el dolor o el hormigueo baja más por la pierna.',
      },
      {
        en: 'Keep your hips resting on the floor and your buttocks relaxed.',
        es: 'Deje las caderas apoyadas en el piso y los glúteos relajados.',
      },
    ],
    sided: false,
    onlyIfCentralises: true,
    dose: {
      mode: 'reps',
      reps: [8, 10],
      sets: [1, 1],
      secondsPerRep: 4,
      cue: {
        out: { en: 'Press up', es: 'Empuje hacia arriba' },
        back: { en: 'Lower slowly', es: 'Baje despacio' },
      },
    },
    variants: [
      {
        id: 'press-up',
        name: { en: 'Full press-up', es: 'Extensión completa' },
        summary: {
          en: 'Straightening the arms while the hips stay down.',
          es: 'Estirando los brazos mientras las caderas se quedan abajo.',
        },
        steps: [
          {
            en: 'Lie face down with your hands flat under your shoulders.',
            es: 'Acuéstese boca abajo con las manos planas debajo de los hombros.',
          },
          {
            en: 'Breathe out and slowly straighten your arms, letting your back arch while your hips stay on the floor.',
            es: 'Saque el aire y estire los brazos despacio, dejando que la espalda se arquee mientras las caderas se quedan en el piso.',
          },
          {
            en: 'Go only as high as is comfortable, then lower slowly.',
            es: 'Suba solo hasta donde esté cómodo y luego baje despacio.',
          },
          { en: 'Rest for a breath and repeat.', es: 'Descanse una respiración y repita.' },
        ],
        demands: { ...lyingOnFront, load: 'low' },
        poses: ['prone-flat', 'prone-press-up'],
      },
      {
        id: 'on-elbows',
        name: { en: 'Propped on your elbows', es: 'Apoyado en los codos' },
        summary: {
          en: 'A gentler start: only as far as your elbows.',
          es: 'Un comienzo más suave: solo hasta los codos.',
        },
        steps: [
          {
            en: 'Lie face down with your elbows bent under your shoulders.',
            es: 'Acuéstese boca abajo con los codos doblados debajo de los hombros.',
          },
          {
            en: 'Slowly lift your chest onto your forearms, hips staying down.',
            es: 'Suba despacio el pecho sobre los antebrazos, con las caderas abajo.',
          },
          {
            en: 'Breathe and relax your back, then lower slowly.',
            es: 'Respire y relaje la espalda. Luego baje despacio.',
          },
        ],
        demands: { ...lyingOnFront, load: 'none' },
        poses: ['prone-flat', 'prone-on-elbows'],
      },
    ],
    sources: ['may-2012', 'george-2021'],
  },
] as const satisfies readonly ExerciseContent[];
