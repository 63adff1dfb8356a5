import { describe, expect, it } from 'vitest';
import { findQuote, normalizeWhitespace } from '../../src/text/quote-match.ts';

const text = 'Kim sicherte Putin zudem «volle Unterstützung und Solidarität» für den\nrussischen Angriffskrieg zu.';

describe('findQuote', () => {
  it('finds a verbatim quote and maps it onto the original text', () => {
    const [range] = findQuote(text, '«volle Unterstützung und Solidarität»');
    expect(range).toBeDefined();
    expect(text.slice(range!.start, range!.end)).toBe('«volle Unterstützung und Solidarität»');
  });

  it('lets any whitespace run match any other', () => {
    const [range] = findQuote(text, 'für   den russischen\tAngriffskrieg');
    expect(text.slice(range!.start, range!.end)).toBe('für den\nrussischen Angriffskrieg');
  });

  it('reports a quote that is not there', () => {
    expect(findQuote(text, 'volle Unterstützung und Treue')).toEqual([]);
  });

  it('keeps umlauts exact: ue is not ü, and ü must not match u', () => {
    expect(findQuote(text, 'Unterstuetzung')).toEqual([]);
    expect(findQuote(text, 'Unterstutzung')).toEqual([]);
    expect(findQuote(text, 'Unterstützung')).toHaveLength(1);
  });

  it('does not treat quotation-mark variants as equal', () => {
    expect(findQuote(text, '"volle Unterstützung und Solidarität"')).toEqual([]);
    expect(findQuote(text, '„volle Unterstützung und Solidarität“')).toEqual([]);
    expect(findQuote('„Wendepunkt“', '"Wendepunkt"')).toEqual([]);
  });

  it('finds every occurrence', () => {
    expect(findQuote('Pjöngjang und Pjöngjang', 'Pjöngjang')).toEqual([
      { start: 0, end: 9 },
      { start: 14, end: 23 },
    ]);
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(text, '   ')).toEqual([]);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs and trims', () => {
    expect(normalizeWhitespace('  a \n\t b  ')).toBe('a b');
  });
});
