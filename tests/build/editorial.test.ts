/**
 * Issue 12 as built: /methodik/ and /korrekturen/, the data version in the
 * footer and the downloads, dates that are only the earliest day, reviewed
 * passages of not-mentioned cells, and the audit's corrections themselves
 * (each checked by hand against the texts and the reference facts), so none
 * can come back unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../../src/authoring/yaml-source.ts';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { DIST, ROOT, fileFor, fixtureSite, pagePaths, readPage } from './dist.ts';
import { CORRECTIONS_PER_PAGE } from '../../src/site/pages.ts';
import type { ComparisonExport } from '../../src/export/comparison.ts';
import type { TermsExport } from '../../src/export/terms.ts';

const corrections = loadYaml(readFileSync(join(ROOT, 'content/corrections.yaml'), 'utf8')) as Record<string, { date: Date; revision: number; links: string[] }>;
/** Each release ("2026-11-26.1") with the ids of its corrections; the latest is the data version. */
const releases = new Map<string, string[]>();
for (const [id, entry] of Object.entries(corrections)) {
  const release = `${entry.date.toISOString().slice(0, 10)}.${entry.revision}`;
  releases.set(release, [...(releases.get(release) ?? []), id]);
}
const RELEASE = [...releases.keys()].sort().at(-1)!;
/** The data version the home page names: the latest release and the digest of the content (src/export/data-version.ts). */
const VERSION = /Datenstand (\S+)/.exec(toString(select('footer.site-footer', readPage('/'))!))?.[1] ?? '';

describe('the data version', () => {
  it('is the latest release with the digest of the content', () => {
    expect(VERSION).toMatch(new RegExp(`^${RELEASE.replace('.', '\\.')}\\+[0-9a-f]{8}$`));
  });
});
const data = JSON.parse(readFileSync(`${DIST}daten/vergleich.json`, 'utf8')) as ComparisonExport;
const cellOf = (claim: string, article: string) =>
  data.claims.find((entry) => entry.id === claim)?.cells.find((cell) => cell.article === article);

describe('/korrekturen/', () => {
  const page = readPage('/korrekturen/');

  /** Every page of /korrekturen/, following the next links. */
  const correctionPages = () => {
    const found: ReturnType<typeof readPage>[] = [];
    const seen = new Set<string>();
    for (let path: string | undefined = '/korrekturen/'; path && !seen.has(path); ) {
      seen.add(path);
      const current = readPage(path);
      found.push(current);
      const next = select('a[rel="next"]', current);
      path = next ? String(next.properties['href']) : undefined;
    }
    return found;
  };

  it.each([...releases])('lists every correction of content/corrections.yaml, with its links, under the release it belongs to: %s', (release, ids) => {
    // A release may run over a page break: its section then stands on each page it reaches.
    const sections = correctionPages().flatMap((current) => {
      const section = select(`section#stand-${release.replace('.', '-')}`, current);
      return section ? [section] : [];
    });
    expect(sections.length).toBeGreaterThan(0);
    const items = sections.flatMap((section) => {
      expect(toString(select('h2', section)!)).toContain(`Datenstand ${release}`);
      const inSection = selectAll('ol.korrekturen > li', section);
      // Ordered by the first page each touched, so corrections of one page stand together.
      const firstLinks = inSection.map((li) => String(select('dd a', li)?.properties['href']));
      expect(firstLinks).toEqual([...firstLinks].sort((a, b) => a.localeCompare(b)));
      return inSection;
    });
    expect(items.map((li) => String(li.properties['id'])).sort()).toEqual([...ids].sort());
    for (const li of items) {
      const links = selectAll('dd a', li).map((a) => a.properties['href']);
      expect(links).toEqual(corrections[String(li.properties['id'])]?.links);
    }
  });

  it('pages the corrections like /themen/: each on exactly one page, reached by the next links, latest first', () => {
    const listed: string[] = [];
    const seen = new Set<string>();
    for (let path: string | undefined = '/korrekturen/'; path && !seen.has(path); ) {
      seen.add(path);
      const current = readPage(path);
      const items = selectAll('ol.korrekturen > li', current).map((li) => String(li.properties['id']));
      expect(items.length, path).toBeLessThanOrEqual(CORRECTIONS_PER_PAGE);
      listed.push(...items);
      const next = select('a[rel="next"]', current);
      path = next ? String(next.properties['href']) : undefined;
    }
    expect([...seen].slice(1)).toEqual([...seen].slice(1).map((_, index) => `/korrekturen/${index + 2}/`));
    expect(listed.sort()).toEqual(Object.keys(corrections).sort());
  });

  it('names each linked page, not its address', () => {
    const entry = select('li#einladung-eigene-worte', page)!;
    expect(selectAll('dd a', entry).map((a) => toString(a))).toEqual([
      'Aussage „Putin nimmt Kims Einladung nach Nordkorea an“, Zelle „Einladung nach Nordkorea“',
      'Text „Einladung nach Nordkorea“',
    ]);
  });
});

