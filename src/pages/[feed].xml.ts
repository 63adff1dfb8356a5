/**
 * /feed.xml, RSS 2.0 of the texts, newest first. RSS needs absolute links, so
 * a build without SITE_URL has no feed (and its pages no link to one).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../data/collections.ts';
import { FEED_PATH, FEED_TITLE, feedItems } from '../export/feed.ts';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: FEED_PATH.slice(1, -'.xml'.length) } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error(`${FEED_PATH} needs SITE_URL`);
  return rss({
    title: FEED_TITLE,
    description: 'Deutschsprachige Nachrichtentexte über Russland und Nordkorea, Aussage für Aussage nebeneinander gelesen.',
    site,
    items: feedItems(await getCorpus()),
    customData: '<language>de-de</language>',
  });
};
