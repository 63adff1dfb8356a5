import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  phraseHits,
  queryTerms,
  sameWord,
  statusMessage,
  trimWord,
  toResultView,
  type PagefindResultData,
} from '../../src/search/results.ts';

describe('excerptParts', () => {
  it('splits Pagefind excerpts into marked and plain text, decoding entities', () => {
    expect(excerptParts('Er sagte &quot;nein&quot; &amp; <mark>Sanktionen</mark> folgen')).toEqual([
      { text: 'Er sagte "nein" & ', mark: false },
      { text: 'Sanktionen', mark: true },
      { text: ' folgen', mark: false },
    ]);
  });

  it('keeps punctuation around a hit outside the mark', () => {
    expect(excerptParts('Unternehmen zu <mark>sanktionieren,</mark> die')).toEqual([
      { text: 'Unternehmen zu ', mark: false },
      { text: 'sanktionieren', mark: true },
      { text: ', die', mark: false },
    ]);
  });

  it('drops the marks between the parts of compounds that only the index carries', () => {
    expect(excerptParts('die <mark>Militär~satelliten</mark> und Raum~fahrt, ca. ~5')).toEqual([
      { text: 'die ', mark: false },
      { text: 'Militärsatelliten', mark: true },
      { text: ' und Raumfahrt, ca. ~5', mark: false },
    ]);
  });

  it('never turns markup in the text into elements', () => {
    expect(excerptParts('&lt;script&gt;')).toEqual([{ text: '<script>', mark: false }]);
  });
});

describe('trimWord', () => {
  it('strips German quotation marks and punctuation around a word', () => {
    expect(trimWord('„Sanktionen“,')).toBe('Sanktionen');
    expect(trimWord('«Kampf»')).toBe('Kampf');
    expect(trimWord('–')).toBe('');
  });
});

const data: PagefindResultData = {
  url: '/artikel/einladung-nordkorea/',
  excerpt: 'zusätzliche <mark>Sanktionen</mark> gegen Moskau',
  content: 'Eins zwei. zusätzliche Sanktionen gegen Moskau. Unternehmen zu sanktionieren, die',
  locations: [3, 8],
  meta: { title: 'Putin nimmt formelle Einladung an', date: '2023-09-15', source: '(DPA)' },
  sub_results: [
    { title: 'Putin nimmt formelle Einladung an', url: '/artikel/einladung-nordkorea/', excerpt: 'x', locations: [] },
    {
      title: 'Absatz 10',
      url: '/artikel/einladung-nordkorea/#absatz-10',
      excerpt: 'zusätzliche <mark>Sanktionen</mark> gegen',
      locations: [3],
      anchor: { element: 'p', id: 'absatz-10', location: 2, title: 'Absatz 10' },
    },
    {
      title: 'Absatz 11',
      url: '/artikel/einladung-nordkorea/#absatz-11',
      excerpt: 'zu <mark>sanktionieren,</mark> die',
      locations: [8],
      anchor: { element: 'p', id: 'absatz-11', location: 6, title: 'Absatz 11' },
    },
  ],
};

