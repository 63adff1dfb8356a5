/**
 * The built index, queried with Pagefind's own browser API in Chromium (the
 * same code the search page runs): German stemming, diacritics, filters,
 * sorting, passage sub-results, and what must not be indexed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_FIXTURE_DIST } from '../support/site-fixture.ts';
import { useSite } from './site.ts';

// What the five texts say, as committed (tests/fixtures/site/, built in dist-fixture/).
const site = useSite(SITE_FIXTURE_DIST);
let page: Page;

interface Hit {
  url: string;
  date: string | undefined;
  /** The words that matched, as written in the text. */
  words: string[];
  passages: string[];
  /** The sub-results' titles, in the order of `passages`. */
  titles: string[];
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
      titles: entry.sub_results.map((sub) => sub.title),
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

  it('no page but the texts, the claims, the pairs, the timeline and the sources is in the index', async () => {
    const all = (await search(null)).map((hit) => hit.url);
    expect(urls(await search(null))).toEqual(ALL);
    const others = all.filter((url) => !ALL.includes(url));
    expect(others.filter((url) => !/^\/(aussagen\/[a-z0-9-]+|vergleich\/[a-z0-9-]+--[a-z0-9-]+)\/$/.test(url)).sort()).toEqual(['/themen/russland-nordkorea/quellen/', '/themen/russland-nordkorea/zeitleiste/']);
    expect(others.filter((url) => url.startsWith('/vergleich/'))).toHaveLength(10);
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

/** Hits on one kind of page, as the search page asks for them (`art`, src/search/facets.ts). */
const ofKind = (art: string, filters: Record<string, string> = {}) => ({ filters: { ...filters, art } });

describe('claim pages do not crowd out the texts (issue 14)', () => {
  it('what claim pages say on every page is not indexed: the coverage sentence and the standard notes', async () => {
    const contents = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const result = await pagefind.search(null, { filters: { art: 'Aussage' } });
      return Promise.all(result.results.map(async (hit) => (await hit.data()).content));
    })()`) as string[];
    expect(contents.length).toBeGreaterThan(10);
    const all = contents.join('\n');
    expect(all).not.toMatch(/\d+ von \d+ Texten/);
    // Each stands on two claims (gipfel-wostotschny-2023, gipfeldauer-2023): neither is indexed.
    expect(all).not.toContain('Text vom Juni 2024 über den Vertrag; der Gipfel von 2023 kommt nicht vor.');
    expect(all).not.toContain('der Gipfel von 2023 kommt im vorliegenden Auszug nicht vor.');
    // A note written for one claim stays findable.
    expect(all).toContain('Nennt keine Dauer der Gespräche.');
  });

  it('a text that uses a word is found among the texts, whatever the rank of the claims quoting it', async () => {
    // Each of the five uses „Pjöngjang“; grouped by kind, all five are in the first group.
    expect(urls(await search('Pjöngjang', ofKind('Text')))).toEqual(ALL);
    const claims = (await search('Pjöngjang', ofKind('Aussage'))).map((hit) => hit.url);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((url) => url.startsWith('/aussagen/'))).toBe(true);
  });

  it('filtered by a text, the text group holds that text alone', async () => {
    const text = { text: 'Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag' };
    expect((await search('Kim', ofKind('Text', text))).map((hit) => hit.url)).toEqual(['/artikel/partnerschaftsvertrag/']);
  });
});

describe('a hit on a claim page lands on its cell (issue 14)', () => {
  it('„Panzerabwehrraketen“ (quoted from „Heiliger Kampf“ on two claims) links each claim’s cell of that text, named after it', async () => {
    const hits = await search('Panzerabwehrraketen', ofKind('Aussage'));
    expect(hits.map((hit) => hit.url).sort()).toEqual(['/aussagen/kriegsbezeichnung/', '/aussagen/waffengeschaeft-verdacht-2023/']);
    for (const hit of hits) {
      expect(hit.passages).toEqual([`${hit.url}#heiliger-kampf`]);
      expect(hit.titles).toEqual(['Kim Jong Un verspricht Putin Unterstützung im "heiligen Kampf" gegen den Westen']);
    }
  });
});

describe('timeline, sources and pairs are found by their own words (issue 14)', () => {
  it('„Uschakow“ (in no text, in the timeline’s descriptions) finds the timeline event', async () => {
    const hits = await search('Uschakow');
    const timeline = hits.find((hit) => hit.url === '/themen/russland-nordkorea/zeitleiste/');
    expect(timeline?.passages).toContain('/themen/russland-nordkorea/zeitleiste/#vertrag-1961');
    expect(timeline?.titles).toContain('1961: Vertrag über Freundschaft, Zusammenarbeit und gegenseitigen Beistand');
  });

  it('„Auslandsreise“, which the timeline only quotes from a text, does not find the timeline', async () => {
    const found = (await search('Auslandsreise')).map((hit) => hit.url);
    expect(found).toContain('/artikel/einladung-nordkorea/');
    expect(found).not.toContain('/themen/russland-nordkorea/zeitleiste/');
  });

  it('„Nachrichtenmagazin“ (a source’s description) finds the sources page', async () => {
    expect((await search('Nachrichtenmagazin')).map((hit) => hit.url)).toEqual(['/themen/russland-nordkorea/quellen/']);
  });

  it('„Röper“ finds the four pairs with his text, by their titles', async () => {
    const pairs = (await search('Röper', ofKind('Seite'))).map((hit) => hit.url).filter((url) => url.startsWith('/vergleich/'));
    expect(pairs.sort()).toEqual([
      '/vergleich/allianz-historischer-besuch--partnerschaftsvertrag/',
      '/vergleich/einladung-nordkorea--partnerschaftsvertrag/',
      '/vergleich/heiliger-kampf--partnerschaftsvertrag/',
      '/vergleich/partnerschaftsvertrag--strategische-partnerschaft/',
    ]);
  });
});
