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
          // Seeding the demo chain on PostgreSQL takes 7 s when the machine is busy.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/setup/e2e-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
