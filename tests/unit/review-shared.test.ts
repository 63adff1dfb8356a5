/**
 * The review of shared substance (src/review/shared.ts) on the fixture corpus
 * tests/fixtures/review-shared/input.json. Scores worked out by hand: the
 * story has 5 passages; „Panzer“ stands in 3 (weight ln 5/3 ≈ 0.511),
 * „Serbien“ and the number 300 in 2 each (ln 5/2 ≈ 0.916): x and y share all
 * three, 2.343. z shares only „Panzer“ with either, below two terms.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReviewClaim, ReviewCorpus, ReviewText } from '../../src/review/absences.ts';
import { formatShared, reviewShared, type SharedOptions } from '../../src/review/shared.ts';

const { options, corpus } = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/review-shared/input.json', import.meta.url)), 'utf8')) as {
  options: SharedOptions;
  corpus: ReviewCorpus;
};

const claim = (quotes: Record<string, string[]>): ReviewClaim => ({
  id: 'panzer',
  story: 's',
  file: 'content/claims/panzer.yaml',
  title: 'Panzer für Serbien',
  description: 'Der Text berichtet von Panzern.',
  cells: Object.entries(quotes).map(([article, list]) => ({ article, status: 'reported', quotes: list, reviewed: [] })),
});

describe('reviewShared', () => {
  const result = reviewShared(corpus, options);

  it('finds the pair of passages that share words and a number, scored with the review’s weights', () => {
    expect(result.compared).toBe(8); // x·y 2×2, x·z 2×1, y·z 2×1
    expect(result.covered).toBe(0);
    expect(result.findings.map(({ a, b, score, words, title, id, story }) => ({ story, a: `${a.text} ${a.passage}`, b: `${b.text} ${b.passage}`, score, words, title, id }))).toEqual([
      { story: 's', a: 'x absatz-1', b: 'y absatz-1', score: 2.3, words: ['Serbien', 'Panzer', '300'], title: 'Panzer, Serbien', id: 'panzer-serbien' },
    ]);
  });

  it('leaves out a pair of passages one claim quotes, and keeps a pair only one side of which is quoted', () => {
    const quotedBoth = reviewShared({ ...corpus, claims: [claim({ x: ['liefert 300 Panzer'], y: ['schickt   300 Panzer'] })] }, options);
    expect(quotedBoth.findings).toEqual([]);
    expect(quotedBoth.covered).toBe(1);
    const quotedOne = reviewShared({ ...corpus, claims: [claim({ x: ['liefert 300 Panzer'] })] }, options);
    expect(quotedOne.findings).toHaveLength(1);
  });

  it('compares texts within their story only, weighing words among the story’s passages', () => {
    // Another story with a text that says the same: it is not compared with x or y, and the
    // words of story s keep their weights (over 6 passages, „Panzer“ would weigh ln 6/4).
    const other: ReviewText = { id: 'w', story: 't', passages: [{ id: 'absatz-1', text: 'Russland liefert 300 Panzer an Serbien.' }] };
    const grown = reviewShared({ ...corpus, texts: [...corpus.texts, other] }, options);
    expect(grown.findings).toEqual(result.findings);
    expect(grown.compared).toBe(result.compared);
  });

  it('stays under the thresholds: a single shared word is not enough', () => {
    expect(reviewShared(corpus, { ...options, minTerms: 4 }).findings).toEqual([]);
    expect(reviewShared(corpus, { ...options, minScore: 2.4 }).findings).toEqual([]);
  });

  it('reports each finding with both passages, a suggested title and the command to write the claim', () => {
    expect(formatShared(result)).toBe(
      [
        'Shared substance no claim quotes yet (pairs of passages of two texts of a story)',
        '8 pairs of passages compared, 1 alike, 0 quoted by one claim, 1 not quoted by any claim.',
        '',
        '1. score 2.3 · story s · shared: Serbien, Panzer, 300',
        '   x absatz-1: „Russland liefert 300 Panzer an Serbien.“',
        '   y absatz-1: „Moskau schickt 300 Panzer nach Serbien.“',
        "   suggested title (from the shared words; write it in your own words, no text's wording): Panzer, Serbien",
        '   npm run claim:add -- s panzer-serbien --title "…"',
        '',
      ].join('\n'),
    );
  });
});
