/**
 * What issues 20 and 23 asked of the search page, in Chromium against the
 * built site: a result in view on a phone, filters folded and filled from the
 * index on demand, compounds found by their parts, the phrase's passage
 * first, „frühestens“ kept, every button in the sans-serif face. Words and
 * titles come from content/ and the built pages, not from a list by hand.
 */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright-core';
import { germanLexicon } from '../../src/integrations/pagefind.ts';
import { splitCompound } from '../../src/search/compounds.ts';
import { foldWord } from '../../src/search/results.ts';
import { formatDate } from '../../src/site/format.ts';
import { checkContent } from '../support/content.ts';
import { readPage, ROOT } from '../build/dist.ts';
import { useSite } from './site.ts';

const site = useSite();
const corpus = checkContent(ROOT);

async function announced(page: Page, q: string): Promise<string> {
  const status = page.locator('[role="status"]');
  await status.filter({ hasText: new RegExp(`„${q}“|konnte nicht geladen werden`) }).waitFor();
  return (await status.textContent()) ?? '';
}

const searchFor = (q: string, text?: string) =>
  `/suche/?q=${encodeURIComponent(q)}${text ? `&text=${encodeURIComponent(text)}` : ''}`;

/** Words of a text's paragraphs as the built article page shows them, by paragraph id. */
function paragraphs(articleId: string): { id: string; words: string[] }[] {
  const page = readPage(`/artikel/${articleId}/`);
  return selectAll('.article-body p[id^="absatz-"]', page).map((node) => ({
    id: String(node.properties['id']),
    words: toString(node).split(/[^\p{L}\p{N}-]+/u).filter(Boolean),
  }));
}

describe('on a phone (375 × 812)', () => {
  it('shows the first result without scrolling, the filters folded', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 812 } });
    // A word every text has: the first long word of the first text's title, found in it.
    const q = corpus.articles[0]!.data.title.split(/[^\p{L}]+/u).find((word) => word.length >= 4)!;
    await page.goto(`${site.url}${searchFor(q)}`);
    await announced(page, q);
    const first = page.locator('.search-result').first();
    await first.waitFor();
    const box = (await first.locator('h3').boundingBox())!;
    expect(box.y + box.height).toBeLessThan(812);
    expect(await page.locator('details[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});

describe('filters', () => {
  it('are filled from the index only when opened, with every story and text; one can type into them', async () => {
    const page = await site.browser.newPage();
    const filterRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) filterRequests.push(request.url());
    });
    await page.goto(`${site.url}/suche/`);
    expect(await page.locator('datalist option').count()).toBe(0);
    await page.locator('details[data-search-filters] > summary').click();
    const options = (key: string) => page.locator(`datalist#werte-${key} option`);
    await expect.poll(() => options('text').count()).toBe(corpus.articles.length);
    expect(await options('thema').count()).toBe(corpus.stories.length);
    expect(await options('aussage').count()).toBe(corpus.claims.length);
    expect(filterRequests.length).toBeGreaterThan(0);

    // A title typed in full filters by it; a value the index does not have is marked and not applied.
    const article = corpus.articles.at(-1)!;
    const field = page.getByLabel('Text', { exact: true });
    await field.fill(article.data.title);
    // A word of the text itself, so the filtered search has a hit whatever the content.
    const word = article.body.split(/[^\p{L}]+/u).find((candidate) => candidate.length >= 6)!;
    await page.getByLabel('Suchbegriff').fill(word);
    await page.getByLabel('Suchbegriff').press('Enter');
    await page.locator('[role="status"]').filter({ hasText: 'mit Filter' }).waitFor();
    expect(new URL(page.url()).searchParams.get('text')).toBe(article.data.title);
    await expect.poll(() => page.locator('.search-group').first().locator('.search-result h3').allTextContents()).toEqual([article.data.title]);
    await field.fill('Kein solcher Text');
    await field.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.has('text')).toBe(false);
    await page.close();
  });
});

