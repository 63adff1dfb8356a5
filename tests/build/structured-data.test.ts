/**
 * JSON-LD and licences in the build: a Dataset on /daten/ whose downloads
 * exist, a CreativeWork on each text's page with only what the text states,
 * the Claim on each claim page; and every page says that the texts are third
 * parties' work under none of our licences.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { TEST_SITE } from '../support/site.ts';
import { checkContent } from '../support/content.ts';
import { ROOT, fileFor, fixtureSite, pagePaths, readPage, headingText } from './dist.ts';
import { STORIES_PER_PAGE } from '../../src/site/pages.ts';

function jsonLd(path: string, read = readPage): Record<string, unknown>[] {
  return selectAll('script[type="application/ld+json"]', read(path)).map((node) => JSON.parse(toString(node)) as Record<string, unknown>);
}

describe('Dataset on /daten/', () => {
  const [dataset, ...more] = jsonLd('/daten/');

  it('is the one JSON-LD block there, with name, description, licence and url', () => {
    expect(more).toEqual([]);
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      url: `${TEST_SITE}/daten/`,
      inLanguage: 'de',
    });
    expect(String(dataset?.['name'])).toMatch(/^nebeneinander/);
    const content = checkContent(ROOT);
    expect(String(dataset?.['description'])).toMatch(
      new RegExp(`^${content.articles.length} deutschsprachige Nachrichtentexte zu ${content.stories.length} (Thema|Themen) und ${content.claims.length} Aussagen`),
    );
    // The data version, as the footer names it.
    expect(toString(select('footer.site-footer', readPage('/daten/')) ?? readPage('/daten/'))).toContain(`Datenstand ${String(dataset?.['version'])}`);
  });

  it('lists each download, the stories’ too, with its format, each one built and linked from the page', () => {
    const distribution = dataset?.['distribution'] as { encodingFormat: string; contentUrl: string }[];
    const listed = distribution.map((download) => [download.contentUrl, download.encodingFormat]);
    expect(listed.slice(0, 3)).toEqual([
      [`${TEST_SITE}/daten/vergleich.json`, 'application/json'],
      [`${TEST_SITE}/daten/vergleich.csv`, 'text/csv'],
      [`${TEST_SITE}/daten/wortwahl.json`, 'application/json'],
    ]);
    // Then each story's two files.
    const stories = checkContent(ROOT).stories.map((story) => story.id);
    expect(listed.slice(3).sort()).toEqual(
      stories.flatMap((id) => [[`${TEST_SITE}/daten/themen/${id}.json`, 'application/json'], [`${TEST_SITE}/daten/themen/${id}.csv`, 'text/csv']]).sort(),
    );
    const links = selectAll('main a', readPage('/daten/')).map((a) => String(a.properties['href']));
    for (const { contentUrl } of distribution) {
      const path = new URL(contentUrl).pathname;
      expect(existsSync(fileFor(path)), path).toBe(true);
      expect(links).toContain(path);
    }
  });

  it('pages the stories\' downloads like /themen/: every story\'s two files on exactly one page, reached by the next links', () => {
    const stories = pagePaths().filter((path) => /^\/themen\/[a-z][^/]*\/$/.test(path));
    const linked: string[] = [];
    const seen = new Set<string>();
    for (let page: string | undefined = '/daten/'; page && !seen.has(page); ) {
      seen.add(page);
      const main = select('main', readPage(page)) ?? readPage(page);
      const files = selectAll('a', main)
        .map((a) => String(a.properties['href']))
        .filter((href) => href.startsWith('/daten/themen/'));
      expect(files.length / 2, `${page} lists at most ${STORIES_PER_PAGE} stories`).toBeLessThanOrEqual(STORIES_PER_PAGE);
      linked.push(...files);
      const next = select('a[rel="next"]', main);
      page = next ? String(next.properties['href']) : undefined;
    }
    expect([...seen].slice(1)).toEqual([...seen].slice(1).map((_, index) => `/daten/${index + 2}/`));
    expect(linked.sort()).toEqual(stories.flatMap((path) => ['csv', 'json'].map((format) => `/daten/themen/${path.split('/')[2]}.${format}`)).sort());
  });

  it('states the licences: CC BY 4.0 for our data, none for the texts, MIT for the code', () => {
    const text = toString(select('main', readPage('/daten/')) ?? readPage('/daten/'));
    expect(text).toMatch(/Creative Commons Namensnennung 4\.0 International \(CC BY 4\.0\)/);
    expect(text).toMatch(/Die Texte selbst sind Werke Dritter\..*stellen sie unter keine Lizenz/s);
    expect(text).toMatch(/MIT-Lizenz/);
  });
});

describe('CreativeWork on each text’s page', () => {
  const expected: Record<string, { datePublished?: string; author?: unknown }> = {
    // "Juni 19, 2024" stated, no byline
    'allianz-historischer-besuch': { datePublished: '2024-06-19' },
    // "Sep 15, 2023 11:52 Europe/Berlin" stated, no byline
    'einladung-nordkorea': { datePublished: '2023-09-15' },
    // date inferred, no byline
    'heiliger-kampf': {},
    // "Von Thomas Röper – 19. Juni 2024"
    partnerschaftsvertrag: { datePublished: '2024-06-19', author: { '@type': 'Person', name: 'Thomas Röper' } },
    // date inferred; agency line "(DPA)"
    'strategische-partnerschaft': { author: { '@type': 'Organization', name: 'DPA' } },
  };

  it.each(Object.entries(expected))('%s', (id, known) => {
    const path = `/artikel/${id}/`;
    const [work, ...more] = jsonLd(path, fixtureSite.readPage);
    expect(more).toEqual([]);
    expect(work).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      headline: headingText(select('h1', fixtureSite.readPage(path)) ?? fixtureSite.readPage(path)),
      inLanguage: 'de',
      ...known,
      mainEntityOfPage: `${TEST_SITE}${path}`,
    });
  });

  it('covers every text', () => {
    expect(fixtureSite.pagePaths().filter((path) => /^\/artikel\/[^/]+\/$/.test(path)).sort()).toEqual(Object.keys(expected).map((id) => `/artikel/${id}/`).sort());
    // On the site itself, every text has its one CreativeWork.
    for (const path of pagePaths().filter((candidate) => /^\/artikel\/[^/]+\/$/.test(candidate))) {
      expect(jsonLd(path).map((data) => data['@type']), path).toEqual(['CreativeWork']);
    }
  });
});

describe('Claim on each claim page', () => {
  const claims = pagePaths().filter((path) => /^\/aussagen\/[^/]+\/$/.test(path));
  it.each(claims)('%s', (path) => {
    expect(jsonLd(path).map((data) => data['@type'])).toEqual(['Claim']);
  });
});

describe('the texts are third parties’ work', () => {
  it.each(pagePaths())('%s says so in its footer and links the licences', (path) => {
    const footer = select('footer.site-footer', readPage(path));
    expect(footer).toBeTruthy();
    if (!footer) return;
    expect(toString(footer)).toMatch(/Die Texte sind Werke Dritter, unverändert und nur zum Vergleich wiedergegeben; für sie gilt keine unserer Lizenzen\./);
    expect(selectAll('a', footer).map((a) => a.properties['href'])).toContain('/daten/');
  });
});
