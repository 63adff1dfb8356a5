/**
 * The one Markdown pipeline of the site: astro.config.mjs hands the same
 * plugins to Astro's unified processor, and src/lib renders articles with it
 * (adding the quote marks, which depend on the claims, not on the article).
 */
import type { Root as HastRoot } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkFigure from './remark-figure.ts';
import rehypePassageIds from './rehype-passage-ids.ts';
import rehypePassageTitles from './rehype-passage-titles.ts';
import rehypeMarkQuotes, { type QuoteMark } from './rehype-mark-quotes.ts';
import { PASSAGE_PREFIX } from './passages.ts';

export const remarkPlugins = [remarkDirective, remarkFigure];
export const rehypePlugins = [rehypePassageIds, rehypePassageTitles];

export interface RenderOptions {
  /** Quotes to mark and link back to their claims. Default: none. */
  quotes?: readonly QuoteMark[];
  /**
   * Prefix for every id in the output, for pages showing two articles side by
   * side (`links-absatz-3`). Default: none, the ids as shared (`absatz-3`).
   */
  idPrefix?: string;
  /** The file, for error messages. */
  path?: string;
}

function processor(quotes: readonly QuoteMark[] = [], idPrefix = '') {
  const marks = quotes.map((quote) => ({ ...quote, id: idPrefix + quote.id, passage: idPrefix + quote.passage }));
  return unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePassageIds, { prefix: `${idPrefix}${PASSAGE_PREFIX}` })
    .use(rehypePassageTitles, { prefix: `${idPrefix}${PASSAGE_PREFIX}` })
    .use(rehypeMarkQuotes, { quotes: marks });
}

/** The article body as a hast tree (passage ids set, no quote marks). */
export function parseArticle(markdown: string, path?: string): HastRoot {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}) });
  const pipeline = processor();
  return pipeline.runSync(pipeline.parse(file), file);
}

/** The article body as HTML, with the given quotes marked and linked. */
export function renderArticle(markdown: string, options: RenderOptions = {}): string {
  const file = new VFile({ value: markdown, ...(options.path ? { path: options.path } : {}) });
  return String(processor(options.quotes, options.idPrefix).use(rehypeStringify).processSync(file));
}

export type { QuoteMark };
