import { describe, expect, it } from 'vitest';
import { articleFacets, claimFacets, facetTags, pageFacets, pairFacets } from '../../src/search/facets.ts';
import { buildCorpus, type Corpus } from '../../src/corpus/corpus.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import type { ClaimData } from '../../src/schemas/claim.ts';
import type { StoryData } from '../../src/schemas/story.ts';

const STORY: StoryData = {
  title: 'Pakt und Gipfel',
  summary: 'Ein Thema.',
  events: [
    { id: 'gipfel-2023', label: 'Gipfel', short: 'Gipfel 2023', date: new Date('2023-09-13T00:00:00Z'), topic: 'zum Gipfel', description: 'Gipfel.' },
    { id: 'vertrag-2024', label: 'Vertrag', short: 'Vertrag 2024', date: new Date('2024-06-19T00:00:00Z'), topic: 'zum Vertrag', description: 'Vertrag.' },
  ],
};

const article = (id: string, title: string, event: string, byline: string | null, precision: 'day' | 'on-or-after' = 'day') => ({
  id,
  file: `content/articles/${id}.md`,
  body: 'Ein Absatz über den Beistand.',
  data: {
    title,
    shortTitle: title,
    published: { date: new Date('2024-06-19T00:00:00Z'), precision, basis: 'stated', asStated: '19. Juni 2024' },
    headerLines: [],
    byline,
    story: 'pakt',
    event,
    cites: [],
    summary: 'Zusammenfassung.',
    original: `${id}.txt`,
    provenance: [],
    dropped: [],
  } satisfies ArticleData,
});

function corpusOf(articles: ReturnType<typeof article>[], claims: { id: string; data: ClaimData }[] = []): Corpus {
  return buildCorpus({
    stories: [{ id: 'pakt', file: 'content/stories/pakt.yaml', data: STORY }],
    articles,
    claims: claims.map((claim) => ({ ...claim, file: `content/claims/${claim.id}.yaml` })),
    originals: new Map(articles.map((a) => [`${a.id}.txt`, ''])),
  });
}

describe('articleFacets', () => {
  it('filters a text by its title, its story and its event, dates it by publication and names its story', () => {
    const corpus = corpusOf([article('a', 'Pakt: Beistand, sofort', 'vertrag-2024', '(DPA)')]);
    expect(articleFacets(corpus.articles[0]!, corpus.stories[0]!)).toEqual({
      filters: { text: ['Pakt: Beistand, sofort'], thema: ['Pakt und Gipfel'], ereignis: ['Vertrag 2024'], art: ['Text'] },
      meta: { title: 'Pakt: Beistand, sofort', date: '2024-06-19', source: '(DPA)' },
      sort: { date: '2024-06-19' },
    });
  });

  it('marks a date that is only the earliest day as „frühestens“, and an exact day not at all', () => {
    const corpus = corpusOf([article('a', 'T', 'gipfel-2023', null, 'on-or-after'), article('b', 'U', 'gipfel-2023', null)]);
    expect(articleFacets(corpus.articles[0]!, corpus.stories[0]!).meta).toMatchObject({ date: '2024-06-19', precision: 'frühestens' });
    expect(articleFacets(corpus.articles[1]!, corpus.stories[0]!).meta).not.toHaveProperty('precision');
  });

  it('has no source when the text names no author or agency', () => {
    const corpus = corpusOf([article('a', 'T', 'gipfel-2023', null)]);
    expect(articleFacets(corpus.articles[0]!, corpus.stories[0]!).meta).not.toHaveProperty('source');
  });
});

