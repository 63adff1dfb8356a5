/**
 * What each page tells Pagefind besides its text: the filters a reader can
 * narrow results by, the metadata a result shows, and the key results can be
 * sorted by. Page types call one function here and render the result with
 * src/components/SearchFacets.astro, so every page type uses the same keys
 * and values (documented in docs/architecture.md under "Search").
 */
import type { Article, Claim, Story } from '../corpus/corpus.ts';
import { isoDate } from '../site/format.ts';
import { publishedPrefix } from '../site/published.ts';
import { EARLIEST } from './results.ts';
import { FILTER_KEYS, KIND_KEY, type FilterKey, type PageKind } from './state.ts';

export interface SearchFacets {
  /**
   * `data-pagefind-filter`: each key may have several values (a claim page
   * quotes several texts); `art`, the kind of page, has one.
   */
  filters: Partial<Record<FilterKey, string[]>> & { [KIND_KEY]?: [PageKind] };
  /** `data-pagefind-meta`: shown with each result. */
  meta: {
    /** The page's title: a text's headline, a claim's title. */
    title: string;
    /** YYYY-MM-DD: when the text was published; for a claim, the day of its event. Other pages have none. */
    date?: string;
    /** Who the text names as its author or agency, verbatim; absent when it names none. */
    source?: string;
    /**
     * „frühestens“ when `date` is inferred and only the earliest day the text
     * can have appeared (src/site/published.ts); absent for an exact day.
     */
    precision?: typeof EARLIEST;
  };
  /**
   * `data-pagefind-sort`: YYYY-MM-DD, so sorting as text sorts by date. A page
   * without it (timeline, sources, pairs) is left out of results sorted by date.
   */
  sort: { date?: string };
}

/** An article page: filtered by itself, its story and its event, dated by publication. */
export function articleFacets(article: Pick<Article, 'data' | 'event'>, story: Pick<Story, 'data'>): SearchFacets {
  const { data } = article;
  const date = isoDate(data.published.date);
  return {
    filters: { text: [data.title], thema: [story.data.title], ereignis: [article.event.short], art: ['Text'] },
    meta: {
      title: data.title,
      date,
      ...(data.byline ? { source: data.byline } : {}),
      ...(publishedPrefix(data.published) ? { precision: EARLIEST } : {}),
    },
    sort: { date },
  };
}

/**
 * A claim page: filtered by the claim, its event and every text that reports
 * it (a reader filtering by one text finds the claims that text makes).
 */
export function claimFacets(claim: Pick<Claim, 'data' | 'cells' | 'event'>, story: Pick<Story, 'data' | 'events' | 'articles'>): SearchFacets {
  const titleOf = new Map(story.articles.map((article) => [article.id, article.data.title]));
  const texts = claim.cells
    .filter((cell) => cell.status === 'reported')
    .map((cell) => titleOf.get(cell.article))
    .filter((title): title is string => title !== undefined);
  // A claim about the whole story is found under each of its events' filters, dated by the first.
  const events = claim.event ? [claim.event] : story.events;
  const day = events[0] ? isoDate(events[0].date) : '';
  return {
    filters: { text: texts, thema: [story.data.title], ereignis: events.map((event) => event.short), aussage: [claim.data.title], art: ['Aussage'] },
    meta: { title: claim.data.title, date: day },
    sort: { date: day },
  };
}

/** A page of a story in our own words (timeline, sources): its title, story and kind. */
export function pageFacets(title: string, story: Pick<Story, 'data'>): SearchFacets {
  return { filters: { thema: [story.data.title], art: ['Seite'] }, meta: { title }, sort: {} };
}

/** A pair page: found under the filter of either text and of each text's event. */
export function pairFacets(title: string, texts: readonly Pick<Article, 'data' | 'event'>[], story: Pick<Story, 'data'>): SearchFacets {
  const events = [...new Set(texts.map((text) => text.event.short))];
  return {
    filters: { text: texts.map((text) => text.data.title), thema: [story.data.title], ereignis: events, art: ['Seite'] },
    meta: { title },
    sort: {},
  };
}

export interface FacetTag {
  /** Which Pagefind attribute: `data-pagefind-filter`, `-meta` or `-sort`. */
  attribute: `data-pagefind-${'filter' | 'meta' | 'sort'}`;
  /** The attribute's value: the key and where to read the value, `text[value]`. */
  key: string;
  value: string;
}

/**
 * One tag per filter value, meta field and sort key, in a stable order. Each
 * is rendered as `<data value="…" data-pagefind-filter="text[value]">`, so
 * commas and colons in titles cannot be mistaken for Pagefind syntax.
 */
export function facetTags(facets: SearchFacets): FacetTag[] {
  const out: FacetTag[] = [];
  for (const key of [...FILTER_KEYS, KIND_KEY] as const) {
    for (const value of facets.filters[key] ?? []) out.push({ attribute: 'data-pagefind-filter', key: `${key}[value]`, value });
  }
  for (const [key, value] of Object.entries(facets.meta)) {
    if (value !== undefined) out.push({ attribute: 'data-pagefind-meta', key: `${key}[value]`, value });
  }
  for (const [key, value] of Object.entries(facets.sort)) {
    if (value !== undefined) out.push({ attribute: 'data-pagefind-sort', key: `${key}[value]`, value });
  }
  return out;
}
