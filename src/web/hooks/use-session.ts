import { useSyncExternalStore } from 'react';
import { fetchMe, setCsrfToken, type Me } from '../api';

/** Who is signed in, loaded once from the server and updated on sign-in and sign-out. */
type SessionState = { status: 'loading' | 'ready'; me: Me | null };

let state: SessionState = { status: 'loading', me: null };
const listeners = new Set<() => void>();
let started = false;
/** Bumped on every sign-in or sign-out, so a slower first check cannot undo it. */
let changes = 0;

function publish(me: Me | null) {
  setCsrfToken(me?.csrfToken ?? '');
  state = { status: 'ready', me };
  for (const listener of listeners) listener();
}

export function setSession(me: Me | null) {
  changes++;
  publish(me);
}

function start() {
  if (started) return;
  started = true;
  const before = changes;
  const settle = (me: Me | null) => changes === before && publish(me);
  fetchMe().then(settle, () => settle(null));
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
