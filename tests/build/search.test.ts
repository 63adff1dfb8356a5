/** What the built pages tell Pagefind, and the search forms, as HTML. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { checkContent } from '../support/content.ts';
import { DIST, distFiles, headingText, pagePaths, readHtml, readPage, ROOT } from './dist.ts';

const pages = pagePaths();
const articles = pages.filter((path) => /^\/artikel\/[^/]+\/$/.test(path));
const claims = pages.filter((path) => /^\/aussagen\/[^/]+\/$/.test(path));
const pairs = pages.filter((path) => /^\/vergleich\/[^/]+--[^/]+\/$/.test(path));
const articleTitles = new Map(checkContent(ROOT).articles.map((article) => [article.id, article.data.title]));
/**
 * The notes that stand, word for word, on cells of several claims (found by
 * hand in content/claims/): they explain why a text is silent, not the claim.
 */
const STANDARD_NOTES = [
  'Text vom Juni 2024 über den Vertrag; der Gipfel von 2023 kommt nicht vor.',
  'Text vom 19. Juni 2024 über den Vertrag; der Gipfel von 2023 kommt im vorliegenden Auszug nicht vor.',
];
const tagsOf = (page: Root, attribute: string, key: string) =>
  selectAll(`data[${attribute}="${key}[value]"]`, page).map((node) => node.properties['value']);

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
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      if (/^h[1-6]$/.test(passage.tagName)) continue;
      expect(passage.properties['dataPagefindTitle']).toBe(`Absatz ${String(passage.properties['id']).slice(7)}`);
    }
  });

  it.each(articles)('%s: metadata panel and dropped lines are ignored', (path) => {
    const page = readPage(path);
    expect(select('details.herkunft[data-pagefind-ignore] .meta.panel', page)).toBeDefined();
    expect(select('.herkunft-kurz[data-pagefind-ignore]', page)).toBeDefined();
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
    const title = headingText(select('h1', page)!);
    expect(selectAll('data[data-pagefind-filter="aussage[value]"]', page).map((node) => node.properties['value'])).toEqual([title]);
  });

  it.each(claims)('%s: coverage sentence, column heads, „nicht erwähnt“ and standard notes stay out of the index', (path) => {
    const page = readPage(path);
    const body = select('[data-pagefind-body]', page)!;
    expect(select('.abdeckung', body)?.properties['dataPagefindIgnore']).toBe('');
    for (const head of selectAll('.spaltenkopf', body)) expect(head.properties['dataPagefindIgnore']).toBe('');
    for (const label of selectAll('.nicht-erwaehnt', body)) expect(label.properties['dataPagefindIgnore']).toBe('');
    for (const note of selectAll('.notiz', body)) {
      const words = toString(note).replace(/^\s*Anmerkung:\s*/, '').trim();
      expect({ words, ignored: note.properties['dataPagefindIgnore'] === '' }).toEqual({ words, ignored: STANDARD_NOTES.includes(words) });
    }
  });

  it.each(claims)('%s: each cell is a sub-result named after its text, with no heading splitting it', (path) => {
    const page = readPage(path);
    const cells = selectAll('[data-pagefind-body] .vergleich-spalten > section', page);
    expect(cells).toHaveLength(checkContent(ROOT).claims.find((claim) => `/aussagen/${claim.id}/` === path)!.cells.length);
    for (const cell of cells) {
      expect(String(cell.properties['id'])).toMatch(/^[a-z0-9-]+$/);
      expect(String(cell.properties['dataPagefindTitle'])).toBe(articleTitles.get(String(cell.properties['id'])));
      // A heading with an id inside the cell would become its own sub-result and take the hit.
      for (const heading of selectAll('h2[id], h3[id]', cell)) expect(heading.properties['dataPagefindIgnore']).toBe('');
    }
  });

  it('the timeline: its events in our words, each a sub-result; the texts’ passages and the claims stay out', () => {
    const page = readPage('/themen/russland-nordkorea/zeitleiste/');
    const body = select('[data-pagefind-body]', page)!;
    const events = selectAll('ol.zeitleiste > li', body);
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      expect(String(event.properties['dataPagefindTitle'])).toMatch(/^\S.*: \S/);
    }
    // Every quote of a text on the page sits inside an ignored element.
    const quotes = selectAll('q', body);
    expect(quotes.length).toBeGreaterThan(5);
    const ignored = selectAll('[data-pagefind-ignore] q', body);
    expect(ignored).toHaveLength(quotes.length);
    expect(tagsOf(page, 'data-pagefind-filter', 'art')).toEqual(['Seite']);
    expect(tagsOf(page, 'data-pagefind-sort', 'date')).toEqual([]);
  });

  it('the sources: who is cited and our notes; the quoted passages and the counts stay out', () => {
    const page = readPage('/themen/russland-nordkorea/quellen/');
    const body = select('[data-pagefind-body]', page)!;
    const quotes = selectAll('blockquote', body);
    expect(quotes.length).toBeGreaterThan(30);
    for (const quote of quotes) expect(quote.properties['dataPagefindIgnore']).toBe('');
    expect(select('thead', body)?.properties['dataPagefindIgnore']).toBe('');
    for (const cell of selectAll('tbody td', body)) expect(cell.properties['dataPagefindIgnore']).toBe('');
    const rows = selectAll('tbody th[scope="row"]', body);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const title = String(row.properties['dataPagefindTitle'] ?? '');
      expect(title).not.toBe('');
      expect(toString(row).trim().startsWith(title)).toBe(true);
    }
  });

  it.each(pairs)('%s: only its title and its own sentence are indexed, under both texts’ filters', (path) => {
    const page = readPage(path);
    const bodies = selectAll('[data-pagefind-body]', page);
    expect(bodies).toHaveLength(1);
    expect(toString(select('h1', bodies[0]!)!)).toMatch(/ im Vergleich$/);
    // Neither the claim rows nor the two texts (which repeat other pages) are inside it.
    expect(select('blockquote, .article-body, .paar-zeile', bodies[0]!)).toBeUndefined();
    expect(tagsOf(page, 'data-pagefind-filter', 'text')).toHaveLength(2);
    expect(tagsOf(page, 'data-pagefind-filter', 'art')).toEqual(['Seite']);
  });

  it.each(pages.filter((path) => !articles.includes(path) && !claims.includes(path) && !pairs.includes(path) && !/^\/themen\/[^/]+\/(zeitleiste|quellen)\/$/.test(path)))(
    '%s is not indexed (no data-pagefind-body)',
    (path) => {
      expect(select('[data-pagefind-body]', readPage(path))).toBeUndefined();
    },
  );

  it.each([...articles, ...claims])('%s: tells its kind (art) for the grouped result list', (path) => {
    expect(tagsOf(readPage(path), 'data-pagefind-filter', 'art')).toEqual([path.startsWith('/artikel/') ? 'Text' : 'Aussage']);
  });
});

