/**
 * What search costs a reader, on any built site: the search page's HTML, a
 * first query on a cold cache (everything fetched after the HTML: the page's
 * CSS and script, Pagefind's engine, WebAssembly, index chunks and the
 * fragments of the results in view), later queries in the same page, and
 * opening the filters (pagefind.filters()). Bytes are gzip -9 of each body,
 * as bench/search.ts counts them (Pagefind's files are gzip already). Serves
 * the folder and drives Debian's Chromium at its default 1280 × 720.
 *
 *     npm run bench:search                                   # dist/ of this repository
 *     npm run bench:search -- --dist /tmp/corpus-2000/dist   # a generated corpus, built
 *     npm run bench:search -- --dist DIR Putin Vertrag       # own words: the first runs cold
 *
 * Without words it searches SCALING_QUERIES that the texts of the built
 * project use, then their most frequent words (bench/scaling.ts), so the same
 * command measures the real site and a generated corpus alike.
 *
 * Budgets (issue 20): /suche/ HTML ≤ 14 kB; first query ≤ 150 kB at 2,000
 * texts and ≤ 90 kB on the real site; a later query ≤ 10 kB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser.ts';
import { DIST, startServer } from '../tests/support/server.ts';
import { searchWords } from './scaling.ts';
import { searchBench } from './search.ts';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? resolve(args[distAt + 1] ?? '') : DIST;
const words = args.filter((arg, index) => arg !== '--dist' && index !== distAt + 1);
if (!existsSync(join(dist, 'suche', 'index.html'))) throw new Error(`${dist} has no suche/index.html: build the site first`);

const html = readFileSync(join(dist, 'suche', 'index.html'));
const htmlGzip = gzipSync(html, { level: 9 }).length;
console.log(`/suche/ HTML: ${(html.length / 1000).toFixed(1)} kB, ${(htmlGzip / 1000).toFixed(1)} kB gzip (budget 14 kB)`);

const queries = words.length > 0 ? words : searchWords(dirname(dist));
const server = await startServer(dist);
try {
  const result = await searchBench(server.url, console.log, queries, []);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log(`first query "${result.first.query}": ${kb(result.first.gzip)} kB gzip in ${result.first.requests} requests`);
  for (const file of result.first.files) console.log(`  ${file.path}  ${file.gzip} B`);
  console.log(`later queries: median ${kb(result.later.medianGzip)} kB, largest ${kb(result.later.maxGzip)} kB gzip`);

  // Opening the filters loads their values from the index: what that costs, on its own.
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // After a first query, so that only what the filters add is counted, not the engine.
    await page.goto(`${server.url}/suche/?q=${encodeURIComponent(queries[0] ?? '')}`, { waitUntil: 'networkidle' });
    await page.locator('[data-search-results] a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const summary = page.locator('details[data-search-filters] > summary');
    if ((await summary.count()) === 0) console.log('filters: in the page (no on-demand loading)');
    else {
      const fetched: Promise<number>[] = [];
      page.on('response', (response) => fetched.push(response.body().then((body) => Math.min(body.length, gzipSync(body, { level: 9 }).length))));
      await summary.click();
      await page.locator('datalist option').first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(fetched);
      console.log(`opening the filters: ${kb(sizes.reduce((sum, size) => sum + size, 0))} kB gzip in ${sizes.length} requests`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
