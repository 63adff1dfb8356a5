/**
 * How a text's publication date reads: an exact day, or the earliest day an
 * inferred date supports („frühestens“). One wording for every page, the
 * exports and the JSON-LD.
 */
import type { ArticleData } from '../schemas/article.ts';
import { formatDate } from './format.ts';

type Published = Pick<ArticleData['published'], 'date' | 'precision'>;

/** Words before the date: „frühestens “ when only the earliest day is known, else nothing. */
export function publishedPrefix(published: Published): string {
  return published.precision === 'on-or-after' ? 'frühestens ' : '';
}

/** "19. Juni 2024" or "frühestens 19. Juni 2024". */
export function formatPublished(published: Published): string {
  return `${publishedPrefix(published)}${formatDate(published.date)}`;
}

/** True when the date is the day of publication, so it may stand as schema.org `datePublished`. */
export function isExactDay(published: Published): boolean {
  return published.precision === 'day';
}
