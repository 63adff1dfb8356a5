/**
 * The address the test build is made for: `npm test` builds with
 * SITE_URL=https://example.org (`npm run build:test`), a deploy build on a
 * domain reserved for examples (RFC 2606), and vitest.config.ts sets the same
 * SITE_URL, so astro.config.mjs gives the tests the `site` the build had.
 */
export const TEST_SITE = 'https://example.org';
