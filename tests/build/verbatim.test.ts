/**
 * Nothing of a text is lost: every line of the original, as received, is
 * either on the article page or in the article's list of dropped lines,
 * and those are shown on the page too (tests/support/fidelity.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';

import { checkContent } from '../support/content.ts';
import { fidelity } from '../support/fidelity.ts';
import { normalizeWhitespace } from '../../src/text/quote-match.ts';
import { originalText } from '../../src/text/page-text.ts';
import { readPage, ROOT } from './dist.ts';

const { articles } = checkContent(ROOT);

describe.each(articles.map((article) => [article.id, article] as const))('article %s', (id, article) => {
  const page = readPage(`/artikel/${id}/`);
  // A saved web page is compared by its text, as the site shows it (src/text/page-text.ts).
  const original = originalText(article.data.original, readFileSync(join(ROOT, 'content', 'originals', article.data.original)));
  const result = fidelity(page, original, article.data.dropped.map((entry) => entry.line));

  it('has the original text to compare with', () => {
    expect(result.lines.length).toBeGreaterThan(5);
    expect(result.lines).toContain(normalizeWhitespace(article.data.title));
  });

  it('shows every line of the original, or lists it as dropped', () => {
    expect(result.missing).toEqual([]);
  });

  it('drops only lines that are in the original, and shows each to readers', () => {
    expect(result.disclosure).toBe(true);
    expect(result.droppedNotInOriginal).toEqual([]);
    expect(result.droppedNotShown).toEqual([]);
  });

  it('gives every passage a stable id, in order', () => {
    const ids = selectAll('.article-body [id^="absatz-"]', page).map((node) => node.properties['id']);
    expect(ids.length).toBe(article.passages.length);
    expect(ids).toEqual(ids.map((_, index) => `absatz-${index + 1}`));
  });
});
