/**
 * The search page in the browser: reads the state from the URL, runs it
 * through Pagefind's search API (/pagefind/pagefind.js, loaded on first use)
 * and renders the results with text nodes only (no innerHTML), keeping the
 * URL in step with the form. The logic lives in src/lib; this is DOM wiring.
 */
import {
  pagefindFilters,
  FILTER_KEYS,
  readSearchState,
  searchUrl,
  SORT_PARAM,
  SORTS,
  type SearchState,
  type SortId,
} from './state.ts';
import { statusMessage, toResultView, type PagefindResultData, type ResultView } from './results.ts';

/** The part of Pagefind's browser API used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: Record<string, unknown>,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/** Results rendered at a time; each one costs a fragment download. */
const PAGE_SIZE = 10;
/**
 * Pause after the last keystroke before searching as the reader types: short
 * enough for the budget of a first result within 100 ms (issue #7), long
 * enough to skip most prefixes of a word typed quickly.
 */
const TYPING_PAUSE_MS = 60;
const BUNDLE = '/pagefind/pagefind.js';

let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ BUNDLE) as Promise<PagefindApi>).then(async (pagefind) => {
    // The main thread is plenty for a few pages, and no worker keeps the
    // download and the CSP (no worker-src) small.
    await pagefind.options({ noWorker: true, excerptLength: 24, excerptEllipsis: '…' });
    return pagefind;
  });
  return api;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  const meta = element('p', 'meta', view.kind);
  if (view.date) {
    const time = element('time', undefined, view.date.label);
    time.dateTime = view.date.iso;
    meta.append(view.kind === 'Text' ? ' vom ' : ' · ', time);
  }
  if (view.source) meta.append(` · ${view.source}`);
  if (view.story) meta.append(` · Thema: ${view.story}`);
  const passages = element('ul', 'search-passages');
  for (const passage of view.passages) {
    const entry = element('li');
    const anchor = element('a');
    anchor.href = passage.url;
    const excerpt = element('span', 'excerpt');
    for (const part of passage.excerpt) {
      excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
    }
    anchor.append(element('span', 'passage-title', passage.title), ' ', excerpt);
    entry.append(anchor);
    passages.append(entry);
  }
  item.append(heading, meta, passages);
  return item;
}

export function startSearchPage(root: Document): void {
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[type="search"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLElement>(root, '[data-search-more]');
  const empty = required<HTMLElement>(root, '[data-search-empty]');
  const selects = {
    filters: FILTER_KEYS.map((key) => [key, required<HTMLSelectElement>(form, `select[name="${key}"]`)] as const),
    sort: required<HTMLSelectElement>(form, `select[name="${SORT_PARAM}"]`),
  };

  let generation = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  let remaining: { data(): Promise<PagefindResultData> }[] = [];

  function stateFromForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of selects.filters) if (select.value) filters[key] = select.value;
    const sort = selects.sort.value in SORTS ? (selects.sort.value as SortId) : 'relevanz';
    return { q: input.value, filters, sort };
  }

  function showState(state: SearchState): void {
    input.value = state.q;
    for (const [key, select] of selects.filters) {
      const value = state.filters[key] ?? '';
      // A filter value the page does not offer (an old link) is dropped.
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
    selects.sort.value = state.sort;
  }

  async function renderMore(mine: number): Promise<void> {
    const batch = remaining.slice(0, PAGE_SIZE);
    remaining = remaining.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...data.map((entry) => renderResult(toResultView(entry))));
    more.hidden = remaining.length === 0;
  }

  async function run(): Promise<void> {
    clearTimeout(typing);
    const mine = ++generation;
    const state = stateFromForm();
    history.replaceState(history.state, '', searchUrl(state));
    const q = state.q.trim();
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const sort = SORTS[state.sort].sort;
      const search = await pagefind.search(q, { filters: pagefindFilters(state), ...(sort ? { sort } : {}) });
      if (mine !== generation) return;
      remaining = search.results;
      list.replaceChildren();
      await renderMore(mine);
      if (mine !== generation) return;
      empty.hidden = search.results.length > 0;
      status.textContent = statusMessage(search.results.length, q, Object.keys(pagefindFilters(state)).length > 0);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = false;
      status.textContent = 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const q = input.value.trim();
    if (q) void loadPagefind().then((pagefind) => pagefind.preload(q, { filters: pagefindFilters(stateFromForm()) }));
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  required<HTMLButtonElement>(more, 'button').addEventListener('click', () => void renderMore(generation));

  showState(readSearchState(location.search));
  form.hidden = false;
  // Prefetching the engine as soon as the reader is in the field makes the first search quick.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  if (input.value.trim()) void run();
}
