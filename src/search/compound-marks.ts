/**
 * The mark between the parts of a German compound in the text Pagefind
 * indexes („Militär~satelliten“), set at build time by src/search/compounds.ts.
 * Pagefind indexes a word holding ASCII punctuation as a whole and also each
 * part, at the word's own position, so „Satelliten“ finds
 * „Militärsatelliten“ and its excerpt marks the whole word. The pages
 * themselves never carry the mark; the search page strips it from what
 * Pagefind returns before showing it.
 */
export const COMPOUND_MARK = '~';

const MARK_BETWEEN_LETTERS = /(?<=\p{L})~(?=\p{L})/gu;

/** The text without compound marks: „Militär~satelliten“ → „Militärsatelliten“. */
export function stripCompoundMarks(text: string): string {
  return text.replace(MARK_BETWEEN_LETTERS, '');
}
