import { describe, expect, it } from 'vitest';
import { highlightWords, trimWord, withHighlight, wordRanges } from '../../src/lib/highlight.ts';

describe('highlightWords', () => {
  it('reads the words from ?markieren=, split on spaces, without duplicates or punctuation', () => {
    expect(highlightWords('?markieren=Sanktionen+sanktionieren%2C&markieren=sanktionen')).toEqual(['Sanktionen', 'sanktionieren']);
  });

  it('is empty without the parameter', () => {
    expect(highlightWords('?q=Beistand')).toEqual([]);
    expect(highlightWords('')).toEqual([]);
  });

  it('carries at most eight words', () => {
    const many = Array.from({ length: 12 }, (_, i) => `wort${i}`).join('+');
    expect(highlightWords(`?markieren=${many}`)).toHaveLength(8);
  });
});

describe('withHighlight', () => {
  it('puts the words before the fragment, so the browser still lands on the passage', () => {
    expect(withHighlight('/artikel/x/#absatz-5', ['Beistand'])).toBe('/artikel/x/?markieren=Beistand#absatz-5');
  });

  it('keeps other parameters and encodes umlauts', () => {
    expect(withHighlight('/aussagen/y/?a=1#z', ['Pjöngjang', 'Pjöngjangs'])).toBe(
      '/aussagen/y/?a=1&markieren=Pj%C3%B6ngjang+Pj%C3%B6ngjangs#z',
    );
  });

  it('leaves the URL alone without words', () => {
    expect(withHighlight('/artikel/x/#absatz-5', ['', '„'])).toBe('/artikel/x/#absatz-5');
  });
});

describe('wordRanges', () => {
  const text = 'Kim sicherte Putin «volle Unterstützung» zu; die Unterstützungsleistung blieb offen. unterstützung!';

  it('finds whole words, ignoring case, and never parts of longer words', () => {
    const ranges = wordRanges(text, ['Unterstützung']);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Unterstützung', 'unterstützung']);
  });

  it('keeps hyphenated names whole', () => {
    const name = 'eine Einladung von Kim Jung-un angenommen';
    expect(wordRanges(name, ['Jung-un']).map(({ start, end }) => name.slice(start, end))).toEqual(['Jung-un']);
    expect(wordRanges(name, ['Jung'])).toEqual([]);
  });

  it('finds nothing for no words', () => {
    expect(wordRanges(text, [])).toEqual([]);
  });
});

describe('trimWord', () => {
  it('strips German quotation marks and punctuation around a word', () => {
    expect(trimWord('„Sanktionen“,')).toBe('Sanktionen');
    expect(trimWord('«Kampf»')).toBe('Kampf');
    expect(trimWord('–')).toBe('');
  });
});
