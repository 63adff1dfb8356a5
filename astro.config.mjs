// @ts-check
import { defineConfig } from 'astro/config';
import { astroMarkdownProcessor } from './src/markdown/astro-processor.ts';
import siteUrls from './src/integrations/site-urls.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/site/csp.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { siteFromEnv } from './src/site/site-url.ts';
import { operatorFromEnv } from './src/site/operator.ts';
import { REDIRECTS } from './src/site/redirects.ts';

// The site's public address, e.g. SITE_URL=https://nebeneinander.example npm run build: the source of
// every absolute URL in the build. Unset (npm start, npm run build): a build for local preview, with
// root-relative URLs only and no canonical, og:url, og:image or sitemap.xml (src/site/site-url.ts).
const site = siteFromEnv(process.env['SITE_URL']);
// A build for a public address needs the operator's details for the imprint (SITE_OPERATOR,
// SITE_ADDRESS, SITE_EMAIL; src/site/operator.ts): without them it stops here, naming the missing ones.
operatorFromEnv(process.env);

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  output: 'static',
  // Scoped styles mark elements with a class (astro-xxxx) instead of a data-astro-cid-xxxx
  // attribute: same selector specificity, fewer bytes (the heaviest pair page fits 14 KB again).
  scopedStyleStrategy: 'class',
  // Every stylesheet a file, none inlined: Astro puts the hash of each inline <style> of the whole
  // site into every page's CSP (14 hashes, ~600 B gzip per page), while a linked file needs only
  // 'self'. Measured on the heaviest pair page: 14,635 B inlined, 14,264 B linked (qa/page-weight.ts).
  build: { inlineStylesheets: 'never' },
  experimental: {
    // A page of a story is rendered again only when its story's content, the site-wide content or
    // its code changed: every getStaticPaths() path carries a cacheKey (storyCacheKeys() in
    // src/data/collections.ts). The cache is node_modules/.astro/, which a CI keeps between runs
    // (docs/deploying.md); a fresh clone builds everything.
    incrementalBuild: true,
  },
  trailingSlash: 'always',
  // Moved URLs are no Astro `redirects` (its pages are English, without our layout and CSP): each
  // gets a page of ours (src/site/redirects.ts, src/pages/[...umzug].astro); site-urls is told of them.
  // Content is checked as it is loaded (src/content.config.ts); after the build, the search
  // index is built from dist/ (src/integrations/pagefind.ts) and the build's URLs are held to
  // permalinks.txt.
  // Pagefind reads only the pages with data-pagefind-body (texts, claims, pairs, a story's
  // sources and timeline; tests/build/pagefind-index.test.ts holds the list), not every file.
  integrations: [pagefindIndex({ glob: '{artikel/*,aussagen/*,vergleich/*,themen/*/quellen,themen/*/zeitleiste}/index.html' }), siteUrls({ redirects: REDIRECTS })],
  markdown: {
    // No code blocks in news texts; Shiki's inline styles would also need 'unsafe-inline' styles.
    syntaxHighlight: false,
    // Our plugins, no smartypants, no raw HTML: src/markdown/astro-processor.ts.
    processor: astroMarkdownProcessor,
  },
  security: {
    // A strict policy on every page (src/lib/csp.ts); Astro adds the hashes of its styles and scripts.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_RESOURCES },
      styleDirective: { resources: STYLE_RESOURCES },
    },
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
