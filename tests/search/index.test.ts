/**
 * The built index, queried with Pagefind's own browser API in Chromium (the
 * same code the search page runs): German stemming, diacritics, filters,
 * sorting, passage sub-results, and what must not be indexed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './site.ts';

const site = useSite();
let page: Page;

interface Hit {
  url: string;
  date: string | undefined;
  /** The words that matched, as written in the text. */
  words: string[];
  passages: string[];
}

beforeAll(async () => {
  page = await site.browser.newPage();
  // The search page is the one page whose CSP lets Pagefind compile its WebAssembly.
  await page.goto(`${site.url}/suche/`);
});

/**
 * Runs in the page, as source text: Vitest would rewrite a dynamic import()
 * inside a function passed to page.evaluate.
 */
const QUERY_IN_PAGE = `async ({ query, options, config }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.destroy();
  await pagefind.options({ noWorker: true, ...config });
  const result = await pagefind.search(query, options);
  const data = await Promise.all(result.results.map((hit) => hit.data()));
  return data.map((entry) => {
    const words = entry.content.split(/\\s+/).filter(Boolean);
    return {
      url: entry.url,
      date: entry.meta.date,
      words: entry.locations.map((location) => words[location].replace(/^[^\\p{L}]+|[^\\p{L}]+$/gu, '')),
      passages: entry.sub_results.map((sub) => sub.url),
    };
  });
}`;

async function search(
  query: string | null,
  options: Record<string, unknown> = {},
  config: Record<string, unknown> = {},
): Promise<Hit[]> {
  return page.evaluate(`(${QUERY_IN_PAGE})(${JSON.stringify({ query, options, config })})`) as Promise<Hit[]>;
}

/** Hits in the five texts; claim pages, indexed too, quote them and are tested on their own below. */
const inTexts = (hits: Hit[]) => hits.filter((hit) => hit.url.startsWith('/artikel/'));
const urls = (hits: Hit[]) => inTexts(hits).map((hit) => hit.url).sort();
const words = (hits: Hit[]) => [...new Set(inTexts(hits).flatMap((hit) => hit.words))].sort();
const anyWords = (hits: Hit[]) => [...new Set(hits.flatMap((hit) => hit.words))].sort();

const ALL = [
  '/artikel/allianz-historischer-besuch/',
  '/artikel/einladung-nordkorea/',
  '/artikel/heiliger-kampf/',
  '/artikel/partnerschaftsvertrag/',
  '/artikel/strategische-partnerschaft/',
];

describe('German stemming (the pages say lang="de")', () => {
  it('"Beistandes" finds the one text that says "Beistand"', async () => {
    const hits = await search('Beistandes');
    expect(urls(hits)).toEqual(['/artikel/allianz-historischer-besuch/']);
    expect(words(hits)).toEqual(['Beistand']);
  });

  it('"Krieges" finds "Krieg" and "Kriegs" as well', async () => {
    const hits = await search('Krieges');
    expect(urls(hits)).toContain('/artikel/allianz-historischer-besuch/');
    expect(words(hits)).toEqual(expect.arrayContaining(['Krieg', 'Krieges']));
  });

  it('a compound is split into known words: "Beistandsversprechen" (in no text) finds "Beistand"', async () => {
    const hits = await search('Beistandsversprechen');
    expect(urls(hits)).toEqual(['/artikel/allianz-historischer-besuch/']);
    expect(words(hits)).toEqual(['Beistand']);
  });

  it('"Sanktion" finds "Sanktionen" in both texts that use it', async () => {
    const hits = await search('Sanktion');
    expect(urls(hits)).toEqual(expect.arrayContaining(['/artikel/einladung-nordkorea/', '/artikel/strategische-partnerschaft/']));
    expect(words(hits)).toContain('Sanktionen');
  });
});

