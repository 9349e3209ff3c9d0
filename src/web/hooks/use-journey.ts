import { useSyncExternalStore } from 'react';
import type { Intake } from '../../domain/personalization/intake';
import type { PlanResult } from '../../domain/personalization/plan';
import type { RecheckReason } from '../../domain/safety/recheck';

/** The current visit: intake, the plan it produced and player settings, kept for this tab. */
export type Journey = {
  intake: Intake | null;
  plan: PlanResult | null;
  settings: { spokenCues: boolean; longerHolds: boolean };
  /** Symptoms got worse since the last safety check: ask it again before showing a plan (B1). */
  recheck: RecheckReason | null;
};

const KEY = 'reliefpath.journey';
const EMPTY: Journey = {
  intake: null,
  plan: null,
  settings: { spokenCues: false, longerHolds: false },
  recheck: null,
};
const listeners = new Set<() => void>();
let cached: Journey | null = null;

function read(): Journey {
  if (cached) return cached;
  try {
    const raw = sessionStorage.getItem(KEY);
    cached = raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<Journey>) } : EMPTY;
  } catch {
    cached = EMPTY;
  }
  return cached;
}

export function updateJourney(change: Partial<Journey>): void {
  cached = { ...read(), ...change };
  sessionStorage.setItem(KEY, JSON.stringify(cached));
  for (const listener of listeners) listener();
}

export function useJourney(): Journey {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, read);
}
