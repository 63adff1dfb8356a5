/**
 * The Markdown processor astro.config.mjs gives Astro. Astro renders the
 * article bodies with it when it loads the collection (the pages show our
 * own pipeline's output instead), so it runs the same plugins, and it must
 * not emit raw HTML either: Astro's unified processor passes raw HTML through
 * by default (remark-rehype's allowDangerousHtml, then rehype-raw).
 */
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './pipeline.ts';

export const astroMarkdownProcessor = unified({
  remarkPlugins,
  rehypePlugins,
  // Raw HTML is dropped, as in our own pipeline; the content check refuses it anyway.
  remarkRehype: { allowDangerousHtml: false },
  // Smartypants would rewrite the sources' quotation marks: the texts stay verbatim.
  smartypants: false,
});
