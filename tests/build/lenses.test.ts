/** The lens pages as built: word choice, sources, timeline, fact sheets and the JSON export. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { remove } from 'unist-util-remove';
import { fileFor, readHtml, readPage } from './dist.ts';
import { normalizeWhitespace } from '../../src/text/quote-match.ts';
import type { TermsExport } from '../../src/export/terms.ts';
import { isAddedToText } from '../../src/markdown/added.ts';

const STORY = '/themen/russland-nordkorea/';
const LENSES = ['wortwahl', 'quellen', 'zeitleiste'].map((lens) => `${STORY}${lens}/`);
const pages = new Map<string, Root>();
const page = (path: string) => {
  if (!pages.has(path)) pages.set(path, readPage(path));
  return pages.get(path)!;
};
const text = (root: Root, selector: string) => normalizeWhitespace(toString(select(selector, root) ?? { type: 'root', children: [] }));
/** A passage's words as in the text: without the links and permalinks the article page adds to it. */
function passageText(path: string, id: string): string {
  const passage = select(`[id="${id}"]`, page(path));
  if (!passage) return '';
  const copy = structuredClone(passage);
  remove(copy, isAddedToText);
  return normalizeWhitespace(toString(copy));
}

/** Whether a site-relative URL names a built page and, if it has a fragment, an element with that id. */
function resolves(url: string): boolean {
  const [path = '', fragment] = url.split('#');
  if (!existsSync(fileFor(path))) return false;
  if (fragment === undefined || !path.endsWith('/')) return fragment === undefined;
  return select(`[id="${fragment}"]`, page(path)) !== undefined;
}

const internalLinks = (path: string) =>
  selectAll('main a[href]', page(path))
    .map((a) => String(a.properties['href']))
    .map((href) => (href.startsWith('#') ? `${path}${href}` : href))
    .filter((href) => href.startsWith('/'));

describe('lens pages', () => {
  it.each(LENSES)("%s ships no JavaScript and is in the story's navigation", (path) => {
    expect(readHtml(path)).not.toMatch(/<script\b/);
    const current = select('nav a[aria-current="page"]', page(path));
    expect(current?.properties['href']).toBe(path);
  });

  it.each(LENSES)('every link on %s leads to an existing page and fragment', (path) => {
    const links = internalLinks(path);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !resolves(link))).toEqual([]);
  });

  it("the story's page points to each lens", () => {
    const hrefs = selectAll('main a', page(STORY)).map((a) => a.properties['href']);
    for (const path of LENSES) expect(hrefs).toContain(path);
  });
});

describe('wortwahl', () => {
  const data = JSON.parse(readFileSync(fileFor('/daten/wortwahl.json'), 'utf8')) as TermsExport;
  const wortwahl = page(`${STORY}wortwahl/`);

  it('has a captioned table with row and column headers for each term group', () => {
    const tables = selectAll('table', wortwahl);
    expect(tables).toHaveLength(data.groups.length);
    expect(data.groups.map((g) => g.id)).toEqual(['krieg', 'titel', 'abkommen', 'namen', 'abschottung']);
    for (const table of tables) {
      expect(select('caption', table)).toBeDefined();
      expect(selectAll('thead th[scope="col"]', table)).toHaveLength(6);
      expect(selectAll('tbody th[scope="row"]', table).length).toBeGreaterThan(1);
    }
  });

  it('shows in each cell the count of the export', () => {
    for (const group of data.groups) {
      const rows = selectAll('tbody tr', select(`section#${group.id} table`, wortwahl)!);
      group.variants.forEach((variant, index) => {
        const row = rows[index]!;
        // Soft hyphens (src/site/hyphenate.ts) let a long word break in the narrow header.
        expect(toString(select('th', row)!).replaceAll('\u00AD', '')).toBe(variant.term);
        for (const [article, count] of Object.entries(variant.counts)) {
          expect(toString(select(`td[data-artikel="${article}"] .anzahl`, row)!)).toBe(String(count));
        }
      });
    }
  });

  it('keeps the hand-checked counts (Pjöngjang ×8 in the dpa text, no "Vertrag" alone anywhere)', () => {
    const variant = (group: string, term: string) => data.groups.find((g) => g.id === group)!.variants.find((v) => v.term === term)!;
    expect(variant('namen', 'Pjöngjang').counts['strategische-partnerschaft']).toBe(8);
    expect(Object.values(variant('abkommen', 'Vertrag').counts)).toEqual([0, 0, 0, 0, 0]);
    expect(variant('krieg', 'Militäroperation').counts).toEqual({
      'heiliger-kampf': 0,
      'einladung-nordkorea': 0,
      'allianz-historischer-besuch': 0,
      partnerschaftsvertrag: 1,
      'strategische-partnerschaft': 0,
    });
  });

  it('draws a chart per group as inline SVG with a title and a description in words', () => {
    const charts = selectAll('svg[role="img"]', wortwahl);
    expect(charts).toHaveLength(data.groups.length);
    const war = select('section#krieg svg', wortwahl)!;
    expect(toString(select('title', war)!)).toContain('Wie der Krieg gegen die Ukraine heißt');
    expect(toString(select('desc', war)!)).toContain('Strategische Partnerschaft (dpa): Angriffskrieg 2, Vorgehen 2.');
    // Direct labels: each bar's word is printed in the chart.
    expect(selectAll('text.wort', war).map((t) => toString(t))).toContain('Militäroperation');
  });

  it('lists the occurrences it does not count, with the reason', () => {
    expect(text(wortwahl, 'section#krieg')).toContain('„Krieges“ in „Kalten Krieges“');
  });
});

