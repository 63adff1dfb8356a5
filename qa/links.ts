/**
 * The link graph of a built site, as pure functions over HTML: which links a
 * page has, which ids it offers as fragments, where a link leads, and which
 * of them lead nowhere. tests/build/links.test.ts runs it over dist/; unit
 * tests run it over pages written in the test.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface Link {
  tagName: string;
  /** The attribute the URL is in (`content` for a meta refresh). */
  attribute: string;
  /** The URL exactly as written. */
  value: string;
}

export type Target =
  /** A path on this site, decoded (`/artikel/x/`), and the fragment without `#`, decoded (`''` if none). */
  | { kind: 'internal'; path: string; fragment: string }
  /** Another host or another scheme a browser hands elsewhere (`mailto:`, `tel:`). */
  | { kind: 'external'; url: string }
  /** Inline data: nothing to resolve. */
  | { kind: 'inline' }
  /** A URL that cannot work on a static site with a strict CSP (`javascript:`, unparsable). */
  | { kind: 'invalid'; reason: string };

export interface SitePage {
  /** Site path of the page, e.g. `/artikel/x/` or `/404.html`. */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  link: Link;
  reason: string;
}

export interface LinkReport {
  broken: BrokenLink[];
  /** Every external URL, with the pages linking to it, sorted. */
  external: Map<string, string[]>;
}

/** Single-URL attributes, by the elements that carry them. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  href: ['a', 'area', 'link', 'base'],
  src: ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'],
  poster: ['video'],
  data: ['object'],
  action: ['form'],
};
const SRCSET_ELEMENTS = new Set(['img', 'source']);
/** hast's property names for the attributes above. */
const PROPERTY: Record<string, string> = { href: 'href', src: 'src', poster: 'poster', data: 'data', action: 'action', srcset: 'srcSet' };

/** Any origin would do: it only anchors relative URLs; links resolving elsewhere are external. */
const ANCHOR = 'http://site.invalid';

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

function elements(tree: Root, callback: (node: Element) => void): void {
  visit(tree, 'element', callback);
}

/** The URLs in a srcset: each candidate's URL, without its width or density. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The target of a `<meta http-equiv="refresh" content="0;url=…">`, as written. */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+)\1\s*$/i.exec(content);
  return match?.[2]?.trim();
}

/** Every URL the page refers to: links, assets, images, the target of a meta refresh. */
export function linksIn(tree: Root): Link[] {
  const links: Link[] = [];
  elements(tree, (node) => {
    for (const [attribute, tagNames] of Object.entries(URL_ATTRIBUTES)) {
      if (!tagNames.includes(node.tagName)) continue;
      const value = node.properties[PROPERTY[attribute] ?? attribute];
      if (typeof value === 'string') links.push({ tagName: node.tagName, attribute, value });
    }
    const srcset = node.properties['srcSet'];
    if (SRCSET_ELEMENTS.has(node.tagName) && srcset !== undefined && srcset !== null) {
      const value = Array.isArray(srcset) ? srcset.join(', ') : String(srcset);
      for (const url of srcsetUrls(value)) links.push({ tagName: node.tagName, attribute: 'srcset', value: url });
    }
    const target = redirectOf(node);
    if (target !== undefined) links.push({ tagName: 'meta', attribute: 'content', value: target });
  });
  return links;
}

function redirectOf(node: Element): string | undefined {
  if (node.tagName !== 'meta') return undefined;
  if (String(node.properties['httpEquiv'] ?? '').toLowerCase() !== 'refresh') return undefined;
  return refreshUrl(String(node.properties['content'] ?? ''));
}

/** Where a redirect page (Astro writes one per entry of `redirects`) sends the reader; undefined for a real page. */
export function redirectTarget(tree: Root): string | undefined {
  let target: string | undefined;
  elements(tree, (node) => {
    target ??= redirectOf(node);
  });
  return target;
}

/** Every fragment a page offers: element ids and the names of `<a name>` anchors. */
export function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  elements(tree, (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
    const name = node.properties['name'];
    if (node.tagName === 'a' && typeof name === 'string' && name !== '') ids.add(name);
  });
  return ids;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Where a URL on the page at `pagePath` leads. `siteOrigin` is the site's
 * own address (Astro's `site`): absolute URLs on it, like the canonical
 * link, are internal too.
 */
export function resolveLink(pagePath: string, value: string, siteOrigin?: string): Target {
  let url: URL;
  try {
    url = new URL(value.trim(), new URL(pagePath, ANCHOR));
  } catch {
    return { kind: 'invalid', reason: 'not a valid URL' };
  }
  if (url.protocol === 'data:') return { kind: 'inline' };
  if (url.protocol === 'javascript:') return { kind: 'invalid', reason: 'javascript: URLs do not run under the site’s CSP' };
  const internal = url.origin === ANCHOR || (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
  if (!internal) return { kind: 'external', url: url.href };
  return { kind: 'internal', path: decode(url.pathname), fragment: decode(url.hash.slice(1)) };
}

/** The file in the build that serves a site path: `/a/` → `a/index.html`, `/a.css` → `a.css`. */
export function fileForPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}

/** The site path of a built HTML file: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function pathForFile(file: string): string {
  const normalized = file.split('\\').join('/');
  return `/${normalized.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every link of every page against the build: each internal URL must
 * name a file in `files` (paths relative to the build folder), and each
 * fragment an id on the page it leads to. External URLs are collected, not
 * fetched.
 */
export function checkLinks(pages: readonly SitePage[], files: ReadonlySet<string>, siteOrigin?: string): LinkReport {
  const trees = new Map(pages.map((page) => [fileForPath(page.path), parseHtml(page.html)]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const tree = trees.get(file);
      found = tree ? idsIn(tree) : new Set();
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  const external = new Map<string, Set<string>>();

  for (const page of pages) {
    const tree = trees.get(fileForPath(page.path));
    if (!tree) continue;
    for (const link of linksIn(tree)) {
      const target = resolveLink(page.path, link.value, siteOrigin);
      const fail = (reason: string) => broken.push({ page: page.path, link, reason });
      if (target.kind === 'invalid') fail(target.reason);
      if (target.kind === 'external') external.set(target.url, (external.get(target.url) ?? new Set()).add(page.path));
      if (target.kind !== 'internal') continue;
      const file = fileForPath(target.path);
      if (!files.has(file)) {
        fail(
          files.has(`${file}/index.html`)
            ? `${target.path} lacks its trailing slash (the site uses trailingSlash: 'always')`
            : `${target.path} is not in the build`,
        );
        continue;
      }
      if (target.fragment !== '' && file.endsWith('.html') && !idsOf(file).has(target.fragment)) {
        fail(`${target.path} has no element with id "${target.fragment}"`);
      }
    }
  }

  const sorted = [...external.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, from]) => [url, [...from].sort()] as [string, string[]]);
  return { broken, external: new Map(sorted) };
}

/** The external links as a plain-text report: one URL a line, each followed by the pages linking to it. */
export function formatExternalLinks(external: ReadonlyMap<string, readonly string[]>): string {
  if (external.size === 0) return 'No external links.\n';
  const lines = [`${external.size} external link(s), not fetched:`, ''];
  for (const [url, pages] of external) lines.push(url, ...pages.map((page) => `  linked from ${page}`));
  return `${lines.join('\n')}\n`;
}
