/**
 * Permalinks never break: every URL the site has published is listed in
 * permalinks.txt, and a build that no longer produces one of them fails,
 * unless a redirect (src/site/redirects.ts) leads from it to a page that is
 * built. New URLs are fine; `npm run permalinks:update` appends them.
 * Pure functions: src/integrations/site-urls.ts applies them to the build.
 */

export interface PermalinkCheck {
  /** Listed URLs that are neither built nor redirected to a built page. */
  missing: string[];
  /** Listed URLs kept alive by a redirect, with where they lead. */
  redirected: Array<{ from: string; to: string }>;
  /** Built URLs not listed yet. */
  added: string[];
}

/** A redirect's destination as Astro's config gives it: a path, or an object with the path. */
export type RedirectConfig = Record<string, string | { destination: string; status?: number }>;

/** `/a` and `/a/` are the same page under `trailingSlash: 'always'`; files (`/robots.txt`) keep their name. */
export function normalizePath(path: string): string {
  const [pathname = '/'] = path.trim().split(/[?#]/);
  const withRoot = pathname.startsWith('/') ? pathname : `/${pathname}`;
  const last = withRoot.split('/').at(-1) ?? '';
  return withRoot.endsWith('/') || last.includes('.') ? withRoot : `${withRoot}/`;
}

/** The URLs of a list file: one a line; blank lines and `#` comments are ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(normalizePath);
}

/** Redirects as normalized source → destination, internal destinations only (external ones cannot be built). */
export function redirectMap(redirects: RedirectConfig = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(redirects)) {
    const destination = typeof to === 'string' ? to : to.destination;
    map.set(normalizePath(from), /^[a-z][a-z0-9+.-]*:/i.test(destination) ? destination : normalizePath(destination));
  }
  return map;
}

/**
 * The page URLs of a build, from its HTML files (relative to the build
 * folder): `index.html` → `/`, `artikel/x/index.html` → `/artikel/x/`.
 * Redirect pages and the 404 page are no permalinks of their own.
 */
export function pageUrls(htmlFiles: readonly string[], redirects: ReadonlyMap<string, string> = new Map()): string[] {
  return htmlFiles
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file !== '404.html' && file !== '500.html')
    .map((file) => normalizePath(`/${file.replace(/(^|\/)index\.html$/, '$1')}`))
    .filter((url) => !redirects.has(url))
    .sort();
}

export function checkPermalinks(
  listed: readonly string[],
  built: readonly string[],
  redirects: ReadonlyMap<string, string> = new Map(),
): PermalinkCheck {
  const pages = new Set(built);
  const known = new Set(listed);
  const missing: string[] = [];
  const redirected: PermalinkCheck['redirected'] = [];
  for (const url of listed) {
    if (pages.has(url)) continue;
    const to = redirects.get(url);
    if (to !== undefined && (pages.has(to) || /^[a-z][a-z0-9+.-]*:/i.test(to))) redirected.push({ from: url, to });
    else missing.push(url);
  }
  return { missing, redirected, added: built.filter((url) => !known.has(url)) };
}

/** The build error for published URLs that are gone, naming each. */
export function formatMissing(missing: readonly string[], listFile = 'permalinks.txt'): string {
  const lines = missing.map((url) => `  ${url}`);
  return [
    `${missing.length === 1 ? 'A published URL is' : `${missing.length} published URLs are`} no longer built (listed in ${listFile}):`,
    ...lines,
    'Published URLs must keep working: restore the page, or add a redirect to REDIRECTS in src/site/redirects.ts,',
    `e.g. '${missing[0] ?? '/alt/'}': '/neu/'.`,
  ].join('\n');
}

/** The list file with the new URLs appended, one a line, in order. */
export function appendUrls(listText: string, added: readonly string[]): string {
  if (added.length === 0) return listText;
  const base = listText === '' || listText.endsWith('\n') ? listText : `${listText}\n`;
  return `${base}${added.join('\n')}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A sitemap (sitemaps.org 0.9) of the given page URLs on `site`. */
export function sitemapXml(site: string, urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(new URL(url, site).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
