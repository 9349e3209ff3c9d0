import type { Logger } from './logging';

export type Background = {
  /** Starts `work` without waiting for it; a failure is logged (with `fields`), never thrown. */
  run: (what: string, work: () => Promise<unknown>, fields?: object) => void;
  /** Resolves once everything started so far has finished (for tests and shutdown). */
  settled: () => Promise<void>;
};

/** Work that follows an answer rather than delaying it. */
export function createBackground(logger: Logger): Background {
  const pending = new Set<Promise<unknown>>();
  return {
    run(what, work, fields = {}) {
      const task = work().catch((error: unknown) =>
        logger.error(`${what} failed`, { ...fields, error: String(error) }),
      );
      pending.add(task);
      void task.finally(() => pending.delete(task));
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
