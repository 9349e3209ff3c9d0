import type { ExerciseContent } from '../src/domain/exercises/library';

const STRETCH_SOURCES = ['harvard-stretches', 'apta-sciatica', 'acsm-stretching'];

/**
 * The six stretches from the source article. Variants are listed in order of preference;
 * their demands describe the position honestly so the safety rules can reason over them.
 */
export const EXERCISES = [
  {
    id: 'seated-piriformis',
    name: { en: 'Seated piriformis stretch', es: 'Estiramiento del piriforme sentado' },
    summary: {
      en: 'A hip stretch you can do from any sturdy chair.',
      es: 'Un estiramiento de cadera que puede hacer en cualquier silla firme.',
    },
    whyItHelps: {
      en: 'The piriformis is a small muscle deep in the buttock. The sciatic nerve runs right beside it, so easing its tension can take pressure off the nerve.',
      es: 'El piriforme es un músculo pequeño, muy dentro del glúteo. El nervio ciático pasa justo a su lado, así que aflojar ese músculo puede quitarle presión al nervio.',
    },
    cautions: [
      {
        en: 'Lean only as far as a gentle pull in the hip. Stop if you feel sharp pain or tingling down the leg.',
        es: 'Inclínese solo hasta sentir un estirón suave en la cadera. Pare si siente un dolor agudo u hormigueo que baja por la pierna.',
      },
      {
        en: 'If leaning forward bothers your back, stay upright: the stretch still works.',
        es: 'Si inclinarse hacia adelante le molesta la espalda, quédese derecho: el estiramiento sirve igual.',
      },
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2 },
    coveredBy: ['figure-4'],
    variants: [
      {
        id: 'seated',
        name: {
          en: 'In a chair, leaning forward',
          es: 'En una silla, inclinándose hacia adelante',
        },
        summary: {
          en: 'The classic version, with a slow lean to deepen the stretch.',
          es: 'La versión clásica, inclinándose despacio para estirar un poco más.',
        },
        steps: [
          {
            en: 'Sit tall near the front of a sturdy chair, feet flat on the floor.',
            es: 'Siéntese derecho en la parte de adelante de una silla firme, con los pies planos en el piso.',
          },
          {
            en: 'Rest one ankle on the opposite knee, so your legs make a number 4.',
            es: 'Apoye un tobillo sobre la rodilla contraria, para que las piernas formen un número 4.',
          },
          {
            en: 'Keep your back long and slowly tip your chest forward until you feel a stretch in the buttock of the crossed leg.',
            es: 'Mantenga la espalda estirada e incline el pecho despacio hacia adelante hasta sentir el estiramiento en el glúteo de la pierna cruzada.',
          },
          {
            en: 'Breathe slowly and hold, then sit up and switch legs.',
            es: 'Respire despacio y sostenga. Luego enderécese y cambie de pierna.',
          },
        ],
        demands: {
          position: 'seated',
          floor: false,
          kneeling: false,
          forwardBend: true,
          lumbarFlexion: 'moderate',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['chair'],
        },
        poses: ['seated-figure-4-upright', 'seated-figure-4-lean'],
      },
      {
        id: 'upright',
        name: { en: 'In a chair, sitting upright', es: 'En una silla, sentado derecho' },
        summary: {
          en: 'No forward lean: kinder to a back that dislikes bending.',
          es: 'Sin inclinarse hacia adelante: más suave para una espalda a la que no le gusta doblarse.',
        },
        steps: [
          {
            en: 'Sit tall in a sturdy chair, feet flat on the floor.',
            es: 'Siéntese derecho en una silla firme, con los pies planos en el piso.',
          },
          {
            en: 'Rest one ankle on the opposite knee.',
            es: 'Apoye un tobillo sobre la rodilla contraria.',
          },
          {
            en: 'Stay upright. If you want a little more stretch, press the crossed knee gently down with your hand.',
            es: 'Quédese derecho. Si quiere estirar un poco más, empuje suavemente hacia abajo la rodilla cruzada con la mano.',
          },
          {
            en: 'Breathe slowly and hold, then switch legs.',
            es: 'Respire despacio y sostenga. Luego cambie de pierna.',
          },
        ],
        demands: {
          position: 'seated',
          floor: false,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['chair'],
        },
        poses: ['seated-upright', 'seated-figure-4-upright'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
  {
    id: 'figure-4',
    name: {
      en: 'Figure-4 stretch (lying on your back)',
      es: 'Estiramiento en forma de 4 (boca arriba)',
    },
    summary: {
      en: 'The piriformis stretch done lying down, so the rest of your body can relax.',
      es: 'El estiramiento del piriforme, pero acostado, para que el resto del cuerpo pueda relajarse.',
    },
    whyItHelps: {
      en: 'It opens the hip and eases the buttock muscles around the nerve while your back is fully supported. That makes it a good choice on days when the nerve feels touchy.',
      es: 'Abre la cadera y afloja los músculos del glúteo que rodean el nervio, con la espalda bien apoyada. Por eso es una buena opción los días en que el nervio está sensible.',
    },
    cautions: [
      {
        en: 'Pull only until you feel a gentle stretch in the buttock, never pain down the leg.',
        es: 'Jale solo hasta sentir un estiramiento suave en el glúteo, nunca dolor que baje por la pierna.',
      },
      {
        en: 'Keep your head and shoulders resting down; a pillow under your head is fine.',
        es: 'Deje la cabeza y los hombros apoyados; puede poner una almohada debajo de la cabeza.',
      },
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2 },
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
            en: 'Cross one ankle over the other thigh, just above the knee, making a number 4.',
            es: 'Cruce un tobillo sobre el otro muslo, justo arriba de la rodilla, formando un número 4.',
          },
          {
            en: 'Hold the back of the uncrossed thigh and draw it gently toward your chest.',
            es: 'Agarre la parte de atrás del muslo que no está cruzado y acérquelo suavemente al pecho.',
          },
          {
            en: 'Keep breathing and hold, then switch sides.',
            es: 'Siga respirando y sostenga. Luego cambie de lado.',
          },
        ],
        demands: {
          position: 'supine',
          floor: true,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'low',
          balance: 'none',
          props: ['pillow', 'towel', 'strap'],
        },
        poses: ['supine-figure-4-start', 'supine-figure-4'],
      },
      {
        id: 'on-bed',
        name: { en: 'On a firm bed', es: 'En una cama firme' },
        summary: {
          en: 'The same stretch without getting down to the floor.',
          es: 'El mismo estiramiento sin tener que bajar al piso.',
        },
        steps: [
          {
            en: 'Lie on your back on a firm bed, knees bent and feet flat.',
            es: 'Acuéstese boca arriba en una cama firme, con las rodillas dobladas y los pies planos.',
          },
          {
            en: 'Cross one ankle over the other thigh, just above the knee.',
            es: 'Cruce un tobillo sobre el otro muslo, justo arriba de la rodilla.',
          },
          {
            en: 'If you cannot reach the thigh, loop a towel or strap behind it and hold the ends.',
            es: 'Si no alcanza el muslo, pase una toalla o una correa por detrás y agarre las puntas.',
          },
          {
            en: 'Draw the uncrossed leg gently toward you and hold, then switch sides.',
            es: 'Acerque suavemente hacia usted la pierna que no está cruzada y sostenga. Luego cambie de lado.',
          },
        ],
        demands: {
          position: 'supine',
          floor: false,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'low',
          balance: 'none',
          props: ['pillow', 'towel', 'strap'],
        },
        poses: ['supine-figure-4-start-bed', 'supine-figure-4-bed'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
  {
    id: 'cat-cow',
    name: { en: 'Cat–cow', es: 'Gato y vaca' },
    summary: {
      en: 'Slow, breath-led movement of the whole spine.',
      es: 'Movimiento lento de toda la columna, al ritmo de la respiración.',
    },
    whyItHelps: {
      en: 'Moving the spine gently through rounding and arching helps it loosen up and can ease tension in the lower back without forcing anything.',
      es: 'Mover la columna con suavidad, curvándola y arqueándola, la ayuda a soltarse y puede aliviar la tensión en la parte baja de la espalda sin forzar nada.',
    },
    cautions: [
      {
        en: 'Move only within a comfortable range, led by your breath.',
        es: 'Muévase solo hasta donde esté cómodo, siguiendo su respiración.',
      },
      {
        en: 'Put a folded towel under your knees if they are sore.',
        es: 'Ponga una toalla doblada debajo de las rodillas si le duelen.',
      },
      {
        en: 'Stop if either direction sends symptoms further down the leg.',
        es: 'Pare si alguno de los dos movimientos hace que los síntomas bajen más por la pierna.',
      },
    ],
    sided: false,
    dose: { mode: 'breath', cycles: 8, inhaleSeconds: 4, exhaleSeconds: 4 },
    variants: [
      {
        id: 'hands-and-knees',
        name: { en: 'On hands and knees', es: 'En cuatro puntos' },
        summary: {
          en: 'The classic version on all fours.',
          es: 'La versión clásica, apoyado en manos y rodillas.',
        },
        steps: [
          {
            en: 'Kneel on all fours: hands under shoulders, knees under hips.',
            es: 'Póngase en cuatro puntos: las manos debajo de los hombros y las rodillas debajo de las caderas.',
          },
          {
            en: 'Breathe out and round your back up toward the ceiling, letting your head drop (cat).',
            es: 'Saque el aire y curve la espalda hacia el techo, dejando caer la cabeza (gato).',
          },
          {
            en: 'Breathe in, let your belly sink and lift your chest and gaze a little (cow).',
            es: 'Tome aire, deje que el vientre baje y levante un poco el pecho y la mirada (vaca).',
          },
          {
            en: 'Keep moving slowly with each breath.',
            es: 'Siga moviéndose despacio con cada respiración.',
          },
        ],
        demands: {
          position: 'quadruped',
          floor: true,
          kneeling: true,
          forwardBend: false,
          lumbarFlexion: 'high',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['towel'],
        },
        poses: ['quadruped-cat', 'quadruped-cow'],
      },
      {
        id: 'seated',
        name: { en: 'Sitting in a chair', es: 'Sentado en una silla' },
        summary: {
          en: 'The same spine movement from a chair, with no kneeling.',
          es: 'El mismo movimiento de la columna, pero en una silla y sin arrodillarse.',
        },
        steps: [
          {
            en: 'Sit near the front of a chair, feet flat and hands resting on your thighs.',
            es: 'Siéntese en la parte de adelante de una silla, con los pies planos y las manos sobre los muslos.',
          },
          {
            en: 'Breathe out and round your back, tucking your chin slightly (cat).',
            es: 'Saque el aire y curve la espalda, bajando un poco la barbilla (gato).',
          },
          {
            en: 'Breathe in, roll your pelvis forward and lift your chest (cow).',
            es: 'Tome aire, gire la pelvis hacia adelante y levante el pecho (vaca).',
          },
          {
            en: 'Keep moving slowly with each breath.',
            es: 'Siga moviéndose despacio con cada respiración.',
          },
        ],
        demands: {
          position: 'seated',
          floor: false,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'moderate',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['chair'],
        },
        poses: ['seated-cat', 'seated-cow'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
  {
    id: 'childs-pose',
    name: { en: "Child's pose", es: 'Postura del niño' },
    summary: {
      en: 'A resting stretch that lets the lower back lengthen.',
      es: 'Un estiramiento de descanso que deja que la parte baja de la espalda se alargue.',
    },
    whyItHelps: {
      en: 'Folding forward over your knees gently opens the back of the spine, which can give the irritated nerve a little more room.',
      es: 'Doblarse hacia adelante sobre las rodillas abre con suavidad la parte de atrás de la columna, y eso puede darle un poco más de espacio al nervio irritado.',
    },
    cautions: [
      {
        en: 'Skip it if kneeling hurts your knees.',
        es: 'No lo haga si le duelen las rodillas al arrodillarse.',
      },
      {
        en: 'If bending forward feels sharp, come out slowly and skip it for today.',
        es: 'Si al doblarse siente un dolor agudo, salga despacio y déjelo por hoy.',
      },
    ],
    sided: false,
    dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2 },
    variants: [
      {
        id: 'kneeling',
        name: { en: 'Kneeling on the floor', es: 'De rodillas en el piso' },
        summary: { en: 'The classic resting position.', es: 'La posición de descanso clásica.' },
        steps: [
          {
            en: 'Kneel on the floor and sit back toward your heels, knees a little apart.',
            es: 'Arrodíllese en el piso y siéntese hacia atrás sobre los talones, con las rodillas un poco separadas.',
          },
          {
            en: 'Walk your hands forward and lower your chest toward the floor.',
            es: 'Avance las manos hacia adelante y baje el pecho hacia el piso.',
          },
          {
            en: 'Let your forehead rest down and breathe slowly into your lower back.',
            es: 'Apoye la frente y respire despacio, llevando el aire a la parte baja de la espalda.',
          },
          {
            en: 'To come up, walk your hands back and rise slowly.',
            es: 'Para subir, regrese las manos hacia usted y levántese despacio.',
          },
        ],
        demands: {
          position: 'kneeling',
          floor: true,
          kneeling: true,
          forwardBend: true,
          lumbarFlexion: 'high',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['pillow', 'towel'],
        },
        poses: ['hands-and-knees', 'childs-pose'],
      },
      {
        id: 'pillow-supported',
        name: { en: 'Resting on a pillow', es: 'Apoyado en una almohada' },
        summary: {
          en: 'A pillow under your chest so you bend less and can fully relax.',
          es: 'Con una almohada debajo del pecho, para doblarse menos y relajarse por completo.',
        },
        steps: [
          {
            en: 'Place a firm pillow or two lengthwise in front of your knees.',
            es: 'Ponga una o dos almohadas firmes a lo largo, delante de las rodillas.',
          },
          {
            en: 'Kneel and sit back toward your heels; a folded towel behind the knees can help.',
            es: 'Arrodíllese y siéntese hacia atrás sobre los talones; una toalla doblada detrás de las rodillas puede ayudar.',
          },
          {
            en: 'Lower your chest onto the pillow and rest your head to one side.',
            es: 'Baje el pecho sobre la almohada y apoye la cabeza de lado.',
          },
          {
            en: 'Breathe slowly and let your back soften.',
            es: 'Respire despacio y deje que la espalda se afloje.',
          },
        ],
        demands: {
          position: 'kneeling',
          floor: true,
          kneeling: true,
          forwardBend: true,
          lumbarFlexion: 'moderate',
          twist: false,
          neuralTension: 'low',
          balance: 'low',
          props: ['pillow', 'towel'],
        },
        needsOneOf: ['pillow'],
        poses: ['kneeling-by-pillow', 'childs-pose-pillow'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
  {
    id: 'hamstring',
    name: { en: 'Hamstring stretch', es: 'Estiramiento de la parte de atrás del muslo' },
    summary: {
      en: 'Loosens the long muscles at the back of the thigh.',
      es: 'Afloja los músculos largos de la parte de atrás del muslo.',
    },
    whyItHelps: {
      en: 'Tight hamstrings pull on the pelvis and can add strain along the back of the leg, where the sciatic nerve runs.',
      es: 'Cuando esos músculos están tensos, jalan la pelvis y pueden cargar la parte de atrás de la pierna, por donde pasa el nervio ciático.',
    },
    cautions: [
      {
        en: 'This position also stretches the nerve. Go only to a light pull behind the thigh, never into tingling.',
        es: 'Esta posición también estira el nervio. Llegue solo a un estirón leve detrás del muslo, nunca hasta sentir hormigueo.',
      },
      {
        en: 'Keep your foot relaxed and your chin level: pulling the toes up or the chin down adds nerve tension.',
        es: 'Deje el pie relajado y la barbilla derecha: subir los dedos del pie o bajar la barbilla estira más el nervio.',
      },
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2 },
    variants: [
      {
        id: 'seated',
        name: { en: 'Sitting on the floor', es: 'Sentado en el piso' },
        summary: {
          en: 'One leg straight out in front, the other bent.',
          es: 'Una pierna estirada hacia adelante y la otra doblada.',
        },
        steps: [
          {
            en: 'Sit on the floor with one leg straight and the other knee bent, foot beside the straight knee.',
            es: 'Siéntese en el piso con una pierna estirada y la otra rodilla doblada, con el pie junto a la rodilla estirada.',
          },
          {
            en: 'Sit tall, then hinge forward from the hips with a long back.',
            es: 'Siéntese derecho y luego inclínese hacia adelante desde las caderas, con la espalda estirada.',
          },
          {
            en: 'Stop at a light pull behind the straight thigh.',
            es: 'Pare cuando sienta un estirón leve detrás del muslo estirado.',
          },
          {
            en: 'Hold and breathe, then switch legs.',
            es: 'Sostenga y respire. Luego cambie de pierna.',
          },
        ],
        demands: {
          position: 'seated',
          floor: true,
          kneeling: false,
          forwardBend: true,
          lumbarFlexion: 'moderate',
          twist: false,
          neuralTension: 'high',
          balance: 'low',
          props: ['towel'],
        },
        poses: ['long-sit-tall', 'long-sit-hamstring'],
      },
      {
        id: 'standing-step',
        name: { en: 'Standing, heel on a step', es: 'De pie, con el talón en un escalón' },
        summary: {
          en: 'No floor needed, but you must feel steady on one leg.',
          es: 'No necesita bajar al piso, pero debe sentirse firme sobre una pierna.',
        },
        steps: [
          {
            en: 'Stand facing the bottom stair, holding the rail or a wall.',
            es: 'Párese frente al primer escalón, agarrado del barandal o de una pared.',
          },
          {
            en: 'Rest one heel on the step with the knee straight but not locked.',
            es: 'Apoye un talón en el escalón, con la rodilla estirada pero sin trabarla.',
          },
          {
            en: 'Keep your back long and lean forward slightly from the hips.',
            es: 'Mantenga la espalda estirada e inclínese un poco hacia adelante desde las caderas.',
          },
          {
            en: 'Hold and breathe, then switch legs.',
            es: 'Sostenga y respire. Luego cambie de pierna.',
          },
        ],
        demands: {
          position: 'standing',
          floor: false,
          kneeling: false,
          forwardBend: true,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'high',
          balance: 'high',
          props: ['step', 'chair'],
        },
        needsOneOf: ['step'],
        poses: ['standing-step-tall', 'standing-step-hamstring'],
      },
      {
        id: 'supine-strap',
        name: {
          en: 'Lying down with a strap or towel',
          es: 'Acostado, con una correa o una toalla',
        },
        summary: {
          en: 'Your back stays flat and supported the whole time.',
          es: 'La espalda se queda plana y apoyada todo el tiempo.',
        },
        steps: [
          {
            en: 'Lie on your back with both knees bent.',
            es: 'Acuéstese boca arriba con las dos rodillas dobladas.',
          },
          {
            en: 'Loop a strap or towel around the sole of one foot and hold the ends.',
            es: 'Pase una correa o una toalla por la planta de un pie y agarre las puntas.',
          },
          {
            en: 'Straighten that leg up toward the ceiling until you feel a light pull behind the thigh.',
            es: 'Estire esa pierna hacia el techo hasta sentir un estirón leve detrás del muslo.',
          },
          {
            en: 'Hold and breathe, then lower the leg slowly and switch.',
            es: 'Sostenga y respire. Luego baje la pierna despacio y cambie.',
          },
        ],
        demands: {
          position: 'supine',
          floor: true,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'none',
          twist: false,
          neuralTension: 'high',
          balance: 'none',
          props: ['strap', 'towel', 'pillow'],
        },
        needsOneOf: ['strap', 'towel'],
        poses: ['supine-strap-start', 'supine-strap-hamstring'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
  {
    id: 'knee-to-chest',
    name: { en: 'Knee-to-chest', es: 'Rodilla al pecho' },
    summary: {
      en: 'A simple lying stretch that often brings relief.',
      es: 'Un estiramiento sencillo, acostado, que muchas veces da alivio.',
    },
    whyItHelps: {
      en: 'Drawing one knee up gently opens the lower spine and can ease pressure on the nerve.',
      es: 'Subir una rodilla con suavidad abre la parte baja de la columna y puede quitarle presión al nervio.',
    },
    cautions: [
      {
        en: 'Keep your back and shoulders relaxed on the floor.',
        es: 'Deje la espalda y los hombros relajados sobre el piso.',
      },
      {
        en: 'If you cannot reach your knee comfortably, hold behind the thigh or use a towel.',
        es: 'Si no alcanza la rodilla con comodidad, agarre detrás del muslo o use una toalla.',
      },
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [15, 20], reps: 3 },
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
            en: 'Bring one knee toward your chest and hold it with both hands behind the thigh or over the knee.',
            es: 'Lleve una rodilla hacia el pecho y sosténgala con las dos manos, detrás del muslo o sobre la rodilla.',
          },
          {
            en: 'Let your back stay soft against the floor.',
            es: 'Deje la espalda suelta contra el piso.',
          },
          {
            en: 'Hold and breathe, then lower the leg slowly and switch.',
            es: 'Sostenga y respire. Luego baje la pierna despacio y cambie.',
          },
        ],
        demands: {
          position: 'supine',
          floor: true,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'low',
          balance: 'none',
          props: ['towel', 'pillow'],
        },
        poses: ['supine-knee-to-chest-start', 'supine-knee-to-chest'],
      },
      {
        id: 'on-bed',
        name: { en: 'On a firm bed', es: 'En una cama firme' },
        summary: {
          en: 'The same stretch without getting down to the floor.',
          es: 'El mismo estiramiento sin tener que bajar al piso.',
        },
        steps: [
          {
            en: 'Lie on your back on a firm bed with both knees bent.',
            es: 'Acuéstese boca arriba en una cama firme, con las dos rodillas dobladas.',
          },
          {
            en: 'Bring one knee toward your chest, holding behind the thigh (a towel helps if reaching is hard).',
            es: 'Lleve una rodilla hacia el pecho, agarrando detrás del muslo (una toalla ayuda si le cuesta alcanzarlo).',
          },
          {
            en: 'Keep your back and shoulders relaxed.',
            es: 'Deje la espalda y los hombros relajados.',
          },
          {
            en: 'Hold and breathe, then switch legs.',
            es: 'Sostenga y respire. Luego cambie de pierna.',
          },
        ],
        demands: {
          position: 'supine',
          floor: false,
          kneeling: false,
          forwardBend: false,
          lumbarFlexion: 'low',
          twist: false,
          neuralTension: 'low',
          balance: 'none',
          props: ['towel', 'pillow'],
        },
        poses: ['supine-knee-to-chest-start-bed', 'supine-knee-to-chest-bed'],
      },
    ],
    sources: STRETCH_SOURCES,
  },
] as const satisfies readonly ExerciseContent[];
