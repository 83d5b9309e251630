import { defineConfig } from 'vitest/config';

// Browser tests: Debian chromium driven by playwright-core against the browser preview.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/reports/e2e.json' },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
