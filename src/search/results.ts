/**
 * Turns what Pagefind returns for a hit into what the search page shows: the
 * page's title, kind, date and source, and up to a few passages, each with
 * its excerpt (hit marked) and a link to the passage itself (`#absatz-N`),
 * which the article page highlights with CSS (:target), without a script.
 * Pure; the page script only renders.
 */
import { formatDate } from '../site/format.ts';
import { stripCompoundMarks } from './compound-marks.ts';
import type { PageKind } from './state.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A word without the punctuation and quotation marks around it ("„Sanktionen“," → "Sanktionen"). */
export function trimWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !WORD_CHAR.test(word[start] as string)) start++;
  while (end > start && !WORD_CHAR.test(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** The parts of Pagefind's result data (`await result.data()`) the site uses. */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  text?: string;
  title?: string;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: entities encoded, hits in <mark>. */
  excerpt: string;
  /** Word positions of the hits in the page's `content`. */
  locations: number[];
  /** Absent for the part of a page before its first anchor. */
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text, words separated by whitespace. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The page's filter values by key; `thema` names its story. */
  filters?: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface PassageView {
  /** "Absatz 3", or a subheading's text. */
  title: string;
  /** Link to the passage (`/artikel/<id>/#absatz-N`). */
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  /** What kind of page: "Text", "Aussage" or "Seite". */
  kind: string;
  /**
   * YYYY-MM-DD and German, when the page has a date; `earliest` when the day is
   * inferred and only the earliest possible one (shown as „frühestens“).
   */
  date?: { iso: string; label: string; earliest: boolean };
  /** Author or agency as the text names it. */
  source?: string;
  /** The title of the story the page belongs to. */
  story?: string;
  passages: PassageView[];
}

/** Passages shown per page: the ones with the most hits. */
export const MAX_PASSAGES = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpt as plain text parts, marked or not, so the page can
 * render it with text nodes instead of innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  excerpt = stripCompoundMarks(excerpt);
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), mark: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), mark: false });
  // Pagefind marks whole space-separated words: „Sanktionen“, keeps its
  // punctuation outside the mark. Adjacent parts of a kind are then merged.
  return parts.flatMap(splitPunctuation).filter((part) => part.text.length > 0).reduce<ExcerptPart[]>((out, part) => {
    const previous = out.at(-1);
    if (previous && previous.mark === part.mark) previous.text += part.text;
    else out.push({ ...part });
    return out;
  }, []);
}

function splitPunctuation(part: ExcerptPart): ExcerptPart[] {
  if (!part.mark) return [part];
  const word = trimWord(part.text);
  if (word.length === 0) return [part];
  const start = part.text.indexOf(word);
  return [
    { text: part.text.slice(0, start), mark: false },
    { text: word, mark: true },
    { text: part.text.slice(start + word.length), mark: false },
  ];
}

export function pageKind(url: string): string {
  if (url.startsWith('/artikel/')) return 'Text';
  if (url.startsWith('/aussagen/')) return 'Aussage';
  if (url.startsWith('/vergleich/')) return 'Textpaar';
  if (url.startsWith('/zeitleiste/')) return 'Zeitleiste';
  if (url.startsWith('/quellen/')) return 'Quellen';
  return 'Seite';
}

export interface ResultGroup {
  /** The `art` filter value of the pages in the group. */
  kind: PageKind;
  /** The group's heading on the search page. */
  heading: string;
  /** The label of the button that shows more of the group. */
  more: string;
  /**
   * Results shown at first. Each costs a fragment download (2–4 kB), so the
   * page fetches them only for the results it shows: every text (there are
   * few, and they come first), a few claims and other pages, more on request.
   */
  first: number;
}

/**
 * The order of the result list: the texts first, then the claims, then the
 * other pages (pairs, timeline, sources). Claim pages quote the texts, so by
 * rank alone they crowded out the texts that a word comes from.
 */
