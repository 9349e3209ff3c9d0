import type { ExerciseInput } from '../src/domain/exercises/library';

type Demands = ExerciseInput['variants'][number]['demands'];

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
  'A glide should feel like gentle movement, not a stretch. If tingling or pain appears, make the movement smaller.',
  'Wait at least two hours after getting up in the morning before doing nerve glides.',
];

export const LONG_TERM_EXERCISES = [
  {
    id: 'seated-slider',
    family: 'nerve-glide',
    name: 'Seated nerve glide',
    summary: 'Slides the sciatic nerve gently back and forth without stretching it.',
    whyItHelps:
      'As the knee straightens the head looks up, and as it bends the head looks down, so the nerve slides along its path instead of being pulled tight. Gentle movement like this can help a touchy nerve settle.',
    cautions: GLIDE_CAUTIONS,
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 12],
      sets: [1, 3],
      secondsPerRep: 5,
      cue: { out: 'Straighten and look up', back: 'Bend and look down' },
    },
    variants: [
      {
        id: 'seated',
        name: 'Sitting in a chair',
        summary: 'Sitting near the front of a firm chair.',
        steps: [
          'Sit near the front of a firm chair with your hands resting beside you.',
          'Slowly straighten one knee while you tip your head back to look up.',
          'Then bend the knee back down while you bring your chin toward your chest.',
          'Keep it smooth and easy, like a see-saw, then switch legs.',
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
    name: 'Lying nerve glide',
    summary: 'The same gentle nerve slide, lying on your back with the thigh held up.',
    whyItHelps:
      'Holding the thigh upright keeps the back supported while the knee moves, so the nerve can glide with very little load on the spine.',
    cautions: GLIDE_CAUTIONS,
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 12],
      sets: [1, 3],
      secondsPerRep: 5,
      cue: { out: 'Straighten, head down', back: 'Bend, chin in' },
    },
    variants: [
      {
        id: 'supine',
        name: 'On the floor',
        summary: 'Lying on a mat or carpet.',
        steps: [
          'Lie on your back with both knees bent and feet flat.',
          'Lift one knee up and hold behind it with both hands, so the thigh points to the ceiling.',
          'Straighten that knee as far as is easy while your head rests down.',
          'Bend the knee again while you tuck your chin in, then repeat and switch legs.',
        ],
        demands: { ...lyingOnBack, neuralTension: 'moderate', lumbarFlexion: 'low' },
        poses: ['slider-supine-bent', 'slider-supine-straight'],
      },
      {
        id: 'on-bed',
        name: 'On a firm bed',
        summary: 'The same glide without getting down to the floor.',
        steps: [
          'Lie on your back on a firm bed with both knees bent.',
          'Hold behind one knee so that thigh points to the ceiling.',
          'Straighten the knee as far as is easy with your head resting, then bend it as you tuck your chin.',
          'Repeat slowly, then switch legs.',
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
    name: 'Nerve tensioner',
    summary: 'A stronger nerve glide that a therapist prescribes once sliders feel easy.',
    whyItHelps:
      'Straightening the knee and bringing the chin down at the same time puts a little more tension on the nerve. Done in small, careful doses it can help a nerve get used to movement again.',
    cautions: [
      'Only do this if your therapist has given it to you.',
      'It should feel like a mild pull at most. Stop if tingling spreads or stays afterwards.',
      ...GLIDE_CAUTIONS.slice(1),
    ],
    sided: true,
    therapistOnly: true,
    dose: {
      mode: 'reps',
      reps: [5, 10],
      sets: [1, 2],
      secondsPerRep: 5,
      cue: { out: 'Straighten and chin down', back: 'Bend and look up' },
    },
    variants: [
      {
        id: 'seated',
        name: 'Sitting in a chair',
        summary: 'Sitting with a slight slump, as your therapist showed you.',
        steps: [
          'Sit near the front of a chair and let your back round a little.',
          'Slowly straighten one knee while you bring your chin toward your chest.',
          'Go only to a mild pull, then bend the knee and lift your head together.',
          'Repeat as many times as your therapist asked, then switch legs.',
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
    name: 'Tummy bracing',
    summary: 'Firms up the muscles around your middle while you keep breathing.',
    whyItHelps:
      'Gently stiffening the muscles around the belly helps the trunk hold itself steady, which can protect a sore back during everyday movements.',
    cautions: [
      'Keep breathing the whole time: never hold your breath.',
      'Tighten gently, about a quarter of your full effort, not as hard as you can.',
    ],
    sided: false,
    dose: { mode: 'hold', holdSeconds: [5, 10], reps: 6, maxReps: 8 },
    variants: [
      {
        id: 'lying',
        name: 'Lying on your back',
        summary: 'Knees bent, feet flat, hands resting on the belly.',
        steps: [
          'Lie on your back with your knees bent and your hands resting on your belly.',
          'Tighten the muscles around your middle, as if ready for a gentle poke in the tummy.',
          'Keep breathing slowly while you hold it, without pulling the belly in or pushing it out.',
          'Let go and rest for a breath before the next one.',
        ],
        demands: { ...lyingOnBack, load: 'low' },
        poses: ['brace-lying-rest', 'brace-lying-held'],
      },
      {
        id: 'seated',
        name: 'Sitting in a chair',
        summary: 'No floor needed: sit tall with a hand on your belly.',
        steps: [
          'Sit tall near the front of a chair, feet flat, one hand on your belly.',
          'Tighten the muscles around your middle as if bracing for a gentle poke.',
          'Keep breathing slowly while you hold it.',
          'Let go and rest for a breath before the next one.',
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
    name: 'Dead bug',
    summary: 'Keeps the back still while the legs move, lying on your back.',
    whyItHelps:
      'Moving an arm or leg while the middle stays firm trains the trunk muscles to steady the back, the same job they do when you walk or lift.',
    cautions: [
      'Your low back should stay resting on the floor. If it arches up, make the movement smaller.',
      'Keep breathing; stop if pain spreads down your leg.',
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [5, 8],
      sets: [1, 3],
      secondsPerRep: 6,
      cue: { out: 'Lower slowly', back: 'And back up' },
    },
    variants: [
      {
        id: 'heel-taps',
        name: 'Heel taps',
        summary: 'The gentlest version: one bent leg lowers at a time.',
        steps: [
          'Lie on your back and lift both knees up over your hips, knees bent at a right angle.',
          'Brace your middle gently and keep your low back resting on the floor.',
          'Slowly lower one foot until the heel almost touches the floor, keeping the knee bent.',
          'Bring it back up, then do the same with the other leg.',
        ],
        demands: { ...lyingOnBack, load: 'low' },
        poses: ['dead-bug-tabletop', 'dead-bug-heel-tap'],
      },
      {
        id: 'arm-and-leg',
        name: 'Opposite arm and leg',
        summary: 'Harder: one leg stretches out as the opposite arm reaches back.',
        steps: [
          'Lie on your back with both knees up over your hips and your arms pointing to the ceiling.',
          'Brace your middle gently and keep your low back resting on the floor.',
          'Slowly stretch one leg out low while the opposite arm reaches back past your head.',
          'Bring them back together, then switch to the other leg and arm.',
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
    name: 'Bird dog',
    summary: 'Reaching out on hands and knees while the back stays level.',
    whyItHelps:
      'Holding the back level while a leg (and later the opposite arm) reaches out trains the muscles along the spine and around the hips to work together.',
    cautions: [
      'Keep your back flat like a table: do not let it sag or twist.',
      'Put a folded towel under your knees if they are sore.',
    ],
    sided: true,
    dose: { mode: 'hold', holdSeconds: [7, 10], reps: 4, maxReps: 6 },
    variants: [
      {
        id: 'leg-only',
        name: 'One leg only',
        summary: 'The first step: both hands stay down.',
        steps: [
          'Kneel on all fours with your hands under your shoulders and knees under your hips.',
          'Brace your middle gently and keep your back flat.',
          'Slide one leg straight back and lift it no higher than your hips.',
          'Hold, then bring it back slowly and switch legs.',
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
        name: 'Opposite arm and leg',
        summary: 'The full version, once one leg feels steady.',
        steps: [
          'Kneel on all fours with your hands under your shoulders and knees under your hips.',
          'Brace your middle gently and keep your back flat.',
          'Reach one leg straight back and the opposite arm straight forward, both level with your back.',
          'Hold, then bring them back slowly and switch sides.',
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
    name: 'Bridge',
    summary: 'Lifts the hips off the floor using the buttock muscles.',
    whyItHelps:
      'Strong buttock muscles steady the pelvis and take load off the low back when you stand, walk and climb stairs.',
    cautions: [
      'Lift only as high as your back feels comfortable, with no arching.',
      'Stop if pain or tingling spreads down your leg.',
    ],
    sided: false,
    dose: { mode: 'hold', holdSeconds: [3, 5], reps: 5, maxReps: 10, sets: [2, 4] },
    variants: [
      {
        id: 'floor',
        name: 'On the floor',
        summary: 'Lying on a mat or carpet.',
        steps: [
          'Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.',
          'Brace your middle gently and squeeze your buttocks.',
          'Lift your hips until your shoulders, hips and knees make a straight line.',
          'Hold, then lower slowly, one part of the back at a time.',
        ],
        demands: { ...lyingOnBack, load: 'moderate' },
        poses: ['bridge-start', 'bridge-up'],
      },
      {
        id: 'on-bed',
        name: 'On a firm bed',
        summary: 'The same lift without getting down to the floor.',
        steps: [
          'Lie on your back on a firm bed, knees bent and feet flat.',
          'Squeeze your buttocks and lift your hips into a straight line from shoulders to knees.',
          'Hold, then lower slowly.',
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
    name: 'Clamshell',
    summary: 'Opens the top knee like a shell while lying on your side.',
    whyItHelps:
      'It strengthens the muscles at the side of the hip, which keep the pelvis level when you walk and stop the knee from rolling in.',
    cautions: [
      'Keep your feet together and your pelvis still: only the top knee moves.',
      'A pillow under your head keeps your neck comfortable.',
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 15],
      sets: [2, 3],
      secondsPerRep: 3,
      cue: { out: 'Lift the top knee', back: 'Lower slowly' },
    },
    variants: [
      {
        id: 'floor',
        name: 'On the floor',
        summary: 'Lying on your side on a mat.',
        steps: [
          'Lie on your side with your hips and knees bent and your feet together.',
          'Rest your head on your arm or a pillow and keep your hips stacked.',
          'Keeping your feet touching, lift your top knee as far as you can without rolling back.',
          'Lower it slowly, then repeat and switch sides.',
        ],
        demands: { ...lyingOnSide, load: 'low' },
        poses: ['clamshell-closed', 'clamshell-open'],
      },
      {
        id: 'on-bed',
        name: 'On a firm bed',
        summary: 'The same movement without getting down to the floor.',
        steps: [
          'Lie on your side on a firm bed with your hips and knees bent and feet together.',
          'Lift your top knee without letting your pelvis roll back.',
          'Lower it slowly, then repeat and switch sides.',
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
    name: 'Side-lying leg lift',
    summary: 'Lifts the straight top leg while lying on your side.',
    whyItHelps:
      'It works the same hip muscles as the clamshell a little harder, helping the pelvis stay level on every step.',
    cautions: [
      'Lift the leg slightly behind you, not in front, and keep your toes pointing forward.',
      'Stop if the movement pinches in your back or sends pain down the leg.',
    ],
    sided: true,
    dose: {
      mode: 'reps',
      reps: [10, 15],
      sets: [2, 3],
      secondsPerRep: 3,
      cue: { out: 'Lift the top leg', back: 'Lower slowly' },
    },
    variants: [
      {
        id: 'floor',
        name: 'On the floor',
        summary: 'Bottom knee bent for balance.',
        steps: [
          'Lie on your side with your bottom knee bent and your top leg straight.',
          'Rest your head on your arm and put your top hand on the floor in front of you.',
          'Lift your top leg a hand or two higher than your hip, keeping it in line with your body.',
          'Lower it slowly, then repeat and switch sides.',
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
    name: 'Press-up on your front',
    summary: 'Arches the low back gently while lying face down.',
    whyItHelps:
      'For some people, arching the back this way draws leg symptoms up toward the back, a good sign called centralising. It is only used when it does that for you.',
    cautions: [
      'Only do this if your therapist, or your own trial, showed that it moves leg symptoms up toward your back.',
      'Stop at once if pain or tingling spreads further down your leg.',
      'Keep your hips resting on the floor and your buttocks relaxed.',
    ],
    sided: false,
    onlyIfCentralises: true,
    dose: {
      mode: 'reps',
      reps: [8, 10],
      sets: [1, 1],
      secondsPerRep: 4,
      cue: { out: 'Press up', back: 'Lower slowly' },
    },
    variants: [
      {
        id: 'press-up',
        name: 'Full press-up',
        summary: 'Straightening the arms while the hips stay down.',
        steps: [
          'Lie face down with your hands flat under your shoulders.',
          'Breathe out and slowly straighten your arms, letting your back arch while your hips stay on the floor.',
          'Go only as high as is comfortable, then lower slowly.',
          'Rest for a breath and repeat.',
        ],
        demands: { ...lyingOnFront, load: 'low' },
        poses: ['prone-flat', 'prone-press-up'],
      },
      {
        id: 'on-elbows',
        name: 'Propped on your elbows',
        summary: 'A gentler start: only as far as your elbows.',
        steps: [
          'Lie face down with your elbows bent under your shoulders.',
          'Slowly lift your chest onto your forearms, hips staying down.',
          'Breathe and relax your back, then lower slowly.',
        ],
        demands: { ...lyingOnFront, load: 'none' },
        poses: ['prone-flat', 'prone-on-elbows'],
      },
    ],
    sources: ['may-2012', 'george-2021'],
  },
] as const satisfies readonly ExerciseInput[];
