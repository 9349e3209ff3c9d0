import { useEffect } from 'react';
import type { SavedSession } from '../api';
import { saveSession } from '../api';
import { useSession } from './use-session';

/**
 * Sessions finished before signing in, kept on this device until the person signs in as a
 * patient, then added to their history. A day is long enough to create an account and short
 * enough that a shared computer does not hand one person's session to the next.
 */
const KEY = 'reliefpath.pending-sessions';
const KEEP_MS = 24 * 3600_000;

type Pending = { keptAt: number; session: SavedSession };

function read(now = Date.now()): Pending[] {
  try {
    const all = JSON.parse(localStorage.getItem(KEY) ?? '[]') as Pending[];
    return all.filter((p) => now - p.keptAt < KEEP_MS);
  } catch {
    return [];
  }
}

export function keepForLater(session: SavedSession): void {
  const others = read().filter((p) => p.session.idempotencyKey !== session.idempotencyKey);
  localStorage.setItem(KEY, JSON.stringify([...others, { keptAt: Date.now(), session }]));
}

/** Sends kept sessions once a patient is signed in; each key counts once on the server. */
export function usePendingSessionUpload(): void {
  const { me } = useSession();
  const patientId = me?.user.role === 'patient' ? me.user.id : null;
  useEffect(() => {
    if (!patientId) return;
    const pending = read();
    if (pending.length === 0) {
      localStorage.removeItem(KEY);
      return;
    }
    void Promise.allSettled(pending.map((p) => saveSession(p.session))).then((results) => {
      const failed = pending.filter((_, i) => results[i]?.status === 'rejected');
      if (failed.length === 0) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, JSON.stringify(failed));
    });
  }, [patientId]);
}
