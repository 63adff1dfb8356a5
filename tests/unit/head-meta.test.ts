import { describe, expect, it } from 'vitest';
import { headMeta } from '../../src/export/head-meta.ts';
import { GET as robots } from '../../src/pages/robots.txt.ts';
import type { APIContext } from 'astro';

const card = { path: '/karten/aussagen/x.png', alt: 'Vorschaubild' };
const attr = (tags: ReturnType<typeof headMeta>, key: string, value: string, read: string) =>
  tags.find((tag) => tag.attrs[key] === value)?.attrs[read];

describe('sharing tags in <head>', () => {
  it('a build with SITE_URL names the page, its card and the feed with absolute URLs', () => {
    const tags = headMeta({ path: '/aussagen/x/', site: new URL('https://example.org'), noindex: false, card });
    expect(attr(tags, 'rel', 'canonical', 'href')).toBe('https://example.org/aussagen/x/');
    expect(attr(tags, 'property', 'og:url', 'content')).toBe('https://example.org/aussagen/x/');
    expect(attr(tags, 'property', 'og:image', 'content')).toBe('https://example.org/karten/aussagen/x.png');
    expect(attr(tags, 'property', 'og:image:width', 'content')).toBe('1200');
    expect(attr(tags, 'property', 'og:image:height', 'content')).toBe('630');
    expect(attr(tags, 'property', 'og:image:alt', 'content')).toBe('Vorschaubild');
    expect(attr(tags, 'name', 'twitter:card', 'content')).toBe('summary_large_image');
    expect(attr(tags, 'rel', 'alternate', 'href')).toBe('/feed.xml');
  });

  it('a build without SITE_URL writes none of them: no address is made up', () => {
    expect(headMeta({ path: '/aussagen/x/', site: undefined, noindex: false, card })).toEqual([]);
  });

  it('the 404 page has no canonical URL and no card, but links the feed like every page', () => {
    const tags = headMeta({ path: '/404.html', site: new URL('https://example.org'), noindex: true, card });
    expect(tags.map(({ attrs }) => attrs['rel'] ?? attrs['property'] ?? attrs['name'])).toEqual(['alternate']);
    expect(attr(tags, 'rel', 'alternate', 'href')).toBe('/feed.xml');
  });
});

describe('robots.txt', () => {
  const body = async (site: URL | undefined) => (await robots({ site } as APIContext)).text();

  it('names the sitemap on the site', async () => {
    expect(await body(new URL('https://example.org'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });

  it('without SITE_URL has no Sitemap line (there is no sitemap)', async () => {
    expect(await body(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
