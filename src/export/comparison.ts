/**
 * The comparison as data for researchers: /daten/vergleich.json and the same
 * cells as CSV, one row per quote or empty cell. Every URL is site-relative
 * and points at a page and fragment the build produces.
 */
import type { Corpus } from '../corpus/corpus.ts';
import { isoDate } from '../site/format.ts';

export interface ExportQuote {
  text: string;
  url: string;
}

export interface ExportCell {
  article: string;
  status: 'reported' | 'not-mentioned';
  note?: string;
  url: string;
  quotes: ExportQuote[];
}

export interface ComparisonExport {
  articles: { id: string; title: string; published: string; publishedBasis: 'stated' | 'inferred'; event: string; url: string }[];
  claims: { id: string; title: string; event: string; description: string; url: string; cells: ExportCell[] }[];
}

export function toExport(corpus: Corpus): ComparisonExport {
  return {
    articles: corpus.articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      published: isoDate(article.data.published.date),
      publishedBasis: article.data.published.basis,
      event: article.data.event,
      url: article.url,
    })),
    claims: corpus.claims.map((claim) => ({
      id: claim.id,
      title: claim.data.title,
      event: claim.data.event,
      description: claim.data.description,
      url: claim.url,
      cells: claim.cells.map((cell) => ({
        article: cell.article,
        status: cell.status,
        ...(cell.note === undefined ? {} : { note: cell.note }),
        url: cell.url,
        quotes: cell.quotes.map((quote) => ({ text: quote.text, url: quote.url })),
      })),
    })),
  };
}

export const CSV_COLUMNS = ['claim', 'claim_title', 'event', 'article', 'status', 'note', 'quote', 'url'] as const;

/** RFC 4180: quote every field, double inner quotes; CRLF line ends. */
function csvField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** One row per quote, or one row for a cell without quotes (url then points to the cell). */
export function toCsv(data: ComparisonExport): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const claim of data.claims) {
    for (const cell of claim.cells) {
      const base = [claim.id, claim.title, claim.event, cell.article, cell.status, cell.note ?? ''];
      if (cell.quotes.length === 0) rows.push([...base, '', cell.url]);
      for (const quote of cell.quotes) rows.push([...base, quote.text, quote.url]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
