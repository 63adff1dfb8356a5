/** Reading the built site (dist/) in build-level tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ is not built: run `npm run build` first (`npm test` does).');
}

/** Site paths of every HTML page, e.g. `/artikel/x/`. */
export function pagePaths(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

export function fileFor(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
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
