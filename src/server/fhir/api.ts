import type { Resource } from '@medplum/fhirtypes';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { patientBundle } from '../../domain/fhir/patient-export';
import {
  capabilityStatement,
  DATE_PARAM,
  dateOf,
  operationOutcome,
  parseDateTest,
  passes,
  PATIENT_TYPES,
  SEARCH_PARAMS,
  searchPage,
  type PatientType,
} from '../../domain/fhir/search';
import type { Exercise } from '../../domain/exercises/library';
import { FhirIdSchema } from '../../domain/ids';
import { SCHEDULING_SEARCH, SCHEDULING_TYPES } from '../../domain/fhir/scheduling';
import type { Locale } from '../../domain/i18n/locale';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import type { AppEnv } from '../http/auth';
import { requestLocale } from '../http/locale';
import { documented, type Access, type RouteWords } from '../http/openapi';
import type { Check } from '../http/gate';
import { fieldSaid } from '../http/problem';
import { badAddressText } from '../http/text-guard';
import { validator } from 'hono-openapi';
import { FHIR_JSON } from './export-routes';
import {
  DATE_SEARCH,
  PAGE_QUERY,
  referenceTo,
  SCHEDULING_QUERIES,
  type SchedulingReader,
} from './scheduling';
import { fhirLabels, fhirRecords } from './records';

/**
 * A record type's search: by patient and by its date parameter (R4's name for it), with
 * paging; a Patient by paging alone, as the CapabilityStatement says. Read as one shape.
 */
function recordSearch(type: PatientType) {
  const dateParam = DATE_PARAM[type];
  const shape = z.strictObject({
    ...(dateParam === null
      ? {}
      : {
          patient: referenceTo('Patient').optional().describe(SEARCH_PARAMS.patient),
          [dateParam]: DATE_SEARCH.optional().describe(SEARCH_PARAMS.date),
        }),
    ...PAGE_QUERY,
  });
  return shape.transform((q) => {
    const given = q as Record<string, unknown>;
    return {
      patient: given.patient as string | undefined,
      dates: [(dateParam && (given[dateParam] as string | string[] | undefined)) ?? []].flat(),
      dateParam,
      _count: q._count,
      _offset: q._offset,
    };
  });
}
/** How a record route refuses someone it does not serve, the FHIR way. */
const RECORD_REFUSALS: RouteWords['responses'] = {
  401: { description: 'Not signed in (an OperationOutcome).', contentType: FHIR_JSON },
  403: {
    description: 'Signed in as staff with no patients (an OperationOutcome).',
    contentType: FHIR_JSON,
  },
};

/** The parameters a record type is searched by, in the words of a refusal. */
const capabilityOf = (type: PatientType) => [
  ...(DATE_PARAM[type] === null ? [] : ['patient', DATE_PARAM[type]]),
  '_count',
  '_offset',
];

const ReadParams = z.strictObject({ id: FhirIdSchema.describe('The resource id') });

/**
 * The text guard of the rest of the API, answered the FHIR way: an address or query holding a
 * control character, a broken one or a broken escape gets a 400 OperationOutcome naming it.
 */
export const fhirTextGuard: Check = (c) => {
  const found = badAddressText(c);
  if (!found) return undefined;
  const { field, message } = fieldSaid(c, found.bad.field, found.bad.issue, found.bad.values);
  return c.body(
    JSON.stringify(operationOutcome('invalid', `Fix the ${field}: it ${message}.`)),
    400,
    {
      'content-type': `${FHIR_JSON}; charset=utf-8`,
    },
  );
};

type Deps = {
  db: Db;
  scheduling: SchedulingReader;
  now: () => Date;
  publicUrl: string;
  library: Record<Locale, readonly Exercise[]>;
};

const STATUS_CODE = { 400: 'invalid', 401: 'login', 403: 'forbidden', 404: 'not-found' } as const;

