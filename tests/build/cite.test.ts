/**
 * „Zitieren“ on every story, claim and pair page: the German suggestion names the
 * permalink and the date to fill in, and the BibTeX and CSL-JSON files it
 * links parse and hold the same permalink.
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

describe('Zitieren', () => {
  it('is on every story, claim and pair page', () => {
    expect(citable).toHaveLength(1 + 27 + 10);
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

    const links = Object.fromEntries(selectAll('a[download]', section).map((a) => [toString(a), String(a.properties['href'])]));
    expect(Object.keys(links)).toEqual(['BibTeX', 'CSL-JSON']);
    const bibFile = fileFor(links['BibTeX'] ?? '');
    const cslFile = fileFor(links['CSL-JSON'] ?? '');
    expect(existsSync(bibFile) && existsSync(cslFile)).toBe(true);

    const [entry, ...more] = parseBibtex(readFileSync(bibFile, 'utf8'));
    expect(more).toEqual([]);
    expect(entry?.type).toBe('online');
    expect(entry?.fields['url']).toBe(permalink);
    expect(entry?.fields['urldate']).toBe('JJJJ-MM-TT');
    expect(entry?.fields['title']).toBe(`{${title}}`);
    expect(entry?.fields['version']).toBe(version);

    const items = JSON.parse(readFileSync(cslFile, 'utf8')) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'webpage', title, URL: permalink, 'container-title': 'nebeneinander', language: 'de', accessed: { literal: 'JJJJ-MM-TT' }, version });
    expect(items[0]?.['id']).toBe(entry?.key);
  });
});
