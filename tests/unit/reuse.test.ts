/**
 * Shared wording (src/corpus/reuse.ts) on the fixture texts in
 * tests/fixtures/reuse/texts.json, every span worked out by hand: five or more
 * consecutive words after folding case, quotation marks and hyphens, within
 * one passage on each side, overlapping runs merged.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldedWords, sharedWording, shingles, type ReuseText } from '../../src/corpus/reuse.ts';

const { texts } = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/reuse/texts.json', import.meta.url)), 'utf8')) as { texts: ReuseText[] };

/** A span as `passage: verbatim text` on each side. */
const sides = (texts: readonly ReuseText[], minWords?: number) =>
  sharedWording(texts, minWords).map(({ left, right, spans }) => ({
    pair: `${left}--${right}`,
    spans: spans.map((span) => [`${span.left.passage}: ${span.left.text}`, `${span.right.passage}: ${span.right.text}`, span.words]),
  }));

describe('foldedWords and shingles', () => {
  it('folds case, quotation marks, hyphens and punctuation; keeps each word’s place', () => {
    const text = 'Der „Heilige Kampf“ des US-Präsidenten.';
    const words = foldedWords(text);
    expect(words.map((entry) => entry.word)).toEqual(['der', 'heilige', 'kampf', 'des', 'us', 'präsidenten']);
    expect(words.map((entry) => text.slice(entry.start, entry.end))).toEqual(['Der', 'Heilige', 'Kampf', 'des', 'US', 'Präsidenten']);
    expect(foldedWords('Ver\u00ADhand\u00ADlung').map((entry) => entry.word)).toEqual(['verhandlung']);
  });

  it('makes one shingle per run of five words', () => {
    expect(shingles(foldedWords('eins zwei drei vier fünf sechs'))).toEqual(['eins zwei drei vier fünf', 'zwei drei vier fünf sechs']);
    expect(shingles(foldedWords('eins zwei drei vier'))).toEqual([]);
  });
});

describe('sharedWording', () => {
  it('finds the spans of five or more words each pair shares, verbatim on each side, pairs without any left out', () => {
    expect(sides(texts)).toEqual([
      {
        pair: 'a--b',
        spans: [
          // Hyphen and quotation marks folded („US-Präsidenten“ is two words); each side as its text writes it.
          ['absatz-1: mit dem damaligen US-Präsidenten Donald Trump', 'absatz-2: mit dem damaligen US Präsidenten Donald Trump', 7],
          ['absatz-2: von einem „heiligen Kampf“ gegen den Westen', 'absatz-1: von einem heiligen Kampf gegen den Westen', 7],
        ],
      },
      {
        pair: 'a--c',
        spans: [['absatz-1: Die Gespräche waren mit dem damaligen US-Präsidenten Donald Trump gescheitert', 'absatz-2: Die Gespräche waren mit dem damaligen US-Präsidenten Donald Trump gescheitert', 11]],
      },
      {
        pair: 'b--c',
        spans: [['absatz-2: mit dem damaligen US Präsidenten Donald Trump', 'absatz-2: mit dem damaligen US-Präsidenten Donald Trump', 7]],
      },
    ]);
  });

  it('merges the overlapping runs of a repeated phrase into one span', () => {
    const repeated: ReuseText[] = [
      { id: 'x', passages: [{ id: 'absatz-1', text: 'eins zwei drei vier fünf eins zwei drei vier fünf' }] },
      { id: 'y', passages: [{ id: 'absatz-1', text: 'eins zwei drei vier fünf eins zwei drei vier fünf sechs' }] },
    ];
    // Three diagonals (offsets 0, +5, −5) cover overlapping stretches: one span of the whole.
    expect(sides(repeated)).toEqual([
      { pair: 'x--y', spans: [['absatz-1: eins zwei drei vier fünf eins zwei drei vier fünf', 'absatz-1: eins zwei drei vier fünf eins zwei drei vier fünf', 10]] },
    ]);
  });

  it('never joins words across passages, and finds nothing under the least length', () => {
    const split: ReuseText[] = [
      { id: 'x', passages: [{ id: 'absatz-1', text: 'eins zwei drei' }, { id: 'absatz-2', text: 'vier fünf sechs' }] },
      { id: 'y', passages: [{ id: 'absatz-1', text: 'eins zwei drei vier fünf sechs' }] },
    ];
    expect(sides(split)).toEqual([]);
    // a's absatz-3 and c's absatz-1 share four words only.
    expect(sides(texts).flatMap((pair) => pair.spans).some(([left]) => String(left).startsWith('absatz-3'))).toBe(false);
    // The longest span has 11 words.
    expect(sides(texts, 11)).toHaveLength(1);
    expect(sides(texts, 12)).toEqual([]);
  });
});
