/**
 * Share cards: the overview and every story, claim and pair page has its own
 * 1200 × 630 PNG, named in og:image with its size and alt text; every other
 * page shows the site card. The pages do not load the image themselves.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { cardUrl } from '../../src/site/urls.ts';
import { pngSize } from '../support/formats.ts';
import { TEST_SITE } from '../support/site.ts';
import { DIST, distFiles, pagePaths, readPage, headingText } from './dist.ts';

const pages = pagePaths().filter((path) => path !== '/404.html');
const ownCard = (path: string) => path === '/' || /^\/themen\/[a-z][^/]*\/$/.test(path) || /^\/aussagen\/[^/]+\/$/.test(path) || /^\/vergleich\/[^/]+--[^/]+\/$/.test(path);
const meta = (path: string, property: string) => {
  const node = select(`meta[property="${property}"], meta[name="${property}"]`, readPage(path));
  return node ? String(node.properties['content']) : undefined;
};

describe('share cards', () => {
  it('exist for the overview, the one story, its 27 claims and 10 pairs', () => {
    expect(pages.filter(ownCard)).toHaveLength(1 + 1 + 27 + 10);
    expect(distFiles().filter((file) => file.startsWith('karten/')).sort()).toEqual(pages.filter(ownCard).map((path) => cardUrl(path).slice(1)).sort());
  });

  it.each(pages)('%s names a 1200 × 630 PNG card with its alt text', (path) => {
    const image = meta(path, 'og:image');
    const expected = ownCard(path) ? cardUrl(path) : '/karten/start.png';
    expect(image).toBe(`${TEST_SITE}${expected}`);
    const file = join(DIST, expected);
    expect(existsSync(file), `${expected} is built`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(meta(path, 'og:image:width')).toBe('1200');
    expect(meta(path, 'og:image:height')).toBe('630');
    expect(meta(path, 'og:image:alt')?.length).toBeGreaterThan(40);
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
  });

  it.each(pages.filter((path) => path.startsWith('/aussagen/') && path !== '/aussagen/'))('%s: the card alt text carries the claim and its coverage', (path) => {
    const page = readPage(path);
    const title = select('h1', page);
    const alt = meta(path, 'og:image:alt') ?? '';
    expect(alt).toContain(title ? headingText(title) : '§');
    expect(alt).toMatch(/\d+ von \d+ Texten/);
  });

  it('the story card carries the story and its counts', () => {
    const story = '/themen/russland-nordkorea/';
    expect(meta(story, 'og:image:alt')).toBe(
      'Thema · 13. September 2023 bis 19. Juni 2024: Russland und Nordkorea: vom Gipfel in Wostotschny zum Beistandsvertrag. 5 Texte · 27 Aussagen · 2 Ereignisse',
    );
  });

  it.each(pages)('%s does not load any card itself', (path) => {
    const sources = selectAll('img, source, link[rel="preload"]', readPage(path)).map((node) => String(node.properties['src'] ?? node.properties['srcSet'] ?? node.properties['href']));
    expect(sources.filter((source) => source.includes('/karten/'))).toEqual([]);
  });
});
