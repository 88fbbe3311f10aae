import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // No build runs here: the languages a build would add are a fixture's.
        resolve: { alias: { 'virtual:languages': fileURLToPath(new URL('src/i18n/languages.fixture.ts', import.meta.url)) } },
        test: { name: 'unit', include: ['src/**/*.test.ts', 'build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          // Everything that needs the production build in dist/ (npm test builds first): size budgets and real Chromium.
          name: 'e2e',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          setupFiles: ['tests/browser/afterEach.ts'],
          testTimeout: 60_000,
          // A browser on a shared 2-core machine can take seconds to start a camera or a service worker.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
