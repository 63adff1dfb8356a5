import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { toCsv, toExport } from '../../src/export/comparison.ts';

const corpus = checkContent(fileURLToPath(new URL('../fixtures/content/valid/', import.meta.url)));

describe('comparison export', () => {
  it('lists articles and claims with site-relative URLs', () => {
    const data = toExport(corpus);
    expect(data.articles).toEqual([
      { id: 'probe', title: 'Probe-Überschrift', published: '2024-06-19', publishedBasis: 'stated', event: 'vertrag-2024', url: '/artikel/probe/' },
    ]);
    expect(data.claims[0]).toMatchObject({
      id: 'probe-aussage',
      url: '/aussagen/probe-aussage/',
      cells: [
        {
          article: 'probe',
          status: 'reported',
          url: '/aussagen/probe-aussage/#probe',
          quotes: [{ text: 'Kim sicherte «volle   Unterstützung» zu', url: '/artikel/probe/#beleg-probe-aussage-1' }],
        },
      ],
    });
    expect(data.claims[0]?.cells[0]).not.toHaveProperty('note');
  });

  it('writes one CSV row per quote, every field quoted, CRLF line ends', () => {
    const csv = toCsv(toExport(corpus));
    expect(csv.split('\r\n')).toEqual([
      '"claim","claim_title","event","article","status","note","quote","url"',
      '"probe-aussage","Zusage der Unterstützung","vertrag-2024","probe","reported","","Kim sicherte «volle   Unterstützung» zu","/artikel/probe/#beleg-probe-aussage-1"',
      '',
    ]);
  });

  it('doubles quotation marks inside fields and gives an empty cell one row', () => {
    const csv = toCsv({
      articles: [],
      claims: [
        {
          id: 'c', title: 'Er sagte "ja"', event: 'gipfel-2023', description: '', url: '/aussagen/c/',
          cells: [{ article: 'a', status: 'not-mentioned', note: 'Anm., mit Komma', url: '/aussagen/c/#a', quotes: [] }],
        },
      ],
    });
    expect(csv.split('\r\n')[1]).toBe('"c","Er sagte ""ja""","gipfel-2023","a","not-mentioned","Anm., mit Komma","","/aussagen/c/#a"');
  });
});
