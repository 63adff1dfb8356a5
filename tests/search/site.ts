/**
 * The built site served from dist/ and a Chromium to look at it, for the
 * search tests. `npm test` builds dist/ (and the index) first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { DIST, startServer, type StaticServer } from '../support/server.ts';

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  throw new Error('dist/pagefind/ is missing: run `npm run build` first (`npm test` does).');
}

export interface Site {
  url: string;
  browser: Browser;
}

/**
 * Starts server and browser before the file's tests and stops them after; `root` is dist/ or
 * the frozen site's build (SITE_FIXTURE_DIST) for tests about the five texts.
 */
export function useSite(root: string = DIST): Site {
  const site = {} as Site;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer(root);
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
