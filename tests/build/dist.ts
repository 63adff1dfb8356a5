/** Reading the built site (dist/) in build-level tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { fileForPath, pathForFile, redirectTarget } from '../../qa/links.ts';
import { TEST_SITE } from '../support/site.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ is not built: run `npm run build:test` first (`npm test` does).');
}
// The tests check a deploy build for TEST_SITE; a preview build (no SITE_URL) has no sitemap.
if (!readFileSync(join(DIST, 'robots.txt'), 'utf8').includes(`Sitemap: ${TEST_SITE}/sitemap.xml`)) {
  throw new Error(`dist/ was not built for ${TEST_SITE}: run \`npm run build:test\` (SITE_URL=${TEST_SITE}) first (\`npm test\` does).`);
}

/** Every file of the build, relative to dist/ with forward slashes, e.g. `artikel/x/index.html`. */
export function distFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8', withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Site paths of every HTML file, e.g. `/artikel/x/`, `/404.html`; redirect pages included. */
export function htmlPaths(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map(pathForFile)
    .sort();
}

/**
 * Site paths of every page of ours: every HTML file but the redirect pages
 * Astro writes for `redirects` (a meta refresh and nothing else).
 */
export function pagePaths(): string[] {
  return htmlPaths().filter((path) => redirectTarget(readPage(path)) === undefined);
}

/** The file in dist/ that serves a site path (qa/links.ts). */
export function fileFor(path: string): string {
  return join(DIST, fileForPath(path));
}

export function readHtml(path: string): string {
  return readFileSync(fileFor(path), 'utf8');
}

export function readPage(path: string): Root {
  return fromHtml(readHtml(path));
}

export function distRelative(file: string): string {
  return relative(DIST, file);
}

/**
 * The text of a heading as a reader sees it: titles carry soft hyphens where a
 * long word may break (src/site/hyphenate.ts), which are no character of the title.
 */
export function headingText(node: Root | Element | undefined): string {
  return node === undefined ? '' : toString(node).replaceAll('\u00AD', '');
}
