/**
 * The small helpers issue 14 added for reading: quotation marks around titles,
 * soft hyphens for narrow headers, standard notes, and what the Markdown
 * plugins add to a text. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/site/quoted.ts';
import { SOFT_HYPHEN, softHyphens } from '../../src/site/hyphenate.ts';
import { standardNotes } from '../../src/corpus/standard-notes.ts';
import { isAddedToText } from '../../src/markdown/added.ts';
import type { Text } from 'hast';
import type { Cell } from '../../src/corpus/corpus.ts';

describe('quoted', () => {
  it('wraps a plain title once', () => {
    expect(quoted('Partnerschaftsvertrag (Röper)')).toBe('„Partnerschaftsvertrag (Röper)“');
  });

  it('keeps a title that is a quotation as it is: no „„Heiliger Kampf““', () => {
    expect(quoted('„Heiliger Kampf“')).toBe('„Heiliger Kampf“');
    expect(quoted(' „Heiliger Kampf“ ')).toBe('„Heiliger Kampf“');
  });

  it('sets a quote inside a title in single marks, as German does within a quote', () => {
    expect(quoted('Kim stellt sich hinter Russlands „heiligen Kampf“')).toBe('„Kim stellt sich hinter Russlands ‚heiligen Kampf‘“');
    expect(quoted('Beziehungen auf „neuer Ebene“ oder „neuer Stufe“')).toBe('„Beziehungen auf ‚neuer Ebene‘ oder ‚neuer Stufe‘“');
  });
});

describe('softHyphens', () => {
  const shown = (text: string) => softHyphens(text).replaceAll(SOFT_HYPHEN, '|');

  it('breaks long compounds at syllables (TeX patterns, 1996 spelling)', () => {
    expect(shown('Partnerschaftsvertrag')).toBe('Part|ner|schafts|ver|trag');
    expect(shown('Partnerschaftsabkommen')).toBe('Part|ner|schafts|ab|kom|men');
  });

  it('leaves words under twelve letters and everything but the letters alone', () => {
    expect(shown('Kosmodrom Wostotschny (dpa)')).toBe('Kosmodrom Wostotschny (dpa)');
    expect(softHyphens('„Heiliger Kampf“')).toBe('„Heiliger Kampf“');
  });
});

describe('standardNotes', () => {
  const cell = (article: string, note?: string): Cell =>
    ({ article, id: article, url: `/aussagen/x/#${article}`, status: 'not-mentioned', quotes: [], reviewed: [], ...(note ? { note } : {}) }) as unknown as Cell;

  it('finds a note that stands word for word on two claims, not one repeated within a claim', () => {
    const claims = [
      { id: 'a', cells: [cell('t1', 'Text vom Juni 2024 über den Vertrag.'), cell('t2', 'Nur hier.')] },
      { id: 'b', cells: [cell('t1', 'Text vom Juni 2024 über den Vertrag. '), cell('t2', 'Zweimal in einer Aussage.')] },
      { id: 'c', cells: [cell('t1', 'Zweimal in einer Aussage.'.replace('Zweimal', 'Dreimal')), cell('t2', 'Dreimal in einer Aussage.'), cell('t3')] },
    ];
    expect([...standardNotes(claims)]).toEqual(['Text vom Juni 2024 über den Vertrag.']);
  });
});

describe('isAddedToText', () => {
  const element = (className: string[]) => ({ type: 'element', tagName: 'a', properties: { className }, children: [] }) as const;

  it('knows the claim link, the claims popover and the permalink, and nothing else', () => {
    expect(isAddedToText(element(['beleg-link']))).toBe(true);
    expect(isAddedToText(element(['beleg-liste']))).toBe(true);
    expect(isAddedToText(element(['anker']))).toBe(true);
    expect(isAddedToText(element(['beleg']))).toBe(false);
    const text: Text = { type: 'text', value: 'anker' };
    expect(isAddedToText(text)).toBe(false);
  });
});
