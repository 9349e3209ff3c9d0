import { useEffect } from 'react';
import { onOutboxEvent } from '../offline/outbox';
import { flushed, recount, setSyncOwner, syncNow } from '../offline/sync';
import { myProgram } from '../api';
import { useSession } from './use-session';

/**
 * Sends what was kept offline when a patient is signed in: on opening the app, when the
 * network comes back, and when another tab or the service worker changed the queue.
 */
export function useOutboxSync(): void {
  const { me } = useSession();
  const patientId = me?.user.role === 'patient' ? me.user.id : null;
  useEffect(() => {
    if (typeof indexedDB === 'undefined') return;
    void recount();
    const stop = onOutboxEvent((event) => {
      if (event.type === 'flushed') void flushed(event.result);
      else void recount();
    });
    return stop;
  }, []);
  useEffect(() => {
    if (typeof indexedDB === 'undefined') return;
    setSyncOwner(patientId);
    if (!patientId) return;
    const send = () => void syncNow();
    send();
    // Asked once a visit, so the service worker keeps the program for a plan made offline.
    void myProgram().catch(() => undefined);
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [patientId]);
}
