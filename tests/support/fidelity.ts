/**
 * Nothing of a text is lost: every line of the original, as received, is on
 * its article page or in the article's list of dropped lines, and every
 * dropped line is in the original and shown to readers too. Shared by the
 * test of the committed texts (tests/build/verbatim.test.ts) and the test of
 * a text added with `npm run text:add` (tests/build/text-add.test.ts).
 */
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { BULLET } from '../../src/authoring/draft-article.ts';
import { isAddedToText } from '../../src/markdown/added.ts';
import { normalizeWhitespace } from '../../src/text/quote-match.ts';
import { SOFT_HYPHEN } from '../../src/site/hyphenate.ts';

/** A line as a reader sees it: whitespace folded, a leading bullet is list markup (as text:add reads it). */
export const asRendered = (line: string) => normalizeWhitespace(line).replace(BULLET, '');

export interface Fidelity {
  /** Non-empty lines of the original, as rendered. */
  lines: string[];
  /** Lines of the original neither on the page nor dropped. */
  missing: string[];
  /** Dropped lines that are not lines of the original. */
  droppedNotInOriginal: string[];
  /** Dropped lines the page does not show in its list of dropped lines. */
  droppedNotShown: string[];
  /** The page has its list of dropped lines (`details.dropped`), even when it is empty. */
  disclosure: boolean;
}

/** Compares an article page with the original; `dropped` are the article's dropped lines. */
export function fidelity(page: Root, original: string, dropped: readonly string[]): Fidelity {
  const main = select('article', page);
  if (!main) throw new Error('no <article> on the page');
  // Links we add after a marked quote and the passage permalinks are not part of the text.
  remove(main, isAddedToText);
  const droppedLines = new Set(dropped.map(asRendered));
  // Soft hyphens in the headline (src/site/hyphenate.ts) are no character a reader sees: only a place to break.
  const shown = normalizeWhitespace(toString(main).replaceAll(SOFT_HYPHEN, ''));
  const disclosure = select('details.dropped', main);
  const disclosed = disclosure ? normalizeWhitespace(toString(disclosure)) : '';
  const lines = original
    .split('\n')
    .map(asRendered)
    .filter((line) => line !== '');
  return {
    lines,
    missing: lines.filter((line) => !droppedLines.has(line) && !shown.includes(line)),
    droppedNotInOriginal: [...droppedLines].filter((line) => !lines.includes(line)),
    droppedNotShown: [...droppedLines].filter((line) => !disclosed.includes(line)),
    disclosure: disclosure !== null,
  };
}