export const RESULT_GROUPS: readonly ResultGroup[] = [
  { kind: 'Text', heading: 'Texte', more: 'Weitere Texte anzeigen', first: 5 },
  { kind: 'Aussage', heading: 'Aussagen', more: 'Weitere Aussagen anzeigen', first: 3 },
  { kind: 'Seite', heading: 'Weitere Seiten', more: 'Weitere Seiten anzeigen', first: 1 },
];

/** Results a „more“ button adds at a time. */
export const MORE_STEP = 10;

/** The value of the `precision` meta field (src/search/facets.ts) of a text whose date is only the earliest day. */
export const EARLIEST = 'frühestens';

function dateOf(iso: string | undefined, precision: string | undefined): ResultView['date'] {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : { iso, label: formatDate(date), earliest: precision === EARLIEST };
}

/** A word as compared with a query term: letters and digits only, lower case, umlauts and accents folded. */
export function foldWord(word: string): string {
  return trimWord(stripCompoundMarks(word))
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The words of a query, folded; one-letter words dropped. */
export function queryTerms(q: string): string[] {
  return q.split(/\s+/).map(foldWord).filter((term) => term.length > 1);
}

/**
 * Whether a word of the text is a form of a query term, the way the stemmer
 * finds it: the same start, differing at most in a short ending
 * („heiligen“ for „heiliger“, „Sanktionen“ for „Sanktion“).
 */
export function sameWord(word: string, term: string): boolean {
  const folded = foldWord(word);
  let common = 0;
  while (common < folded.length && common < term.length && folded[common] === term[common]) common++;
  if (common === term.length) return true;
  return common >= 3 && term.length - common <= 2 && folded.length - common <= 3;
}

/**
 * Where a passage holds the whole query as a phrase: the number of hits that
 * start the query's words in order. Pagefind ranks passages by their hits
 * alone, so for „heiliger Kampf“ a paragraph with „Kampf“ twice came before
 * the one with „heiligen Kampf“.
 */
export function phraseHits(words: readonly string[], locations: readonly number[], terms: readonly string[]): number {
  if (terms.length < 2) return 0;
  let hits = 0;
  for (const location of locations) {
    if (terms.every((term, offset) => words[location + offset] !== undefined && sameWord(words[location + offset] as string, term))) hits++;
  }
  return hits;
}

/**
 * The result as the search page shows it. `q` is the query the reader typed:
 * passages holding all its words as a phrase come first, then those with the
 * most hits.
 */
export function toResultView(data: PagefindResultData, q = '', maxPassages = MAX_PASSAGES): ResultView {
  const anchored = data.sub_results.filter((sub) => sub.anchor !== undefined && sub.locations.length > 0);
  const terms = queryTerms(q);
  const words = terms.length > 1 ? data.content.split(/\s+/) : [];
  const passages = (anchored.length > 0 ? anchored : [])
    .map((sub, order) => ({ sub, order, phrase: phraseHits(words, sub.locations, terms) }))
    .sort((a, b) => b.phrase - a.phrase || b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, maxPassages)
    .map(({ sub }) => ({
      title: stripCompoundMarks(sub.title),
      url: sub.url,
      excerpt: excerptParts(sub.excerpt),
    }));
  if (passages.length === 0) {
    // A hit in the title or before the first passage: link the page itself.
    passages.push({
      title: 'Seitenanfang',
      url: data.url,
      excerpt: excerptParts(data.excerpt),
    });
  }
  const date = dateOf(data.meta['date'], data.meta['precision']);
  const source = data.meta['source'];
  // From the filter, not a meta field: Pagefind indexes meta values as words, and a story's title would match every page of it.
  const story = data.filters?.['thema']?.[0];
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    kind: pageKind(data.url),
    ...(date ? { date } : {}),
    ...(source ? { source } : {}),
    ...(story ? { story } : {}),
    passages,
  };
}

/** The sentence the live region announces after each search. */
export function statusMessage(count: number, q: string, filtered: boolean): string {
  const where = filtered ? ' (mit Filter)' : '';
  if (count === 0) return `Keine Treffer für „${q}“${where}.`;
  return `${count} ${count === 1 ? 'Seite' : 'Seiten'} mit Treffern für „${q}“${where}.`;
}
