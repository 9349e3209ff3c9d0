import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'content/**/*.test.ts'],
          exclude: ['**/*.int.test.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          // CPU-bound: one file per core.
          maxWorkers: 2,
          // Property tests run thousands of cases: on a busy machine 5 s is not enough time.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          testTimeout: 20_000,
          // Each file has databases of its own, and much of a file's time is spent waiting on
          // PostgreSQL or a child process: more files than cores keep both cores busy.
          maxWorkers: 3,
          // Seeding the demo chain on PostgreSQL takes 7 s when the machine is busy.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/setup/e2e-server.ts'],
          // A server and database per file (e2e-file-server.ts), so two files run side by side.
          setupFiles: ['tests/setup/e2e-file-server.ts'],
          maxWorkers: 2,
          // Tests marked concurrent (pages that mostly wait on their own timers) run 3 at once.
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
