/**
 * The state of the search page lives in its URL, so a result list can be
 * shared and the header form (a plain GET to /suche/?q=…) needs no script:
 * `q` is the query, `thema`, `text`, `ereignis` and `aussage` the filters, `sortierung` the order.
 */

export const SEARCH_PATH = '/suche/';
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sortierung';

/**
 * The search filters, as `data-pagefind-filter` names them on the pages
 * (src/search/facets.ts) and as the search page offers them: the text, the
 * event, the claim, and the story (`thema`).
 */
export const FILTER_KEYS = ['thema', 'text', 'ereignis', 'aussage'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The filter that tells the kind of a page (`art`). Not offered to readers:
 * the search page runs one search per kind and lists the texts first, then
 * the claims, then the other pages (pairs, timeline, sources).
 */
export const KIND_KEY = 'art';
/** Values of `art`, in the order the search page lists them. */
export const PAGE_KINDS = ['Text', 'Aussage', 'Seite'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const SORTS = {
  relevanz: { label: 'Relevanz', sort: undefined },
  neueste: { label: 'Neueste zuerst', sort: { date: 'desc' } },
  aelteste: { label: 'Älteste zuerst', sort: { date: 'asc' } },
} as const;
export type SortId = keyof typeof SORTS;

/** Longer queries are cut: Pagefind gains nothing from them and URLs stay short. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortId;
}

/** Whitespace collapsed and trimmed, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

function isSort(value: string | null): value is SortId {
  return value !== null && Object.hasOwn(SORTS, value);
}

/** The state a query string (`location.search`) describes; unknown values fall back to defaults. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get(SORT_PARAM);
  return { q: normalizeQuery(params.get(QUERY_PARAM) ?? ''), filters, sort: isSort(sort) ? sort : 'relevanz' };
}

/** The query string for a state (`?q=…&text=…`), empty for the empty state; defaults are left out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set(QUERY_PARAM, q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevanz') params.set(SORT_PARAM, state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search page URL for a state, e.g. to link a result list. */
export function searchUrl(state: SearchState): string {
  return `${SEARCH_PATH}${searchQueryString(state)}`;
}

/** Pagefind's `filters` option for the state: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) out[key] = value;
  }
  return out;
}
