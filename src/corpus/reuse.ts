/**
 * Shared wording (text reuse): the verbatim stretches two texts of a story
 * have in common, as reuse detectors such as passim find them. Each passage
 * becomes a list of words, folded (lowercase; quotation marks, hyphens and
 * other punctuation only separate words, so „US-Präsidenten“ and
 * "US Präsidenten" agree); every run of `MIN_WORDS` consecutive words is a
 * shingle. A shingle found in two texts starts a shared span; shingles that
 * follow one another in both texts extend it, and spans that overlap in both
 * texts are merged.
 *
 * One index of the shingles of all texts of a story, so the cost is linear in
 * the words of its texts (plus the spans found), not in the pairs of texts.
 * A span stays within one passage on each side, as a quote does: it is
 * marked there and linked as `absatz-N`. Pure.
 */

/** The fewest consecutive words a shared span has. */
export const MIN_WORDS = 5;

export interface ReuseText {
  id: string;
  passages: readonly { id: string; text: string }[];
}

/** A word of a passage: folded, with its place in the passage's text. */
export interface FoldedWord {
  word: string;
  start: number;
  end: number;
}

/** One side of a shared span: where it stands, and its words as that text writes them. */
export interface SpanSide {
  /** `absatz-N`. */
  passage: string;
  /** Character offsets in the passage's text. */
  start: number;
  end: number;
  /** The passage's text from `start` to `end`, verbatim. */
  text: string;
}

export interface SharedSpan {
  /** In the earlier text of the pair (the order the texts were given in). */
  left: SpanSide;
  right: SpanSide;
  /** How many words it has (at least MIN_WORDS). */
  words: number;
}

export interface PairReuse {
  left: string;
  right: string;
  /** In the left text's order. */
  spans: SharedSpan[];
}

/** The words of a text, folded: letters and digits, lowercased; everything else separates words. */
export function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  // A soft hyphen (U+00AD) is no separator: it may stand inside a word without being seen.
  for (const match of text.matchAll(/[\p{L}\p{N}\u00AD]+/gu)) {
    const word = match[0].replace(/\u00AD/g, '').toLowerCase();
    if (word !== '') words.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The `n`-word shingles of a list of words, as keys. */
export function shingles(words: readonly FoldedWord[], n: number = MIN_WORDS): string[] {
  const keys: string[] = [];
  for (let at = 0; at + n <= words.length; at++) keys.push(words.slice(at, at + n).map((entry) => entry.word).join(' '));
  return keys;
}

interface Place {
  text: number;
  passage: number;
  /** Index of the shingle's first word. */
  at: number;
}

/** A run of matching shingles on one diagonal: word indexes on both sides. */
interface Run {
  passageA: number;
  passageB: number;
  startA: number;
  endA: number;
  startB: number;
  endB: number;
}

/**
 * The shared spans of every pair of `texts` (given in reading order, earlier text left), pairs with
 * none left out. Spans shorter than `minWords` words are not found.
 */
export function sharedWording(texts: readonly ReuseText[], minWords: number = MIN_WORDS): PairReuse[] {
  const words = texts.map((text) => text.passages.map((passage) => foldedWords(passage.text)));
  const index = new Map<string, Place[]>();
  words.forEach((passages, text) =>
    passages.forEach((list, passage) =>
      shingles(list, minWords).forEach((key, at) => {
        const places = index.get(key);
        if (places) places.push({ text, passage, at });
        else index.set(key, [{ text, passage, at }]);
      }),
    ),
  );
  // Matches per pair of texts, grouped by diagonal (passages and the offset between them).
  const diagonals = new Map<string, Map<string, number[][]>>();
  for (const places of index.values()) {
    if (places.length < 2) continue;
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const a = places[i] as Place;
        const b = places[j] as Place;
        if (a.text === b.text) continue;
        const [first, second] = a.text < b.text ? [a, b] : [b, a];
        const pair = `${first.text}|${second.text}`;
        const diagonal = `${first.passage}|${second.passage}|${first.at - second.at}`;
        let byDiagonal = diagonals.get(pair);
        if (!byDiagonal) diagonals.set(pair, (byDiagonal = new Map()));
        const list = byDiagonal.get(diagonal);
        if (list) list.push([first.at, second.at]);
        else byDiagonal.set(diagonal, [[first.at, second.at]]);
      }
    }
  }
  const result: PairReuse[] = [];
  for (const [pair, byDiagonal] of diagonals) {
    const [a, b] = pair.split('|').map(Number) as [number, number];
    const runs: Run[] = [];
    for (const [diagonal, starts] of byDiagonal) {
      const [passageA, passageB] = diagonal.split('|').map(Number) as [number, number];
      starts.sort((x, y) => (x[0] as number) - (y[0] as number));
      let run: Run | undefined;
      for (const [atA, atB] of starts as [number, number][]) {
        if (run && atA <= run.endA - minWords + 1) {
          run.endA = atA + minWords;
          run.endB = atB + minWords;
          continue;
        }
        if (run) runs.push(run);
        run = { passageA, passageB, startA: atA, endA: atA + minWords, startB: atB, endB: atB + minWords };
      }
      if (run) runs.push(run);
    }
    result.push({ left: texts[a]?.id ?? '', right: texts[b]?.id ?? '', spans: merge(runs).map((run) => side(run, texts[a] as ReuseText, texts[b] as ReuseText, words[a] ?? [], words[b] ?? [])) });
  }
  const order = new Map(texts.map((text, position) => [text.id, position]));
  return result.sort((x, y) => (order.get(x.left) ?? 0) - (order.get(y.left) ?? 0) || (order.get(x.right) ?? 0) - (order.get(y.right) ?? 0));
}

/** Runs overlapping on both sides become one (a repeated phrase puts two diagonals over one stretch). */
function merge(runs: Run[]): Run[] {
  const sorted = [...runs].sort((x, y) => x.passageA - y.passageA || x.startA - y.startA || x.passageB - y.passageB || x.startB - y.startB);
  const merged: Run[] = [];
  for (const run of sorted) {
    const overlapping = merged.find(
      (other) =>
        other.passageA === run.passageA &&
        other.passageB === run.passageB &&
        run.startA < other.endA &&
        other.startA < run.endA &&
        run.startB < other.endB &&
        other.startB < run.endB,
    );
    if (!overlapping) {
      merged.push({ ...run });
      continue;
    }
    overlapping.startA = Math.min(overlapping.startA, run.startA);
    overlapping.endA = Math.max(overlapping.endA, run.endA);
    overlapping.startB = Math.min(overlapping.startB, run.startB);
    overlapping.endB = Math.max(overlapping.endB, run.endB);
  }
  return merged;
}

function side(run: Run, a: ReuseText, b: ReuseText, wordsA: readonly FoldedWord[][], wordsB: readonly FoldedWord[][]): SharedSpan {
  const place = (text: ReuseText, words: readonly FoldedWord[][], passage: number, start: number, end: number): SpanSide => {
    const list = words[passage] ?? [];
    const entry = text.passages[passage] ?? { id: '', text: '' };
    const from = list[start]?.start ?? 0;
    const to = list[end - 1]?.end ?? 0;
    return { passage: entry.id, start: from, end: to, text: entry.text.slice(from, to) };
  };
  return {
    left: place(a, wordsA, run.passageA, run.startA, run.endA),
    right: place(b, wordsB, run.passageB, run.startB, run.endB),
    words: run.endA - run.startA,
  };
}
