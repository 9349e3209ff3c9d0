import { createStore, del, set, values } from 'idb-keyval';

/**
 * Changes a signed-in patient made while the network was gone, kept in IndexedDB until the
 * server has them. The page and the service worker share this module: whichever sends first
 * wins, and the server counts each idempotency key once, so a retry or a replay adds nothing.
 */
export type Queued = {
  /** Sent as the Idempotency-Key header (a session carries it in its body too). */
  key: string;
  /** Only this person's sign-in may send it. */
  userId: string;
  kind: 'session' | 'log' | 'reminders' | 'nudges' | 'screening';
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  /** A red flag goes before anything else. */
  urgent: boolean;
  queuedAt: number;
};

export type FlushResult = { sent: number; refused: Queued[]; waiting: number };

const store = () => createStore('reliefpath-outbox', 'changes');
const CHANNEL = 'reliefpath-outbox';
export const SYNC_TAG = 'reliefpath-outbox';

function announce(event: OutboxEvent): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(event);
  channel.close();
}

export type OutboxEvent = { type: 'changed' } | { type: 'flushed'; result: FlushResult };

/** Calls `listener` when this or another tab, or the service worker, changes the queue. */
export function onOutboxEvent(listener: (event: OutboxEvent) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (message: MessageEvent<OutboxEvent>) => listener(message.data);
  return () => channel.close();
}

export async function enqueue(change: Queued): Promise<void> {
  await set(change.key, change, store());
  announce({ type: 'changed' });
}

export async function queued(): Promise<Queued[]> {
  const all = await values<Queued>(store());
  return all.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.queuedAt - b.queuedAt);
}

/** Statuses that will not change on a resend: the change itself is wrong, so it is dropped. */
const FINAL_REFUSAL = (status: number) =>
  status >= 400 && status < 500 && ![401, 403, 408, 425, 429].includes(status);

type Session = { user: { id: string } | null; csrfToken: string | null };

async function sendAll(): Promise<FlushResult> {
  const all = await queued();
  if (all.length === 0) return { sent: 0, refused: [], waiting: 0 };
  let session: Session;
  try {
    const res = await fetch('/api/v1/auth/session', { cache: 'no-store' });
    if (!res.ok) return { sent: 0, refused: [], waiting: all.length };
    session = (await res.json()) as Session;
  } catch {
    return { sent: 0, refused: [], waiting: all.length };
  }
  let sent = 0;
  const refused: Queued[] = [];
  for (const change of all) {
    // Someone else's changes wait for them to sign in on this device again.
    if (change.userId !== session.user?.id) continue;
    let res: Response;
    try {
      res = await fetch(change.path, {
        method: change.method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': change.key,
          'x-csrf-token': session.csrfToken ?? '',
        },
        body: JSON.stringify(change.body),
      });
    } catch {
      break;
    }
    if (res.ok) sent++;
    else if (FINAL_REFUSAL(res.status)) refused.push(change);
    else break;
    await del(change.key, store());
  }
  return { sent, refused, waiting: (await values(store())).length };
}

/**
 * Sends what is queued, oldest first after any red flag. One send at a time across tabs and
 * the service worker (Web Locks), so two senders never post the same change at once.
 */
export async function flushOutbox(): Promise<FlushResult> {
  const result =
    'locks' in navigator
      ? await navigator.locks.request('reliefpath-outbox', sendAll)
      : await sendAll();
  if (result.sent > 0 || result.refused.length > 0) announce({ type: 'flushed', result });
  return result;
}
