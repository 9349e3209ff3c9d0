import { Hono, type Context } from 'hono';
import { documented } from '../http/openapi';
import { WORDS } from '../../../content/messages/words';
import { LocaleSchema, type Locale } from '../../domain/i18n/locale';
import { answerLocale, inLanguage } from '../http/locale';
import { z } from 'zod';
import { unknownVariant } from '../../domain/exercises/library';
import { IntakeSchema, type Intake } from '../../domain/personalization/intake';
import { stageExercises } from '../../domain/progression/program';
import { buildPlan, type PlanRules } from '../../domain/personalization/plan';
import { ProgramSchema, planFromProgram, type Program } from '../../domain/personalization/program';
import { audit } from '../db/audit';
import { NOT_ON_TEAM, teamPatient } from '../db/care-team';
import { recordScreening } from '../db/screenings';
import { idempotencyKey, idForKey } from '../http/idempotency';
import type { Notifier } from '../notify/notifier';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { fieldSaid, fieldsProblem, problem } from '../http/problem';
import { idParam, jsonBody, params, query } from '../http/validate';
import { currentProgram } from '../db/prescriptions';
import {
  currentItems,
  currentStage,
  progressionInputFor,
  reviewProgression,
  type ProgressionDeps,
} from '../db/progression-state';
import { PRINT_SIZES } from '../pdf/print-style';
import { addVersion, programHistory, saveTemplate, templates } from './queries';
import { programHandout } from './handout';

const VersionSchema = z.strictObject({
  version: z.number(),
  createdAt: z.string(),
  therapistName: z.string(),
  program: ProgramSchema,
});
const TemplateSchema = z.strictObject({ id: z.string(), name: z.string(), program: ProgramSchema });
const NewTemplateSchema = z.strictObject({
  name: z.string().trim().min(2).max(80),
  program: ProgramSchema,
});

const PatientParams = idParam('Patient id');
const HandoutQuery = z.strictObject({
  size: z
    .enum(PRINT_SIZES)
    .default('standard')
    .describe('Type size: `standard` (11 pt body), or `large` (16 pt body) for older eyes.'),
  locale: LocaleSchema.optional().describe(
    "The handout's language: en or es. Without it, the patient's own language.",
  ),
});

type Deps = {
  db: Db;
  now: () => Date;
  /** The plan's rules and words in each language. */
  rules: Record<Locale, PlanRules>;
  publicUrl: string;
  notifier: Notifier;
  progression: ProgressionDeps;
};

