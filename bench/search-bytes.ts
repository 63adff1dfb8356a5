/**
 * How many bytes the search page fetches from /pagefind/: for the first query
 * on a cold cache, and for a later query in the same page. Serves dist/ (run
 * `npm run build` first) and drives Debian's Chromium.
 *
 *     node bench/search-bytes.ts [first query] [later query]
 *
 * Budget: at most 150 KB for the first query, 10 KB for a later one.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/server.ts';

const [first = 'Sanktion', later = 'Beistandes'] = process.argv.slice(2);

const server = await startServer();
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: { path: string; bytes: number }[] = [];
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/pagefind/')) return;
    void request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
      fetched.push({ path: pathname, bytes: responseBodySize + responseHeadersSize });
    });
  });

  async function searchFor(q: string): Promise<{ path: string; bytes: number }[]> {
    const from = fetched.length;
    await page.getByLabel('Suchbegriff').fill(q);
    await page.getByLabel('Suchbegriff').press('Enter');
    await page.locator('[role="status"]').filter({ hasText: `„${q}“` }).waitFor();
    await settle(page);
    return fetched.slice(from);
  }

  await page.goto(`${server.url}/suche/`);
  const report = (label: string, requests: { path: string; bytes: number }[], budget: number) => {
    const total = requests.reduce((sum, request) => sum + request.bytes, 0);
    console.log(`${label}: ${(total / 1000).toFixed(1)} kB in ${requests.length} requests (budget ${budget} kB)`);
    for (const { path, bytes } of requests) console.log(`  ${path}  ${bytes} B`);
    return total <= budget * 1000;
  };
  const okFirst = report(`first query "${first}"`, await searchFor(first), 150);
  const okLater = report(`later query "${later}"`, await searchFor(later), 10);
  process.exitCode = okFirst && okLater ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}

/** Lets pending requestfinished callbacks land. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await new Promise((resolve) => setImmediate(resolve));
}
