import type { Queued } from './outbox';
import { keepUntilOnline } from './sync';

/** The server's proxy answered for it: it is down or unreachable, so try again later. */
const UNREACHABLE = [502, 503, 504];

/** Sent now (with the server's answer), or kept on this device to be sent later. */
export type Outcome<T> = { kept: false; value: T } | { kept: true };

/**
 * Sends a change; with no network, or no server behind the proxy, keeps it on this device for
 * `userId` (offline/outbox.ts) instead of failing. Refusals (4xx) still reach the caller.
 */
export async function sendOrKeep<T>(
  change: Omit<Queued, 'queuedAt'>,
  send: () => Promise<Response>,
  read: (res: Response) => Promise<T>,
): Promise<Outcome<T>> {
  let res: Response;
  try {
    res = await send();
  } catch (error) {
    // fetch rejects with a TypeError when the request never got an answer.
    if (!(error instanceof TypeError)) throw error;
    await keepUntilOnline(change);
    return { kept: true };
  }
  if (UNREACHABLE.includes(res.status)) {
    await keepUntilOnline(change);
    return { kept: true };
  }
  return { kept: false, value: await read(res) };
}
