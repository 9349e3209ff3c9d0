import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Profile = {
  name: string;
  /** Leg pain from the first day to the last, as [start, end]. */
  pain: [number, number];
  weeks: number;
  /** Share of days with a session. */
  adherence: number;
  /** Days since the last activity. */
  idleDays?: number;
  risingLately?: boolean;
  spreading?: boolean;
  /** Steady or falling leg pain over the last week (no day-to-day wobble): ready to move on. */
  steadyLately?: boolean;
  /** Guided by the demo therapist's home program from the first day. */
  program?: boolean;
  /** Moved on to stage 2 this many days ago. */
  movedOnDaysAgo?: number;
};

const DAY = 86_400_000;
const PROFILES: Profile[] = [
  {
    name: 'Maria Lopez',
    pain: [7, 5],
    weeks: 5,
    adherence: 0.7,
    steadyLately: true,
    program: true,
  },
  { name: 'James Carter', pain: [5, 4], weeks: 4, adherence: 0.6, risingLately: true },
  {
    name: 'Aiko Tanaka',
    pain: [6, 5],
    weeks: 3,
    adherence: 0.8,
    spreading: true,
    movedOnDaysAgo: 9,
  },
  { name: 'Sam Rivera', pain: [6, 4], weeks: 4, adherence: 0.5, idleDays: 6 },
  { name: 'Nora Fields', pain: [5, 5], weeks: 1, adherence: 0.9 },
];

/** Maria's home program: two of the six stretches, the way a therapist starts someone gently. */
const DEMO_PROGRAM = {
  items: [
    {
      exerciseId: 'figure-4',
      variant: 'supine',
      holdSeconds: 30,
      reps: 3,
      sets: 1,
      sides: 'both',
      props: [],
      sessionsPerDay: 1,
      daysPerWeek: 6,
    },
    {
      exerciseId: 'knee-to-chest',
      variant: 'supine',
      holdSeconds: 20,
      reps: 3,
      sets: 1,
      sides: 'both',
      props: [],
      sessionsPerDay: 1,
      daysPerWeek: 6,
    },
  ],
  note: 'Start gently and stop if the tingling spreads.',
  loosen: [],
};

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every demo account's address ends so; `.test` is reserved, so none can receive mail. */
export const DEMO_EMAIL_DOMAIN = '@demo.reliefpath.test';

/**
 * Weeks of history for the demo therapist's patients so the roster, charts and alerts look
 * real on first start: one improving steadily (the demo patient), one whose pain rose in the
 * last days, one with spreading tingling and stopped sessions, one gone quiet. In the long-term
 * program the demo patient (self-guided) and Maria (with the therapist's program) are ready for
 * stage 2, and Aiko moved on to it nine days ago and has spreading tingling since: the engine
 * itself makes the offers and steps her back once the seed has run (seed.ts).
 */
export async function seedDemoPatients(
  trx: Kysely<Database>,
  now: number,
  random: () => number,
  therapistUserId: string,
  demoPatient: { id: string; name: string },
  passwordHash: string,
) {
  const people = [
    {
      id: demoPatient.id,
      profile: {
        name: demoPatient.name,
        pain: [6, 2],
        weeks: 6,
        adherence: 0.8,
        steadyLately: true,
      } as Profile,
    },
    ...PROFILES.map((profile, i) => ({ id: `demo-patient-${i + 1}`, profile })),
  ];
  for (const { id, profile } of people) {
    const first = now - profile.weeks * 7 * DAY;
    if (id !== demoPatient.id)
      await trx
        .insertInto('user_account')
        .values({
          id,
          email: `${profile.name.toLowerCase().replace(/\s+/g, '.')}${DEMO_EMAIL_DOMAIN}`,
          name: profile.name,
          role: 'patient',
          password_hash: passwordHash,
          therapist_id: null,
          created_at: first,
        })
        .execute();
    await trx
      .insertInto('care_relationship')
      .values({ therapist_user_id: therapistUserId, patient_user_id: id, created_at: first })
      .execute();
    if (profile.program)
      await trx
        .insertInto('program_version')
        .values({
          patient_user_id: id,
          version: 1,
          therapist_user_id: therapistUserId,
          program: JSON.stringify(DEMO_PROGRAM),
          created_at: first,
        })
        .execute();
    if (profile.movedOnDaysAgo !== undefined) {
      const movedAt = now - profile.movedOnDaysAgo * DAY;
      await trx
        .insertInto('stage_change')
        .values({
          patient_user_id: id,
          seq: 1,
          from_stage: 1,
          to_stage: 2,
          kind: 'advance',
          reasons: JSON.stringify([]),
          local_date: isoDay(movedAt),
          since_date: isoDay(movedAt + DAY),
          at: movedAt,
          actor_user_id: id,
          proposal_id: null,
        })
        .execute();
    }

    const days = profile.weeks * 7 - (profile.idleDays ?? 0);
    for (let d = 0; d <= days; d++) {
      const date = isoDay(first + d * DAY);
      const progress = d / (profile.weeks * 7);
      const wobble = random() - 0.5;
      const lastWeek = d > days - 7;
      let leg = Math.round(
        profile.pain[0] +
          (profile.pain[1] - profile.pain[0]) * (profile.steadyLately && lastWeek ? 1 : progress) +
          (profile.steadyLately && lastWeek ? 0 : wobble),
      );
      if (profile.risingLately && d > days - 3)
        leg = Math.min(10, profile.pain[1] + 2 + (d - (days - 3)));
      leg = Math.max(0, Math.min(10, leg));
      if (random() < 0.85)
        await trx
          .insertInto('daily_log')
          .values({
            user_id: id,
            local_date: date,
            leg_pain: leg,
            back_pain: Math.max(0, leg - 2),
            psfs: JSON.stringify([
              { activity: 'Sitting at work', score: Math.min(10, 10 - leg + 1) },
            ]),
            notes: '',
            updated_at: first + d * DAY,
          })
          .execute();
      if (random() > profile.adherence) continue;
      const spreadToday = Boolean(profile.spreading) && d >= days - 4 && d % 2 === 0;
      const sessionId = `${id}-session-${d}`;
      const report = {
        exerciseId: 'figure-4',
        variant: 'supine',
        painBefore: leg,
        painAfter: Math.max(0, leg - 1),
        tinglingSpread: spreadToday,
        numbnessSpread: false,
        sharpPain: false,
        lostBalance: false,
      };
      const action = spreadToday ? 'stop' : 'continue';
      const at = first + d * DAY + 18 * 3600_000;
      await trx
        .insertInto('exercise_session')
        .values({
          id: sessionId,
          user_id: id,
          idempotency_key: `seed-${sessionId}`,
          local_date: date,
          started_at: at - 15 * 60_000,
          finished_at: at,
          outcome: spreadToday ? 'stopped' : 'finished',
          items: JSON.stringify([
            {
              exerciseId: 'figure-4',
              variant: 'supine',
              outcome: spreadToday ? 'stopped' : 'done',
              heldSeconds: 80,
              checkin: { report, action },
            },
          ]),
        })
        .execute();
      await trx
        .insertInto('checkin_event')
        .values({
          id: `${sessionId}-checkin`,
          session_id: sessionId,
          user_id: id,
          exercise_id: 'figure-4',
          variant: 'supine',
          pain_before: report.painBefore,
          pain_after: report.painAfter,
          tingling_spread: Number(spreadToday),
          numbness_spread: 0,
          sharp_pain: 0,
          lost_balance: 0,
          action,
          at,
        })
        .execute();
    }
  }
  return people.map((p) => p.id);
}
