import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { STATUSES, toCsv, toExport } from '../../src/export/comparison.ts';

const fixture = (name: string) => checkContent(fileURLToPath(new URL(`../fixtures/content/${name}/`, import.meta.url)));
const corpus = fixture('valid');

describe('comparison export', () => {
  it('names its data version and the corrections page', () => {
    const data = toExport(corpus, '2026-11-26.1');
    expect(data.version).toBe('2026-11-26.1');
    expect(data.corrections).toBe('/korrekturen/');
  });

  it('lists stories, articles and claims with site-relative URLs', () => {
    const data = toExport(corpus, '2026-11-26.1');
    expect(data.stories.map((story) => [story.id, story.url, story.events.map((event) => [event.id, event.date])])).toEqual([
      ['probe-thema', '/themen/probe-thema/', [['gipfel-2023', '2023-09-13'], ['vertrag-2024', '2024-06-19']]],
    ]);
    expect(data.articles).toEqual([
      {
        id: 'probe',
        story: 'probe-thema',
        title: 'Probe-Überschrift',
        published: '2024-06-19',
        publishedBasis: 'stated',
        publishedPrecision: 'day',
        event: 'vertrag-2024',
        url: '/artikel/probe/',
      },
    ]);
    expect(data.claims[0]).toMatchObject({
      id: 'probe-aussage',
      story: 'probe-thema',
      event: 'vertrag-2024',
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

  it('carries the wording each pair of texts shares, with both places, in the story', () => {
    // tests/fixtures/content/shared-wording: probe (2024-06-19) and probe-zwei (2024-06-20) both write
    // „Kim sicherte «volle Unterstützung» zu“ (5 words). In probe's absatz-2 („Zweiter Absatz: …“) it
    // starts after 16 characters; in probe-zwei's absatz-1 („Laut Agentur: …“) after 14; 37 long.
    const [story] = toExport(fixture('shared-wording'), '2026-11-26.1').stories;
    const text = 'Kim sicherte «volle Unterstützung» zu';
    expect(story?.sharedWording).toEqual([
      {
        left: 'probe',
        right: 'probe-zwei',
        url: '/vergleich/probe--probe-zwei/',
        spans: [
          {
            words: 5,
            left: { passage: 'absatz-2', text, start: 16, end: 53, url: '/artikel/probe/#absatz-2' },
            right: { passage: 'absatz-1', text, start: 14, end: 51, url: '/artikel/probe-zwei/#absatz-1' },
          },
        ],
      },
    ]);
    // One text alone shares nothing.
    expect(toExport(corpus, '2026-11-26.1').stories[0]?.sharedWording).toEqual([]);
  });

  it('documents every cell status in the data itself', () => {
    expect(Object.keys(toExport(corpus, '2026-11-26.1').statuses)).toEqual(['reported', 'not-mentioned', 'not-applicable']);
  });

  it('writes one CSV row per quote, every field quoted, CRLF line ends', () => {
    const csv = toCsv(toExport(corpus, '2026-11-26.1'));
    expect(csv.split('\r\n')).toEqual([
      '"story","claim","claim_title","event","article","status","note","quote","url","data_version"',
      '"probe-thema","probe-aussage","Zusage der Unterstützung","vertrag-2024","probe","reported","","Kim sicherte «volle   Unterstützung» zu","/artikel/probe/#beleg-probe-aussage-1","2026-11-26.1"',
      '',
    ]);
  });

  it("carries the cell of a text published before the claim's event as its own status", () => {
    // not-applicable: the text appeared on 2023-09-14, the claim's event is on 2024-06-19.
    const [, row] = toCsv(toExport(fixture('not-applicable'), '2026-11-26.1')).split('\r\n');
    expect(row).toBe(
      '"probe-thema","probe-aussage","Zusage der Unterstützung","vertrag-2024","probe","not-applicable","","","/aussagen/probe-aussage/#probe","2026-11-26.1"',
    );
  });

  it('doubles quotation marks inside fields and gives an empty cell one row', () => {
    const csv = toCsv({
      version: '2026-11-26.2',
      corrections: '/korrekturen/',
      statuses: STATUSES,
      stories: [],
      articles: [],
      claims: [
        {
          id: 'c', story: 's', title: 'Er sagte "ja"', event: null, description: '', url: '/aussagen/c/',
          cells: [{ article: 'a', status: 'not-mentioned', note: 'Anm., mit Komma', url: '/aussagen/c/#a', quotes: [] }],
        },
      ],
    });
    expect(csv.split('\r\n')[1]).toBe('"s","c","Er sagte ""ja""","","a","not-mentioned","Anm., mit Komma","","/aussagen/c/#a","2026-11-26.2"');
  });
});
