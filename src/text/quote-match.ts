/**
 * Finding a quote in a text: character for character, except that any run of
 * whitespace matches any other run of whitespace. Quotation marks, dashes and
 * umlauts must match exactly; „ and " are different characters for a reader
 * checking a citation, so they are different here too.
 */

export interface TextRange {
  /** Index of the first character in the original text. */
  start: number;
  /** Index after the last character in the original text. */
  end: number;
}

const WHITESPACE = /\s/u;

/** Collapse every whitespace run to one space and trim the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Normalized text plus, for each normalized character, its index in the
 * original, so a match can be mapped back onto the original string.
 */
function normalizeWithMap(text: string): { normalized: string; map: number[] } {
  let normalized = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (WHITESPACE.test(char)) {
      if (normalized.length > 0 && pendingSpace === -1) pendingSpace = index;
      continue;
    }
    if (pendingSpace !== -1) {
      normalized += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    normalized += char;
    map.push(index);
  }
  return { normalized, map };
}

/** Every place `quote` occurs in `text`, as ranges of the original `text`. */
export function findQuote(text: string, quote: string): TextRange[] {
  const needle = normalizeWhitespace(quote);
  if (needle === '') return [];
  const { normalized, map } = normalizeWithMap(text);
  const ranges: TextRange[] = [];
  let from = normalized.indexOf(needle);
  while (from !== -1) {
    const last = from + needle.length - 1;
    ranges.push({ start: map[from] as number, end: (map[last] as number) + 1 });
    from = normalized.indexOf(needle, from + 1);
  }
  return ranges;
}
