/**
 * „Zitieren“ on every story, claim and pair page: the German suggestion names the
 * permalink and the date to fill in, and the BibTeX and CSL-JSON files it
 * links (its story's, one of each per story) parse and hold the page's entry,
 * named on the page by its key, with the same permalink.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseBibtex } from '../support/formats.ts';
import { TEST_SITE } from '../support/site.ts';
import { fileFor, pagePaths, readPage, headingText } from './dist.ts';

/** The data version, as every page's footer names it (src/export/data-version.ts). */
const version = /Datenstand (\S+)/.exec(toString(select('footer.site-footer', readPage('/')) ?? readPage('/')))?.[1] ?? '';
const citable = pagePaths().filter((path) => /^\/(themen\/[a-z][^/]*|aussagen\/[^/]+|vergleich\/[^/]+--[^/]+)\/$/.test(path));
const isStory = (path: string) => /^\/themen\/[a-z][^/]*\/$/.test(path);
/** The story a page belongs to: itself, or the first link of its story navigation. */
const storyOf = (path: string) => (isStory(path) ? path : String(select('nav.story-nav p a', readPage(path))?.properties['href'] ?? ''));
const downloads = (path: string) => {
  const section = select('section.zitieren', readPage(path));
  return Object.fromEntries((section ? selectAll('a[download]', section) : []).map((a) => [toString(a), String(a.properties['href'])]));
};

describe('Zitieren', () => {
  it('is on every story, claim and pair page', () => {
    expect(citable.filter(isStory).length).toBeGreaterThan(0);
    expect(citable.every((path) => select('section.zitieren', readPage(path)) !== null)).toBe(true);
  });

  it('links one BibTeX and one CSL-JSON file per story, holding exactly the entries of its story, claim and pair pages', () => {
    const byFile = new Map<string, string[]>();
    for (const path of citable) {
      const file = downloads(path)['BibTeX'] ?? '';
      byFile.set(file, [...(byFile.get(file) ?? []), `${TEST_SITE}${path}`]);
      expect(downloads(storyOf(path)), `${path} links its story's files`).toEqual(downloads(path));
    }
    expect(byFile.size).toBe(citable.filter(isStory).length);
    for (const [file, permalinks] of byFile) {
      const entries = parseBibtex(readFileSync(fileFor(file), 'utf8'));
      expect(entries.map((entry) => entry.fields['url']).sort(), file).toEqual(permalinks.sort());
      const items = JSON.parse(readFileSync(fileFor(file.replace(/\.bib$/, '.json')), 'utf8')) as Record<string, unknown>[];
      expect(items.map((item) => item['id'])).toEqual(entries.map((entry) => entry.key));
    }
  });

  it('names the data version the footer names', () => {
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it.each(citable)('%s', (path) => {
    const page = readPage(path);
    const permalink = `${TEST_SITE}${path}`;
    const section = select('section.zitieren', page);
    expect(section, 'the „Zitieren“ section').toBeTruthy();
    if (!section) return;
    expect(toString(select('h2', section) ?? section)).toBe('Zitieren');
    const title = headingText(select('h1', page) ?? page);
    const suggestion = toString(select('p', section) ?? section);
    expect(suggestion).toContain(`In: nebeneinander, Datenstand ${version}. ${permalink} (abgerufen am TT.MM.JJJJ).`);
    expect(suggestion.startsWith('„')).toBe(true);
    expect(suggestion).toContain(title.replace(/„/g, '‚').replace(/“/g, '‘'));

    const links = downloads(path);
    expect(Object.keys(links)).toEqual(['BibTeX', 'CSL-JSON']);
    const bibFile = fileFor(links['BibTeX'] ?? '');
    const cslFile = fileFor(links['CSL-JSON'] ?? '');
    expect(existsSync(bibFile) && existsSync(cslFile)).toBe(true);

    const entries = parseBibtex(readFileSync(bibFile, 'utf8')).filter((candidate) => candidate.fields['url'] === permalink);
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    if (!isStory(path)) expect(toString(select('code', section) ?? section), 'the page names its entry').toBe(entry?.key);
    expect(entry?.type).toBe('online');
    expect(entry?.fields['url']).toBe(permalink);
    expect(entry?.fields['urldate']).toBe('JJJJ-MM-TT');
    expect(entry?.fields['title']).toBe(`{${title}}`);
    expect(entry?.fields['version']).toBe(version);

    const items = (JSON.parse(readFileSync(cslFile, 'utf8')) as Record<string, unknown>[]).filter((item) => item['URL'] === permalink);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'webpage', title, URL: permalink, 'container-title': 'nebeneinander', language: 'de', accessed: { literal: 'JJJJ-MM-TT' }, version });
    expect(items[0]?.['id']).toBe(entry?.key);
  });
});