describe('/methodik/', () => {
  const page = readPage('/methodik/');
  const headings = selectAll('h2', page).map((h2) => toString(h2));

  it('explains choosing claims, own voice, both absent statuses, dates, the Faktenlage and corrections', () => {
    expect(headings).toEqual([
      'Die Texte',
      'Wie Aussagen ausgewählt werden',
      'Was als Bericht zählt',
      '„nicht erwähnt“',
      '„erschien vor dem Ereignis“',
      'Datum und Herkunft der Texte',
      'Woher die Faktenlage stammt',
      'Fehler melden und Korrekturen',
    ]);
    expect(select('#fehler ~ p a[href="/korrekturen/"]', page)).toBeDefined();
  });
});

describe('footer of every page', () => {
  it.each(pagePaths())('%s links Methodik and Korrekturen and names the data version', (path) => {
    const footer = select('footer.site-footer', readPage(path));
    expect(footer).toBeDefined();
    expect(select('a[href="/methodik/"]', footer!)).toBeDefined();
    expect(select('a[href="/korrekturen/"]', footer!)).toBeDefined();
    expect(toString(footer!)).toContain(`Datenstand ${VERSION}`);
  });
});

describe('downloads', () => {
  it('vergleich.json names the data version and the corrections page', () => {
    expect(data.version).toBe(VERSION);
    expect(data.corrections).toBe('/korrekturen/');
  });

  it('wortwahl.json does too', () => {
    const terms = JSON.parse(readFileSync(fileFor('/daten/wortwahl.json'), 'utf8')) as TermsExport;
    expect([terms.version, terms.corrections]).toEqual([VERSION, '/korrekturen/']);
  });

  it('vergleich.csv carries it in its last column, on every row', () => {
    const [header, ...rows] = readFileSync(`${DIST}daten/vergleich.csv`, 'utf8').trimEnd().split('\r\n');
    expect(header?.endsWith(',"data_version"')).toBe(true);
    expect(rows.every((row) => row.endsWith(`,"${VERSION}"`))).toBe(true);
  });

  it('marks a date that is only the earliest day (the frozen site: its five texts)', () => {
    const frozen = JSON.parse(readFileSync(`${fixtureSite.DIST}daten/vergleich.json`, 'utf8')) as ComparisonExport;
    const precision = Object.fromEntries(frozen.articles.map((article) => [article.id, article.publishedPrecision]));
    expect(precision).toEqual({
      'heiliger-kampf': 'on-or-after',
      'einladung-nordkorea': 'day',
      'allianz-historischer-besuch': 'day',
      partnerschaftsvertrag: 'day',
      'strategische-partnerschaft': 'on-or-after',
    });
  });
});

describe('inferred publication dates', () => {
  it('read „frühestens“ on the text page and in the claim table, and stay out of datePublished', () => {
    const meta = select('.meta dd', readPage('/artikel/strategische-partnerschaft/'))!;
    expect(toString(meta)).toMatch(/^frühestens 19\. Juni 2024 – erschlossen/);
    expect(toString(select('.meta dd', readPage('/artikel/allianz-historischer-besuch/'))!)).toMatch(/^19\. Juni 2024 – laut Text/);
    const claimPage = readPage('/aussagen/vertrag-pjoengjang-2024/');
    const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', claimPage)!)) as {
      appearance: { headline: string; datePublished?: string }[];
    };
    const dates = Object.fromEntries(jsonLd.appearance.map((work) => [work.headline, work.datePublished]));
    expect(dates['Putin und Kim: Russland und Nordkorea vereinbaren strategische Partnerschaft']).toBeUndefined();
    expect(dates['Putin und Kim stärken Allianz bei historischem Besuch']).toBe('2024-06-19');
  });
});