describe('/daten/wortwahl.json', () => {
  const data = JSON.parse(readFileSync(fileFor('/daten/wortwahl.json'), 'utf8')) as TermsExport;
  const urls = [
    ...data.articles.map((a) => a.url),
    ...data.groups.flatMap((g) => g.variants.flatMap((v) => [...v.occurrences, ...v.excluded].map((o) => o.url))),
  ];

  it('documents the rule and has the documented shape', () => {
    expect(data.rule).toMatch(/whole words/);
    for (const group of data.groups) {
      expect(typeof group.id).toBe('string');
      expect(typeof group.label).toBe('string');
      for (const variant of group.variants) {
        expect(typeof variant.term).toBe('string');
        expect(Object.keys(variant.counts).sort()).toEqual(data.articles.map((a) => a.id).sort());
        const counted = Object.values(variant.counts).reduce((a, b) => a + b, 0);
        expect(variant.occurrences).toHaveLength(counted);
      }
    }
  });

  it('links only to pages and passages that exist', () => {
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((url) => !resolves(url))).toEqual([]);
  });

  it('every occurrence is in its passage, as the export says', () => {
    for (const occurrence of data.groups.flatMap((g) => g.variants.flatMap((v) => v.occurrences))) {
      const [path = '', id = ''] = occurrence.url.split('#');
      expect(passageText(path, id)).toContain(normalizeWhitespace(occurrence.text));
    }
  });
});

describe('quellen', () => {
  const quellen = page(`${STORY}quellen/`);

  it('names the agencies, authorities and people the texts cite', () => {
    const rows = selectAll('tbody th[scope="row"]', quellen).map((th) => toString(th));
    for (const name of ['TASS', 'KCNA', 'dpa', 'US-Außenministerium', 'Matthew Miller', 'Dmitri Peskow', 'Jake Sullivan', 'Der Spiegel', 'Wladimir Putin', 'Kim Jong Un']) {
      expect(rows.some((row) => row.startsWith(name))).toBe(true);
    }
  });

  it('quotes each attribution verbatim from the passage it links to', () => {
    const quotes = selectAll('blockquote', quellen);
    expect(quotes.length).toBeGreaterThan(30);
    for (const quote of quotes) {
      const href = String(select('footer a', quote)?.properties['href']);
      const [path = '', id = ''] = href.split('#');
      expect(passageText(path, id)).toContain(text({ type: 'root', children: [quote] }, 'p'));
    }
  });

  it('counts in the table what it lists below (Matthew Miller: 2 quotes in "Einladung nach Nordkorea")', () => {
    const miller = selectAll('tbody tr', quellen).find((row) => toString(select('th', row)!).startsWith('Matthew Miller'))!;
    expect(toString(select('td[data-artikel="einladung-nordkorea"]', miller)!)).toBe('2');
    expect(selectAll('#text-einladung-nordkorea-matthew-miller blockquote', quellen)).toHaveLength(2);
  });
});

describe('zeitleiste', () => {
  const zeitleiste = page(`${STORY}zeitleiste/`);
  const events = selectAll('ol.zeitleiste > li', zeitleiste);
  const dates = events.map((li) => String(select('time', li)?.properties['dateTime']));

  it('lists the events in date order, from the 1961 treaty to the entry into force', () => {
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('1961');
    expect(dates.at(-1)).toBe('2024-12-04');
    // 2000-07-19: Putin's visit of 19–20 July 2000; 2023-07-25: Shoigu arrives in Pyongyang; 2023-09-12: Kim crosses into Russia (reference facts).
    for (const date of ['2000-07-19', '2019-04', '2023-07-25', '2023-09-12', '2023-09-13', '2024-06-19', '2024-10-24', '2024-11-06', '2024-11-09', '2024-11-11']) {
      expect(dates).toContain(date);
    }
  });

  it('names the sources with their address, linked over https', () => {
    const signing = events.find((li) => li.properties['id'] === 'vertrag-pjoengjang-2024')!;
    const links = selectAll('.nachweise a', signing).map((a) => [toString(a), a.properties['href']]);
    expect(links).toContainEqual(['tass.com/politics/1868051', 'https://tass.com/politics/1868051']);
    expect(links).toContainEqual(['interfax.com/newsroom/top-stories/108291/', 'https://interfax.com/newsroom/top-stories/108291/']);
  });

  it('says so where the reference facts give no source address', () => {
    const vladivostok = events.find((li) => li.properties['id'] === 'gipfel-wladiwostok-2019')!;
    expect(toString(vladivostok)).toContain('ohne eigene Adresse');
    expect(select('.nachweise a', vladivostok)).toBeUndefined();
  });
});

describe('Faktenlage on claim pages', () => {
  it('gives Article 4 in English and in our German translation, with the source', () => {
    const section = text(page('/aussagen/beistandsklausel/'), '#faktenlage');
    expect(section).toContain('In case any one of the two sides is put in a state of war by an armed invasion');
    expect(section).toContain('(eigene Übersetzung)');
    expect(section).toContain('KCNA, englischer Vertragstext, zitiert von Reuters');
    expect(select('#faktenlage blockquote[lang="en"]', page('/aussagen/beistandsklausel/'))).toBeDefined();
  });

  it('states where the sources disagree on the treaty: the date and what it replaces', () => {
    const section = text(page('/aussagen/vertrag-pjoengjang-2024/'), '#faktenlage');
    expect(section).toContain('18. Juni 2024');
    expect(section).toContain('tass.com/politics/1804627');
    expect(section).toContain('tass.com/world/1882445');
  });

  it('gives the date of the 2023 summit', () => {
    expect(text(page('/aussagen/gipfel-wostotschny-2023/'), '#faktenlage')).toContain('13. September 2023');
  });

  it('is absent where no fact sheet exists', () => {
    expect(select('#faktenlage', page('/aussagen/satellitenbau/'))).toBeUndefined();
  });
});
