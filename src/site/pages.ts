/** How many stories an overview page lists: 20 cards stay well within the 14 KB first-load budget. */
export const STORIES_PER_PAGE = 20;
/** How many corrections a page of /korrekturen/ lists: about 350 B gzip each, 20 stay well within 14 KB. */
export const CORRECTIONS_PER_PAGE = 20;

/**
 * How many cells (claims × texts) one page of a story's matrix shows. A cell
 * costs about 35 B gzip (its first quote included): 200 keep a story page,
 * with its texts and header, within the 14 KB first-load budget. Measured on
 * a generated story of 8 texts × 48 claims (bench/generate-corpus.ts, seed 1):
 * one page of 384 cells weighed 17.0 KB; in pages of 25 and 23 claims, 12.5 and
 * 10.8 KB (tests/build/story-shapes.test.ts holds every page to the budget).
 */
export const MATRIX_CELLS_PER_PAGE = 200;

/** A story's claims split into matrix pages of at most MATRIX_CELLS_PER_PAGE cells (at least one claim a page). */
export function matrixPages<T>(claims: readonly T[], texts: number): T[][] {
  const size = Math.max(1, Math.floor(MATRIX_CELLS_PER_PAGE / Math.max(1, texts)));
  const pages: T[][] = [];
  for (let start = 0; start < claims.length; start += size) pages.push(claims.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}
