/**
 * The comparison as data for researchers: /daten/vergleich.json and the same
 * cells as CSV, one row per quote or empty cell, for all stories; and the same
 * for each story alone (/daten/themen/<id>.json, .csv). Every URL is
 * site-relative and points at a page and fragment the build produces.
 */
import type { CellStatus, Corpus } from '../corpus/corpus.ts';
import type { SpanSide } from '../corpus/reuse.ts';
import { isoDate } from '../site/format.ts';
import { articleUrl, fragmentUrl, pairUrl } from '../site/urls.ts';
import { dataRelease, type DataRelease } from './data-version.ts';

/** What each cell status means; the export carries this table, so the data documents itself. */
export const STATUSES: Record<CellStatus, string> = {
  reported: 'The text states the claim; `quotes` hold its words verbatim, each linked to its passage.',
  'not-mentioned': 'The text, published on or after the claim\'s event, does not state the claim (checked by an editor; `note` may say what it says instead, `reviewed` lists passages that look like the claim and why each does not count).',
  'not-applicable': 'The text was published before the claim\'s event, so it cannot report it („erschien vor dem Ereignis“). Derived from the dates, not an editorial finding.',
};

export interface ExportQuote {
  text: string;
  url: string;
}

export interface ExportCell {
  article: string;
  status: CellStatus;
  note?: string;
  url: string;
  quotes: ExportQuote[];
  /** Not-mentioned cells: passages that look like the claim, read and found not to state it, with the reason. */
  reviewed?: { passage: string; reason: string; url: string }[];
}

/** One side of a shared span: the passage, the words as that text has them, their place in the passage. */
export interface ExportSpanSide {
  passage: string;
  text: string;
  /** Character offsets in the passage's text as the article page shows it. */
  start: number;
  end: number;
  /** The passage in the article. */
  url: string;
}

export interface ExportPairReuse {
  /** The two texts, the earlier (reading order) left: `left--right` is the pair page's URL segment. */
  left: string;
  right: string;
  /** The pair page, where the spans are marked. */
  url: string;
  spans: { words: number; left: ExportSpanSide; right: ExportSpanSide }[];
}

export interface ComparisonExport extends DataRelease {
  statuses: Record<CellStatus, string>;
  stories: {
    id: string;
    title: string;
    summary: string;
    url: string;
    events: { id: string; label: string; date: string; description: string }[];
    /** The wording pairs of its texts share verbatim (src/corpus/reuse.ts); pairs without any left out. */
    sharedWording: ExportPairReuse[];
  }[];
  articles: {
    id: string;
    story: string;
    title: string;
    published: string;
    publishedBasis: 'stated' | 'inferred';
    /** `day`: published that day; `on-or-after`: that day or soon after (the earliest day the evidence supports). */
    publishedPrecision: 'day' | 'on-or-after';
    event: string;
    url: string;
  }[];
  /** `event` is null for a claim about its story as a whole. */
  claims: { id: string; story: string; title: string; event: string | null; description: string; url: string; cells: ExportCell[] }[];
}

const spanSide = (article: string, side: SpanSide): ExportSpanSide => ({
  passage: side.passage,
  text: side.text,
  start: side.start,
  end: side.end,
  url: fragmentUrl(articleUrl(article), side.passage),
});

export function toExport(corpus: Pick<Corpus, 'stories' | 'articles' | 'claims'>, version: string): ComparisonExport {
  return {
    ...dataRelease(version),
    statuses: STATUSES,
    stories: corpus.stories.map((story) => ({
      id: story.id,
      title: story.data.title,
      summary: story.data.summary,
      url: story.url,
      events: story.events.map((event) => ({ id: event.id, label: event.label, date: isoDate(event.date), description: event.description })),
      sharedWording: story.reuse.map((pair) => ({
        left: pair.left,
        right: pair.right,
        url: pairUrl(pair.left, pair.right),
        spans: pair.spans.map((span) => ({
          words: span.words,
          left: spanSide(pair.left, span.left),
          right: spanSide(pair.right, span.right),
        })),
      })),
    })),
    articles: corpus.articles.map((article) => ({
      id: article.id,
      story: article.data.story,
      title: article.data.title,
      published: isoDate(article.data.published.date),
      publishedBasis: article.data.published.basis,
      publishedPrecision: article.data.published.precision,
      event: article.data.event,
      url: article.url,
    })),
    claims: corpus.claims.map((claim) => ({
      id: claim.id,
      story: claim.data.story,
      title: claim.data.title,
      event: claim.event?.id ?? null,
      description: claim.data.description,
      url: claim.url,
      cells: claim.cells.map((cell) => ({
        article: cell.article,
        status: cell.status,
        ...(cell.note === undefined ? {} : { note: cell.note }),
        url: cell.url,
        quotes: cell.quotes.map((quote) => ({ text: quote.text, url: quote.url })),
        ...(cell.status === 'not-mentioned' ? { reviewed: cell.reviewed.map(({ passage, reason, url }) => ({ passage, reason, url })) } : {}),
      })),
    })),
  };
}

export const CSV_COLUMNS = ['story', 'claim', 'claim_title', 'event', 'article', 'status', 'note', 'quote', 'url', 'data_version'] as const;

/** RFC 4180: quote every field, double inner quotes; CRLF line ends. */
function csvField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** One row per quote, or one row for a cell without quotes (url then points to the cell). */
export function toCsv(data: ComparisonExport): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const claim of data.claims) {
    for (const cell of claim.cells) {
      const base = [claim.story, claim.id, claim.title, claim.event ?? '', cell.article, cell.status, cell.note ?? ''];
      if (cell.quotes.length === 0) rows.push([...base, '', cell.url, data.version]);
      for (const quote of cell.quotes) rows.push([...base, quote.text, quote.url, data.version]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One story's part of the export: its own download. */
export function storyExport(story: Corpus['stories'][number], version: string): ComparisonExport {
  return toExport({ stories: [story], articles: story.articles, claims: story.claims }, version);
}
