import { defineConfig } from 'vitest/config';

/** End-to-end journeys: real Chromium (Debian's) driven by playwright-core against the built app. */
export default defineConfig({
  test: {
    include: [process.env.E2E_ONLY ?? 'tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks'
  }
});
