import type { CareAdvice, RedFlag } from '../src/domain/safety/red-flags';

/**
 * Signs that rule out self-guided exercise. Tiers follow the clinical brief: emergency
 * (cauda equina signs), urgent (same or next day), soon (clearance before starting).
 */
export const RED_FLAGS = [
  {
    id: 'saddleNumbness',
    urgency: 'emergency',
    question:
      'Is there new numbness or tingling around your bottom, between your legs or in your genitals?',
    hint: 'The area that would touch a saddle when riding a bike.',
    sources: ['bmj-ces', 'nice-ng59'],
  },
  {
    id: 'bladderOrBowelChange',
    urgency: 'emergency',
    question: 'Have you noticed a new change in how your bladder or bowels work?',
    hint: 'For example trouble starting to pee, a weak stream, not feeling when you need to go, or leaking.',
    sources: ['bmj-ces', 'nice-ng59'],
  },
  {
    id: 'sexualDysfunction',
    urgency: 'emergency',
    question: 'Have you lost feeling in your genitals or had a new change in sexual function?',
    hint: 'Any new loss of sensation or function counts.',
    sources: ['bmj-ces'],
  },
  {
    id: 'newSymptomsBothLegs',
    urgency: 'emergency',
    question: 'Do you now have pain, numbness or weakness in both legs, not just one?',
    hint: 'Sciatica usually affects one leg. Both legs at once needs checking quickly.',
    sources: ['bmj-ces'],
  },
  {
    id: 'progressiveWeakness',
    urgency: 'urgent',
    question: 'Is a leg or foot getting weaker, or does your foot catch or slap when you walk?',
    hint: 'Weakness that is getting worse, or trouble lifting the front of the foot.',
    sources: ['chou-2007'],
  },
  {
    id: 'fever',
    urgency: 'urgent',
    question: 'Do you have a fever or feel generally unwell along with the back pain?',
    hint: 'Especially after a recent infection, with a weakened immune system, or with injected drug use.',
    sources: ['chou-2007'],
  },
  {
    id: 'cancerHistory',
    urgency: 'urgent',
    question: 'Have you had cancer in the past, and is this back pain new?',
    hint: 'Any cancer, even if it was treated long ago.',
    sources: ['chou-2007', 'nice-ng59'],
  },
  {
    id: 'majorTrauma',
    urgency: 'urgent',
    question: 'Did the pain start after a fall, accident or other injury?',
    hint: 'Or a small knock if you have thin or fragile bones.',
    sources: ['chou-2007'],
  },
  {
    id: 'unexplainedWeightLoss',
    urgency: 'soon',
    question: 'Have you lost weight recently without trying?',
    hint: 'Weight loss you cannot explain by a change in diet or activity.',
    sources: ['chou-2007'],
  },
  {
    id: 'osteoporosisOrSteroids',
    urgency: 'soon',
    question:
      'Do you have osteoporosis (thin bones), or have you taken steroid tablets for a long time?',
    hint: 'Some stretches bend the spine, which may not suit fragile bones.',
    sources: ['chou-2007'],
  },
  {
    id: 'inflammatoryPattern',
    urgency: 'soon',
    question:
      'Is your back stiff every morning until you get moving, or does pain wake you late in the night?',
    hint: 'A pattern that can point to inflammation in the joints of the spine.',
    sources: ['chou-2007'],
  },
  {
    id: 'constantOrNightPain',
    urgency: 'soon',
    question:
      'Is your pain constant and unchanged by any position or rest, or do you also have pain between your shoulder blades?',
    hint: 'Pain that never eases, whatever you do.',
    sources: ['nice-ng59'],
  },
  {
    id: 'noImprovementAfterMonth',
    urgency: 'soon',
    question: 'Have you had these symptoms for about a month or more without getting any better?',
    hint: 'A check-up helps find what is keeping it going.',
    sources: ['chou-2007'],
  },
] as const satisfies readonly RedFlag[];

export const CARE_ADVICE = [
  {
    urgency: 'emergency',
    title: 'Please get emergency care now',
    lead: 'What you told us can be a sign that the nerves at the base of the spine are being squeezed. That needs a doctor now: it is important not to wait.',
    where: 'Go to an emergency department or call your local emergency number (911 in the US).',
    call: { label: 'Call 911', number: '911' },
    when: 'Now. Do not wait to see if it passes.',
    meanwhile: [
      'Tell them about your back or leg symptoms and what you answered here.',
      'Do not do any stretches until a doctor has checked you.',
      'If you can, ask someone to go with you or drive you.',
    ],
  },
  {
    urgency: 'urgent',
    title: 'Please see a doctor today or tomorrow',
    lead: 'What you told us is a reason to be checked soon, before doing any stretches.',
    where:
      'Call your doctor, an urgent care clinic or a physical therapist and ask for an urgent appointment.',
    when: 'Within a day. If things get worse before then, go to an emergency department.',
    meanwhile: [
      'Hold off on stretching until you have been checked.',
      'Keep gently moving around the house as comfort allows.',
      'Go to emergency care at once if you notice numbness between your legs or a change in your bladder or bowels.',
    ],
  },
  {
    urgency: 'soon',
    title: 'Please get checked before you start',
    lead: 'What you told us is worth a check-up before you start stretching. It is not urgent, but it is best not to put it off.',
    where: 'Book a visit with your doctor or a physical therapist.',
    when: 'Within the next week or two.',
    meanwhile: [
      'Stay as active as is comfortable: walking is usually fine.',
      'Ask them whether these stretches suit you before starting.',
      'Get seen sooner if your symptoms get worse.',
    ],
  },
] as const satisfies readonly CareAdvice[];
