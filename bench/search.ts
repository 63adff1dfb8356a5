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

/** The search field and a result link in the search page (Pagefind's default UI or our own markup). */
export const INPUT = 'main input[type="search"], main input[type="text"], .pagefind-ui__search-input';
export const RESULT_LINK = '.pagefind-ui__result-link, [data-search-result] a, .suchergebnisse a, .pagefind-ui__result a';

export const QUERIES = ['Putin', 'Beistand', 'Satelliten', 'Wostotschny', 'Munition', 'Pjöngjang', 'Vertrag', 'Imperialismus', 'Einladung'];

export interface Traffic {
  requests: number;
  bytes: number;
  gzip: number;
  /** Each request: path and bytes, for the report. */
  files: { path: string; bytes: number; gzip: number }[];
}

export interface SearchResult {
  status: 'measured';
  /** First query in a fresh context: page assets after the HTML plus the query. */
  first: Traffic & { query: string; msToFirstResult: number };
  /** Later queries in the same page: the median, and the largest one. */
  later: { queries: string[]; medianGzip: number; maxGzip: number; maxRequests: number; perQuery: (Traffic & { query: string; msToFirstResult: number })[] };
  /** Median keystroke → first result over the later queries, ms. */
  medianMsToFirstResult: number;
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

/** Type `query` into the search field; resolves with ms from the first keydown to the first result link added. */
async function timedQuery(page: Page, query: string): Promise<number> {
  await page.fill(INPUT, '');
  await page.waitForTimeout(300);
  await page.evaluate((selector) => {
    const state = window as unknown as { __t0?: number; __t1?: number };
    delete state.__t0;
    delete state.__t1;
    document.addEventListener('keydown', () => (state.__t0 ??= performance.now()), { capture: true, once: true });
    const before = new Set(document.querySelectorAll(selector));
    const observer = new MutationObserver(() => {
      for (const link of document.querySelectorAll(selector)) {
        if (!before.has(link)) {
          state.__t1 = performance.now();
          observer.disconnect();
          return;
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  }, RESULT_LINK);
  await page.type(INPUT, query, { delay: 0 });
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 15_000 });
  // Let the rest of the result list and its fragments arrive before counting.
  await page.waitForLoadState('networkidle');
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

export async function searchBench(base: string, log: (line: string) => void): Promise<SearchResult> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const traffic = recorder(page);
    await page.goto(`${base}/suche/`, { waitUntil: 'networkidle' });
    const [firstQuery, ...laterQueries] = QUERIES as [string, ...string[]];
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
    await context.close();
    return {
      status: 'measured',
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
