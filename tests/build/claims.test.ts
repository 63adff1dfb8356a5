/**
 * The comparison as built: the three claims readers come with show the cells
 * the texts support (checked by hand against the texts), quotes link to their
 * marked place in the article and back, and every URL in the export resolves.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fileFor, fixtureSite, readPage, DIST } from './dist.ts';
import type { ComparisonExport } from '../../src/export/comparison.ts';

function statuses(claim: string): Record<string, string> {
  const page = readPage(`/aussagen/${claim}/`);
  return Object.fromEntries(
    selectAll('.vergleich-spalten > section', page).map((section) => [
      String(section.properties['id']),
      ['reported', 'not-mentioned', 'not-applicable'].find((status) => ([section.properties['className']].flat() as unknown[]).includes(status)) ?? '',
    ]),
  );
}

describe('required claims', () => {
  // Pinned to the five texts as committed (tests/fixtures/site/): an editor's correction must not break it.
  const readPage = fixtureSite.readPage;
  it('the 2023 summit: reported by the two texts about it', () => {
    expect(statuses('gipfel-wostotschny-2023')).toEqual({
      'heiliger-kampf': 'reported',
      'einladung-nordkorea': 'reported',
      'allianz-historischer-besuch': 'not-mentioned',
      partnerschaftsvertrag: 'not-mentioned',
      'strategische-partnerschaft': 'not-mentioned',
    });
  });

  it('the 2024 treaty: reported by the three texts about it; the 2023 texts appeared before it', () => {
    expect(statuses('vertrag-pjoengjang-2024')).toEqual({
      'heiliger-kampf': 'not-applicable',
      'einladung-nordkorea': 'not-applicable',
      'allianz-historischer-besuch': 'reported',
      partnerschaftsvertrag: 'reported',
      'strategische-partnerschaft': 'reported',
    });
  });

  it('the mutual-assistance clause: only the blog text of 19 June 2024 mentions it; the 2023 texts appeared before', () => {
    expect(statuses('beistandsklausel')).toEqual({
      'heiliger-kampf': 'not-applicable',
      'einladung-nordkorea': 'not-applicable',
      'allianz-historischer-besuch': 'reported',
      partnerschaftsvertrag: 'not-mentioned',
      'strategische-partnerschaft': 'not-mentioned',
    });
    const page = readPage('/aussagen/beistandsklausel/');
    expect(toString(select('.abdeckung', page)!)).toBe(
      '1 von 3 Texten zum Vertrag von Pjöngjang berichtet das. 2 Texte erschienen vor dem Ereignis.',
    );
    expect(toString(select('#heiliger-kampf', page)!)).toContain('erschien vor dem Ereignis');
    expect(toString(select('#allianz-historischer-besuch', page)!)).toContain(
      'versprachen sie sich gegenseitige Hilfe, falls eine der beiden Nationen angegriffen wird',
    );
    expect(selectAll('#strategische-partnerschaft blockquote', page)).toHaveLength(0);
    expect(toString(select('#strategische-partnerschaft', page)!)).toContain('nicht erwähnt');
  });
});

describe('quotes link both ways', () => {
  // Pinned to the five texts as committed (tests/fixtures/site/): an editor's correction must not break it.
  const readPage = fixtureSite.readPage;
  it('a claim quote cites and links the marked passage, which links back', () => {
    const quote = select('#allianz-historischer-besuch blockquote', readPage('/aussagen/beistandsklausel/'))!;
    const link = select('a', quote)!.properties['href'];
    expect(link).toBe('/artikel/allianz-historischer-besuch/#beleg-beistandsklausel-1');
    expect(String(quote.properties['cite'])).toMatch(/\/artikel\/allianz-historischer-besuch\/#beleg-beistandsklausel-1$/);
    const article = readPage('/artikel/allianz-historischer-besuch/');
    const mark = select('mark#beleg-beistandsklausel-1', article)!;
    expect(toString(mark)).toBe('versprachen sie sich gegenseitige Hilfe, falls eine der beiden Nationen angegriffen wird');
    expect(select('a.beleg-link[href="/aussagen/beistandsklausel/#allianz-historischer-besuch"]', article)).toBeDefined();
  });

  it('claim pages carry schema.org Claim JSON-LD with one appearance per quoting text', () => {
    const script = select('script[type="application/ld+json"]', readPage('/aussagen/vertrag-pjoengjang-2024/'))!;
    const data = JSON.parse(toString(script));
    expect(data['@type']).toBe('Claim');
    expect(data.appearance).toHaveLength(3);
  });

  it('has a page for every pair of texts and an overview table with row and column headers (tests/fixtures/site/)', () => {
    expect(fixtureSite.pagePaths().filter((path) => /^\/vergleich\/[^/]+--[^/]+\/$/.test(path))).toHaveLength(10);
    const table = select('table', fixtureSite.readPage('/themen/russland-nordkorea/'))!;
    expect(selectAll('thead th[scope="col"]', table)).toHaveLength(6);
    expect(selectAll('tbody th[scope="row"]', table).length).toBeGreaterThanOrEqual(11);
  });
});

describe('data export', () => {
  const data = JSON.parse(readFileSync(`${DIST}daten/vergleich.json`, 'utf8')) as ComparisonExport;
  const urls = [
    ...data.articles.map((article) => article.url),
    ...data.claims.flatMap((claim) => [
      claim.url,
      ...claim.cells.flatMap((cell) => [cell.url, ...cell.quotes.map((q) => q.url), ...(cell.reviewed ?? []).map((entry) => entry.url)]),
    ]),
  ];

  it('has the five texts and at least eleven claims including the three required (tests/fixtures/site/)', () => {
    const data = JSON.parse(readFileSync(`${fixtureSite.DIST}daten/vergleich.json`, 'utf8')) as ComparisonExport;
    expect(data.articles).toHaveLength(5);
    expect(data.claims.length).toBeGreaterThanOrEqual(11);
    expect(data.claims.map((claim) => claim.id)).toEqual(
      expect.arrayContaining(['gipfel-wostotschny-2023', 'vertrag-pjoengjang-2024', 'beistandsklausel']),
    );
  });

  it.each(urls.filter((url, index) => urls.indexOf(url) === index))('%s resolves to a page and fragment', (url) => {
    const [path, fragment] = url.split('#') as [string, string | undefined];
    expect(existsSync(fileFor(path))).toBe(true);
    if (fragment) expect(select(`[id="${fragment}"]`, readPage(path))).toBeDefined();
  });

  it('has the same cells as CSV, one row per quote or empty cell', () => {
    const csv = readFileSync(`${DIST}daten/vergleich.csv`, 'utf8').trimEnd().split('\r\n');
    const expected = data.claims.flatMap((claim) => claim.cells).reduce((sum, cell) => sum + Math.max(1, cell.quotes.length), 0);
    expect(csv).toHaveLength(expected + 1);
  });
});
