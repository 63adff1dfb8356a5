/**
 * Shared wording (src/corpus/reuse.ts) on the built pair pages, derived from
 * the content: every span is listed with links to its passage in both texts
 * and marked with a bare <mark> in both; a pair without any has no such
 * section; the pair list counts them. The spans themselves are held on fixtures in
 * tests/unit/reuse.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { pairReuse, storyPairs } from '../../src/corpus/pairs.ts';
import { checkContent } from '../support/content.ts';
import { readPage, ROOT } from './dist.ts';

const corpus = checkContent(ROOT);
const pairs = corpus.stories.flatMap((story) => storyPairs(story).map((pair) => ({ story, pair, spans: pairReuse(story, pair) })));

/** The bare marks (no class, no id) of a passage on the pair page. */
const bareMarks = (passage: Element | undefined) =>
  selectAll('mark', passage).filter((mark) => Object.keys(mark.properties).length === 0).map((mark) => toString(mark));

describe('shared wording on the pair pages', () => {
  it('covers every pair of every story', () => {
    expect(pairs.length).toBe(corpus.stories.reduce((sum, story) => sum + (story.articles.length * (story.articles.length - 1)) / 2, 0));
  });

  it.each(pairs.map((entry) => [entry.pair.url, entry] as const))('%s lists and marks each shared span in both texts', (url, { spans }) => {
    const page = readPage(url);
    if (spans.length === 0) {
      // Nothing shared: no section (the page is near its 14 KB), and no bare mark in the texts.
      expect(select('h2#gleicher-wortlaut', page)).toBeUndefined();
      expect(selectAll('.article-body mark', page).filter((mark) => Object.keys(mark.properties).length === 0)).toEqual([]);
      return;
    }
    expect(select('h2#gleicher-wortlaut', page)).toBeDefined();
    const items = selectAll('h2#gleicher-wortlaut ~ ol > li', page);
    expect(items).toHaveLength(spans.length);
    spans.forEach((span, index) => {
      const item = items[index];
      expect(toString(item!)).toContain(`„${span.left.text}“`);
      expect(selectAll('a', item).map((link) => String(link.properties['href']))).toEqual([`#links-${span.left.passage}`, `#rechts-${span.right.passage}`]);
      // Where a quote's mark crosses the span, the span goes on in a second bare mark: joined, they hold it.
      expect(bareMarks(select(`#links-${span.left.passage}`, page)).join('')).toContain(span.left.text);
      expect(bareMarks(select(`#rechts-${span.right.passage}`, page)).join('')).toContain(span.right.text);
    });
  });

  it('the pair list counts the places with shared wording', () => {
    for (const story of corpus.stories) {
      const list = readPage(`/themen/${story.id}/vergleich/`);
      for (const { pair, spans } of pairs.filter((entry) => entry.story === story)) {
        const item = selectAll('li', list).find((li) => select(`a[href="${pair.url}"]`, li));
        const text = toString(item!);
        if (spans.length === 0) expect(text).not.toContain('gleichem Wortlaut');
        else expect(text).toContain(`${spans.length} ${spans.length === 1 ? 'Stelle' : 'Stellen'} mit gleichem Wortlaut`);
      }
    }
  });
});
