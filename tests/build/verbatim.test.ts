/**
 * Nothing of a text is lost: every line of the original, as received, is
 * either on the article page or in the article's list of dropped lines,
 * and those are shown on the page too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';

import { checkContent } from '../support/content.ts';
import { normalizeWhitespace } from '../../src/text/quote-match.ts';
import { isAddedToText } from '../../src/markdown/added.ts';
import { readPage, ROOT } from './dist.ts';

const { articles } = checkContent(ROOT);

/** A line as a reader sees it: whitespace folded, a leading bullet is list markup. */
const asRendered = (line: string) => normalizeWhitespace(line).replace(/^•\s*/, '');

describe.each(articles.map((article) => [article.id, article] as const))('article %s', (id, article) => {
  const page = readPage(`/artikel/${id}/`);
  const main = select('article', page);
  if (!main) throw new Error(`no <article> on /artikel/${id}/`);
  // Links we add after a marked quote and the passage permalinks are not part of the text.
  remove(main, isAddedToText);
  const dropped = new Set(article.data.dropped.map((entry) => asRendered(entry.line)));
  const shown = normalizeWhitespace(toString(main));
  const lines = readFileSync(join(ROOT, 'content', 'originals', article.data.original), 'utf8')
    .split('\n')
    .map(asRendered)
    .filter((line) => line !== '');

  it('has the original text to compare with', () => {
    expect(lines.length).toBeGreaterThan(5);
    expect(lines).toContain(normalizeWhitespace(article.data.title));
  });

  it('shows every line of the original, or lists it as dropped', () => {
    const missing = lines.filter((line) => !dropped.has(line) && !shown.includes(line));
    expect(missing).toEqual([]);
  });

  it('drops only lines that are in the original, and shows each to readers', () => {
    const disclosure = select('details.dropped', main);
    expect(disclosure).toBeDefined();
    const disclosed = normalizeWhitespace(toString(disclosure!));
    for (const line of dropped) {
      expect(lines).toContain(line);
      expect(disclosed).toContain(line);
    }
  });

  it('gives every passage a stable id, in order', () => {
    const ids = selectAll('.article-body [id^="absatz-"]', page).map((node) => node.properties['id']);
    expect(ids.length).toBe(article.passages.length);
    expect(ids).toEqual(ids.map((_, index) => `absatz-${index + 1}`));
  });
});
