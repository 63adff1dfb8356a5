import { describe, expect, it } from 'vitest';
import { articleFacets, claimFacets, facetTags } from '../../src/search/facets.ts';
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

const article = (id: string, title: string, event: string, byline: string | null) => ({
  id,
  file: `content/articles/${id}.md`,
  body: 'Ein Absatz über den Beistand.',
  data: {
    title,
    shortTitle: title,
    published: { date: new Date('2024-06-19T00:00:00Z'), precision: 'day', basis: 'stated', asStated: '19. Juni 2024' },
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
      filters: { text: ['Pakt: Beistand, sofort'], thema: ['Pakt und Gipfel'], ereignis: ['Vertrag 2024'] },
      meta: { title: 'Pakt: Beistand, sofort', date: '2024-06-19', source: '(DPA)' },
      sort: { date: '2024-06-19' },
    });
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
      filters: { text: ['Text A'], thema: ['Pakt und Gipfel'], ereignis: ['Vertrag 2024'], aussage: ['Gegenseitiger Beistand'] },
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
      { attribute: 'data-pagefind-meta', key: 'title[value]', value: 'Pakt: Beistand, sofort' },
      { attribute: 'data-pagefind-meta', key: 'date[value]', value: '2024-06-19' },
      { attribute: 'data-pagefind-sort', key: 'date[value]', value: '2024-06-19' },
    ]);
  });
});
