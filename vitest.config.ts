import { defineConfig } from 'vitest/config';
import { TEST_OPERATOR, TEST_SITE } from './tests/support/site.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The deploy build `npm test` makes (npm run build:test): astro.config.mjs reads the same address.
    env: { SITE_URL: TEST_SITE, ...TEST_OPERATOR },
    // Build-level tests read dist/, which `npm test` builds first.
    testTimeout: 30_000,
    // Browser tests start Chromium and the static server once per file, in beforeAll.
    hookTimeout: 30_000,
  },
});