export function programRoutes({ db, now, rules, publicUrl, notifier, progression }: Deps) {
  const parse = (json: string): Program => ProgramSchema.parse(JSON.parse(json));
  const view = (row: {
    version: number;
    program: string;
    created_at: number;
    therapist_name: string;
  }) => ({
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    therapistName: row.therapist_name,
    program: parse(row.program),
  });
  /**
   * Someone guiding themselves does their stage: the six stretches first, then the stage's
   * exercises, through the same safety engine (red flags, restrictions) as any plan.
   */
  async function selfGuidedPlan(intake: Intake, patientId: string, day: string, locale: Locale) {
    const stage = await currentStage(db, patientId);
    if (stage.stage === 1) return buildPlan(intake, rules[locale], WORDS[locale]);
    const input = await progressionInputFor(
      db,
      progression,
      patientId,
      stage,
      { kind: 'self-guided' },
      day,
    );
    const exercises = stageExercises(currentItems(progression, input), rules[locale].library);
    const plan = buildPlan(intake, { ...rules[locale], exercises }, WORDS[locale]);
    if (plan.status !== 'plan') return plan;
    const name = progression.content.stages.find((s) => s.number === stage.stage)?.name ?? '';
    return { ...plan, messages: [WORDS[locale].say('plan.yourStage', { name }), ...plan.messages] };
  }
  /** Every prescribed variant must exist in the library. */
  const invalidVariant = (c: Context, program: Program) => {
    // A therapist may prescribe anything in the library, not only the self-guided stretches.
    // Ids are the same in every language.
    const bad = unknownVariant(rules.en.library, program.items);
    return bad
      ? fieldsProblem(c, [
          fieldSaid(c, `items.${bad.index}.variant`, 'issue.unknownVariant', {
            variant: bad.variant,
            exercise: bad.exerciseId,
            known: bad.known.join(', '),
          }),
        ])
      : null;
  };

  return new Hono<AppEnv>()
    .put(
      '/therapist/patients/:id/program',
      documented({
        summary: "Assign a new version of your patient's home program; earlier versions are kept.",
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          201: { description: 'The new version.', schema: VersionSchema },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      jsonBody(ProgramSchema),
      async (c) => {
        const therapist = currentUser(c);
        const patientId = c.req.valid('param').id;
        if (!(await teamPatient(db, therapist.id, patientId)))
          return problem(c, 404, 'Not found', NOT_ON_TEAM);
        const program = c.req.valid('json');
        const invalid = invalidVariant(c, program);
        if (invalid) return invalid;
        const at = now().getTime();
        const version = await addVersion(db, patientId, therapist.id, JSON.stringify(program), at);
        await audit(db, {
          actor: therapist.id,
          action: 'program.assigned',
          subject: patientId,
          detail: { version },
          at,
          requestId: c.get('requestId'),
        });
        // Guided by a therapist from now on: an offer the patient could have accepted alone goes to them.
        await reviewProgression(
          db,
          progression,
          patientId,
          new Date(at).toISOString().slice(0, 10),
          at,
        );
        return c.json(
          {
            version,
            createdAt: new Date(at).toISOString(),
            therapistName: therapist.name,
            program,
          },
          201,
        );
      },
    )
    .get(
      '/therapist/patients/:id/program',
      documented({
        summary: 'All versions of the patient’s program, newest first.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'Versions.', schema: z.array(VersionSchema) },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      async (c) => {
        const therapist = currentUser(c);
        const patientId = c.req.valid('param').id;
        if (!(await teamPatient(db, therapist.id, patientId)))
          return problem(c, 404, 'Not found', NOT_ON_TEAM);
        return c.json((await programHistory(db, patientId)).map(view), 200);
      },
    )
    .get(
      '/therapist/patients/:id/program/handout.pdf',
      documented({
        summary:
          'The current program as a printable handout with pictures, doses, stop rules and a QR code; `size=large` prints it in large type.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'application/pdf' },
          404: { description: 'No program, or not your patient.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      query(HandoutQuery),
      async (c) => {
        const therapist = currentUser(c);
        const patientId = c.req.valid('param').id;
        const { size, locale } = c.req.valid('query');
        const patient = await teamPatient(db, therapist.id, patientId);
        const row = patient ? await currentProgram(db, patientId) : undefined;
        if (!patient || !row) return problem(c, 404, 'Not found', { say: 'problem.noProgram' });
        const pdf = await programHandout({
          patientName: patient.name,
          therapistName: row.therapist_name,
          clinicName: row.clinic_name,
          timeZone: row.clinic_time_zone ?? 'UTC',
          version: row.version,
          assignedAt: Number(row.created_at),
          printedAt: now(),
          program: parse(row.program),
          link: `${publicUrl}/start`,
          size,
          locale: locale ?? patient.locale,
        });
        const name = `home-program-v${row.version}${size === 'large' ? '-large-print' : ''}.pdf`;
        return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${name}"`,
        });
      },
    )
    .post(
      '/therapist/templates',
      documented({
        summary: 'Save a program as a reusable template.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 201: { description: 'Saved.', schema: TemplateSchema } },
      }),
      requireRole('therapist'),
      jsonBody(NewTemplateSchema),
      async (c) => {
        const body = c.req.valid('json');
        const invalid = invalidVariant(c, body.program);
        if (invalid) return invalid;
        const id = crypto.randomUUID();
        await saveTemplate(db, {
          id,
          therapist_user_id: currentUser(c).id,
          name: body.name,
          program: JSON.stringify(body.program),
          created_at: now().getTime(),
        });
        return c.json({ id, name: body.name, program: body.program }, 201);
      },
    )
    .get(
      '/therapist/templates',
      documented({
        summary: 'Your templates.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 200: { description: 'Templates.', schema: z.array(TemplateSchema) } },
      }),
      requireRole('therapist'),
      async (c) => {
        return c.json(
          (await templates(db, currentUser(c).id)).map((t) => ({
            id: t.id,
            name: t.name,
            program: parse(t.program),
          })),
          200,
        );
      },
    )
    .get(
      '/me/program',
      documented({
        summary: 'The current version of the home program your therapist assigned, if any.',
        tags: ['progress'],
        access: 'patient',
        responses: {
          200: {
            description: 'The program, or nulls.',
            schema: z.union([VersionSchema, z.strictObject({ version: z.null() })]),
          },
        },
      }),
      requireRole('patient'),
      async (c) => {
        const row = await currentProgram(db, currentUser(c).id);
        return c.json(row ? view(row) : { version: null }, 200);
      },
    )
    .post(
      '/me/plan',
      documented({
        idempotent: true,
        summary:
          "Today's plan: your therapist's program (or the standard routine) through the safety engine. Send an Idempotency-Key header when the same answers may be sent again (an app back online): they are recorded once.",
        tags: ['plan'],
        access: 'patient',
        responses: { 200: { description: 'A plan, or advice to seek care.' } },
      }),
      requireRole('patient'),
      jsonBody(IntakeSchema),
      async (c) => {
        const idempotency = idempotencyKey(c);
        if ('refusal' in idempotency) return idempotency.refusal;
        const user = currentUser(c);
        const row = await currentProgram(db, user.id);
        const intake = c.req.valid('json');
        const locale = answerLocale(c, intake.locale);
        const at = now();
        const day = at.toISOString().slice(0, 10);
        const plan = row
          ? planFromProgram(intake, parse(row.program), rules[locale], WORDS[locale])
          : await selfGuidedPlan(intake, user.id, day, locale);
        // Every answer is recorded against the patient: a red flag alerts their therapist at once,
        // and a clear one settles a re-check that worse symptoms had made due.
        // Answers given offline are sent again until they arrive: a key is recorded once.
        const { key } = idempotency;
        const id = key ? idForKey('screening', user.id, key) : crypto.randomUUID();
        const recorded = await recordScreening(db, id, at, plan, user.id);
        if (plan.status === 'seek-care' && recorded) {
          await reviewProgression(db, progression, user.id, day, at.getTime());
          notifier.patientChanged(user.id, day);
        }
        return c.json(plan, 200, inLanguage(locale));
      },
    );
}
