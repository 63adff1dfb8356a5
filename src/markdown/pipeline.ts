/**
 * The one Markdown pipeline of the site: astro.config.mjs hands the same
 * plugins to Astro's unified processor, and src/corpus and the pages render articles with it
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
import rehypeMarkQuotes, { type QuoteMark, type SharedMark } from './rehype-mark-quotes.ts';
import rehypePassageAnchors from './rehype-passage-anchors.ts';
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
  /** A visible permalink (¶) at the end of every passage. Default: none. */
  anchors?: boolean;
  /**
   * The text is in the page's search index: passages are named for Pagefind's
   * sub-results (`data-pagefind-title`) and the links added to the text are
   * kept out of the index. Default: true; a page that shows a text without
   * indexing it (a pair page) leaves both attributes off.
   */
  indexed?: boolean;
  /** Give each quote's mark its id (`beleg-…`). Default: true; the pair page, where no link leads to them, leaves them off. */
  quoteIds?: boolean;
  /** Wording shared with another text, marked with a bare <mark> (the pair page). Default: none. */
  shared?: readonly SharedMark[];
  /** The file, for error messages. */
  path?: string;
}

function processor(quotes: readonly QuoteMark[] = [], idPrefix = '', anchors = false, indexed = true, shared: readonly SharedMark[] = [], quoteIds = true) {
  const marks = quotes.map((quote) => ({ ...quote, id: idPrefix + quote.id, passage: idPrefix + quote.passage }));
  const spans = shared.map((span) => ({ ...span, passage: idPrefix + span.passage }));
  const prefix = `${idPrefix}${PASSAGE_PREFIX}`;
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePassageIds, { prefix });
  if (indexed) pipeline.use(rehypePassageTitles, { prefix });
  pipeline.use(rehypeMarkQuotes, { quotes: marks, shared: spans, searchIgnore: indexed, ids: quoteIds });
  if (anchors) pipeline.use(rehypePassageAnchors, { prefix });
  return pipeline;
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
  const pipeline = processor(options.quotes, options.idPrefix, options.anchors, options.indexed, options.shared, options.quoteIds);
  return String(pipeline.use(rehypeStringify).processSync(file));
}

const renderedOnce = new WeakMap<object, Map<string, string>>();

/**
 * renderArticle, remembered per text and id prefix. A text stands on the pair
 * page of every other text of its story, with the same marks and on the same
 * side, so it is rendered once per side instead of once per pair (half the
 * pair pages' render time at 500 texts, bench/report.md). `owner` is the
 * corpus's article: a newly derived corpus renders anew. Every call for one
 * owner, prefix and shared wording must pass the same options.
 */
export function renderArticleOnce(owner: object, markdown: string, options: RenderOptions = {}): string {
  const byPrefix = renderedOnce.get(owner) ?? new Map<string, string>();
  renderedOnce.set(owner, byPrefix);
  // The shared wording differs from pair to pair: part of the key (most pairs share none).
  const key = [options.idPrefix ?? '', ...(options.shared ?? []).map((span) => `${span.passage}\u0000${span.text}`)].join('\u0001');
  let html = byPrefix.get(key);
  if (html === undefined) {
    html = renderArticle(markdown, options);
    byPrefix.set(key, html);
  }
  return html;
}

export type { QuoteMark, SharedMark };
