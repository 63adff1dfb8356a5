/**
 * The review's input from the derived corpus: passages per text, cells with
 * their quotes and `reviewed` entries, and which texts appeared before a
 * claim's event (they cannot report it, so their cells are not checked).
 */
import type { Corpus } from '../corpus/corpus.ts';
import { EVENTS } from '../corpus/events.ts';
import type { ReviewCorpus } from './absences.ts';

export function reviewInput(corpus: Corpus): ReviewCorpus {
  const published = new Map(corpus.articles.map((article) => [article.id, article.data.published.date.getTime()]));
  return {
    texts: corpus.articles.map((article) => ({ id: article.id, passages: article.passages })),
    claims: corpus.claims.map((claim) => {
      const event = claim.data.event === 'beide' ? undefined : EVENTS[claim.data.event];
      const eventDay = event ? Date.parse(`${event.day}T00:00:00Z`) : undefined;
      return {
        id: claim.id,
        file: claim.file,
        title: claim.data.title,
        description: claim.data.description,
        cells: claim.cells.map((cell) => ({
          article: cell.article,
          status: cell.status,
          quotes: cell.quotes.map((quote) => quote.text),
          reviewed: cell.status === 'not-mentioned' ? cell.reviewed : [],
          beforeEvent: eventDay !== undefined && (published.get(cell.article) ?? Infinity) < eventDay,
        })),
      };
    }),
  };
}
