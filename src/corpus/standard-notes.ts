/**
 * Standard notes: a cell note written the same way on several claims („Bericht
 * über den Gipfel 2023, vor dem Vertrag erschienen.“). They explain a gap, not
 * the claim, so search leaves them out: otherwise every claim page carrying
 * one would match words that only the note repeats.
 */
import type { Claim } from './corpus.ts';

/** Notes that occur, word for word, on cells of two or more claims. */
export function standardNotes(claims: readonly Pick<Claim, 'id' | 'cells'>[]): Set<string> {
  const claimsWith = new Map<string, Set<string>>();
  for (const claim of claims) {
    for (const cell of claim.cells) {
      if (cell.note === undefined) continue;
      const note = cell.note.trim();
      claimsWith.set(note, (claimsWith.get(note) ?? new Set()).add(claim.id));
    }
  }
  return new Set([...claimsWith].filter(([, ids]) => ids.size > 1).map(([note]) => note));
}
