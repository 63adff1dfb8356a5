/** First-load bytes of every page in a build, with qa/page-weight.ts (the same accounting as the budget test). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath } from '../qa/links.ts';
import { pageWeight } from '../qa/page-weight.ts';

export type PageType = 'overview' | 'stories' | 'story' | 'lens' | 'article' | 'original' | 'claims' | 'claim' | 'pairs' | 'pair' | 'search' | 'redirect' | 'other';

/** What kind of page a path is; with its HTML, a redirect page is told apart from the page it replaced. */
export function pageType(path: string, html?: string): PageType {
  if (html !== undefined && /<meta http-equiv="refresh"/i.test(html)) return 'redirect';
  if (path === '/') return 'overview';
  if (/^\/themen\/(?:\d+\/)?$/.test(path)) return 'stories';
  if (/^\/themen\/[^/]+\/vergleich\/$/.test(path)) return 'pairs';
  if (/^\/themen\/[^/]+\/[^/]+\/$/.test(path)) return 'lens';
  if (/^\/themen\/[^/]+\/$/.test(path)) return 'story';
  if (/^\/(?:wortwahl|quellen|zeitleiste)\/$/.test(path)) return 'lens';
  if (/^\/artikel\/[^/]+\/original\/$/.test(path)) return 'original';
  if (/^\/artikel\/[^/]+\/$/.test(path)) return 'article';
  if (path === '/aussagen/') return 'claims';
  if (/^\/aussagen\/[^/]+\/$/.test(path)) return 'claim';
  if (path === '/vergleich/') return 'pairs';
  if (/^\/vergleich\/[^/]+\/$/.test(path)) return 'pair';
  if (path.startsWith('/suche/')) return 'search';
  return 'other';
}

export interface PageBytes {
  page: string;
  type: PageType;
  htmlBytes: number;
  htmlGzip: number;
  /** Files of the first load, the HTML included. */
  files: number;
  /** First load, gzip level 9, each file compressed on its own. */
  gzip: number;
  brotli: number;
  bytes: number;
  jsBytes: number;
  jsScripts: number;
  missing: string[];
}

export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}

export function resolverFor(dist: string) {
  return (path: string): Buffer | undefined => {
    const file = join(dist, fileForPath(path));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

export function measurePage(dist: string, page: string): PageBytes {
  const html = readFileSync(join(dist, fileForPath(page)), 'utf8');
  const weight = pageWeight(page, html, resolverFor(dist));
  const document = weight.assets[0];
  return {
    page,
    type: pageType(page, html),
    htmlBytes: document?.bytes ?? 0,
    htmlGzip: document?.gzip ?? 0,
    files: weight.assets.length,
    gzip: weight.gzip,
    brotli: weight.brotli,
    bytes: weight.bytes,
    jsBytes: weight.js.bytes,
    jsScripts: weight.js.scripts + weight.js.handlers,
    missing: weight.missing,
  };
}

export function measureBytes(dist: string, pages = htmlPages(dist)): PageBytes[] {
  return pages.map((page) => measurePage(dist, page));
}

/** The heaviest page of each type. */
export function heaviestByType(rows: readonly PageBytes[]): PageBytes[] {
  const byType = new Map<PageType, PageBytes>();
  for (const row of rows) {
    const current = byType.get(row.type);
    if (!current || row.gzip > current.gzip) byType.set(row.type, row);
  }
  return [...byType.values()];
}