describe('umlauts (Pagefind 1.6 folds diacritics unless exactDiacritics is set)', () => {
  it('"Pjongjang" without diacritics finds "Pjöngjang" in all five texts', async () => {
    const hits = await search('Pjongjang');
    expect(urls(hits)).toEqual(ALL);
    expect(words(hits)).toContain('Pjöngjang');
  });

  it('"Pjöngjang" with the umlaut finds the same texts', async () => {
    expect(urls(await search('Pjöngjang'))).toEqual(ALL);
  });

  it('"Solidaritat" finds "Solidarität"', async () => {
    expect(words(await search('Solidaritat'))).toContain('Solidarität');
  });

  it('the spelling with oe ("Pjoengjang") is found too: the German stemmer reads oe as ö', async () => {
    expect(urls(await search('Pjoengjang'))).toEqual(ALL);
  });

  it('with exactDiacritics the folding is off, which shows it is what finds "Pjongjang"', async () => {
    expect(await search('Pjongjang', {}, { exactDiacritics: true })).toEqual([]);
  });
});

describe('filters and sorting', () => {
  it('ereignis narrows to the texts of one event', async () => {
    expect(urls(await search('Kim', { filters: { ereignis: 'Gipfel 2023' } }))).toEqual([
      '/artikel/einladung-nordkorea/',
      '/artikel/heiliger-kampf/',
    ]);
    expect(urls(await search('Kim', { filters: { ereignis: 'Vertrag 2024' } }))).toHaveLength(3);
  });

  it('text narrows to one text', async () => {
    const hits = await search('Kim', { filters: { text: 'Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag' } });
    expect(urls(hits)).toEqual(['/artikel/partnerschaftsvertrag/']);
  });

  it('date sorts by publication', async () => {
    const dates = inTexts(await search('Pjöngjang', { sort: { date: 'asc' } })).map((hit) => hit.date);
    expect(dates).toEqual(['2023-09-13', '2023-09-15', '2024-06-19', '2024-06-19', '2024-06-19']);
    const newest = inTexts(await search('Pjöngjang', { sort: { date: 'desc' } })).map((hit) => hit.date);
    expect(newest[0]).toBe('2024-06-19');
    expect(newest.at(-1)).toBe('2023-09-13');
  });
});

describe('passage sub-results', () => {
  it('link to the passage, not to the top of the page', async () => {
    const [hit] = inTexts(await search('Beistandes'));
    expect(hit?.passages).toEqual(['/artikel/allianz-historischer-besuch/#absatz-5']);
  });
});

describe('what is not indexed', () => {
  // Pagefind splits an unknown query into known words ("Weggelassene" finds
  // "wegen"), so the test is that the word itself is never a hit.
  it('"weiterlesen" (a dropped line; claim notes quote it, the texts must not) is not found in a text', async () => {
    expect(words(await search('weiterlesen')).map((word) => word.toLowerCase())).not.toContain('weiterlesen');
  });

  it.each([
    ['withemes', 'metadata panel, dropped lines and original only'],
    ['Fußzeile', 'metadata panel only'],
    ['Weggelassene', 'the disclosure summary'],
    ['erschlossen', 'metadata panel labels'],
    ['Zusammenfassungen', 'the footer'],
    ['Hauptnavigation', 'the navigation label'],
    ['Übersicht', 'the navigation link'],
  ])('"%s" (%s) is not found as such', async (query) => {
    const found = anyWords(await search(query)).map((word) => word.toLowerCase());
    expect(found).not.toContain(query.toLowerCase());
  });

  it('no page but the five texts and the claim pages is in the index', async () => {
    const all = (await search(null)).map((hit) => hit.url);
    expect(urls(await search(null))).toEqual(ALL);
    expect(all.filter((url) => !ALL.includes(url)).every((url) => /^\/aussagen\/[a-z0-9-]+\/$/.test(url))).toBe(true);
  });
});

describe('claim pages', () => {
  it('are found by their quotes and descriptions: "Beistand" finds the assistance-clause claim', async () => {
    const found = (await search('Beistand')).map((hit) => hit.url);
    expect(found).toContain('/aussagen/beistandsklausel/');
  });

  it('the aussage filter narrows to one claim page', async () => {
    const hits = await search('Beistand', { filters: { aussage: 'Gegenseitiger Beistand im Angriffsfall' } });
    expect(hits.map((hit) => hit.url)).toEqual(['/aussagen/beistandsklausel/']);
  });

  it('a claim about both events is found under either event filter', async () => {
    for (const ereignis of ['Gipfel 2023', 'Vertrag 2024']) {
      const found = (await search('Krieg', { filters: { ereignis } })).map((hit) => hit.url);
      expect(found).toContain('/aussagen/kriegsbezeichnung/');
    }
  });
});
