/**
 * The sharing tags of a page's <head> that depend on the site's address:
 * canonical URL, og:url and the share card. Open Graph and canonical links
 * need absolute URLs, so a build without SITE_URL (src/site/site-url.ts)
 * writes none of them rather than an address that would be wrong elsewhere;
 * nor the link to the feed, which it does not build. With SITE_URL every page
 * links the feed, the 404 page included: feed readers look for it on whatever
 * page a reader pastes into them.
 * Pure, so both kinds of build are unit-tested without building.
 */
import { FEED_PATH } from '../site/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';

export interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

export interface HeadMetaInput {
  /** The page's path, e.g. `/aussagen/x/`. */
  path: string;
  /** Astro's `site`; undefined in a build without SITE_URL. */
  site: URL | undefined;
  /** A page that is no permalink (the 404 page): no canonical URL, no card. */
  noindex: boolean;
  /** The page's share card: its path in the build and its alt text. */
  card: { path: string; alt: string };
}

export function headMeta({ path, site, noindex, card }: HeadMetaInput): HeadTag[] {
  if (site === undefined) return [];
  // The feed exists only with SITE_URL as well (RSS needs absolute links). Its link is titled with
  // the site's name, which every page already carries (a few bytes under gzip, on every page);
  // the feed names itself in full (FEED_TITLE).
  const feed: HeadTag = { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: 'nebeneinander', href: FEED_PATH } };
  if (noindex) return [feed];
  const absolute = (target: string) => new URL(target, site).href;
  return [
    feed,
    { tag: 'link', attrs: { rel: 'canonical', href: absolute(path) } },
    { tag: 'meta', attrs: { property: 'og:url', content: absolute(path) } },
    { tag: 'meta', attrs: { property: 'og:image', content: absolute(card.path) } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(CARD_WIDTH) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(CARD_HEIGHT) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: card.alt } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  ];
}
