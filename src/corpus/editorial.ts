/**
 * Checks that catch editorial slips, run with the content check
 * (src/corpus/corpus.ts) so the build stops, each naming the file and field:
 *
 * - a claim title that takes five or more consecutive words from a text of
 *   its story (titles are ours: no text's wording);
 * - wording in quotation marks („…“, "…", «…», »…«, “…”) in a description,
 *   note, reason or summary that occurs in no text of the story (headline,
 *   header lines, body or dropped lines). Compared as words (case, quotation marks, hyphens and
 *   punctuation folded, as in src/corpus/reuse.ts; a single word may be
 *   inflected, since it names a word the text uses); around an ellipsis
 *   („…“, "...", „[…]“) each piece is checked on its own. A text's short
 *   title in quotation marks names the text and passes; a claim's title does
 *   not: a claim is referred to as `:aussage{#id}`;
 * - references to claims (`:aussage{#id}`, src/corpus/claim-refs.ts) that
 *   name no claim, or are written in another form.
 * Pure.
 */
import { stemmer } from '@orama/stemmers/german';
import type { ContentProblem } from '../schemas/errors.ts';
import { malformedReferences, referencedClaims } from './claim-refs.ts';
import { foldedWords, MIN_WORDS, shingles } from './reuse.ts';

/** A text of a story as the checks read it. */
export interface EditorialText {
  id: string;
  file: string;
  title: string;
  shortTitle: string;
  headerLines: readonly string[];
  /** The byline as the text states it, if any. */
  byline?: string | null;
  /** Lines of the original left out as website chrome: a note may quote them too. */
  dropped: readonly string[];
  passages: readonly { id: string; text: string }[];
}

/** Where a run of words stands in a text. */
interface Place {
  file: string;
  where: string;
}

/** The words of a story's texts, ready for both checks. */
export interface StoryWording {
  /** Each line (headline, header line, passage, dropped line) as folded words joined by spaces, padded with a space. */
  lines: { joined: string; place: Place; dropped: boolean }[];
  /** The MIN_WORDS-word shingles of every line but the dropped ones. */
  shingles: Set<string>;
  /** The texts' short titles, folded. */
  names: Set<string>;
  /** The German stems of every word of the texts: a single quoted word may be inflected. */
  stems: Set<string>;
}

const fold = (text: string) => foldedWords(text).map((word) => word.word);

export function storyWording(texts: readonly EditorialText[]): StoryWording {
  const lines: StoryWording['lines'] = [];
  const found = new Set<string>();
  for (const text of texts) {
    const all = [
      { text: text.title, where: 'the headline' },
      ...text.headerLines.map((line) => ({ text: line, where: 'a header line' })),
      ...(text.byline ? [{ text: text.byline, where: 'the byline' }] : []),
      ...text.passages.map((passage) => ({ text: passage.text, where: passage.id })),
    ];
    const dropped = text.dropped.map((line) => ({ text: line, where: 'a dropped line' }));
    for (const line of [...all, ...dropped]) {
      const place = { file: text.file, where: line.where };
      const words = foldedWords(line.text);
      const isDropped = !all.includes(line);
      lines.push({ joined: ` ${words.map((word) => word.word).join(' ')} `, place, dropped: isDropped });
      if (!isDropped) for (const key of shingles(words)) found.add(key);
    }
  }
  const stems = new Set(lines.flatMap((line) => line.joined.trim().split(' ').map((word) => stemmer(word))));
  return { lines, shingles: found, names: new Set(texts.map((text) => fold(text.shortTitle).join(' '))), stems };
}

/**
 * The longest run of MIN_WORDS or more words of `title` that a line of a text of the story has
 * (headline, header line or passage; not the dropped website lines), if any. Found with the folded
 * words, counted as written: a hyphenated compound („Kim-Il-Sung-Platz“) is one word.
 */
export function copiedRun(title: string, wording: StoryWording): { words: string; place: Place } | undefined {
  const words = foldedWords(title);
  const keys = shingles(words);
  const lines = wording.lines.filter((line) => !line.dropped);
  const lineWith = (from: number, to: number) => {
    const needle = ` ${words.slice(from, to).map((word) => word.word).join(' ')} `;
    return lines.find((line) => line.joined.includes(needle));
  };
  let best: { text: string; count: number; place: Place } | undefined;
  for (let at = 0; at < keys.length; at++) {
    if (!wording.shingles.has(keys[at] as string)) continue;
    let to = at + MIN_WORDS;
    let line = lineWith(at, to);
    if (!line) continue;
    // Extend while the longer run still stands in one line of a text.
    for (let next = lineWith(at, to + 1); to < words.length && next; next = lineWith(at, to + 1)) {
      to += 1;
      line = next;
    }
    const text = title.slice(words[at]?.start, words[to - 1]?.end);
    const count = text.split(/\s+/).length;
    if (count >= MIN_WORDS && (!best || count > best.count)) best = { text, count, place: line.place };
  }
  return best && { words: best.text, place: best.place };
}

