/**
 * What a first visit to a page costs in bytes: the HTML plus every stylesheet,
 * script and font it makes the browser fetch before it can render, each file
 * compressed on its own (one HTTP response each). Pure: the caller hands in a
 * resolver from a same-site URL to the file's bytes, so the budget test reads
 * dist/ and the benchmark can read any build.
 *
 * "Compressed" means gzip at level 9 throughout: it is what every static host
 * can serve, and it is larger than brotli, so a page that fits the 14 KB
 * initial TCP window with gzip fits it with brotli too. Brotli (quality 11) is
 * reported beside it.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** 14 × 1024 bytes: about what a server may send before the first ACK (10 segments). */
export const FIRST_LOAD_BUDGET = 14 * 1024;

export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'other';

export interface Reference {
  /** Absolute URL (same site or not). */
  url: string;
  kind: AssetKind;
  /** How the page asks for it, e.g. `link[rel=stylesheet]`, `@font-face`. */
  via: string;
}

export interface AssetSize {
  /** Site-relative path, e.g. `/_astro/index.css`. */
  path: string;
  kind: AssetKind;
  via: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  /** The page's site path, e.g. `/artikel/x/`. */
  page: string;
  /** The HTML first, then each asset once, in the order they were found. */
  assets: AssetSize[];
  /** Sums over `assets`. */
  bytes: number;
  gzip: number;
  brotli: number;
  /** Executable JavaScript: inline scripts and script files (data blocks such as JSON-LD do not count). */
  js: { scripts: number; bytes: number; gzip: number; handlers: number };
  /** Same-site references the resolver had no file for. */
  missing: string[];
  /** References to other sites: counted nowhere, listed so they cannot hide. */
  external: string[];
}

export interface CompressedSize {
  bytes: number;
  gzip: number;
  brotli: number;
}

export function compressedSize(content: Uint8Array | string): CompressedSize {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Script types that run; anything else (`application/ld+json`, `importmap`…) is a data block. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

function isJsScript(node: Element): boolean {
  const type = node.properties['type'];
  return JS_TYPES.has(typeof type === 'string' ? type.trim().toLowerCase() : '');
}

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item).toLowerCase());
  return typeof value === 'string' ? value.toLowerCase().split(/\s+/) : [];
}

function kindOfUrl(url: string): AssetKind {
  const path = url.split(/[?#]/)[0] ?? '';
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/i.test(path)) return 'font';
  return 'other';
}

const PRELOAD_KINDS: Record<string, AssetKind> = { style: 'css', script: 'js', font: 'font' };

/** Same-site HTML pages ask for these on load: stylesheets, scripts, module and asset preloads. */
export function htmlReferences(html: string, pageUrl: string): { references: Reference[]; inlineCss: string[]; js: PageWeight['js'] } {
  const tree = fromHtml(html);
  const references: Reference[] = [];
  const inlineCss: string[] = [];
  const js = { scripts: 0, bytes: 0, gzip: 0, handlers: 0 };
  const add = (href: unknown, kind: AssetKind, via: string) => {
    if (typeof href !== 'string' || href === '' || href.startsWith('data:')) return;
    references.push({ url: new URL(href, pageUrl).href, kind, via });
  };
  visit(tree, 'element', (node) => {
    const { tagName, properties } = node;
    for (const [name, value] of Object.entries(properties)) {
      // hast names handlers onClick, onLoad…; a javascript: URL runs code as well.
      if (/^on[A-Z]/.test(name)) js.handlers++;
      else if (typeof value === 'string' && /^\s*javascript:/i.test(value)) js.handlers++;
    }
    if (tagName === 'style') inlineCss.push(toString(node));
    if (tagName === 'script' && isJsScript(node)) {
      js.scripts++;
      if (typeof properties['src'] === 'string') add(properties['src'], 'js', 'script[src]');
      else {
        const size = compressedSize(toString(node));
        js.bytes += size.bytes;
        js.gzip += size.gzip;
      }
    }
    if (tagName === 'link') {
      const rel = tokens(properties['rel']);
      if (rel.includes('stylesheet')) add(properties['href'], 'css', 'link[rel=stylesheet]');
      else if (rel.includes('modulepreload')) add(properties['href'], 'js', 'link[rel=modulepreload]');
      else if (rel.includes('preload')) {
        const as = typeof properties['as'] === 'string' ? properties['as'] : '';
        add(properties['href'], PRELOAD_KINDS[as] ?? 'other', `link[rel=preload][as=${as}]`);
      }
    }
  });
  return { references, inlineCss, js };
}

const COMMENT = /\/\*[\s\S]*?\*\//g;
const URL_TOKEN = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g;
const IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

function urlsIn(css: string): string[] {
  return [...css.matchAll(URL_TOKEN)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter(Boolean);
}

/**
 * What a stylesheet fetches in turn: `@import`ed sheets, the font of each
 * @font-face (its first source: browsers take the first format they support)
 * and any other url(). Conservative: a background image counts even if no
 * element on the page uses it.
 */
export function cssReferences(css: string, sheetUrl: string): Reference[] {
  const clean = css.replace(COMMENT, '');
  const references: Reference[] = [];
  const add = (href: string, kind: AssetKind, via: string) => {
    if (href.startsWith('data:') || href.startsWith('#')) return;
    references.push({ url: new URL(href, sheetUrl).href, kind, via });
  };
  for (const [, href] of clean.matchAll(IMPORT)) if (href) add(href, 'css', '@import');
  let rest = clean.replace(IMPORT, '');
  for (const [block] of clean.matchAll(FONT_FACE)) {
    const [first] = urlsIn(block);
    if (first) add(first, 'font', '@font-face');
    rest = rest.replace(block, '');
  }
  for (const href of urlsIn(rest)) add(href, kindOfUrl(href), 'url()');
  return references;
}

/** The resolver: the bytes of a same-site path such as `/_astro/x.css`, or undefined if there is no such file. */
export type ResolveAsset = (path: string) => Uint8Array | string | undefined;

/** First-load weight of one page: the HTML and everything it pulls in, each counted once. */
export function pageWeight(page: string, html: string, resolve: ResolveAsset, origin = 'http://site.invalid'): PageWeight {
  const pageUrl = new URL(page, origin).href;
  const htmlSize = compressedSize(html);
  const assets: AssetSize[] = [{ path: page, kind: 'html', via: 'document', ...htmlSize }];
  const missing: string[] = [];
  const external: string[] = [];
  const seen = new Set<string>([pageUrl]);
  const { references, inlineCss, js } = htmlReferences(html, pageUrl);
  const queue: Reference[] = [...references, ...inlineCss.flatMap((css) => cssReferences(css, pageUrl))];

  while (queue.length > 0) {
    const reference = queue.shift() as Reference;
    const url = new URL(reference.url);
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    if (url.origin !== new URL(origin).origin) {
      external.push(url.href);
      continue;
    }
    const path = decodeURIComponent(url.pathname);
    const content = resolve(path);
    if (content === undefined) {
      missing.push(path);
      continue;
    }
    const size = compressedSize(content);
    assets.push({ path, kind: reference.kind, via: reference.via, ...size });
    if (reference.kind === 'js') {
      js.bytes += size.bytes;
      js.gzip += size.gzip;
    }
    if (reference.kind === 'css') {
      const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
      queue.push(...cssReferences(text, url.href));
    }
  }

  const sum = (key: 'bytes' | 'gzip' | 'brotli') => assets.reduce((total, asset) => total + asset[key], 0);
  return { page, assets, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli'), js, missing, external };
}
