/**
 * The search as a reader uses it, in Chromium against the built site: type
 * on /suche/, read the results, follow one to its passage, share the URL;
 * from the header of another page; without JavaScript; under a strict CSP.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from './site.ts';

const site = useSite();

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? site.browser).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Waits until the live region has announced a search for `q` (or a failure), then returns what it says. */
async function announced(page: Page, q: string): Promise<string> {
  const status = page.locator('[role="status"]');
  await status.filter({ hasText: new RegExp(`„${q}“|konnte nicht geladen werden`) }).waitFor();
  return (await status.textContent()) ?? '';
}

/**
 * Brings every result place into view in turn, so each fetches its result
 * (the page loads a result only when its place is near the screen), and
 * waits until none is pending.
 */
async function loadAll(page: Page): Promise<void> {
  for (let round = 0; round < 100; round++) {
    // In the page, not with a locator action: a place is replaced when it loads, which a locator waits out.
    const left = await page.evaluate(() => {
      const pending = document.querySelector('.search-pending');
      pending?.scrollIntoView();
      return pending !== null;
    });
    if (!left) return;
    await page.waitForTimeout(50);
  }
  throw new Error('search results did not load');
}

const resultTitles = async (page: Page) => {
  await loadAll(page);
  return page.locator('.search-result h3').allTextContents();
};

/** Claim pages are indexed too and quote the texts; these tests follow the hit in the text itself. */
const BLOG = 'Putin und Kim stärken Allianz bei historischem Besuch';
const resultFor = (page: Page, title: string) =>
  page.locator('.search-result', { has: page.locator('h3', { hasText: title }) });
const count = (q: string, filtered = false) =>
  new RegExp(`^\\d+ Seiten? mit Treffern für „${q}“${filtered ? ' \\(mit Filter\\)' : ''}\\.$`);

