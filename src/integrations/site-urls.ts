/**
 * Astro integration: after the build, lists the site's page URLs in
 * dist/urls.txt, writes dist/sitemap.xml from the same list, and fails the
 * build when a URL published in permalinks.txt is no longer built and no
 * redirect keeps it alive. Works from the files in dist/, so every page of
 * every route is covered without being named here.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkPermalinks,
  formatMissing,
  pageUrls,
  parseUrlList,
  redirectMap,
  sitemapXml,
  type RedirectConfig,
} from '../site/permalinks.ts';

/** The committed list of published URLs, at the project root. */
export const PERMALINKS_FILE = 'permalinks.txt';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)));
}

export interface SiteUrlsOptions {
  /** Moved URLs rendered as pages of the site's own (src/site/redirects.ts), besides Astro's `redirects`. */
  redirects?: RedirectConfig;
}

export default function siteUrls(options: SiteUrlsOptions = {}): AstroIntegration {
  let root = '';
  let site: string | undefined;
  let redirects = new Map<string, string>();
  return {
    name: 'nebeneinander:site-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
        redirects = redirectMap({ ...(config.redirects as RedirectConfig), ...options.redirects });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const urls = pageUrls(htmlFiles(out), redirects);
        writeFileSync(join(out, 'urls.txt'), `${urls.join('\n')}\n`);
        // A sitemap needs absolute URLs: only a build with SITE_URL writes one (src/site/site-url.ts).
        if (site) writeFileSync(join(out, 'sitemap.xml'), sitemapXml(site, urls));
        else logger.warn('SITE_URL is not set: built for local preview, without canonical URLs, og:url, og:image and sitemap.xml. Set SITE_URL=https://… for a build to deploy.');

        const listFile = join(root, PERMALINKS_FILE);
        const listed = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
        const { missing, redirected, added } = checkPermalinks(listed, urls, redirects);
        if (missing.length > 0) throw new Error(formatMissing(missing, PERMALINKS_FILE));
        for (const { from, to } of redirected) logger.info(`${from} redirects to ${to}`);
        logger.info(`${urls.length} page URLs in urls.txt${site ? " and sitemap.xml" : ""}; all ${listed.length} published URLs still work`);
        if (added.length > 0) {
          logger.info(`${added.length} new URL(s) not yet in ${PERMALINKS_FILE}: run \`npm run permalinks:update\` when they are published`);
        }
      },
    },
  };
}
