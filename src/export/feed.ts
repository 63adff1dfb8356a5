/**
 * The feed's items: the stories and their texts, newest first. A text is
 * dated by its publication; a story by its latest event, the order in which
 * the site lists stories (we keep no date of our own for them). A text whose
 * date is inferred says so, since RSS has no way to mark a pubDate as
 * inferred. Pure; src/pages/[feed].xml.ts hands the items to @astrojs/rss.
 */
import type { Article, Corpus, Story } from '../corpus/corpus.ts';
import { formatDate } from '../site/format.ts';
import { formatPublished } from '../site/published.ts';
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
export const FEED_TITLE = 'nebeneinander: neue Themen und Texte';

function textItem(article: Article): FeedItem {
  const { data } = article;
  const inferred =
    data.published.basis === 'inferred'
      ? ` Das Datum nennt der Text nicht; erschlossen: ${formatPublished(data.published)} (Begründung auf der Seite).`
      : '';
  return {
    title: data.title,
    link: article.url,
    pubDate: data.published.date,
    description: `${data.summary}${inferred}`,
    categories: ['Text', article.event.label],
  };
}

function storyItem(story: Story): FeedItem {
  const texts = story.articles.length === 1 ? '1 Text' : `${story.articles.length} Texte`;
  return {
    title: `Thema: ${story.data.title}`,
    link: story.url,
    pubDate: story.latest,
    description: `${story.data.summary} ${texts}, Aussage für Aussage verglichen; jüngstes Ereignis am ${formatDate(story.latest)}.`,
    categories: ['Thema'],
  };
}

/** Newest first; on the same day a story before its texts, then by link, so the order is stable. */
export function feedItems(corpus: Pick<Corpus, 'stories' | 'articles'>): FeedItem[] {
  const items = [...corpus.stories.map((story) => ({ item: storyItem(story), rank: 0 })), ...corpus.articles.map((article) => ({ item: textItem(article), rank: 1 }))];
  return items
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.rank - b.rank || a.item.link.localeCompare(b.item.link))
    .map(({ item }) => item);
}