export function fhirApiRoutes({ db, scheduling, now, publicUrl, library }: Deps) {
  const base = `${publicUrl.replace(/\/$/, '')}/fhir/R4`;
  const fhir = (c: Context, body: unknown, status: 200 | 400 | 401 | 403 | 404 = 200) =>
    c.body(JSON.stringify(body), status, { 'content-type': `${FHIR_JSON}; charset=utf-8` });
  const refuse = (c: Context, status: 400 | 401 | 403 | 404, text: string) =>
    fhir(c, operationOutcome(STATUS_CODE[status], text), status);

  /**
   * A search's page links: the request's own (validated) parameters, with the page's place,
   * and any start window the server chose (`pinned`), so every page answers the same search.
   */
  const pageLinks =
    (c: Context, type: string, count: number, pinned: readonly string[] = []) =>
    (offset: number) => {
      const params = new URL(c.req.url).searchParams;
      params.delete('_count');
      params.delete('_offset');
      for (const start of pinned) params.append('start', start);
      params.set('_count', String(count));
      params.set('_offset', String(offset));
      return `${base}/${type}?${params}`;
    };

  /** The patients this person may read: themselves, or their care team's patients. */
  async function visiblePatients(c: Context<AppEnv>) {
    const user = c.get('user');
    if (!user) return { refusal: refuse(c, 401, 'Sign in to read records.') };
    if (user.role === 'patient')
      return {
        patients: [{ id: user.id, name: user.name, email: user.email, locale: user.locale }],
      };
    if (user.role !== 'therapist')
      return { refusal: refuse(c, 403, 'Only patients and their therapists read records.') };
    const patients = await db
      .selectFrom('care_relationship')
      .innerJoin('user_account', 'user_account.id', 'care_relationship.patient_user_id')
      .select(['user_account.id', 'user_account.name', 'user_account.email', 'user_account.locale'])
      .where('care_relationship.therapist_user_id', '=', user.id)
      .orderBy('user_account.id')
      .execute();
    return { patients };
  }

  /** Every resource of a type for these patients, as the export builds them. */
  async function resourcesOf(
    c: Context<AppEnv>,
    patients: { id: string; name: string; email: string; locale: Locale }[],
    type: PatientType,
  ): Promise<{ resource: Resource; patientId: string }[]> {
    const locale = requestLocale(c);
    const at = now().getTime();
    const bundles = await Promise.all(
      patients.map(async (p) =>
        patientBundle(
          await fhirRecords(db, p, library[locale], locale),
          fhirLabels(locale),
          base,
          at,
        ),
      ),
    );
    return bundles.flatMap((b, i) =>
      (b.entry ?? [])
        .map((e) => e.resource!)
        .filter((r) => r.resourceType === type)
        .map((resource) => ({ resource, patientId: patients[i]!.id })),
    );
  }

  const logRead = (
    c: Context<AppEnv>,
    action: string,
    detail: Record<string, unknown>,
    subject: string | null,
  ) =>
    audit(db, {
      actor: c.get('user')!.id,
      action,
      subject,
      detail,
      at: now().getTime(),
      requestId: c.get('requestId'),
    });

  /** Validators whose refusals are FHIR's own: a 400 OperationOutcome saying what to fix. */
  const fhirQuery = <T extends z.ZodType>(schema: T, words: string) =>
    validator('query', schema, (result, c) => {
      if (!result.success) return refuse(c, 400, words);
    });
  const fhirId = validator('param', ReadParams, (result, c) => {
    if (!result.success)
      return refuse(c, 400, 'A FHIR id is 1 to 64 letters, digits, dots or hyphens.');
  });
  const reading = (type: string, access: Access, summary: string, notFound: string) =>
    documented({
      summary,
      tags: ['fhir'],
      access,
      responses: {
        200: { description: `The ${type}.`, contentType: FHIR_JSON },
        400: { description: 'Not a FHIR id (an OperationOutcome).', contentType: FHIR_JSON },
        ...(access === 'public' ? {} : RECORD_REFUSALS),
        404: { description: notFound, contentType: FHIR_JSON },
      },
    });
  const searching = (access: Access, summary: string) =>
    documented({
      summary,
      tags: ['fhir'],
      access,
      responses: {
        200: { description: 'A searchset Bundle.', contentType: FHIR_JSON },
        400: {
          description: 'A search this server does not support (an OperationOutcome).',
          contentType: FHIR_JSON,
        },
        ...(access === 'public' ? {} : RECORD_REFUSALS),
      },
    });

  let router = new Hono<AppEnv>().get(
    '/metadata',
    documented({
      summary: 'The CapabilityStatement: exactly the resources, interactions and searches served.',
      tags: ['fhir'],
      access: 'public',
      responses: { 200: { description: 'The CapabilityStatement.', contentType: FHIR_JSON } },
    }),
    (c) => fhir(c, capabilityStatement(base, 'ReliefPath', now().toISOString())),
  );
  for (const type of SCHEDULING_TYPES) {
    router = router
      .get(
        `/${type}`,
        searching(
          'public',
          `Search ${type} resources of the public clinic directory, as a FHIR searchset Bundle with paging links.`,
        ),
        fhirQuery(
          SCHEDULING_QUERIES[type],
          `Unsupported search: ${type} is searched by ${Object.keys(SCHEDULING_SEARCH[type]).join(', ')}, _count and _offset, with valid values${type === 'Slot' ? ', and needs a schedule' : ''}.`,
        ),
        async (c) => {
          const q = c.req.valid('query');
          const answer = await scheduling.search(type, q);
          if ('invalid' in answer) return refuse(c, 400, answer.invalid);
          const selfUrl = pageLinks(c, type, q._count, answer.pinned ?? []);
          return fhir(c, searchPage(answer.resources, base, selfUrl, q._offset, q._count));
        },
      )
      .get(
        `/${type}/:id`,
        reading(
          type,
          'public',
          type === 'Slot'
            ? 'Read one free Slot; once it is booked or past, it is not found.'
            : `Read one ${type} of the clinic directory.`,
          'No such resource (an OperationOutcome).',
        ),
        fhirId,
        async (c) => {
          const { id } = c.req.valid('param');
          const found = await scheduling.read(type, id);
          return found ? fhir(c, found) : refuse(c, 404, `No ${type} with the id "${id}".`);
        },
      );
  }
  for (const type of PATIENT_TYPES) {
    router = router
      .get(
        `/${type}`,
        searching(
          'signed-in',
          `Search ${type} resources you may see, as a FHIR searchset Bundle with paging links.`,
        ),
        fhirQuery(
          recordSearch(type),
          `Unsupported search: ${type} is searched by ${capabilityOf(type).join(', ')}, with valid values.`,
        ),
        async (c) => {
          const q = c.req.valid('query');
          const tests = q.dates.map(parseDateTest);
          if (tests.some((t) => t === null))
            return refuse(
              c,
              400,
              `Write each ${q.dateParam} as eq, ge, gt, le or lt and YYYY-MM-DD or an instant.`,
            );
          const visible = await visiblePatients(c);
          if ('refusal' in visible) return visible.refusal;
          const wanted = q.patient;
          const patients = wanted
            ? visible.patients.filter((p) => p.id === wanted)
            : visible.patients;
          const matches = (await resourcesOf(c, patients, type))
            .map((m) => m.resource)
            .filter((r) => tests.every((t) => passes(dateOf(r), t!)));
          await logRead(
            c,
            'fhir.searched',
            { type, patients: patients.length, matches: matches.length },
            patients.length === 1 ? patients[0]!.id : null,
          );
          const selfUrl = pageLinks(c, type, q._count);
          return fhir(c, searchPage(matches, base, selfUrl, q._offset, q._count));
        },
      )
      .get(
        `/${type}/:id`,
        reading(
          type,
          'signed-in',
          `Read one ${type} you may see.`,
          'No such resource, or not yours to see (an OperationOutcome).',
        ),
        fhirId,
        async (c) => {
          const { id } = c.req.valid('param');
          const visible = await visiblePatients(c);
          if ('refusal' in visible) return visible.refusal;
          const found = (await resourcesOf(c, visible.patients, type)).find(
            (m) => m.resource.id === id,
          );
          // Someone else's record is "not found", so a guess learns nothing about who exists.
          if (!found) return refuse(c, 404, `No ${type} with the id "${id}" that you may read.`);
          await logRead(c, 'fhir.read', { type, id }, found.patientId);
          return fhir(c, found.resource);
        },
      );
  }
  router.all('*', (c) =>
    refuse(
      c,
      404,
      `This server has no ${c.req.method} ${c.req.path}; GET ${base}/metadata lists what it has.`,
    ),
  );
  return router;
}
