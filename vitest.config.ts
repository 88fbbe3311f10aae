import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'build/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          // Everything that needs the production build in dist/ (npm test builds first): size budgets and real Chromium.
          name: 'e2e',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