describe('reviewed passages of a not-mentioned cell', () => {
  it('are in the export with reason and link, and behind a disclosure on the claim page', () => {
    const cell = cellOf('waffenlieferungen-vorwurf', 'einladung-nordkorea');
    expect(cell?.status).toBe('not-mentioned');
    expect(cell?.reviewed?.map((entry) => entry.url)).toEqual([
      '/artikel/einladung-nordkorea/#absatz-7',
      '/artikel/einladung-nordkorea/#absatz-11',
      '/artikel/einladung-nordkorea/#absatz-12',
      '/artikel/einladung-nordkorea/#absatz-13',
    ]);
    const section = select('section#einladung-nordkorea', readPage('/aussagen/waffenlieferungen-vorwurf/')) as Element;
    const details = select('details.geprueft', section)!;
    expect(toString(select('summary', details)!)).toBe('Geprüfte Stellen (4)');
    expect(selectAll('li a', details).map((a) => a.properties['href'])).toEqual(cell?.reviewed?.map((entry) => entry.url));
  });
});

describe('the audit’s corrections stay corrected', () => {
  it('quotes the lead of „Einladung nach Nordkorea“, which states the acceptance in its own voice', () => {
    expect(cellOf('einladung-nach-nordkorea', 'einladung-nordkorea')?.quotes[0]?.text).toBe(
      'Der russische Präsident Wladimir Putin hat eine formelle Einladung von Kim Jung-un angenommen',
    );
  });

  it('applies one rule to one-sided statements on the joint front: Putin’s and Kim’s alike are not a joint front', () => {
    expect(cellOf('gemeinsame-front-westen', 'strategische-partnerschaft')?.status).toBe('not-mentioned');
    expect(cellOf('gemeinsame-front-westen', 'einladung-nordkorea')?.status).toBe('not-mentioned');
    expect(cellOf('gemeinsame-front-westen', 'heiliger-kampf')?.status).toBe('reported');
  });

  it('needs the direction of arms deliveries for the accusation', () => {
    expect(cellOf('waffenlieferungen-vorwurf', 'einladung-nordkorea')?.status).toBe('not-mentioned');
  });

  it('has Kim in Russia from 12 September 2023 in the Faktenlage and on the timeline', () => {
    expect(toString(select('#faktenlage', readPage('/aussagen/gipfel-wostotschny-2023/'))!)).toContain('vom 12. bis 17. September 2023');
    const timeline = readPage('/themen/russland-nordkorea/zeitleiste/');
    expect(toString(select('li#gipfel-wostotschny-2023', timeline)!)).toContain('vom 12. bis 17. September 2023');
    expect(select('li#kim-einreise-2023 time[datetime="2023-09-12"]', timeline)).toBeDefined();
  });

  it('no longer links the Röper text, which names no agreement, to the treaty of 2000', () => {
    const entry = select('li#vertrag-2000', readPage('/themen/russland-nordkorea/zeitleiste/'))!;
    expect(selectAll('.stellen a', entry).map((a) => a.properties['href'])).toEqual(['/artikel/allianz-historischer-besuch/#absatz-5']);
  });

  it('gives the war its quoted names too, not only the texts’ own', () => {
    const quotes = cellOf('kriegsbezeichnung', 'allianz-historischer-besuch')?.quotes.map((quote) => quote.text);
    expect(quotes).toContain('mit den Kämpfen der russischen Regierung, des Militärs und des Volkes');
    expect(cellOf('kriegsbezeichnung', 'partnerschaftsvertrag')?.note).not.toMatch(/Spezialoperation/);
  });

  it('gives every added claim a cell for every text', () => {
    for (const id of ['kim-anreise-2023', 'beziehungen-neue-stufe', 'beziehungen-seit-sowjetzeit', 'putin-kritik-usa-2024', 'un-resolutionen-verstoss']) {
      expect(data.claims.find((claim) => claim.id === id)?.cells).toHaveLength(5);
    }
  });
});
