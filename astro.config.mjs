// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/pipeline.ts';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  // No deployment address is decided yet; SITE_URL sets it for canonical URLs.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [contentCheck()],
  markdown: {
    // Smartypants would rewrite the sources' quotation marks: the texts stay verbatim.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  server: { host: '127.0.0.1', port: 4321 },
});
