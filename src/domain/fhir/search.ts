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

/** A FHIR date or dateTime as the span of milliseconds it covers (a day is a whole day). */
export function spanOf(value: string): { from: number; to: number } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const from = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(from) ? null : { from, to: from + 86_400_000 };
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    return null;
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

/** Whether a resource's date passes a test, by the spans both cover. */
export function passes(date: string | undefined, test: DateTest): boolean {
  const own = date ? spanOf(date) : null;
  if (!own) return false;
  const { from, to } = test.span;
  switch (test.prefix) {
    case 'eq':
      return own.from < to && own.to > from;
    case 'ge':
      return own.from >= from;
    case 'gt':
      return own.from >= to;
    case 'le':
      return own.from < to;
    case 'lt':
      return own.from < from;
  }
}

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
      ...(type === 'Patient'
        ? []
        : (['patient', 'date'] as const).map((name) => ({
            name,
            type: name === 'date' ? ('date' as const) : ('reference' as const),
            documentation: SEARCH_PARAMS[name],
          }))),
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
