import { defineConfig } from 'vitest/config';

// Browser tests: Debian chromium driven by playwright-core against the browser preview.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/runTmpDir.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/reports/e2e.json' },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    // UI assertions poll; a page that has not settled after 10 s is a failure worth seeing.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
