/**
 * The search page in the browser: reads the state from the URL, runs it
 * through Pagefind's search API (/pagefind/pagefind.js, loaded on first use)
 * and renders the results with text nodes only (no innerHTML), keeping the
 * URL in step with the form. The logic lives in state.ts and results.ts; this is DOM wiring.
 */
import {
  pagefindFilters,
  FILTER_KEYS,
  KIND_KEY,
  readSearchState,
  searchUrl,
  SORT_PARAM,
  SORTS,
  type SearchState,
  type SortId,
} from './state.ts';
import {
  MORE_STEP,
  RESULT_GROUPS,
  statusMessage,
  toResultView,
  type PagefindResultData,
  type ResultGroup,
  type ResultView,
} from './results.ts';

/** The part of Pagefind's browser API used here. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Every filter value with its page count; loads the filter index, so called only when the filters are opened. */
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: Record<string, unknown>,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/**
 * Pause after the last keystroke before searching as the reader types: short
 * enough for the budget of a first result within 100 ms (issue #7), long
 * enough to skip most prefixes of a word typed quickly.
 */
const TYPING_PAUSE_MS = 60;
const BUNDLE = '/pagefind/pagefind.js';
/**
 * Shortest query worth preloading the index for as the reader types. The
 * index comes in chunks of a few kB (src/integrations/pagefind.ts); a one- or
 * two-letter prefix would fetch every chunk its words span.
 */