describe('the written index', () => {
  const chunks = distFiles().filter((file) => /^pagefind\/index\/.+\.pf_index$/.test(file));

  it('is split into small word chunks, so that a query loads a few kB, not the whole index', () => {
    // One chunk of ~29 kB when Pagefind ignores the chunk size (src/integrations/pagefind.ts).
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(statSync(`${DIST}${chunk}`).size).toBeLessThan(6000);
  });
});

describe('/suche/', () => {
  const page = readPage('/suche/');

  it('says without JavaScript that search needs it and offers the overview', () => {
    const noscript = select('noscript', page)!;
    expect(toString(noscript)).toContain('Die Suche braucht JavaScript');
    expect(select('a[href="/themen/"]', noscript)).toBeDefined();
  });

  it('has a labelled search field, a status region, and folded filters for story, text, event and claim', () => {
    expect(toString(select('label[for="suchfeld"]', page)!)).toBe('Suchbegriff');
    expect(select('input#suchfeld[type="search"][name="q"]', page)).toBeDefined();
    expect(select('[role="status"][data-search-status]', page)).toBeDefined();
    // Folded until asked for, so on a phone the first result is in view (issue 23).
    const panel = select('form details[data-search-filters]', page)!;
    expect(panel.properties['open']).toBeUndefined();
    expect(toString(select('summary', panel)!)).toMatch(/^Eingrenzen/);
    for (const key of ['thema', 'text', 'ereignis', 'aussage']) {
      const field = select(`input[type="text"][name="${key}"]`, panel)!;
      const list = select(`datalist#${String(field.properties['list'])}`, panel)!;
      expect(list).toBeDefined();
    }
    expect(selectAll('select[name="sortierung"] option', panel).map((o) => o.properties['value'])).toEqual(['relevanz', 'neueste', 'aelteste']);
  });

  it('writes no story, text or claim into the page: the lists come from the index when the filters open (issue 20)', () => {
    expect(selectAll('datalist option', page)).toEqual([]);
    const html = readHtml('/suche/');
    // So the page's HTML stays within the first-load budget at any number of texts (14 kB gzip; 2.3 kB today).
    expect(gzipSync(html).length).toBeLessThan(14_000);
    for (const claim of checkContent(ROOT).claims) expect(html).not.toContain(claim.data.title);
    for (const title of articleTitles.values()) expect(html).not.toContain(title);
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

describe('result fragments (issue 20)', () => {
  const fragments = distFiles().filter((file) => file.startsWith('pagefind/fragment/'));

  it('carry no anchor that cannot become a sub-result, and no text beside an anchor title', () => {
    expect(fragments.length).toBeGreaterThan(0);
    for (const file of fragments) {
      const text = gunzipSync(readFileSync(join(DIST, file))).toString('utf8');
      expect(text.startsWith('pagefind_dcd')).toBe(true);
      const { anchors } = JSON.parse(text.slice('pagefind_dcd'.length)) as { anchors: { element: string; title?: string; text?: string }[] };
      for (const anchor of anchors) {
        expect({ file, anchor, ok: anchor.title ? anchor.text === undefined : /^h\d$/.test(anchor.element) }).toMatchObject({ ok: true });
      }
    }
  });
});
