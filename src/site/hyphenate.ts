/**
 * Soft hyphens (U+00AD) in long German words, set at build time for narrow
 * headers (table heads, column heads). CSS `hyphens: auto` under lang="de"
 * needs a German dictionary in the browser, and not every browser has one
 * (Chromium on Linux often has none): without it „Partnerschaftsvertrag“
 * broke as „Partnerschaftsvert|rag“. A soft hyphen is honoured by every
 * browser, shows a hyphen only where the line breaks, and lets the column be
 * narrower than the longest word. Patterns: TeX's German ones (1996 spelling).
 */
import de from 'hyphen/de-1996/index.js';

/** Words shorter than this stay whole: only long compounds need a break. */
export const MIN_WORD_LENGTH = 12;

export const SOFT_HYPHEN = '\u00AD';

export function softHyphens(text: string): string {
  return de.hyphenateSync(text, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
}
