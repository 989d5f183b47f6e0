import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's, through playwright-core) against the production build in
// dist/, served by test/browser/harness.ts. One file at a time: the machine has two cores and each
// file starts its own browser. `npm run build` must run first (scripts/test-all.sh does).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // A cold Chromium start plus a software-rendered map can take several seconds on a busy machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll's own default (1 s) is too tight for anything behind a fetch, IndexedDB, a lazy
    // chunk or the map on a busy CI machine; a poll that already holds returns at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
