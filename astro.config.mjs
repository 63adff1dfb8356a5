// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/pipeline.ts';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // No deployment address is decided yet; SITE_URL sets it for canonical URLs.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  // The search index is built after the pages, from dist/ (see src/integrations/pagefind.ts).
  integrations: [contentCheck(), pagefindIndex()],
  markdown: {
    // Smartypants would rewrite the sources' quotation marks: the texts stay verbatim.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    build: {
      // Never inline a script into the HTML: every script is an external file
      // from 'self', so a CSP without 'unsafe-inline' needs no per-page hashes.
      // Other assets keep Vite's default (undefined = 4 kB limit).
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
    },
  },
});
