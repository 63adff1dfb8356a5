/**
 * The review's input from the derived corpus: passages per text, cells with
 * their quotes and `reviewed` entries. A cell derived as `not-applicable`
 * (the text appeared before the claim's event, „erschien vor dem Ereignis“)
 * cannot be checked: it is handed on as skipped.
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { ReviewCorpus } from './absences.ts';
import { withoutReferences } from '../corpus/claim-refs.ts';

export function reviewInput(corpus: Corpus): ReviewCorpus {
  return {
    texts: corpus.articles.map((article) => ({ id: article.id, story: article.data.story, passages: article.passages })),
    claims: corpus.claims.map((claim) => ({
      id: claim.id,
      story: claim.data.story,
      file: claim.file,
      title: claim.data.title,
      // References to other claims are no words of this claim.
      description: withoutReferences(claim.data.description, corpus.links),
      cells: claim.cells.map((cell) =>
        cell.status === 'not-applicable'
          ? { article: cell.article, status: 'not-mentioned', quotes: [], reviewed: [], beforeEvent: true }
          : {
              article: cell.article,
              status: cell.status,
              quotes: cell.quotes.map((quote) => quote.text),
              reviewed: cell.status === 'not-mentioned' ? cell.reviewed : [],
            },
      ),
    })),
  };
}
