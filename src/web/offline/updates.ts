import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

/** A new version of the app is installed and waiting for the person to say "reload". */
let waiting = false;
let activate: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/** Installs the service worker that keeps the app on this device (src/web/sw.ts). */
export function keepAppOnDevice(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
  });
  activate = async () => {
    // Once the new version is in charge, the page is loaded again from it.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    await update(true);
  };
}

/** Whether a new version waits, and how to switch to it (the page reloads). */
export function useNewVersion(): { waiting: boolean; reload: () => void } {
  const ready = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waiting,
  );
  return { waiting: ready, reload: () => void activate?.() };
}
