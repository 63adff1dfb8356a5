/**
 * Share cards: the overview and every story page has its own 1200 × 630 PNG,
 * named in og:image with its size and alt text; a claim or pair page shows its
 * story's card (a card per claim and pair would be 7 files per text at scale,
 * issue 20); every other page shows the site card. The pages do not load the
 * image themselves.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { cardUrl } from '../../src/site/urls.ts';
import { pngSize } from '../support/formats.ts';
import { TEST_SITE } from '../support/site.ts';
import { checkContent } from '../support/content.ts';
import { DIST, distFiles, fixtureSite, pagePaths, readPage } from './dist.ts';

const pages = pagePaths().filter((path) => path !== '/404.html');
const isStory = (path: string) => /^\/themen\/[a-z][^/]*\/$/.test(path);
const ownCard = (path: string) => path === '/' || isStory(path);
const storyPage = (path: string) => /^\/aussagen\/[^/]+\/$/.test(path) || /^\/vergleich\/[^/]+--[^/]+\/$/.test(path);
/** The story a claim or pair page belongs to: the first link of its story navigation. */
const storyOf = (path: string) => String(select('nav.story-nav p a', readPage(path))?.properties['href'] ?? '');
const meta = (path: string, property: string) => {
  const node = select(`meta[property="${property}"], meta[name="${property}"]`, readPage(path));
  return node ? String(node.properties['content']) : undefined;
};

describe('share cards', () => {
  it('exist for the overview and each story, and for nothing else', () => {
    expect(pages.filter(isStory).length).toBeGreaterThan(0);
    expect(distFiles().filter((file) => file.startsWith('karten/')).sort()).toEqual(pages.filter(ownCard).map((path) => cardUrl(path).slice(1)).sort());
  });

  it.each(pages)('%s names a 1200 × 630 PNG card with its alt text', (path) => {
    const image = meta(path, 'og:image');
    const expected = ownCard(path) ? cardUrl(path) : storyPage(path) ? cardUrl(storyOf(path)) : '/karten/start.png';
    if (storyPage(path)) expect(isStory(storyOf(path)), `${path} names its story`).toBe(true);
    expect(image).toBe(`${TEST_SITE}${expected}`);
    const file = join(DIST, expected);
    expect(existsSync(file), `${expected} is built`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(meta(path, 'og:image:width')).toBe('1200');
    expect(meta(path, 'og:image:height')).toBe('630');
    expect(meta(path, 'og:image:alt')?.length).toBeGreaterThan(40);
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
  });

  it.each(pages.filter(storyPage))('%s: the card alt text is its story card\'s', (path) => {
    expect(meta(path, 'og:image:alt')).toBe(meta(storyOf(path), 'og:image:alt'));
  });

  it('the story card carries the story and its counts (the frozen site)', () => {
    const frozen = checkContent(fixtureSite.ROOT);
    const story = frozen.stories.find((candidate) => candidate.id === 'russland-nordkorea')!;
    const alt = select('meta[property="og:image:alt"]', fixtureSite.readPage('/themen/russland-nordkorea/'))?.properties['content'];
    expect(alt).toBe(
      `Thema · 13. September 2023 bis 19. Juni 2024: ${story.data.title}. 5 Texte · ${story.claims.length} Aussagen · 2 Ereignisse`,
    );
  });

  it.each(pages)('%s does not load any card itself', (path) => {
    const sources = selectAll('img, source, link[rel="preload"]', readPage(path)).map((node) => String(node.properties['src'] ?? node.properties['srcSet'] ?? node.properties['href']));
    expect(sources.filter((source) => source.includes('/karten/'))).toEqual([]);
  });
});
