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

export const remarkPlugins = [remarkDirective, remarkFigure];
export const rehypePlugins = [rehypePassageIds, rehypePassageTitles];

function processor(quotes: readonly QuoteMark[] = []) {
  return unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeMarkQuotes, { quotes });
}

/** The article body as a hast tree (passage ids set, no quote marks). */
export function parseArticle(markdown: string, path?: string): HastRoot {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}) });
  const pipeline = processor();
  return pipeline.runSync(pipeline.parse(file), file);
}

/** The article body as HTML, with the given quotes marked and linked. */
export function renderArticle(markdown: string, quotes: readonly QuoteMark[] = [], path?: string): string {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}) });
  return String(processor(quotes).use(rehypeStringify).processSync(file));
}

export type { QuoteMark };
