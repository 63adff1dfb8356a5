/** How many texts of its story report a claim, counted among the texts about its event. */
import type { Claim } from './corpus.ts';

export interface Coverage {
  /** Texts about the claim's event (for a claim about the whole story: its texts) that report it. */
  reported: number;
  /** Texts about the claim's event, or all texts of the story; without those published before it. */
  ofEvent: number;
  /** Texts about another event of the story that report it all the same. */
  reportedElsewhere: number;
  /** Texts published before the claim's event: they cannot report it. */
  notApplicable: number;
}

/** Counts a claim's cells, in one pass. */
export function coverage(claim: Pick<Claim, 'event' | 'cells'>): Coverage {
  const event = claim.event?.id;
  const count: Coverage = { reported: 0, ofEvent: 0, reportedElsewhere: 0, notApplicable: 0 };
  for (const cell of claim.cells) {
    if (cell.status === 'not-applicable') count.notApplicable += 1;
    else if (event === undefined || cell.event === event) {
      count.ofEvent += 1;
      if (cell.status === 'reported') count.reported += 1;
    } else if (cell.status === 'reported') count.reportedElsewhere += 1;
  }
  return count;
}
