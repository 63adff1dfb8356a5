import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  appendUrls,
  checkPermalinks,
  formatMissing,
  normalizePath,
  pageUrls,
  parseUrlList,
  redirectMap,
  sitemapXml,
} from '../../src/site/permalinks.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/permalinks/', import.meta.url));
const read = (dir: string, file: string) => readFileSync(join(FIXTURES, dir, file), 'utf8');

describe('checkPermalinks on fixtures (permalinks.txt, urls.txt, redirects.json → expected.json)', () => {
  it.each(readdirSync(FIXTURES).sort())('%s', (name) => {
    const redirects = existsSync(join(FIXTURES, name, 'redirects.json')) ? JSON.parse(read(name, 'redirects.json')) : {};
    const result = checkPermalinks(parseUrlList(read(name, 'permalinks.txt')), parseUrlList(read(name, 'urls.txt')), redirectMap(redirects));
    expect(result).toEqual(JSON.parse(read(name, 'expected.json')));
  });
});

describe('normalizePath', () => {
  it.each([
    ['/', '/'],
    ['/artikel/a', '/artikel/a/'],
    ['/artikel/a/', '/artikel/a/'],
    ['artikel/a/', '/artikel/a/'],
    ['/artikel/a/#absatz-2', '/artikel/a/'],
    ['/robots.txt', '/robots.txt'],
  ])('%s → %s', (path, normalized) => {
    expect(normalizePath(path)).toBe(normalized);
  });
});

describe('pageUrls', () => {
  it('lists the pages of the build, not the 404 page or redirect pages', () => {
    const files = ['index.html', '404.html', 'artikel/a/index.html', 'artikel/alt/index.html', 'artikel/a/original/index.html'];
    expect(pageUrls(files, redirectMap({ '/artikel/alt/': '/artikel/a/' }))).toEqual([
      '/',
      '/artikel/a/',
      '/artikel/a/original/',
    ]);
  });
});

describe('messages and files', () => {
  it('names every URL that is gone and says how to keep it working', () => {
    expect(formatMissing(['/artikel/b/', '/artikel/c/'])).toBe(
      [
        '2 published URLs are no longer built (listed in permalinks.txt):',
        '  /artikel/b/',
        '  /artikel/c/',
        'Published URLs must keep working: restore the page, or add a redirect to REDIRECTS in src/site/redirects.ts,',
        "e.g. '/artikel/b/': '/neu/'.",
      ].join('\n'),
    );
  });

  it('appends new URLs and keeps the rest of the list as it is', () => {
    expect(appendUrls('# Liste\n/\n', ['/a/', '/b/'])).toBe('# Liste\n/\n/a/\n/b/\n');
    expect(appendUrls('/', ['/a/'])).toBe('/\n/a/\n');
    expect(appendUrls('/\n', [])).toBe('/\n');
  });

  it('writes a sitemap of absolute URLs on the site', () => {
    expect(sitemapXml('https://example.org', ['/', '/artikel/grüße/'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/</loc></url>',
        '  <url><loc>https://example.org/artikel/gr%C3%BC%C3%9Fe/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});