describe('toResultView', () => {
  const view = toResultView(data);

  it('shows title, kind, German date and source', () => {
    expect(view).toMatchObject({
      url: '/artikel/einladung-nordkorea/',
      title: 'Putin nimmt formelle Einladung an',
      kind: 'Text',
      date: { iso: '2023-09-15', label: '15. September 2023', earliest: false },
      source: '(DPA)',
    });
  });

  it('names the story from the page\'s thema filter, and nothing when the page has none', () => {
    expect(toResultView({ ...data, filters: { thema: ['Russland und Nordkorea'] } }).story).toBe('Russland und Nordkorea');
    expect(view.story).toBeUndefined();
  });

  it('links each passage with a hit to the passage itself', () => {
    expect(view.passages.map((passage) => [passage.title, passage.url])).toEqual([
      ['Absatz 10', '/artikel/einladung-nordkorea/#absatz-10'],
      ['Absatz 11', '/artikel/einladung-nordkorea/#absatz-11'],
    ]);
  });

  it('puts the passages with most hits first and shows at most the given number', () => {
    const busy = { ...data, sub_results: data.sub_results.map((sub) => (sub.title === 'Absatz 11' ? { ...sub, locations: [8, 8] } : sub)) };
    expect(toResultView(busy, '', 1).passages.map((passage) => passage.title)).toEqual(['Absatz 11']);
  });

  it('falls back to the page when no passage has a hit (e.g. a hit in the title)', () => {
    const titleOnly = toResultView({ ...data, locations: [], sub_results: [] });
    expect(titleOnly.passages).toEqual([
      { title: 'Seitenanfang', url: '/artikel/einladung-nordkorea/', excerpt: excerptParts(data.excerpt) },
    ]);
  });

  it('keeps „frühestens“ for a date that is only the earliest day', () => {
    const inferred = toResultView({ ...data, meta: { ...data.meta, precision: 'frühestens' } });
    expect(inferred.date).toEqual({ iso: '2023-09-15', label: '15. September 2023', earliest: true });
  });

  it('puts the passage holding the whole phrase first, before one with more hits of a single word', () => {
    // Words 0–4: Absatz 1 has „Kampf“ twice; words 5–9: Absatz 2 has „heiligen Kampf“ once.
    const content = 'Der Kampf und der Kampf. Im „heiligen Kampf“ gegen alle.';
    const phrase: PagefindResultData = {
      ...data,
      content,
      locations: [1, 4, 6, 7],
      sub_results: [
        { title: 'Absatz 1', url: '/a/#absatz-1', excerpt: 'Der <mark>Kampf</mark>', locations: [1, 4], anchor: { element: 'p', id: 'absatz-1', location: 0 } },
        { title: 'Absatz 2', url: '/a/#absatz-2', excerpt: 'Im <mark>„heiligen</mark>', locations: [6, 7], anchor: { element: 'p', id: 'absatz-2', location: 5 } },
      ],
    };
    expect(toResultView(phrase, 'heiliger Kampf').passages.map((passage) => passage.title)).toEqual(['Absatz 2', 'Absatz 1']);
    // Without a phrase query the count of hits decides, as before.
    expect(toResultView(phrase, 'Kampf').passages.map((passage) => passage.title)).toEqual(['Absatz 1', 'Absatz 2']);
  });

  it('names claim pages and leaves out a date it cannot read', () => {
    const claim = toResultView({ ...data, url: '/aussagen/beistandsklausel/', meta: { title: 'Beistand', date: 'bald' } });
    expect(claim.kind).toBe('Aussage');
    expect(claim.date).toBeUndefined();
    expect(claim.source).toBeUndefined();
  });
});

describe('phrases', () => {
  it('folds query words: case, quotes, umlauts, ß; drops one-letter words', () => {
    expect(queryTerms(' „Heiliger  Kampf“ a ')).toEqual(['heiliger', 'kampf']);
    expect(queryTerms('Pjöngjang Straße')).toEqual(['pjongjang', 'strasse']);
  });

  it('takes inflected forms and compounds marked for the index as the same word, and other words not', () => {
    expect(sameWord('„heiligen', 'heiliger')).toBe(true);
    expect(sameWord('Sanktionen', 'sanktion')).toBe(true);
    expect(sameWord('Militär~satelliten', 'militarsatelliten')).toBe(true);
    expect(sameWord('Heimat', 'heiliger')).toBe(false);
    expect(sameWord('Kampfes', 'krampf')).toBe(false);
  });

  it('counts the hits that start the phrase in order, none for a single word', () => {
    const words = 'im heiligen Kampf und Kampf heiligen'.split(' ');
    expect(phraseHits(words, [1, 2, 4, 5], ['heiliger', 'kampf'])).toBe(1);
    expect(phraseHits(words, [2, 4], ['kampf'])).toBe(0);
  });
});

describe('statusMessage', () => {
  it('counts pages in German and says when a filter narrows them', () => {
    expect(statusMessage(1, 'Beistand', false)).toBe('1 Seite mit Treffern für „Beistand“.');
    expect(statusMessage(3, 'Krieg', true)).toBe('3 Seiten mit Treffern für „Krieg“ (mit Filter).');
    expect(statusMessage(0, 'Xylophon', false)).toBe('Keine Treffer für „Xylophon“.');
  });
});
