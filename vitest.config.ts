import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-level tests read dist/, which `npm test` builds first.
    testTimeout: 30_000,
  },
});
