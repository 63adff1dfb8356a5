import { describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, bibtexFile, citationText, cslJson, cslJsonFile, germanQuoted, type CitationInput } from '../../src/export/citation.ts';
import { parseBibtex } from '../support/formats.ts';

const claim: CitationInput = {
  id: 'nebeneinander-aussage-beistandsklausel',
  title: 'Gegenseitiger Beistand im Angriffsfall',
  genre: 'Aussage im Vergleich',
  url: 'https://example.org/aussagen/beistandsklausel/',
};

describe('the German citation', () => {
  it('names title, kind, site, permalink and a date the reader fills in', () => {
    expect(citationText(claim)).toBe(
      '„Gegenseitiger Beistand im Angriffsfall“. Aussage im Vergleich. In: nebeneinander. https://example.org/aussagen/beistandsklausel/ (abgerufen am TT.MM.JJJJ).',
    );
  });

  it('names the data version once there is one', () => {
    expect(citationText({ ...claim, version: '2026-11-20.1' })).toContain('In: nebeneinander, Datenstand 2026-11-20.1. https://');
  });

  it('turns quotation marks inside a title into single ones', () => {
    expect(germanQuoted('„Heiliger Kampf“ und Allianz')).toBe('„‚Heiliger Kampf‘ und Allianz“');
  });
});

describe('BibTeX', () => {
  it('is one biblatex @online entry with the permalink, a urldate to fill in and the German language', () => {
    const [entry, ...rest] = parseBibtex(bibtex(claim));
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      type: 'online',
      key: 'nebeneinander-aussage-beistandsklausel',
      fields: {
        title: '{Gegenseitiger Beistand im Angriffsfall}',
        titleaddon: 'Aussage im Vergleich',
        organization: 'nebeneinander',
        url: 'https://example.org/aussagen/beistandsklausel/',
        urldate: 'JJJJ-MM-TT',
        langid: 'ngerman',
      },
    });
  });

  it('carries the data version once there is one', () => {
    expect(parseBibtex(bibtex({ ...claim, version: '2026-11-20.1' }))[0]?.fields['version']).toBe('2026-11-20.1');
  });

  it('escapes what TeX would read as commands, keeping umlauts and German quotes', () => {
    expect(bibtexEscape('50 % & #1 $x_y^2~{a}\\b „Ä“')).toBe('50 \\% \\& \\#1 \\$x\\_y\\textasciicircum{}2\\textasciitilde{}\\{a\\}\\textbackslash{}b „Ä“');
    const title = 'Preise {steigen} um 5 % & mehr';
    expect(parseBibtex(bibtex({ ...claim, title }))[0]?.fields['title']).toBe(`{${bibtexEscape(title)}}`);
  });

  it('refuses a URL that would break the field', () => {
    expect(() => bibtex({ ...claim, url: 'https://example.org/a}b/' })).toThrow(/cannot go into BibTeX/);
  });
});

describe('CSL-JSON', () => {
  it('is an array of one webpage item with the permalink and an accessed date to fill in', () => {
    const items = JSON.parse(JSON.stringify(cslJson(claim))) as Record<string, unknown>[];
    expect(items).toEqual([
      {
        id: 'nebeneinander-aussage-beistandsklausel',
        type: 'webpage',
        title: 'Gegenseitiger Beistand im Angriffsfall',
        genre: 'Aussage im Vergleich',
        'container-title': 'nebeneinander',
        publisher: 'nebeneinander',
        URL: 'https://example.org/aussagen/beistandsklausel/',
        language: 'de',
        accessed: { literal: 'JJJJ-MM-TT' },
      },
    ]);
    expect(cslJson({ ...claim, version: '3' })[0]?.['version']).toBe('3');
  });
});

describe('a story\'s citation file', () => {
  const pair: CitationInput = { id: 'nebeneinander-textpaar-a--b', title: 'A und B im Vergleich', genre: 'Textpaar im Vergleich', url: 'https://example.org/vergleich/a--b/' };

  it('holds one BibTeX entry per page, in order, with the note to fill in the date once', () => {
    const text = bibtexFile([claim, pair]);
    expect(parseBibtex(text).map((entry) => [entry.key, entry.fields['url']])).toEqual([
      [claim.id, claim.url],
      [pair.id, pair.url],
    ]);
    expect(text.match(/Tragen Sie bei urldate/g)).toHaveLength(1);
    expect(bibtex(claim)).toBe(bibtexFile([claim]));
  });

  it('holds one CSL-JSON item per page, in order', () => {
    const items = JSON.parse(cslJsonFile([claim, pair])) as Record<string, unknown>[];
    expect(items.map((item) => item['id'])).toEqual([claim.id, pair.id]);
    expect(items[1]).toEqual(cslJson(pair)[0]);
  });
});
