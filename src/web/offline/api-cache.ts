/** The service worker's copy of a patient's last answers (sw.ts), for reading them offline. */
export const API_CACHE = 'reliefpath-api';

/** Signing in or out, or deleting the account, leaves nothing of the last person to read. */
export async function forgetKeptAnswers(): Promise<void> {
  if ('caches' in globalThis) await caches.delete(API_CACHE);
}
