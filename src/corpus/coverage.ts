/** How many texts report a claim, counted among the texts about its event. */
import type { ClaimEvent } from '../schemas/event.ts';
import type { Claim, Corpus } from './corpus.ts';

export interface Coverage {
  event: ClaimEvent;
  /** Texts about the claim's event that report it. */
  reported: number;
  /** Texts about the claim's event. */
  ofEvent: number;
  /** Texts about the other event that report it all the same. */
  reportedElsewhere: number;
}

export function coverage(corpus: Corpus, claim: Claim): Coverage {
  const event = claim.data.event;
  // A set, not a search per cell: this runs for every claim on every claim page and the table.
  const ofEvent = new Set(corpus.articles.filter((article) => event === 'beide' || article.data.event === event).map((article) => article.id));
  const about = (id: string) => ofEvent.has(id);
  const reported = claim.cells.filter((cell) => cell.status === 'reported');
  return {
    event,
    reported: reported.filter((cell) => about(cell.article)).length,
    ofEvent: ofEvent.size,
    reportedElsewhere: reported.filter((cell) => !about(cell.article)).length,
  };
}
