import { useSyncExternalStore } from 'react';
import { enqueue, flushOutbox, queued, SYNC_TAG, type FlushResult, type Queued } from './outbox';

/** What the page says about changes kept on this device (layout.tsx shows it). */
export type SyncStatus = {
  /** Changes still waiting to reach the server. */
  waiting: number;
  /** True once everything kept offline has been sent during this visit. */
  synced: boolean;
  /** Changes the server refused for good, to tell the person (rare: a day too far back…). */
  refused: Queued['kind'][];
};

let status: SyncStatus = { waiting: 0, synced: false, refused: [] };
const listeners = new Set<() => void>();
function publish(change: Partial<SyncStatus>) {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** Whose changes the page speaks of: the signed-in patient's, never someone else's. */
let owner: string | null = null;
export function setSyncOwner(userId: string | null): void {
  if (userId === owner) return;
  owner = userId;
  publish({ waiting: 0, synced: false, refused: [] });
  void recount();
}

const ownWaiting = async () => (await queued()).filter((c) => c.userId === owner).length;

export async function recount() {
  const waiting = await ownWaiting();
  publish({ waiting, synced: status.synced && waiting === 0 });
}

export async function flushed(result: FlushResult) {
  const waiting = await ownWaiting();
  publish({
    waiting,
    synced: waiting === 0 && (result.sent > 0 || status.synced),
    refused: [...status.refused, ...result.refused.map((r) => r.kind)],
  });
}

let sending: Promise<FlushResult> | null = null;
/** Sends what is waiting now; a call while a send is on its way joins it. */
export function syncNow(): Promise<FlushResult> {
  sending ??= flushOutbox()
    .then(async (result) => {
      await flushed(result);
      return result;
    })
    .finally(() => {
      sending = null;
    });
  return sending;
}

/** Asks the browser to send the queue once it is online, even with the app closed. */
async function askForBackgroundSync() {
  const registration = await navigator.serviceWorker?.getRegistration();
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
    ?.sync;
  await sync?.register(SYNC_TAG).catch(() => undefined);
}

/** Keeps a change on this device until the server has it. */
export async function keepUntilOnline(change: Omit<Queued, 'queuedAt'>): Promise<void> {
  await enqueue({ ...change, queuedAt: Date.now() });
  await recount();
  void askForBackgroundSync();
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