describe('claimFacets', () => {
  it('filters a claim by itself, its story, its event and the texts that report it', () => {
    const claim: ClaimData = {
      title: 'Gegenseitiger Beistand',
      story: 'pakt',
      event: 'vertrag-2024',
      order: 1,
      description: 'Beschreibung.',
      cells: { a: { status: 'reported', quotes: ['Beistand'] }, b: { status: 'not-mentioned', reviewed: [] } },
    };
    const corpus = corpusOf([article('a', 'Text A', 'vertrag-2024', null), article('b', 'Text B', 'vertrag-2024', null)], [{ id: 'beistand', data: claim }]);
    expect(claimFacets(corpus.claims[0]!, corpus.stories[0]!)).toEqual({
      filters: { text: ['Text A'], thema: ['Pakt und Gipfel'], ereignis: ['Vertrag 2024'], aussage: ['Gegenseitiger Beistand'], art: ['Aussage'] },
      meta: { title: 'Gegenseitiger Beistand', date: '2024-06-19' },
      sort: { date: '2024-06-19' },
    });
  });

  it('files a claim about the whole story under each of its events, dated by the first', () => {
    const claim: ClaimData = { title: 'Ganz', story: 'pakt', order: 1, description: 'B.', cells: { a: { status: 'not-mentioned', reviewed: [] } } };
    const corpus = corpusOf([article('a', 'Text A', 'vertrag-2024', null)], [{ id: 'ganz', data: claim }]);
    const facets = claimFacets(corpus.claims[0]!, corpus.stories[0]!);
    expect(facets.filters.ereignis).toEqual(['Gipfel 2023', 'Vertrag 2024']);
    expect(facets.meta.date).toBe('2023-09-13');
  });
});

describe('facetTags', () => {
  it('reads every value from a value attribute, so commas and colons stay data', () => {
    const corpus = corpusOf([article('a', 'Pakt: Beistand, sofort', 'vertrag-2024', null)]);
    const tags = facetTags(articleFacets(corpus.articles[0]!, corpus.stories[0]!));
    expect(tags).toEqual([
      { attribute: 'data-pagefind-filter', key: 'thema[value]', value: 'Pakt und Gipfel' },
      { attribute: 'data-pagefind-filter', key: 'text[value]', value: 'Pakt: Beistand, sofort' },
      { attribute: 'data-pagefind-filter', key: 'ereignis[value]', value: 'Vertrag 2024' },
      { attribute: 'data-pagefind-filter', key: 'art[value]', value: 'Text' },
      { attribute: 'data-pagefind-meta', key: 'title[value]', value: 'Pakt: Beistand, sofort' },
      { attribute: 'data-pagefind-meta', key: 'date[value]', value: '2024-06-19' },
      { attribute: 'data-pagefind-sort', key: 'date[value]', value: '2024-06-19' },
    ]);
  });
});

describe('pageFacets and pairFacets', () => {
  it('a page of our own words is of kind Seite, in its story, titled, and has no date to sort by', () => {
    const corpus = corpusOf([article('a', 'Text A', 'vertrag-2024', null)]);
    expect(facetTags(pageFacets('Zeitleiste', corpus.stories[0]!))).toEqual([
      { attribute: 'data-pagefind-filter', key: 'thema[value]', value: 'Pakt und Gipfel' },
      { attribute: 'data-pagefind-filter', key: 'art[value]', value: 'Seite' },
      { attribute: 'data-pagefind-meta', key: 'title[value]', value: 'Zeitleiste' },
    ]);
  });

  it('a pair page is found under either text and each event once', () => {
    const corpus = corpusOf([
      article('a', 'Text A', 'gipfel-2023', null),
      article('b', 'Text B', 'vertrag-2024', null),
      article('c', 'Text C', 'vertrag-2024', null),
    ]);
    const [a, b, c] = corpus.articles as [Corpus['articles'][0], Corpus['articles'][0], Corpus['articles'][0]];
    const story = corpus.stories[0]!;
    expect(pairFacets('A und B im Vergleich', [a, b], story).filters).toEqual({
      text: ['Text A', 'Text B'],
      thema: ['Pakt und Gipfel'],
      ereignis: ['Gipfel 2023', 'Vertrag 2024'],
      art: ['Seite'],
    });
    expect(pairFacets('B und C im Vergleich', [b, c], story).filters.ereignis).toEqual(['Vertrag 2024']);
  });
});
