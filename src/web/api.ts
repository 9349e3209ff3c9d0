import { hc } from 'hono/client';
import type { AppType } from '../server/app';
import type { Intake } from '../domain/personalization/intake';
import type { PlanResult } from '../domain/personalization/plan';

const client = hc<AppType>('/');

export class ApiError extends Error {}

/** The server screens and plans (and records red flags); the page only shows the answer. */
export async function previewPlan(intake: Intake): Promise<PlanResult> {
  const res = await client.api.v1.plan.preview.$post({ json: intake });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(problem?.detail ?? `The server answered ${res.status}.`);
  }
  return (await res.json()) as PlanResult;
}
