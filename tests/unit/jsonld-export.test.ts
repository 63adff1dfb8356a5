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
  const stated = { date: new Date('2024-06-19'), basis: 'stated', asStated: '19. Juni 2024', precision: 'day' } as Article['data']['published'];
  const inferred = { date: new Date('2023-09-13'), basis: 'inferred', evidence: '…', precision: 'on-or-after' } as Article['data']['published'];
  const inferredDay = { date: new Date('2023-09-13'), basis: 'inferred', evidence: '…', precision: 'day' } as Article['data']['published'];

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

  it('leaves out an inferred date even when it names a day', () => {
    expect(articleJsonLd(article(inferredDay, null), undefined)).not.toHaveProperty('datePublished');
  });

  it('leaves out an inferred date and a byline-less author', () => {
    const data = articleJsonLd(article(inferred, null), undefined);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('author');
    expect(data['mainEntityOfPage']).toBe('/artikel/probe/');
  });
});

describe('Dataset of /daten/', () => {
  const stories = [{ id: 'thema-a', title: 'Thema A' }];

  it('names licence, every download with its format, and the version once there is one', () => {
    const data = datasetJsonLd({ site: new URL('https://example.org'), texts: 5, claims: 22, stories, version: '2026-11-20.1' });
    expect(data).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', version: '2026-11-20.1', url: 'https://example.org/daten/' });
    expect(data['description']).toMatch(/^5 deutschsprachige Nachrichtentexte zu 1 Thema und 22 Aussagen/);
    expect((data['distribution'] as { encodingFormat: string; contentUrl: string }[]).map((d) => [d.contentUrl, d.encodingFormat])).toEqual([
      ['https://example.org/daten/vergleich.json', 'application/json'],
      ['https://example.org/daten/vergleich.csv', 'text/csv'],
      ['https://example.org/daten/wortwahl.json', 'application/json'],
      ['https://example.org/daten/themen/thema-a.json', 'application/json'],
      ['https://example.org/daten/themen/thema-a.csv', 'text/csv'],
    ]);
    expect(DOWNLOADS).toHaveLength(3);
  });

  it('has no version field while the data has none, and counts stories in the plural', () => {
    const data = datasetJsonLd({ site: undefined, texts: 9, claims: 30, stories: [...stories, { id: 'b', title: 'B' }] });
    expect(data).not.toHaveProperty('version');
    expect(data['description']).toMatch(/^9 deutschsprachige Nachrichtentexte zu 2 Themen und 30 Aussagen/);
  });
});