/** Pairs of quotation marks: opening, closing. */
const QUOTES: [string, string][] = [
  ['„', '“'],
  ['„', '”'],
  ['“', '”'],
  ['«', '»'],
  ['»', '«'],
  ['"', '"'],
];

/** The wording in quotation marks in `value`, outermost quotes only. */
export function quotedWording(value: string): string[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const start = value.indexOf(open, from);
      if (start < 0) break;
      const end = value.indexOf(close, start + 1);
      if (end < 0) break;
      found.push({ start, end: end + 1, text: value.slice(start + 1, end) });
      from = end + 1;
    }
  }
  // A quote inside another (or the same stretch read with two pairs of marks) is part of the outer one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: typeof found = [];
  for (const quote of found) {
    const last = outer[outer.length - 1];
    if (last && quote.start < last.end) continue;
    outer.push(quote);
  }
  return outer.map((quote) => quote.text);
}

const ELLIPSIS = /\s*(?:\[…\]|\(…\)|\[\.\.\.\]|…|\.\.\.)\s*/;

/**
 * The pieces of a quote (split at an ellipsis) that no line of the story's texts has. A quote of
 * one word names a word the texts use and may stand in another inflected form („Vorgehen“ for
 * „Vorgehens“); two or more words must stand as written.
 */
export function missingPieces(quote: string, wording: StoryWording): string[] {
  const words = fold(quote);
  if (words.length === 1 && wording.stems.has(stemmer(words[0] as string))) return [];
  return quote
    .split(ELLIPSIS)
    .filter((piece) => fold(piece).length > 0)
    .filter((piece) => {
      const needle = ` ${fold(piece).join(' ')} `;
      return !wording.lines.some((line) => line.joined.includes(needle));
    });
}

/** A field of our prose to check: file, field path and its text. */
export interface ProseField {
  file: string;
  field: string;
  value: string;
}

/**
 * The problems of our prose in one story: quoted wording no text has, references to claims
 * that do not exist or are misspelt, quoted claim titles.
 */
export function proseProblems(fields: readonly ProseField[], wording: StoryWording, claims: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, field, value } of fields) {
    for (const id of referencedClaims(value)) {
      if (!claims.has(id)) problems.push({ file, field, message: `refers to the claim "${id}", which does not exist (:aussage{#${id}})` });
    }
    for (const attempt of malformedReferences(value)) {
      problems.push({ file, field, message: `"${attempt}" is no reference: write a claim's id as :aussage{#claim-id}` });
    }
  }
  return [...problems, ...quotationProblems(fields, wording, claims)];
}

/**
 * The fields of our prose in an entry of lens data: every string under a key `note`,
 * `description`, `summary` or `reason`, with its field path.
 */
export function proseFieldsOf(file: string, data: unknown, prefix: readonly string[] = []): ProseField[] {
  const fields: ProseField[] = [];
  const walk = (value: unknown, path: readonly string[]) => {
    if (typeof value === 'string') {
      if (PROSE_KEYS.has(path[path.length - 1] ?? '')) fields.push({ file, field: path.join('.'), value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, prefix);
  return fields;
}

const PROSE_KEYS = new Set(['note', 'description', 'summary', 'reason']);

/** Quoted wording that no text of the story has, and quoted claim titles. */
export function quotationProblems(fields: readonly ProseField[], wording: StoryWording, claims: ReadonlyMap<string, string>): ContentProblem[] {
  const titles = new Map([...claims].map(([id, title]) => [fold(title).join(' '), id]));
  const problems: ContentProblem[] = [];
  for (const { file, field, value } of fields) {
    for (const quote of quotedWording(value)) {
      const folded = fold(quote).join(' ');
      if (folded === '') continue;
      const claim = titles.get(folded);
      if (claim !== undefined) {
        problems.push({ file, field, message: `„${quote}“ is the title of a claim: refer to it as :aussage{#${claim}}, which shows its current title` });
        continue;
      }
      if (wording.names.has(folded)) continue;
      const missing = missingPieces(quote, wording);
      if (missing.length === 0) continue;
      const pieces = missing.length === 1 && missing[0] === quote ? '' : ` (${missing.map((piece) => `„${piece}“`).join(', ')} not found)`;
      problems.push({
        file,
        field,
        message: `„${quote}“ stands in quotation marks but is in no text of the story${pieces}: quote the text's exact words, or write it without quotation marks as our own words`,
      });
    }
  }
  return problems;
}

/** A claim title that takes a text's wording. */
export function titleProblem(file: string, title: string, wording: StoryWording): ContentProblem | undefined {
  const run = copiedRun(title, wording);
  if (!run) return undefined;
  return {
    file,
    field: 'title',
    message: `takes „${run.words}“ word for word from ${run.place.file} (${run.place.where}): a claim title is written in our own words, no text's wording (${MIN_WORDS} or more words in a row)`,
  };
}
