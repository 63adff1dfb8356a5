/**
 * Sharing and permalinks: every page names its canonical URL, the sitemap
 * lists exactly the pages, robots.txt points to the sitemap, and every URL in
 * permalinks.txt is still built (src/integrations/site-urls.ts fails the
 * build otherwise; this guards that the check stays in the build).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import config from '../../astro.config.mjs';
import { checkPermalinks, parseUrlList, redirectMap } from '../../src/site/permalinks.ts';
import { REDIRECTS } from '../../src/site/redirects.ts';
import { DIST, pagePaths, readPage, ROOT } from './dist.ts';

const site = config.site ?? '';
const pages = pagePaths().filter((path) => path !== '/404.html');
const absolute = (path: string) => new URL(path, site).href;

describe('canonical URLs', () => {
  it.each(pages)('%s names itself as canonical URL and og:url', (path) => {
    const page = readPage(path);
    expect(select('link[rel="canonical"]', page)?.properties['href']).toBe(absolute(path));
    expect(select('meta[property="og:url"]', page)?.properties['content']).toBe(absolute(path));
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page, and only pages, with its canonical URL', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual(pages.map(absolute));
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${absolute('/sitemap.xml')}\n`);
  });

  it('dist/urls.txt lists the same pages as the sitemap', () => {
    expect(parseUrlList(readFileSync(join(DIST, 'urls.txt'), 'utf8'))).toEqual(pages);
  });
});

describe('permalinks', () => {
  it('every URL in permalinks.txt is still built, or redirected to a page that is', () => {
    const listed = parseUrlList(readFileSync(join(ROOT, 'permalinks.txt'), 'utf8'));
    expect(listed).toContain('/');
    const { missing } = checkPermalinks(listed, pages, redirectMap(REDIRECTS));
    expect(missing).toEqual([]);
  });
});
