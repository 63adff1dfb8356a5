/**
 * robots.txt: everything may be crawled; the sitemap lists every page. A build
 * without SITE_URL has no sitemap (it needs absolute URLs), so no Sitemap line.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site === undefined ? '' : `\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
