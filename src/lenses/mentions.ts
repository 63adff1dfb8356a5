/**
 * Lens entries quote the texts exactly like claims do: a quote is located in
 * its article's body with the corpus's own rule (src/corpus/quotes.ts, whitespace
 * may differ, running text before captions), and a quote not found stops the
 * build with the file, the field and the quote.
 */
import type { ContentProblem } from '../schemas/errors.ts';
import { locate, whyNotFound } from '../corpus/quotes.ts';
import { type Article } from '../corpus/corpus.ts';

export interface LocatedQuote {
  article: string;
  /** The quote as written in content/. */
  text: string;
  /** `absatz-N` of the passage holding it. */
  passage: string;
  /** Link to the passage: /artikel/<id>/#absatz-N. */
  url: string;
  caption: boolean;
}

export interface QuoteContext {
  articles: ReadonlyMap<string, Article>;
}

export function quoteContext(articles: readonly Article[]): QuoteContext {
  return { articles: new Map(articles.map((article) => [article.id, article])) };
}

/** The quote located in its article, or undefined after recording the problem under `file` → `field`. */
export function locateQuote(
  context: QuoteContext,
  articleId: string,
  text: string,
  file: string,
  field: string,
  problems: ContentProblem[],
): LocatedQuote | undefined {
  const article = context.articles.get(articleId);
  if (!article) {
    const known = [...context.articles.keys()].join(', ');
    problems.push({ file, field, message: `unknown article "${articleId}" (known: ${known})` });
    return undefined;
  }
  const passage = locate(article.passages, text);
  if (!passage) {
    problems.push({
      file,
      field,
      message: `quote not found in ${article.file}: "${text}": ${whyNotFound(article, text)}`,
    });
    return undefined;
  }
  return { article: article.id, text, passage: passage.id, url: `${article.url}#${passage.id}`, caption: passage.caption };
}
