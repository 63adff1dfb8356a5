/** Where a claim's quote lies in its text, and why it was not found. */
import { findQuote, normalizeWhitespace } from '../text/quote-match.ts';
import type { ArticleInput, Passage } from './corpus.ts';

/** The passage a quote is linked to: running text before photo captions. */
export function locate(passages: readonly Passage[], quote: string): Passage | undefined {
  const hits = passages.filter((passage) => findQuote(passage.text, quote).length > 0);
  return hits.find((passage) => !passage.caption) ?? hits[0];
}

/** Why a quote is not in an article's body, for the problem's message. */
export function whyNotFound(article: ArticleInput, quote: string): string {
  const needle = normalizeWhitespace(quote);
  const outside = [article.data.title, ...article.data.headerLines, ...article.data.dropped.map((d) => d.line)];
  if (outside.some((line) => normalizeWhitespace(line).includes(needle))) {
    return 'it is in the headline, header or dropped lines; quotes must come from the article body';
  }
  if (normalizeWhitespace(article.body).includes(needle)) {
    return 'it spans more than one passage; a quote must lie within one paragraph';
  }
  return 'it does not occur verbatim in the text (only whitespace may differ)';
}
