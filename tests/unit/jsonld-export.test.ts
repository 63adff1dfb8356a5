import { describe, expect, it } from 'vitest';
import { articleJsonLd, authorFromByline, datasetJsonLd, DOWNLOADS } from '../../src/export/jsonld.ts';
import type { Article } from '../../src/corpus/corpus.ts';

describe('authorFromByline', () => {
  it.each([
    ['Von Thomas Röper', { '@type': 'Person', name: 'Thomas Röper' }],
    ['(DPA)', { '@type': 'Organization', name: 'DPA' }],
    [' ( AFP ) ', { '@type': 'Organization', name: 'AFP' }],
  ])('%j names %j', (byline, author) => expect(authorFromByline(byline)).toEqual(author));

  it.each([[null], ['Redaktion'], ['Foto: dpa'], ['(Reuters/AP, 19. Juni)']])('%j names no author: its type would be a guess', (byline) =>
    expect(authorFromByline(byline)).toBeUndefined(),
  );
});

/** Only the fields articleJsonLd reads. */
function article(published: Article['data']['published'], byline: string | null): Article {
  return { id: 'probe', url: '/artikel/probe/', data: { title: 'Eine Überschrift', published, byline } } as unknown as Article;
}

describe('CreativeWork of a text', () => {
  const stated = { date: new Date('2024-06-19'), basis: 'stated', asStated: '19. Juni 2024' } as Article['data']['published'];
  const inferred = { date: new Date('2023-09-13'), basis: 'inferred', evidence: '…' } as Article['data']['published'];

  it('holds headline, stated date, named author and the page', () => {
    expect(articleJsonLd(article(stated, 'Von Thomas Röper'), new URL('https://example.org'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      headline: 'Eine Überschrift',
      inLanguage: 'de',
      datePublished: '2024-06-19',
      author: { '@type': 'Person', name: 'Thomas Röper' },
      mainEntityOfPage: 'https://example.org/artikel/probe/',
    });
  });

  it('leaves out an inferred date and a byline-less author', () => {
    const data = articleJsonLd(article(inferred, null), undefined);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('author');
    expect(data['mainEntityOfPage']).toBe('/artikel/probe/');
  });
});

describe('Dataset of /daten/', () => {
  it('names licence, the downloads with their formats, and the version once there is one', () => {
    const data = datasetJsonLd({ site: new URL('https://example.org'), texts: 5, claims: 22, version: '2026-11-20.1' });
    expect(data).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', version: '2026-11-20.1', url: 'https://example.org/daten/' });
    expect(data['description']).toMatch(/^5 deutschsprachige Nachrichtentexte und 22 Aussagen/);
    expect(data['distribution']).toEqual([
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://example.org/daten/vergleich.json' }),
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/daten/vergleich.csv' }),
      expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://example.org/daten/wortwahl.json' }),
    ]);
    expect(DOWNLOADS).toHaveLength(3);
  });

  it('has no version field while the data has none', () => {
    expect(datasetJsonLd({ site: undefined, texts: 5, claims: 22 })).not.toHaveProperty('version');
  });
});
