import { describe, expect, it } from 'vitest';
import { normalizeQuery, pagefindFilters, readSearchState, searchQueryString, searchUrl } from '../../src/search/state.ts';

describe('readSearchState', () => {
  it('reads the query, filters and order from the URL', () => {
    expect(readSearchState('?q=Beistand&ereignis=Vertrag+2024&sortierung=neueste')).toEqual({
      q: 'Beistand',
      filters: { ereignis: 'Vertrag 2024' },
      sort: 'neueste',
    });
  });

  it('falls back to an empty query, no filters and relevance', () => {
    expect(readSearchState('')).toEqual({ q: '', filters: {}, sort: 'relevanz' });
    expect(readSearchState('?sortierung=zufall&text=')).toEqual({ q: '', filters: {}, sort: 'relevanz' });
  });

  it('decodes umlauts and collapses whitespace as the header form sends them', () => {
    expect(readSearchState('?q=Pj%C3%B6ngjang++Vertrag+').q).toBe('Pjöngjang Vertrag');
  });
});

describe('searchQueryString', () => {
  it('writes only what differs from the defaults', () => {
    expect(searchQueryString({ q: ' Sanktion ', filters: {}, sort: 'relevanz' })).toBe('?q=Sanktion');
    expect(searchQueryString({ q: '', filters: {}, sort: 'relevanz' })).toBe('');
  });

  it('round-trips through readSearchState', () => {
    const state = { q: 'heiliger Kampf', filters: { text: 'Putin und Kim: Russland, Nordkorea', ereignis: 'Gipfel 2023' }, sort: 'aelteste' as const };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });

  it('gives the search page URL', () => {
    expect(searchUrl({ q: 'Kim', filters: {}, sort: 'relevanz' })).toBe('/suche/?q=Kim');
  });
});

describe('normalizeQuery and pagefindFilters', () => {
  it('cuts overlong queries', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
  });

  it('passes only the filters that are set', () => {
    expect(pagefindFilters({ q: 'x', filters: { ereignis: 'Gipfel 2023' }, sort: 'relevanz' })).toEqual({ ereignis: 'Gipfel 2023' });
  });
});
