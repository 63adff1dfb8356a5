import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-level tests read dist/, which `npm test` builds first.
    testTimeout: 30_000,
    // Browser tests start Chromium and the static server once per file, in beforeAll.
    hookTimeout: 30_000,
  },
});
