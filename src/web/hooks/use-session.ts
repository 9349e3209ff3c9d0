import { useSyncExternalStore } from 'react';
import { fetchMe, setCsrfToken, type Me } from '../api';
import { forgetKeptAnswers } from '../offline/api-cache';

/** Who is signed in, loaded once from the server and updated on sign-in and sign-out. */
type SessionState = { status: 'loading' | 'ready'; me: Me | null };

let state: SessionState = { status: 'loading', me: null };
const listeners = new Set<() => void>();
let started = false;
/** Bumped on every sign-in or sign-out, so a slower first check cannot undo it. */
let changes = 0;

/**
 * Who was signed in on this device, so the app still knows its patient with no network (their
 * changes are then kept for them). Gone on signing out.
 */
const LAST_KEY = 'reliefpath.signed-in';
function lastKnown(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(LAST_KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

function publish(me: Me | null) {
  if (me) localStorage.setItem(LAST_KEY, JSON.stringify(me));
  else localStorage.removeItem(LAST_KEY);
  setCsrfToken(me?.csrfToken ?? '');
  state = { status: 'ready', me };
  for (const listener of listeners) listener();
}

export function setSession(me: Me | null) {
  changes++;
  // The service worker's copy of the last person's answers goes with them (offline/api-cache).
  if (state.me?.user.id !== me?.user.id) void forgetKeptAnswers();
  publish(me);
}

function start() {
  if (started) return;
  started = true;
  const before = changes;
  const settle = (me: Me | null) => changes === before && publish(me);
  // No answer at all (offline): the person last signed in here is still the one using it.
  fetchMe().then(settle, (error: unknown) =>
    settle(error instanceof TypeError ? lastKnown() : null),
  );
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
