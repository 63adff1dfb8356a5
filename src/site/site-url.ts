/**
 * The site's public address, the one source of every absolute URL the build
 * writes: canonical links, og:url and og:image, sitemap.xml, robots.txt, the
 * feed, JSON-LD and the citations. astro.config.mjs sets Astro's `site` from
 * the SITE_URL environment variable through siteFromEnv().
 *
 * Without SITE_URL the build is for local preview: every address it writes
 * stays root-relative (`/aussagen/x/`), and what only works with an absolute
 * address (canonical, og:url, og:image, sitemap.xml, the Sitemap line of
 * robots.txt) is left out. No loopback address is ever made up.
 *
 * Pure and browser-safe.
 */

/** SITE_URL as Astro's `site` (`https://host`), or undefined when it is unset or empty. */
export function siteFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL: "${text}" is not an absolute URL; write it like https://nebeneinander.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${text}" must start with https:// (or http://)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(`SITE_URL: "${text}" must not contain a user name or password`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL: "${text}" has a path, query or fragment; the site must be served from the root of its host (every link in it starts with /)`,
    );
  }
  return url.origin;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** Whether a URL names this machine (localhost, 127.x.x.x, [::1], 0.0.0.0). */
export function isLoopback(url: string | URL): boolean {
  return LOOPBACK_HOSTS.test(new URL(url).hostname);
}

/**
 * `path` (root-relative, e.g. `/aussagen/x/#y`) as an absolute URL on `site`,
 * or unchanged when the build has no site. For places where a relative URL is
 * valid too (JSON-LD, `cite`, citations, the feed).
 */
export function siteUrl(path: string, site: URL | string | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}
