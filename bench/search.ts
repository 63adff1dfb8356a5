/**
 * Search in headless Chromium against the built site on 127.0.0.1: what a
 * cold first query costs (fresh browser context: requests and bytes from
 * opening /suche/ to the first results, the HTML document itself excluded),
 * what a later query in the same page costs, and the time from the keystroke
 * to the first result shown, read in the page itself (keydown → the
 * MutationObserver seeing the first result link).
 *
 * Bytes are response bodies as served, and gzip -9 of each (what a host that
 * compresses text sends; Pagefind's index files are gzip already and barely
 * change).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';

/** The search field and a result link of the search page (src/pages/suche/index.astro). */
export const INPUT = '#suchfeld';
export const RESULT_LINK = '[data-search-results] a';

/** Typed as a reader types them; the first runs cold. */
export const QUERIES = ['Putin', 'Beistand', 'Satelliten', 'Wostotschny', 'Munition', 'Pjöngjang', 'Vertrag', 'Imperialismus', 'Einladung'];
/** Typed, then Enter: the form's submit runs the search at once. */
export const ENTER_QUERIES = ['Kreml', 'Gipfel', 'Sanktionen', 'Partnerschaft', 'Raumfahrtzentrum'];

export interface Traffic {
  requests: number;
  bytes: number;
  gzip: number;
  /** Each request: path and bytes, for the report. */
  files: { path: string; bytes: number; gzip: number }[];
}

export interface SearchResult {
  status: 'measured';
  /** The search page waits this long after the last keystroke before it searches (src/search/search-page.ts). */
  typingPauseMs: number | null;
  /** First query in a fresh context: page assets after the HTML plus the query. */
  first: Traffic & { query: string; msToFirstResult: number };
  /** Later queries in the same page: the median, and the largest one. */
  later: { queries: string[]; medianGzip: number; maxGzip: number; maxRequests: number; perQuery: (Traffic & { query: string; msToFirstResult: number })[] };
  /** Median last keystroke → first result over the later typed queries, ms. */
  medianMsToFirstResult: number;
  /** Median Enter → first result over queries submitted with Enter, ms. */
  medianMsEnterToFirstResult: number;
  enterQueries: { query: string; msToFirstResult: number }[];
}

function recorder(page: Page) {
  const pending: Promise<void>[] = [];
  let files: Traffic['files'] = [];
  page.on('response', (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          files.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) });
        })
        .catch(() => {
          files.push({ path: new URL(response.url()).pathname, bytes: 0, gzip: 0 });
        }),
    );
  });
  return {
    reset() {
      files = [];
    },
    async take(): Promise<Traffic> {
      await Promise.all(pending);
      const taken = files;
      files = [];
      return { requests: taken.length, bytes: taken.reduce((s, f) => s + f.bytes, 0), gzip: taken.reduce((s, f) => s + f.gzip, 0), files: taken };
    },
  };
}

/**
 * Search for `query` and resolve with the ms from the keystroke to the first
 * result link added to the list, both read with the page's own clock:
 * `typed` types the word (the last keydown counts), `enter` fills the field
 * and presses Enter (the Enter keydown counts).
 */
async function timedQuery(page: Page, query: string, mode: 'typed' | 'enter' = 'typed'): Promise<number> {
  await page.fill(INPUT, '');
  await page.waitForTimeout(600);
  await page.evaluate((selector) => {
    const state = window as unknown as { __t0?: number; __t1?: number; __observer?: MutationObserver };
    delete state.__t0;
    delete state.__t1;
    state.__observer?.disconnect();
    const before = new Set(document.querySelectorAll(selector));
    state.__observer = new MutationObserver(() => {
      if (state.__t0 === undefined) return;
      for (const link of document.querySelectorAll(selector)) {
        if (!before.has(link)) {
          state.__t1 = performance.now();
          state.__observer?.disconnect();
          return;
        }
      }
    });
    state.__observer.observe(document.body, { childList: true, subtree: true });
  }, RESULT_LINK);
  if (mode === 'enter') await page.fill(INPUT, query);
  await page.evaluate(() => {
    const state = window as unknown as { __t0?: number };
    document.addEventListener('keydown', () => (state.__t0 = performance.now()), { capture: true });
  });
  if (mode === 'enter') await page.press(INPUT, 'Enter');
  else await page.type(INPUT, query, { delay: 0 });
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 15_000 });
  // Let the rest of the result list and its fragments arrive before counting.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const state = window as unknown as { __t0: number; __t1: number };
    return Math.round((state.__t1 - state.__t0) * 10) / 10;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export async function searchBench(
  base: string,
  log: (line: string) => void,
  queries: readonly string[] = QUERIES,
  enterQueries: readonly string[] = ENTER_QUERIES,
  typingPauseMs: number | null = null,
): Promise<SearchResult> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const traffic = recorder(page);
    await page.goto(`${base}/suche/`, { waitUntil: 'networkidle' });
    await page.waitForSelector(INPUT, { state: 'visible' });
    const [firstQuery, ...laterQueries] = queries as [string, ...string[]];
    const msFirst = await timedQuery(page, firstQuery);
    const cold = await traffic.take();
    // The HTML document is the page, not the query: the byte budgets of pages cover it.
    const files = cold.files.filter((file) => file.path !== '/suche/');
    const first = {
      query: firstQuery,
      msToFirstResult: msFirst,
      requests: files.length,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      files,
    };
    log(`  first query "${firstQuery}": ${first.requests} requests, ${first.gzip} B gzip, first result after ${msFirst} ms`);
    const perQuery = [];
    for (const query of laterQueries) {
      traffic.reset();
      const ms = await timedQuery(page, query);
      const spent = await traffic.take();
      perQuery.push({ query, msToFirstResult: ms, ...spent });
      log(`  later query "${query}": ${spent.requests} requests, ${spent.gzip} B gzip, first result after ${ms} ms`);
    }
    const enter = [];
    for (const query of enterQueries) {
      const ms = await timedQuery(page, query, 'enter');
      enter.push({ query, msToFirstResult: ms });
      log(`  "${query}" + Enter: first result after ${ms} ms`);
    }
    await context.close();
    return {
      status: 'measured',
      typingPauseMs,
      enterQueries: enter,
      medianMsEnterToFirstResult: enter.length ? median(enter.map((q) => q.msToFirstResult)) : Number.NaN,
      first,
      later: {
        queries: laterQueries,
        medianGzip: median(perQuery.map((q) => q.gzip)),
        maxGzip: Math.max(...perQuery.map((q) => q.gzip)),
        maxRequests: Math.max(...perQuery.map((q) => q.requests)),
        perQuery,
      },
      medianMsToFirstResult: median(perQuery.map((q) => q.msToFirstResult)),
    };
  } finally {
    await browser.close();
  }
}