describe('/suche/', () => {
  it('finds the right text as the reader types and keeps the query in the URL', async () => {
    const page = await open('/suche/');
    await page.getByLabel('Suchbegriff').pressSequentially('Beistandes');
    expect(await announced(page, 'Beistandes')).toMatch(count('Beistandes'));
    const titles = await resultTitles(page);
    expect(titles).toContain(BLOG);
    // Of the five texts only the blog text says "Beistand"; the other hits are claim pages quoting it.
    for (const other of ['Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft', 'Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag']) {
      expect(titles).not.toContain(other);
    }
    expect(titles).toContain('Gegenseitiger Beistand im Angriffsfall');
    expect(new URL(page.url()).search).toBe('?q=Beistandes');
    // The excerpt shows the hit, marked.
    expect(await resultFor(page, BLOG).locator('.search-passages mark').allTextContents()).toEqual(['Beistand']);
    await page.close();
  });

  it('links a hit to its passage, which is in view and highlighted on arrival', async () => {
    const page = await open('/suche/?q=Beistandes');
    const passage = resultFor(page, BLOG).locator('.search-passages a').first();
    await passage.waitFor();
    expect(await passage.locator('.passage-title').textContent()).toBe('Absatz 5');
    await passage.click();
    await page.waitForURL(/\/artikel\/allianz-historischer-besuch\//);
    const url = new URL(page.url());
    expect(url.hash).toBe('#absatz-5');
    expect(url.search).toBe('');
    const target = page.locator('#absatz-5');
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await target.textContent()).toContain('Beistand');
    expect(
      await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      }),
    ).toBe(true);
    // The passage is highlighted by CSS alone: the article page runs no script (its JSON-LD is data).
    expect(await target.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });

  it('reproduces a shared result list, filters included, from its URL', async () => {
    const page = await open('/suche/?q=Sanktion&ereignis=Gipfel+2023');
    expect(await announced(page, 'Sanktion')).toMatch(count('Sanktion', true));
    const titles = await resultTitles(page);
    // Of the texts, only the 2023 one that uses the word; the 2024 dpa text, which also does, is filtered out.
    expect(titles).toContain('Putin nimmt formelle Einladung von Kim Jong-un an, Nordkorea zu besuchen');
    expect(titles).not.toContain('Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft');
    expect(await page.getByLabel('Suchbegriff').inputValue()).toBe('Sanktion');
    expect(await page.getByLabel('Ereignis').inputValue()).toBe('Gipfel 2023');
    await page.close();
  });

  it('updates results and URL when a filter changes', async () => {
    const page = await open('/suche/?q=Sanktion');
    await announced(page, 'Sanktion');
    const before = await resultTitles(page);
    await page.locator('details[data-search-filters] > summary').click();
    await page.getByLabel('Ereignis').fill('Vertrag 2024');
    await page.getByLabel('Ereignis').press('Enter');
    await page.locator('[role="status"]').filter({ hasText: 'mit Filter' }).waitFor();
    const after = await resultTitles(page);
    expect(after.length).toBeLessThan(before.length);
    expect(after).toContain('Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft');
    expect(new URL(page.url()).searchParams.get('ereignis')).toBe('Vertrag 2024');
    await page.close();
  });

  it('says so when nothing is found and suggests the texts and the overview', async () => {
    const page = await open('/suche/?q=Xylophon');
    expect(await announced(page, 'Xylophon')).toBe('Keine Treffer für „Xylophon“.');
    const suggestions = page.locator('[data-search-empty]');
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.locator('a[href="/themen/"]').isVisible()).toBe(true);
    await page.close();
  });

  it('is reached from the header field of any other page', async () => {
    const page = await open('/artikel/heiliger-kampf/');
    const field = page.getByRole('search').getByLabel('Texte durchsuchen');
    await field.fill('Pjongjang');
    await field.press('Enter');
    await page.waitForURL(/\/suche\/\?q=Pjongjang$/);
    expect(await announced(page, 'Pjongjang')).toMatch(count('Pjongjang'));
    await page.close();
  });

  it('puts the field first in the tab order after the skip link and header', async () => {
    const page = await open('/suche/');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? ''));
    }
    const nav = ['Übersicht', 'Alle Themen', 'Suche'];
    expect(order).toEqual(['Zum Inhalt springen', 'nebeneinander', ...nav, 'suchfeld', 'Suchen', order[7]]);
    // Then the folded filters.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.close();
  });

  it('fits a 320px wide screen, long text titles in the filter included', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}/suche/?q=Xylophon`);
    await announced(page, 'Xylophon');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('without JavaScript says that search needs it and offers the overview', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open('/suche/?q=Beistand', context);
    // Playwright's text locators skip <noscript>, so the message is found by its class.
    const message = page.locator('.search-nojs');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('Die Suche braucht JavaScript');
    expect(await page.locator('.search-nojs a[href="/themen/"]').isVisible()).toBe(true);
    expect(await page.getByLabel('Suchbegriff').isVisible()).toBe(false);
    await context.close();
  });

  it('works under the site policy: no unsafe-inline, no worker, WebAssembly only here', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}/suche/?q=Beistandes`);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/unsafe-inline|worker-src/);
    expect(await announced(page, 'Beistandes')).toMatch(count('Beistandes'));
    await resultFor(page, BLOG).locator('.search-passages a').first().click();
    // The article page's own policy has no 'wasm-unsafe-eval'; it lands on the passage.
    await page.waitForURL(/#absatz-5$/);
    expect(await page.locator('#absatz-5').evaluate((element) => element.matches(':target'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });


  it('lists the texts first, then the claims, then other pages, each group with its count (issue 14)', async () => {
    const page = await open('/suche/?q=Pj%C3%B6ngjang');
    await announced(page, 'Pjöngjang');
    const groups = page.locator('.search-group > h2');
    const headings = await groups.allTextContents();
    expect(headings.map((heading) => heading.replace(/ \(\d+\)$/, ''))).toEqual(['Texte', 'Aussagen', 'Weitere Seiten']);
    expect(headings[0]).toBe('Texte (5)');
    const texts = page.locator('.search-group').first().locator('.search-result');
    expect(await texts.count()).toBe(5);
    for (const kind of await texts.locator('.meta').allTextContents()) expect(kind).toMatch(/^Text(, frühestens)? vom /);
    // Only a few claims at first (each costs a download); the button brings the rest.
    const claims = page.locator('.search-group').nth(1);
    expect(await claims.locator('.search-result').count()).toBe(3);
    const total = Number(/\((\d+)\)/.exec(headings[1] ?? '')?.[1]);
    expect(total).toBeGreaterThan(3);
    await claims.getByRole('button', { name: 'Weitere Aussagen anzeigen' }).click();
    await expect.poll(() => claims.locator('.search-result').count()).toBe(Math.min(total, 13));
    await page.close();
  });

  it('filtered by a text, shows that text first (issue 14)', async () => {
    const title = 'Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag';
    const page = await open(`/suche/?q=Kim&text=${encodeURIComponent(title)}`);
    await announced(page, 'Kim');
    expect((await resultTitles(page))[0]).toBe(title);
    await page.close();
  });

  it('downloads a fragment only for each result in view, the others as they scroll in (issues 14, 20)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.goto(`${site.url}/suche/?q=Pj%C3%B6ngjang`);
    await announced(page, 'Pjöngjang');
    await page.locator('.search-result h3').first().waitFor();
    await page.waitForLoadState('networkidle');
    const places = await page.locator('.search-result').count();
    const loaded = () => page.locator('.search-result:not(.search-pending)').count();
    // „Pjöngjang“ is on nearly every page of the index; five texts, three claims and one other page have a place.
    expect(places).toBe(9);
    const inView = await loaded();
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(places);
    expect(new Set(fragments).size).toBe(inView);
    // Scrolled to, the last place loads its result.
    await page.evaluate(() => [...document.querySelectorAll('.search-result')].at(-1)?.scrollIntoView());
    await expect.poll(() => page.locator('.search-result').last().locator('h3').count()).toBe(1);
    expect(new Set(fragments).size).toBe(await loaded());
    await context.close();
  });

  it('a hit on a claim page leads to the cell of the text it quotes (issue 14)', async () => {
    const page = await open('/suche/?q=Panzerabwehrraketen');
    await announced(page, 'Panzerabwehrraketen');
    await loadAll(page);
    const claim = page.locator('.search-group').nth(1).locator('.search-passages a').first();
    expect(await claim.getAttribute('href')).toMatch(/^\/aussagen\/[a-z0-9-]+\/#heiliger-kampf$/);
    await claim.click();
    await page.waitForURL(/#heiliger-kampf$/);
    const cell = page.locator('#heiliger-kampf');
    expect(await cell.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await cell.textContent()).toContain('Panzerabwehrraketen');
    await page.close();
  });
});

