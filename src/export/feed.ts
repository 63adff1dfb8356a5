/**
 * The feed's items: the texts, newest first (stories join them once they
 * exist). A text whose date is inferred says so, since RSS has no way to mark
 * a pubDate as inferred. Pure; src/pages/[feed].xml.ts hands it to @astrojs/rss.
 */
import type { Article, Corpus } from '../corpus/corpus.ts';
import { EVENTS } from '../corpus/events.ts';
import { FEED_PATH } from '../site/urls.ts';

export interface FeedItem {
  title: string;
  /** Root-relative; @astrojs/rss makes it absolute on the site. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export { FEED_PATH };
export const FEED_TITLE = 'nebeneinander: neue Texte';

function item(article: Article): FeedItem {
  const { data } = article;
  const inferred = data.published.basis === 'inferred' ? ' Das Datum nennt der Text nicht; es ist erschlossen (Begründung auf der Seite).' : '';
  return {
    title: data.title,
    link: article.url,
    pubDate: data.published.date,
    description: `${data.summary}${inferred}`,
    categories: [EVENTS[data.event].label],
  };
}

/** Newest first; texts of the same day by id, so the order is stable. */
export function feedItems(corpus: Corpus): FeedItem[] {
  return [...corpus.articles]
    .sort((a, b) => b.data.published.date.getTime() - a.data.published.date.getTime() || a.id.localeCompare(b.id))
    .map(item);
}
