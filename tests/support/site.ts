/**
 * The address the test build is made for: `npm test` builds with
 * SITE_URL=https://example.org (`npm run build:test`), a deploy build on a
 * domain reserved for examples (RFC 2606), and vitest.config.ts sets the same
 * SITE_URL, so astro.config.mjs gives the tests the `site` the build had.
 */
export const TEST_SITE = 'https://example.org';

/**
 * The operator the test build names in its imprint (src/site/operator.ts): plainly made up, on the
 * reserved example domain, so no test build ever names a real person or address. package.json's
 * build:test sets the same values; vitest.config.ts gives them to the tests.
 */
export const TEST_OPERATOR = {
  SITE_OPERATOR: 'Testbetrieb nebeneinander (erfundene Angabe)',
  SITE_ADDRESS: 'Beispielweg 1, 00000 Teststadt',
  SITE_EMAIL: 'fehler@example.org',
} as const;
