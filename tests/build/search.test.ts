/** What the built pages tell Pagefind, and the search forms, as HTML. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { pagePaths, readPage } from './dist.ts';

const pages = pagePaths();
const articles = pages.filter((path) => /^\/artikel\/[^/]+\/$/.test(path));
const claims = pages.filter((path) => /^\/aussagen\/[^/]+\/$/.test(path));

describe('search field in the header', () => {
  it.each(pages.filter((path) => path !== '/suche/'))('%s has a labelled GET form to /suche/', (path) => {
    const page = readPage(path);
    const form = select('header form[role="search"]', page);
    expect(form?.properties['action']).toBe('/suche/');
    expect(form?.properties['method']).toBe('get');
    const input = select('input[type="search"][name="q"]', form!);
    const id = String(input?.properties['id']);
    expect(toString(select(`label[for="${id}"]`, form!)!).trim()).not.toBe('');
  });

  it('is left out on /suche/, which has its own field', () => {
    expect(select('header form[role="search"]', readPage('/suche/'))).toBeUndefined();
  });
});

describe('what Pagefind indexes', () => {
  it.each(articles)('%s: only the article body, with passage sub-results', (path) => {
    const page = readPage(path);
    const bodies = selectAll('[data-pagefind-body]', page);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.properties['className']).toContain('article-body');
    const passages = selectAll('.article-body [id^="absatz-"]', page);
    expect(passages.length).toBeGreaterThanOrEqual(5);
    for (const passage of passages) {
      if (/^h[1-6]$/.test(passage.tagName)) continue;
      expect(passage.properties['dataPagefindTitle']).toBe(`Absatz ${String(passage.properties['id']).slice(7)}`);
    }
  });

  it.each(articles)('%s: metadata panel and dropped lines are ignored', (path) => {
    const page = readPage(path);
    expect(select('.meta.panel[data-pagefind-ignore]', page)).toBeDefined();
    expect(select('details.dropped[data-pagefind-ignore]', page)).toBeDefined();
  });

  it('tags each text with its filters, metadata and sort key', () => {
    const page = readPage('/artikel/strategische-partnerschaft/');
    const tag = (attribute: string, key: string) =>
      selectAll(`data[${attribute}="${key}[value]"]`, page).map((node) => node.properties['value']);
    expect(tag('data-pagefind-filter', 'text')).toEqual(['Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft']);
    expect(tag('data-pagefind-filter', 'ereignis')).toEqual(['Vertrag 2024']);
    expect(tag('data-pagefind-meta', 'title')).toEqual(['Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft']);
    expect(tag('data-pagefind-meta', 'date')).toEqual(['2024-06-19']);
    expect(tag('data-pagefind-meta', 'source')).toEqual(['(DPA)']);
    expect(tag('data-pagefind-sort', 'date')).toEqual(['2024-06-19']);
  });

  it.each(claims)('%s: the claim and its cells, tagged with the claim filter', (path) => {
    const page = readPage(path);
    const bodies = selectAll('[data-pagefind-body]', page);
    expect(bodies).toHaveLength(1);
    expect(select('.vergleich-spalten', bodies[0]!)).toBeDefined();
    const title = toString(select('h1', page)!);
    expect(selectAll('data[data-pagefind-filter="aussage[value]"]', page).map((node) => node.properties['value'])).toEqual([title]);
  });

  it.each(pages.filter((path) => !articles.includes(path) && !claims.includes(path)))('%s is not indexed (no data-pagefind-body)', (path) => {
    expect(select('[data-pagefind-body]', readPage(path))).toBeUndefined();
  });
});

describe('/suche/', () => {
  const page = readPage('/suche/');

  it('says without JavaScript that search needs it and offers the overview', () => {
    const noscript = select('noscript', page)!;
    expect(toString(noscript)).toContain('Die Suche braucht JavaScript');
    expect(select('a[href="/themen/"]', noscript)).toBeDefined();
  });

  it('has a labelled search field, a status region and filters for text, event and claim', () => {
    expect(toString(select('label[for="suchfeld"]', page)!)).toBe('Suchbegriff');
    expect(select('input#suchfeld[type="search"][name="q"]', page)).toBeDefined();
    expect(select('[role="status"][data-search-status]', page)).toBeDefined();
    expect(selectAll('select[name="text"] option', page)).toHaveLength(6);
    expect(selectAll('select[name="thema"] option', page).map((o) => o.properties['value'])).toEqual([
      '',
      'Russland und Nordkorea: vom Gipfel in Wostotschny zum Beistandsvertrag',
    ]);
    expect(selectAll('select[name="ereignis"] option', page).map((o) => o.properties['value'])).toEqual(['', 'Gipfel 2023', 'Vertrag 2024']);
    const claimOptions = selectAll('select[name="aussage"] option', page).map((o) => o.properties['value']);
    expect(claimOptions).toContain('Gegenseitiger Beistand im Angriffsfall');
    expect(claimOptions).toHaveLength(claims.length + 1);
  });

  it('suggests the stories when nothing is found (not every text: that list would grow with the site)', () => {
    const empty = select('[data-search-empty]', page)!;
    expect(select('a[href="/themen/"]', empty)).toBeDefined();
  });
});

describe('CSP without unsafe-inline', () => {
  it.each(pages)('%s has no inline script and no inline event handler', (path) => {
    const page = readPage(path);
    // JSON-LD is a data block, never executed: the only scripts that run are files from /_astro/.
    for (const script of selectAll('script:not([type="application/ld+json"])', page)) {
      expect(script.properties['src']).toMatch(/^\/_astro\//);
      expect(toString(script)).toBe('');
    }
    expect(selectAll('*', page).filter((node) => Object.keys(node.properties).some((key) => /^on[a-z]/.test(key)))).toEqual([]);
  });
});
