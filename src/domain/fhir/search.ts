import type {
  Bundle,
  CapabilityStatement,
  CapabilityStatementRestResource,
  CapabilityStatementRestResourceSearchParam,
  OperationOutcome,
  Resource,
} from '@medplum/fhirtypes';
import {
  SCHEDULING_SEARCH,
  SCHEDULING_TYPES,
  type SchedulingType,
  type SearchParamKind,
} from './scheduling';

/**
 * The read-only FHIR API's own rules: which resource types it serves, what it searches them
 * by, and the date each one is found by. The router and the CapabilityStatement both come
 * from this list, so the statement lists exactly what is served.
 */
export const PATIENT_TYPES = [
  'Patient',
  'Observation',
  'QuestionnaireResponse',
  'CarePlan',
  'Procedure',
  'Appointment',
] as const;
export type PatientType = (typeof PATIENT_TYPES)[number];

export const SEARCH_PARAMS = {
  patient: 'The patient the records are about: Patient/{id} or just the id.',
  date: 'When, as FHIR date search: eq, ge, gt, le or lt before YYYY-MM-DD or an instant; give it twice for a range.',
  _count: 'How many per page, 1 to 100 (default 50).',
  _offset: 'Where the page starts; the `next` link carries it.',
} as const;
export type SearchParam = keyof typeof SEARCH_PARAMS;

/**
 * What each record type's date is searched by, by R4's own parameter names (a
 * QuestionnaireResponse's is `authored`); a Patient has none.
 */
export const DATE_PARAM = {
  Patient: null,
  Observation: 'date',
  QuestionnaireResponse: 'authored',
  CarePlan: 'date',
  Procedure: 'date',
  Appointment: 'date',
} as const satisfies Record<PatientType, string | null>;

/** The moment a resource is found by in a date search, as written on it. */
export function dateOf(resource: Resource): string | undefined {
  switch (resource.resourceType) {
    case 'Observation':
      return resource.effectiveDateTime;
    case 'QuestionnaireResponse':
      return resource.authored;
    case 'CarePlan':
      return resource.period?.start;
    case 'Procedure':
      return resource.performedPeriod?.start;
    case 'Appointment':
      return resource.start;
    default:
      return undefined;
  }
}

const realDay = (y: number, m: number, d: number) => {
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
};

/**
 * A FHIR date or dateTime as the span of milliseconds it covers (a day is a whole day, an
 * instant one millisecond); null for anything else, including days no calendar has.
 */
export function spanOf(value: string): { from: number; to: number } | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d))?$/.exec(
      value,
    );
  if (!match || !realDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  if (!match[4]) {
    const from = Date.parse(`${value}T00:00:00Z`);
    return { from, to: from + 86_400_000 };
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : { from: at, to: at + 1 };
}

export type DateTest = {
  prefix: 'eq' | 'ge' | 'gt' | 'le' | 'lt';
  span: { from: number; to: number };
};

/** "ge2026-11-01" → a test, or null when it is not a date search FHIR defines. */
export function parseDateTest(raw: string): DateTest | null {
  const match = /^(eq|ge|gt|le|lt)?(.+)$/.exec(raw);
  const span = match ? spanOf(match[2]!) : null;
  if (!match || !span) return null;
  return { prefix: (match[1] as DateTest['prefix'] | undefined) ?? 'eq', span };
}

/**
 * Whether a resource's date passes a test, as R4 defines the prefixes over ranges: `eq` when
 * the search's span holds the whole of the resource's; the others when the resource's span
 * reaches into the part of time the prefix names (at or after the search's start for `ge`,
 * after its end for `gt`, before its end for `le`, before its start for `lt`).
 */
export function passes(date: string | undefined, test: DateTest): boolean {
  const own = date ? spanOf(date) : null;
  if (!own) return false;
  const { from, to } = test.span;
  switch (test.prefix) {
    case 'eq':
      return own.from >= from && own.to <= to;
    case 'ge':
      return own.to > from;
    case 'gt':
      return own.to > to;
    case 'le':
      return own.from < to;
    case 'lt':
      return own.from < from;
  }
}

/** FHIR string search: the value starts with the search text, ignoring case and accents. */
export function startsAsSearched(value: string, searched: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(value).startsWith(fold(searched));
}

/** A FHIR token search value, `code`, `system|code` or `|code`, against a coded value. */
export function tokenMatches(searched: string, coded: { system?: string; code: string }): boolean {
  const bar = searched.indexOf('|');
  if (bar < 0) return searched === coded.code;
  const system = searched.slice(0, bar);
  return (
    searched.slice(bar + 1) === coded.code &&
    (system === '' ? !coded.system : system === coded.system)
  );
}

/** A search value's alternatives: FHIR's comma is "or". */
export const alternatives = (value: string) => value.split(',');

/** One page of matches as a searchset Bundle, with `self` and, when more follow, `next`. */
export function searchPage(
  matches: readonly Resource[],
  base: string,
  selfUrl: (offset: number) => string,
  offset: number,
  count: number,
): Bundle {
  const page = matches.slice(offset, offset + count);
  const more = offset + count < matches.length;
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link: [
      { relation: 'self', url: selfUrl(offset) },
      ...(more ? [{ relation: 'next', url: selfUrl(offset + count) }] : []),
    ],
    entry: page.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/** A FHIR error: what went wrong, in words. */
export function operationOutcome(
  code: 'invalid' | 'not-found' | 'login' | 'forbidden' | 'not-supported',
  text: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, details: { text } }],
  };
}

const PAGE_PARAMS: CapabilityStatementRestResourceSearchParam[] = [
  { name: '_count', type: 'number', documentation: SEARCH_PARAMS._count },
  { name: '_offset', type: 'number', documentation: SEARCH_PARAMS._offset },
];

/** What this server does, and nothing more: the types above, read and searched. */
export function capabilityStatement(
  base: string,
  software: string,
  at: string,
): CapabilityStatement {
  const resource = (type: PatientType): CapabilityStatementRestResource => ({
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: [
      ...(DATE_PARAM[type] === null
        ? []
        : [
            { name: 'patient', type: 'reference' as const, documentation: SEARCH_PARAMS.patient },
            { name: DATE_PARAM[type], type: 'date' as const, documentation: SEARCH_PARAMS.date },
          ]),
      ...PAGE_PARAMS,
    ],
  });
  const scheduling = (type: SchedulingType): CapabilityStatementRestResource => ({
    type,
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: [
      ...Object.entries(SCHEDULING_SEARCH[type]).map(
        ([name, [kind, documentation]]: [string, readonly [SearchParamKind, string]]) => ({
          name,
          type: kind,
          documentation,
        }),
      ),
      ...PAGE_PARAMS,
    ],
  });
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: at,
    kind: 'instance',
    software: { name: software },
    implementation: { description: 'ReliefPath read-only FHIR R4 API', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Read only. The clinic directory and its free slots are public (book a Slot through POST /api/v1/appointments with its id as fhirSlot). Records need a sign-in as in the rest of the API: a patient reads their own, a therapist those of the patients on their care team.',
        resource: [...SCHEDULING_TYPES.map(scheduling), ...PATIENT_TYPES.map(resource)],
      },
    ],
  };
}
