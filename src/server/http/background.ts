import type { Logger } from './logging';

export type Background = {
  /** Starts `work` without waiting for it; a failure is logged, never thrown. */
  run: (what: string, work: () => Promise<unknown>) => void;
  /** Resolves once everything started so far has finished (for tests and shutdown). */
  settled: () => Promise<void>;
};

/** Work that follows an answer rather than delaying it. */
export function createBackground(logger: Logger): Background {
  const pending = new Set<Promise<unknown>>();
  return {
    run(what, work) {
      const task = work().catch((error: unknown) =>
        logger.error(`${what} failed`, { error: String(error) }),
      );
      pending.add(task);
      void task.finally(() => pending.delete(task));
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
