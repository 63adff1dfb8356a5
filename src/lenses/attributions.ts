/**
 * Whom each text cites or quotes: the attributions of every text, each quote
 * located in its passage, and per source how often each text cites it.
 */
import type { Article } from '../corpus/corpus.ts';
import type { ContentProblem } from '../schemas/errors.ts';
import { locateQuote, type LocatedQuote, type QuoteContext } from './mentions.ts';
import { SOURCE_KINDS, type AttributionFileData, type SourceData } from '../schemas/sources.ts';

export interface SourceInput {
  id: string;
  file: string;
  data: SourceData;
}

export interface AttributionInput {
  /** The article id: the file name. */
  id: string;
  file: string;
  data: AttributionFileData;
}

export interface Attribution {
  source: string;
  name: string;
  form: AttributionFileData['sources'][number]['form'];
  note?: string;
  quotes: LocatedQuote[];
}

export interface SourceRow {
  id: string;
  name: string;
  kind: SourceData['kind'];
  description: string;
  /** Quotes attributed to the source, per article id (every article has a key). */
  counts: Record<string, number>;
  /** The first quote per article, for linking a table cell. */
  first: Record<string, string>;
}

export interface Attributions {
  sources: SourceRow[];
  /** In the articles' reading order; a text without a file has no entries. */
  byArticle: { article: string; recorded: boolean; entries: Attribution[] }[];
}

export function buildAttributions(
  sourceInputs: readonly SourceInput[],
  inputs: readonly AttributionInput[],
  articles: readonly Article[],
  context: QuoteContext,
  problems: ContentProblem[],
): Attributions {
  const registry = new Map(sourceInputs.map((source) => [source.id, source]));
  const known = [...registry.keys()].sort().join(', ');
  const byId = new Map<string, Attribution[]>();

  for (const input of inputs) {
    if (!context.articles.has(input.id)) {
      problems.push({
        file: input.file,
        field: '',
        message: `unknown article "${input.id}": the file name must be an article id (known: ${[...context.articles.keys()].join(', ')})`,
      });
      continue;
    }
    const entries = input.data.sources.flatMap((entry, index): Attribution[] => {
      const source = registry.get(entry.source);
      if (!source) {
        problems.push({
          file: input.file,
          field: `sources.${index}.source`,
          message: `unknown source "${entry.source}": add it to content/sources.yaml (known: ${known})`,
        });
        return [];
      }
      const quotes = entry.quotes.flatMap((quote, quoteIndex) => {
        const located = locateQuote(context, input.id, quote, input.file, `sources.${index}.quotes.${quoteIndex}`, problems);
        return located ? [located] : [];
      });
      return [{ source: entry.source, name: source.data.name, form: entry.form, ...(entry.note ? { note: entry.note } : {}), quotes }];
    });
    byId.set(input.id, entries);
  }

  const kindOrder = (kind: SourceData['kind']) => SOURCE_KINDS.indexOf(kind);
  const sources = [...sourceInputs]
    .sort((a, b) => kindOrder(a.data.kind) - kindOrder(b.data.kind) || a.data.name.localeCompare(b.data.name, 'de'))
    .map((source): SourceRow => {
      const counts: Record<string, number> = {};
      const first: Record<string, string> = {};
      for (const article of articles) {
        const quotes = (byId.get(article.id) ?? []).filter((entry) => entry.source === source.id).flatMap((entry) => entry.quotes);
        counts[article.id] = quotes.length;
        if (quotes[0]) first[article.id] = quotes[0].url;
      }
      return { id: source.id, name: source.data.name, kind: source.data.kind, description: source.data.description, counts, first };
    });

  return {
    sources,
    byArticle: articles.map((article) => ({ article: article.id, recorded: byId.has(article.id), entries: byId.get(article.id) ?? [] })),
  };
}

/** German labels for the kinds of source. */
export const KIND_LABELS: Record<SourceData['kind'], string> = {
  agentur: 'Nachrichtenagentur',
  medium: 'Medium',
  regierung: 'Regierung oder Behörde',
  person: 'Person',
  unbestimmt: 'ohne genaue Quelle',
};

/** German labels for how a text uses a source. */
export const FORM_LABELS: Record<Attribution['form'], string> = {
  zitat: 'wörtlich zitiert',
  wiedergabe: 'indirekt wiedergegeben',
  quelle: 'als Quelle genannt',
};