describe('German compounds (issue 23)', () => {
  const lexicon = germanLexicon();
  // Compounds of the texts whose last part the same text never uses on its own: a hit can only come from the compound.
  const candidates = corpus.articles.flatMap((article) => {
    const words = article.body.split(/[^\p{L}]+/u);
    return [...new Set(words)].flatMap((word) => {
      const parts = splitCompound(word, lexicon);
      const last = parts.at(-1)!;
      if (parts.length < 2 || last.length < 6) return [];
      const stem = last.toLowerCase().slice(0, 5);
      const alone = words.filter((other) => other.toLowerCase().startsWith(stem)).length;
      return alone === 0 ? [{ article, compound: word, part: last[0]!.toUpperCase() + last.slice(1) }] : [];
    });
  });

  it('the texts have compounds to test with', () => {
    expect(candidates.length).toBeGreaterThan(2);
  });

  it('finds a compound by its last part and marks the whole word, the excerpt unspoiled', async () => {
    const page = await site.browser.newPage();
    for (const { article, compound, part } of candidates.slice(0, 3)) {
      await page.goto(`${site.url}${searchFor(part, article.data.title)}`);
      await announced(page, part);
      const result = page.locator('.search-result', { has: page.locator('h3', { hasText: article.data.title }) });
      await result.first().waitFor();
      const marks = await result.first().locator('.search-passages mark').allTextContents();
      expect({ part, marks }).toEqual({ part, marks: expect.arrayContaining([compound]) });
      expect(await result.first().locator('.search-passages').textContent()).not.toContain('~');
    }
    await page.close();
  });
});

describe('phrases (issue 23)', () => {
  // Two words standing together in exactly one paragraph of a text, while an earlier paragraph has at least as many
  // hits (forms of the second word, counted the way the stemmer finds them), so Pagefind alone would list it first.
  const cases = corpus.articles.flatMap((article) => {
    const paras = paragraphs(article.id);
    const hits = (words: string[], word: string) => words.filter((w) => foldWord(w).startsWith(foldWord(word).slice(0, 5))).length;
    const out: { article: typeof article; phrase: string; id: string }[] = [];
    paras.forEach((para, index) => {
      for (let i = 0; i + 1 < para.words.length; i++) {
        const [a, b] = [para.words[i]!, para.words[i + 1]!];
        if (a.length < 5 || b.length < 5 || !/^\p{L}+$/u.test(a + b)) continue;
        const phrase = `${a} ${b}`.toLowerCase();
        const holding = paras.filter((p) => p.words.join(' ').toLowerCase().includes(phrase));
        const own = hits(para.words, a) + hits(para.words, b);
        const rival = paras.slice(0, index).find((p) => hits(p.words, a) === 0 && hits(p.words, b) >= own);
        if (holding.length === 1 && rival) out.push({ article, phrase: `${a} ${b}`, id: para.id });
      }
    });
    return out;
  });

  it('the texts have such phrases to test with', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it('links first the passage that holds the whole phrase', async () => {
    const page = await site.browser.newPage();
    for (const { article, phrase, id } of cases.slice(0, 3)) {
      await page.goto(`${site.url}${searchFor(phrase, article.data.title)}`);
      await announced(page, phrase);
      const result = page.locator('.search-result', { has: page.locator('h3', { hasText: article.data.title }) }).first();
      await result.waitFor();
      expect({ phrase, href: await result.locator('.search-passages a').first().getAttribute('href') }).toEqual({
        phrase,
        href: `/artikel/${article.id}/#${id}`,
      });
    }
    await page.close();
  });
});

describe('result details', () => {
  it('keeps „frühestens“ for inferred dates and says nothing more for exact ones (issue 23)', async () => {
    const page = await site.browser.newPage();
    const inferred = corpus.articles.filter((article) => article.data.published.precision === 'on-or-after');
    const exact = corpus.articles.filter((article) => article.data.published.precision === 'day');
    expect(inferred.length).toBeGreaterThan(0);
    for (const article of [...inferred, ...exact.slice(0, 1)]) {
      const q = article.data.title.split(/[^\p{L}]+/u).find((word) => word.length >= 4)!;
      await page.goto(`${site.url}${searchFor(q, article.data.title)}`);
      await announced(page, q);
      const meta = page.locator('.search-result', { has: page.locator('h3', { hasText: article.data.title }) }).first().locator('.meta');
      const date = formatDate(article.data.published.date);
      expect(await meta.textContent()).toMatch(
        new RegExp(`^Text${article.data.published.precision === 'on-or-after' ? ', frühestens' : ''} vom ${date}`),
      );
    }
    await page.close();
  });

  it('sets every button of the search page in the sans-serif face, the „more“ buttons too (issue 23)', async () => {
    const page = await site.browser.newPage();
    const q = corpus.articles[0]!.data.title.split(/[^\p{L}]+/u).find((word) => word.length >= 4)!;
    await page.goto(`${site.url}${searchFor(q)}`);
    await announced(page, q);
    await page.locator('.search-more button').first().waitFor({ state: 'attached' });
    const fonts = await page.locator('button, summary').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).fontFamily));
    const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) {
      expect(font).toMatch(/^system-ui/);
      expect(font).not.toBe(body);
    }
    await page.close();
  });
});
