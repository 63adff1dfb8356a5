import { describe, expect, it } from 'vitest';
import { articleFacets, claimFacets, facetTags } from '../../src/search/facets.ts';
import { buildCorpus } from '../../src/corpus/corpus.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import type { ClaimData } from '../../src/schemas/claim.ts';

const article = (id: string, title: string, event: ArticleData['event'], byline: string | null) => ({
  id,
  file: `content/articles/${id}.md`,
  body: 'Ein Absatz über den Beistand.',
  data: {
    title,
    shortTitle: title,
    published: { date: new Date('2024-06-19T00:00:00Z'), basis: 'stated', asStated: '19. Juni 2024' },
    headerLines: [],
    byline,
    event,
    cites: [],
    summary: 'Zusammenfassung.',
    original: `${id}.txt`,
    provenance: [],
    dropped: [],
  } satisfies ArticleData,
});

describe('articleFacets', () => {
  it('filters a text by its title and its event, dates it by publication', () => {
    expect(articleFacets(article('a', 'Pakt: Beistand, sofort', 'vertrag-2024', '(DPA)'))).toEqual({
      filters: { text: ['Pakt: Beistand, sofort'], ereignis: ['Vertrag 2024'] },
      meta: { title: 'Pakt: Beistand, sofort', date: '2024-06-19', source: '(DPA)' },
      sort: { date: '2024-06-19' },
    });
  });

  it('has no source when the text names no author or agency', () => {
    expect(articleFacets(article('a', 'T', 'gipfel-2023', null)).meta).not.toHaveProperty('source');
  });
});

describe('claimFacets', () => {
  it('filters a claim by itself, its event and the texts that report it', () => {
    const claim: ClaimData = {
      title: 'Gegenseitiger Beistand',
      event: 'vertrag-2024',
      order: 1,
      description: 'Beschreibung.',
      cells: {
        a: { status: 'reported', quotes: ['Beistand'] },
        b: { status: 'not-mentioned' },
      },
    };
    const corpus = buildCorpus({
      articles: [article('a', 'Text A', 'vertrag-2024', null), article('b', 'Text B', 'vertrag-2024', null)],
      claims: [{ id: 'beistand', file: 'content/claims/beistand.yaml', data: claim }],
      originals: new Map([['a.txt', ''], ['b.txt', '']]),
    });
    expect(claimFacets(corpus.claims[0]!, corpus.articles)).toEqual({
      filters: { text: ['Text A'], ereignis: ['Vertrag 2024'], aussage: ['Gegenseitiger Beistand'] },
      meta: { title: 'Gegenseitiger Beistand', date: '2024-06-19' },
      sort: { date: '2024-06-19' },
    });
  });
});

describe('facetTags', () => {
  it('reads every value from a value attribute, so commas and colons stay data', () => {
    const tags = facetTags(articleFacets(article('a', 'Pakt: Beistand, sofort', 'vertrag-2024', null)));
    expect(tags).toEqual([
      { attribute: 'data-pagefind-filter', key: 'text[value]', value: 'Pakt: Beistand, sofort' },
      { attribute: 'data-pagefind-filter', key: 'ereignis[value]', value: 'Vertrag 2024' },
      { attribute: 'data-pagefind-meta', key: 'title[value]', value: 'Pakt: Beistand, sofort' },
      { attribute: 'data-pagefind-meta', key: 'date[value]', value: '2024-06-19' },
      { attribute: 'data-pagefind-sort', key: 'date[value]', value: '2024-06-19' },
    ]);
  });
});
