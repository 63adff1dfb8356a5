/**
 * A deploy build (`npm test` builds with SITE_URL=https://example.org) names no
 * loopback address anywhere: not in HTML, XML, JSON, CSV, BibTeX, JS or CSS,
 * nor inside Pagefind's compressed index files.
 */
import { describe, expect, it } from 'vitest';
import { TEST_SITE } from '../support/site.ts';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DATA_LICENSE } from '../../src/export/jsonld.ts';
import { fileText, LOOPBACK, textFiles } from '../support/loopback.ts';
import { DIST, pagePaths, readPage } from './dist.ts';

const files = textFiles(DIST);
const text = (file: string) => fileText(DIST, file);

describe('no loopback address in the deploy build', () => {
  it('reads the whole build, Pagefind included', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    // The reader above unpacks a fragment: it holds a page's words, not gzip bytes.
    const fragment = files.find((file) => file.startsWith('pagefind/fragment/')) ?? '';
    expect(text(fragment)).toContain('"url"');
  });

  it.each(files)('%s', (file) => {
    expect(text(file)).not.toMatch(LOOPBACK);
  });
});

/**
 * The page's addresses of itself and its parts: canonical, og:url, og:image,
 * quotes' cite, and every URL in its JSON-LD but the vocabulary and the licence.
 */
function ownUrls(path: string): string[] {
  const page = readPage(path);
  const urls = [
    ...selectAll('link[rel="canonical"]', page).map((node) => node.properties['href']),
    ...selectAll('meta[property^="og:"]', page)
      .map((node) => node.properties['content'])
      .filter((value) => typeof value === 'string' && /^\w+:\/\//.test(value)),
    ...selectAll('blockquote[cite]', page).map((node) => node.properties['cite']),
  ].map(String);
  for (const script of selectAll('script[type="application/ld+json"]', page)) {
    const json = toString(script);
    for (const match of json.matchAll(/"(https?:\/\/[^"]+)"/g)) {
      const url = match[1] ?? '';
      if (!url.startsWith('https://schema.org') && url !== DATA_LICENSE.url) urls.push(url);
    }
  }
  return urls;
}

describe('every absolute URL of the site itself uses SITE_URL', () => {
  const pages = pagePaths().filter((path) => path !== '/404.html');
  it.each(pages)('%s', (path) => {
    const urls = ownUrls(path);
    expect(urls.length, 'at least canonical, og:url and og:image').toBeGreaterThanOrEqual(3);
    expect(urls.filter((url) => !url.startsWith(`${TEST_SITE}/`))).toEqual([]);
  });
});