const PRELOAD_MIN_LENGTH = 3;

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
  const heading = element('h3');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  const meta = element('p', 'meta', view.kind);
  if (view.date) {
    const time = element('time', undefined, view.date.label);
    time.dateTime = view.date.iso;
    if (view.kind !== 'Text') meta.append(' · ', time);
    else meta.append(view.date.earliest ? ', frühestens vom ' : ' vom ', time);
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
  const list = required<HTMLElement>(root, '[data-search-results]');
  const empty = required<HTMLElement>(root, '[data-search-empty]');
  const panel = required<HTMLDetailsElement>(form, '[data-search-filters]');
  const active = required<HTMLElement>(panel, '[data-filters-active]');
  const fields = {
    filters: FILTER_KEYS.map((key) => [key, required<HTMLInputElement>(form, `input[name="${key}"]`)] as const),
    sort: required<HTMLSelectElement>(form, `select[name="${SORT_PARAM}"]`),
  };

  let generation = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** The values each filter offers, once loaded (pagefind.filters()); until then any value is taken as given. */
  let offered: Map<string, Set<string>> | undefined;
  let loadingFilters: Promise<void> | undefined;

  function known(key: string, value: string): boolean {
    return offered === undefined || (offered.get(key)?.has(value) ?? false);
  }

  function stateFromForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [key, field] of fields.filters) {
      const value = field.value.trim();
      // A value the index does not have would find nothing: it is marked, not applied.
      const valid = !value || known(key, value);
      field.setAttribute('aria-invalid', String(!valid));
      if (value && valid) filters[key] = value;
    }
    const sort = fields.sort.value in SORTS ? (fields.sort.value as SortId) : 'relevanz';
    const count = Object.keys(filters).length + (sort === 'relevanz' ? 0 : 1);
    active.textContent = count > 0 ? ` (${count} aktiv)` : '';
    return { q: input.value, filters, sort };
  }

  function showState(state: SearchState): void {
    input.value = state.q;
    for (const [key, field] of fields.filters) field.value = state.filters[key] ?? '';
    fields.sort.value = state.sort;
  }

  /**
   * Fills the filters' suggestion lists from the index: only when the reader
   * opens the filters or a link sets one, so neither the page nor the first
   * search carries every story, text and claim. A value an old link names
   * and the index does not have is dropped.
   */
  function loadFilters(): Promise<void> {
    loadingFilters ??= loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((all) => {
        offered = new Map();
        for (const [key, field] of fields.filters) {
          const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'de'));
          offered.set(key, new Set(values));
          const datalist = field.list;
          datalist?.replaceChildren(...values.map((value) => Object.assign(document.createElement('option'), { value })));
          if (field.value && !known(key, field.value.trim())) field.value = '';
        }
      });
    return loadingFilters;
  }

  type Hit = { data(): Promise<PagefindResultData> };

  /**
   * A result's fragment (its title, excerpts: 1–3 kB each) is fetched only
   * when its place in the list comes near the screen: a reader pays for the
   * results they see, not for the twenty below (issue 20). Until then the
   * place holds a placeholder of about a result's height.
   */
  const pending = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) pending.get(entry.target)?.();
    },
    { rootMargin: '0px 0px 100px 0px' },
  );

  function placeholder(mine: number, hit: Hit): HTMLLIElement {
    const item = element('li', 'search-result search-pending', 'Treffer wird geladen …');
    item.setAttribute('aria-busy', 'true');
    item.dataset['pending'] = '';
    const load = (): void => {
      if (!pending.delete(item)) return;
      observer.unobserve(item);
      void hit
        .data()
        .then((data) => {
          if (mine === generation) item.replaceWith(renderResult(toResultView(data, input.value)));
        })
        .catch((error: unknown) => {
          console.error(error);
          item.textContent = 'Dieser Treffer konnte nicht geladen werden.';
          item.removeAttribute('aria-busy');
        });
    };
    pending.set(item, load);
    observer.observe(item);
    return item;
  }

  /** Adds the next `count` hits of a group, as placeholders that load when in view. */
  function show(mine: number, items: HTMLOListElement, more: HTMLElement, remaining: Hit[], count: number): void {
    items.append(...remaining.splice(0, count).map((hit) => placeholder(mine, hit)));
    more.hidden = remaining.length === 0;
  }

  /** One group of results: heading with its count, the first hits, a button for the rest. */
  function renderGroup(mine: number, group: ResultGroup, hits: Hit[]): HTMLElement {
    const section = element('section', 'search-group');
    const id = `treffer-${group.kind.toLowerCase()}`;
    section.setAttribute('aria-labelledby', id);
    const heading = element('h2', undefined, `${group.heading} (${hits.length})`);
    heading.id = id;
    const items = element('ol', 'search-results');
    const more = element('p', 'search-more');
    const button = element('button', undefined, group.more);
    button.type = 'button';
    more.append(button);
    const remaining = [...hits];
    button.addEventListener('click', () => show(mine, items, more, remaining, MORE_STEP));
    section.append(heading, items, more);
    show(mine, items, more, remaining, group.first);
    return section;
  }

  async function run(): Promise<void> {
    clearTimeout(typing);
    const mine = ++generation;
    const state = stateFromForm();
    history.replaceState(history.state, '', searchUrl(state));
    const q = state.q.trim();
    if (!q) {
      list.replaceChildren();
      empty.hidden = true;
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const sort = SORTS[state.sort].sort;
      const filters = pagefindFilters(state);
      // One search per kind of page, so that the texts come first whatever the rank of the claims quoting them.
      const searches = await Promise.all(
        RESULT_GROUPS.map((group) => pagefind.search(q, { filters: { ...filters, [KIND_KEY]: group.kind }, ...(sort ? { sort } : {}) })),
      );
      if (mine !== generation) return;
      const groups = RESULT_GROUPS.map((group, index) => ({ group, hits: searches[index]?.results ?? [] })).filter(({ hits }) => hits.length > 0);
      // The places of the last search's results are gone: they load nothing more.
      for (const item of pending.keys()) observer.unobserve(item);
      pending.clear();
      const sections = groups.map(({ group, hits }) => renderGroup(mine, group, hits));
      // The first result is on screen in any layout: it is fetched at once, with the others in view.
      const first = sections[0]?.querySelector('[data-pending]');
      if (first) pending.get(first)?.();
      list.replaceChildren(...sections);
      const total = groups.reduce((sum, { hits }) => sum + hits.length, 0);
      empty.hidden = total > 0;
      status.textContent = statusMessage(total, q, Object.keys(filters).length > 0);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
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
    // A prefix of one or two letters spans many words, so several index chunks: wait for the third.
    if (q.length >= PRELOAD_MIN_LENGTH) {
      void loadPagefind().then((pagefind) => pagefind.preload(q, { filters: { ...pagefindFilters(stateFromForm()), [KIND_KEY]: 'Text' } }));
    }
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement || (event.target instanceof HTMLInputElement && event.target !== input)) void run();
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) void loadFilters();
  });

  const initial = readSearchState(location.search);
  showState(initial);
  stateFromForm();
  form.hidden = false;
  // Prefetching the engine as soon as the reader is in the field makes the first search quick.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  // A shared link with filters: they are checked against the index before the first search.
  const ready = Object.keys(initial.filters).length > 0 ? loadFilters().catch((error: unknown) => console.error(error)) : Promise.resolve();
  void ready.then(() => {
    if (input.value.trim()) void run();
  });
}
