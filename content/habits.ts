import type { HabitLessonInput } from '../src/domain/education/habits';

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
    title: 'Sitting breaks',
    lead: 'Long spells of sitting are one of the common things behind sciatica. Breaking them up is a small habit that helps.',
    sections: [
      {
        heading: 'Why breaks matter',
        paragraphs: [
          'In a chair, your lower back and hips stay bent in the same way for as long as you sit. For some people with sciatica, that is when the ache or tingling in the leg starts to build.',
          'You do not have to give up sitting. The aim is to break it up, so that no spell in the chair lasts too long.',
        ],
      },
      {
        heading: 'What a break looks like',
        paragraphs: [
          'Stand up, take a few steps and sit down again. Fetching a glass of water, taking a phone call on your feet or walking to another room all count.',
          'When you sit back down, sit tall, with your bottom at the back of the seat and both feet flat on the floor.',
        ],
      },
      {
        heading: 'If sitting hurts',
        paragraphs: [
          'If leg pain builds while you sit, take your break sooner. Lying in bed does not help sciatica get better faster, so staying up and about is the usual advice.',
          'If sitting keeps getting harder, a physical therapist can look at how you sit and what else may help.',
        ],
      },
    ],
    question: 'Did you get up for a short break during long spells of sitting today?',
    tips: [
      'Set a gentle reminder on your phone or watch while you work or watch TV.',
      'Keep your water glass out of reach, so refilling it gets you up.',
      'Stand up whenever the phone rings or the TV shows ads.',
    ],
    sources: ['dahm-2010', 'apta-sciatica', 'nice-ng59'],
  },
  {
    id: 'hip-hinge',
    title: 'Bending and lifting from your hips',
    lead: 'Bending at your hips instead of rounding your back spares your lower back when you pick things up.',
    sections: [
      {
        heading: 'What a hip hinge is',
        paragraphs: [
          'In a hip hinge the bend happens at your hips, the way a door swings on its hinge. Your back stays long, your bottom moves back and your knees bend a little.',
          'Curling your lower back down to the floor bends the spine forward while it carries a load. For some people with sciatica, that is exactly the movement that feels sharp.',
        ],
      },
      {
        heading: 'Picking something up',
        bullets: [
          'Stand close to what you want to lift, feet about hip-width apart.',
          'Push your bottom back and bend your knees, keeping your back long.',
          'Hold the load close to your body and keep breathing.',
          'Stand up by pushing through your legs.',
          'To turn, move your feet instead of twisting your back.',
        ],
      },
      {
        heading: 'Take extra care',
        paragraphs: [
          'Twisting while you lift puts more load on your back. If you have thin bones (osteoporosis), avoid bending forward with a load, and above all bending and twisting at the same time.',
          'If bending forward feels sharp or unsteady, stop, and ask a physical therapist to show you a way that suits you.',
        ],
      },
    ],
    question: 'When you bent down or lifted something today, did you bend from your hips?',
    tips: [
      'Practise the movement with empty hands first, for example while loading the dishwasher.',
      'Keep heavy things at waist height, so you rarely have to lift them from the floor.',
      'Ask for help with anything too heavy to hold close to your body.',
    ],
    sources: ['theros-bending', 'aaos-low-back-pain', 'apta-sciatica'],
  },
  {
    id: 'change-position',
    title: 'Changing position',
    lead: 'There is no single perfect posture. Moving between positions often through the day is the habit that counts.',
    sections: [
      {
        heading: 'No position is right for hours',
        paragraphs: [
          'Any position, even a good one, gets uncomfortable when you hold it for too long. Muscles tire and stiffen, and the same parts of your back and hips carry the load the whole time.',
          'So instead of holding yourself just right all day, aim to change how you sit, stand or lie every so often.',
        ],
      },
      {
        heading: 'Easy ways to move',
        bullets: [
          'Switch between sitting and standing while you work, if you can.',
          'While sitting, shift your weight, stretch your legs out or stand for a moment.',
          'When you stand for a long time, rest one foot on a low step and swap feet now and then.',
          'In bed, try lying on your side with a pillow between your knees, or on your back with a pillow under them.',
        ],
      },
      {
        heading: 'Let your leg guide you',
        paragraphs: [
          'If pain or tingling starts to creep down your leg in one position, take it as a sign to change. If the feeling moves back up toward your back when you do, that is a good sign.',
          'If tingling or numbness spreads further down your leg and does not settle, stop what you are doing and contact a physical therapist.',
        ],
      },
    ],
    question: 'Did you change position often today, instead of staying still for long spells?',
    tips: [
      'Pair changes with things you already do: stand up each time you send a message or finish a task.',
      'Move your printer, bin or water bottle a few steps away from your desk.',
      'On a long car trip, stop now and then to get out and walk around.',
    ],
    sources: ['dahm-2010', 'may-2012', 'apta-sciatica'],
  },
  {
    id: 'walking',
    title: 'Walking',
    lead: 'Walking is one of the simplest ways to stay active, and staying active is the usual advice for sciatica.',
    sections: [
      {
        heading: 'Why walking helps',
        paragraphs: [
          'Resting in bed does not make sciatica get better faster. Keeping up your everyday activities, within what feels comfortable, is what guidelines advise instead.',
          'Walking is gentle, needs nothing but shoes and fits into most days. It keeps your hips and back moving and helps you feel more in control.',
        ],
      },
      {
        heading: 'Start small',
        paragraphs: [
          'Begin with a walk you can manage comfortably today, even a short one. Choose level ground, an easy pace and shoes with good support. When that has felt fine for a few days, add a little more.',
          'Several short walks spread over the day are fine too.',
        ],
      },
      {
        heading: 'When to ease off',
        paragraphs: [
          'If walking makes the pain in your leg worse, or tingling or numbness spreads further down, shorten your walks and rest. If it keeps happening, talk to a physical therapist.',
          'If you feel unsteady on your feet, walk with someone, use a walking stick and keep to even paths.',
        ],
      },
    ],
    question: 'Did you go for a walk today, at a pace that felt comfortable?',
    tips: [
      'Walk to the shop, the bus stop or a friend instead of driving, when you can.',
      'Pick a regular time, such as after breakfast, so a walk becomes part of your day.',
      'Bring someone along: the time passes faster and you keep each other going.',
    ],
    sources: ['dahm-2010', 'nice-ng59', 'fernandez-2015'],
  },
] as const satisfies readonly HabitLessonInput[];
