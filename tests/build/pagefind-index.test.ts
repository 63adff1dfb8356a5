/**
 * Pagefind reads only the files astro.config.mjs names (the integration's
 * `glob`): every page that asks to be found must be among them, or it would
 * silently drop out of the search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPages } from '../../src/integrations/pagefind.ts';
import { DIST, htmlPaths } from './dist.ts';

const withBody = htmlPaths().filter((path) => /\sdata-pagefind-body[\s>=]/.test(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8')));

describe('the search index', () => {
  it('holds every page with data-pagefind-body, and only those', () => {
    expect(withBody.length).toBeGreaterThan(0);
    expect(indexedPages(join(DIST, 'pagefind/'))).toBe(withBody.length);
  });

});
