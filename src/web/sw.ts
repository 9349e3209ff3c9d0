/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { flushOutbox, SYNC_TAG } from './offline/outbox';
import { API_CACHE } from './offline/api-cache';

declare const self: ServiceWorkerGlobalScope;

// The app itself (its page, every patient screen's code and styles, the icons) is kept on the
// device at install, so it opens with no network. The list is written in at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's page is looked after at once, so its answers are kept for offline too.
clientsClaim();

// Every address of the app opens the kept page; the APIs (ours, FHIR's, the calendar feeds
// under /api) and the health checks never do: someone opening one wants the server's answer.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/fhir\//, /^\/(healthz|readyz)$/],
  }),
);

/**
 * What a patient reads back (their progress, program, stage, reminders, habits): from
 * the network when it answers within a few seconds, else the last answer kept on this device.
 * Signing out empties this cache (offline/api-cache.ts).
 */
const PATIENT_READS =
  /^\/api\/v1\/me\/(progress|program|reminders|nudges|sessions|safety-recheck|habits)(\/.*)?$/;
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    PATIENT_READS.test(url.pathname),
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 14 * 24 * 3600 })],
  }),
);

// A new version waits until the person says to reload (never in the middle of a session).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync, where the browser has it: send what was recorded offline even if every tab
// of the app has been closed since.
self.addEventListener('sync', (event: Event) => {
  const sync = event as ExtendableEvent & { tag: string };
  if (sync.tag === SYNC_TAG)
    sync.waitUntil(
      flushOutbox().then((result) => {
        // Still waiting: fail the sync so the browser tries again later.
        if (result.waiting > 0) throw new Error('Some changes are still waiting to be sent');
      }),
    );
});
