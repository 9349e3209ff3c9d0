/** The explainer (A1) and honest expectations (A2) pages, as data. Sources refer to sources.ts. */
export type Section = { heading: string; paragraphs?: string[]; bullets?: string[] };
export type Article = { title: string; lead: string; sections: Section[]; sources: string[] };

export const EXPLAINER: Article = {
  title: 'What is sciatica?',
  lead: 'Sciatica is a name for a kind of pain, not a diagnosis. It describes pain, tingling or numbness that follows the path of the sciatic nerve, from the lower back through the buttock and down the leg.',
  sections: [
    {
      heading: 'The nerve and its path',
      paragraphs: [
        'The sciatic nerve is the biggest nerve in the body. Its roots leave the spine in the lower back, join together deep in the buttock, and run down the back of the thigh before splitting into branches that reach the calf and foot.',
        'When something presses on or irritates the nerve anywhere along that path, you can feel it far from the spot where the trouble is. That is why a problem in the back can be felt in the foot.',
      ],
    },
    {
      heading: 'Common causes',
      bullets: [
        'A bulging (herniated) disc in the lower back pressing on a nerve root',
        'Narrowing of the space around the nerves in the spine (spinal stenosis)',
        'Tight muscles in the hip and buttock, such as the piriformis',
        'Long hours of sitting, or posture that keeps the back and hips loaded',
        'Stiff or irritated joints in the lower back',
      ],
    },
    {
      heading: 'What it can feel like',
      bullets: [
        'A shooting or burning pain down one leg',
        'Tingling, "pins and needles" or numbness in the leg or foot',
        'A deep ache in the buttock or hip',
        'Weakness in the leg or foot',
      ],
      paragraphs: [
        'It often changes from day to day. A bad day does not mean things are going backwards.',
      ],
    },
    {
      heading: 'How gentle stretching helps',
      paragraphs: [
        'Careful stretching can loosen the muscles around the nerve, make the hips and lower back move more freely, ease pressure near the nerve and help blood flow to the area. The aim is to give the nerve a bit more room, never to push through pain.',
        'If a stretch makes pain sharper, or sends tingling or numbness further down the leg, stop. ReliefPath asks you after every exercise and changes or ends the session when that happens.',
      ],
    },
    {
      heading: 'When to see a physical therapist',
      paragraphs: [
        'A physical therapist can examine you, find what is irritating the nerve and tailor exercises to you. It is worth booking a visit if things are not getting better after a few weeks, if the pain keeps coming back, or if you are unsure which movements are safe.',
        'Some signs need a doctor straight away, such as numbness between the legs, changes in bladder or bowel control, or weakness getting worse. Our safety check asks about these before giving you any exercises.',
      ],
    },
  ],
  sources: ['apta-sciatica', 'harvard-stretches', 'aaos-low-back-pain', 'nice-ng59'],
};

export const EXPECTATIONS: Article = {
  title: 'What to expect',
  lead: 'Sciatica usually gets better with time, but it rarely follows a straight line. Here is what the research says, without the hype.',
  sections: [
    {
      heading: 'Over the coming weeks and months',
      paragraphs: [
        'In a large study of people seeing their family doctor for sciatica, a little over half (55%) had clearly improved a year later, and average leg pain fell from about 5 to about 2.4 on a 0–10 scale. Others still had some symptoms at a year.',
        'Even for severe sciatica, most people recover. In a trial of people with 6–12 weeks of severe leg pain, about 95% had recovered after one year, whether they had early surgery or kept to non-surgical care. Surgery brought relief sooner (a median of 4 weeks versus 12), and about 4 in 10 of those in the non-surgical group chose surgery during the year.',
      ],
    },
    {
      heading: 'What exercise can do',
      bullets: [
        'Staying active is better than resting in bed, which does not speed recovery.',
        'Exercise can ease leg pain a little in the short term.',
        'Gentle movement helps you feel more confident and in control while the nerve settles.',
      ],
    },
    {
      heading: 'What exercise cannot promise',
      bullets: [
        'Studies have not shown that exercise changes how things are in the long run compared with good advice alone.',
        'No trial has tested these six stretches on their own for sciatica; they are recommended by therapists from experience.',
        'Claims that "90% of sciatica clears in a few weeks" do not come from good evidence, so we do not make them.',
      ],
    },
    {
      heading: 'Things that help your outlook',
      paragraphs: [
        'People who expect their pain to last a long time, and people who have had leg pain for longer, tend to recover more slowly. Keeping active, keeping a routine and getting help early all support recovery.',
        'If you are not improving after about a month, or you are getting worse, see a physical therapist or doctor.',
      ],
    },
  ],
  sources: ['konstantinou-2018', 'peul-2007', 'dahm-2010', 'fernandez-2015', 'nice-ng59'],
};
