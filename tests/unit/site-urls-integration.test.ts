/**
 * The site-urls integration on a tiny build folder: with a site it writes the
 * sitemap; without SITE_URL (a preview build) it writes urls.txt only, since
 * a sitemap needs absolute URLs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import siteUrls from '../../src/integrations/site-urls.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function build(site: string | undefined): Promise<{ dist: string; warnings: string[] }> {
  root = mkdtempSync(join(tmpdir(), 'site-urls-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'aussagen', 'x'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>a</title>');
  writeFileSync(join(dist, 'aussagen', 'x', 'index.html'), '<!doctype html><title>b</title>');
  writeFileSync(join(root, 'permalinks.txt'), '/\n');
  const warnings: string[] = [];
  const logger = { info: () => {}, warn: (line: string) => warnings.push(line) };
  const { hooks } = siteUrls();
  const config = { root: pathToFileURL(`${root}/`), site, redirects: {} };
  await (hooks['astro:config:done'] as unknown as (options: unknown) => unknown)({ config });
  await (hooks['astro:build:done'] as unknown as (options: unknown) => unknown)({ dir: pathToFileURL(`${dist}/`), logger });
  return { dist, warnings };
}

describe('site-urls integration', () => {
  it('writes a sitemap on the site', async () => {
    const { dist, warnings } = await build('https://example.org');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/aussagen/x/</loc>');
    expect(warnings).toEqual([]);
  });

  it('without SITE_URL writes urls.txt, no sitemap, and says why', async () => {
    const { dist, warnings } = await build(undefined);
    expect(readFileSync(join(dist, 'urls.txt'), 'utf8')).toBe('/\n/aussagen/x/\n');
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(warnings.join('\n')).toMatch(/SITE_URL is not set/);
  });
});
