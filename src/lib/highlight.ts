/**
 * Highlighting search hits on the page a result links to. The search page
 * puts the words that matched (as they are written in the text, e.g.
 * "Sanktionen" for the query "Sanktion") into the link as `?markieren=`;
 * the page marks every whole-word occurrence of them. Pure, so the tiny
 * script on the article page (src/components/SearchHighlight.astro) only
 * walks the DOM.
 */

/** Query parameter carrying the words to highlight. */
export const HIGHLIGHT_PARAM = 'markieren';

/** At most this many words are carried, so a link stays short. */
export const MAX_HIGHLIGHT_WORDS = 8;

export interface Range {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words to highlight, from a URL's query string (`?markieren=a+b&markieren=c`). */
export function highlightWords(search: string): string[] {
  const values = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM);
  const words = values.flatMap((value) => value.split(/\s+/)).map(trimWord).filter((word) => word.length > 0);
  return unique(words).slice(0, MAX_HIGHLIGHT_WORDS);
}

/** `url` with the words to highlight added before its fragment; unchanged without words. */
export function withHighlight(url: string, words: readonly string[]): string {
  const clean = unique(words.map(trimWord).filter((word) => word.length > 0)).slice(0, MAX_HIGHLIGHT_WORDS);
  if (clean.length === 0) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = base.indexOf('?');
  const path = queryAt === -1 ? base : base.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : base.slice(queryAt + 1));
  params.set(HIGHLIGHT_PARAM, clean.join(' '));
  return `${path}?${params.toString()}${hash}`;
}

/**
 * Where the words occur in `text` as whole words (not inside a longer word),
 * ignoring case; in order, never overlapping.
 */
export function wordRanges(text: string, words: readonly string[]): Range[] {
  const wanted = new Set(words.map((word) => word.toLocaleLowerCase('de')));
  if (wanted.size === 0) return [];
  const ranges: Range[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    if (wanted.has(match[0].toLocaleLowerCase('de'))) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}

/** A word without the punctuation around it: `„Sanktionen“,` → `Sanktionen`. */
export function trimWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !WORD_CHAR.test(word[start] as string)) start++;
  while (end > start && !WORD_CHAR.test(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase('de');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
