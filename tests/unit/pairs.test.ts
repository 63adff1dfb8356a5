import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../support/content.ts';
import { coverage } from '../../src/corpus/coverage.ts';
import { allPairs, pairRows, pairsOf } from '../../src/corpus/pairs.ts';

// The real corpus: five texts, read in date order.
const corpus = checkContent(fileURLToPath(new URL('../../', import.meta.url)));

describe('text pairs', () => {
  it('has every unordered pair once, earlier text on the left: 5 texts, 10 pairs', () => {
    const pairs = allPairs(corpus);
    expect(pairs).toHaveLength(10);
    expect(new Set(pairs.map((pair) => pair.id)).size).toBe(10);
    expect(pairs[0]?.id).toBe('heiliger-kampf--einladung-nordkorea');
    for (const { left, right } of pairs) {
      expect(left.data.published.date.getTime()).toBeLessThanOrEqual(right.data.published.date.getTime());
    }
  });

  it('offers every other text from each article', () => {
    const others = pairsOf(corpus, 'partnerschaftsvertrag').map(({ other }) => other.id).sort();
    expect(others).toEqual(['allianz-historischer-besuch', 'einladung-nordkorea', 'heiliger-kampf', 'strategische-partnerschaft']);
  });

  it('lines up the claims: the assistance clause is only in the blog text', () => {
    const pair = allPairs(corpus).find((candidate) => candidate.id === 'allianz-historischer-besuch--strategische-partnerschaft')!;
    const rows = pairRows(corpus, pair);
    const clause = rows.find((row) => row.claim.id === 'beistandsklausel');
    expect(clause?.agreement).toBe('left-only');
    const treaty = rows.find((row) => row.claim.id === 'vertrag-pjoengjang-2024');
    expect(treaty?.agreement).toBe('both');
    // A claim neither text reports is not a row.
    expect(rows.find((row) => row.claim.id === 'gipfel-wostotschny-2023')).toBeUndefined();
  });

  it('builds each article\'s pairs directly, exactly as filtering all pairs would', () => {
    for (const article of corpus.articles) {
      const expected = allPairs(corpus)
        .filter((pair) => pair.left.id === article.id || pair.right.id === article.id)
        .map((pair) => ({ other: pair.left.id === article.id ? pair.right : pair.left, pair }));
      expect(pairsOf(corpus, article.id)).toEqual(expected);
    }
    expect(pairsOf(corpus, 'no-such-text')).toEqual([]);
  });
});

describe('coverage', () => {
  it('counts the texts about the claim\'s event as a search over all texts would', () => {
    for (const claim of corpus.claims) {
      const about = (id: string) => claim.data.event === 'beide' || corpus.articles.find((a) => a.id === id)?.data.event === claim.data.event;
      const reported = claim.cells.filter((cell) => cell.status === 'reported');
      expect(coverage(corpus, claim)).toEqual({
        event: claim.data.event,
        reported: reported.filter((cell) => about(cell.article)).length,
        ofEvent: corpus.articles.filter((article) => about(article.id)).length,
        reportedElsewhere: reported.filter((cell) => !about(cell.article)).length,
      });
    }
    const clause = corpus.claims.find((claim) => claim.id === 'beistandsklausel')!;
    expect(coverage(corpus, clause)).toEqual({ event: 'vertrag-2024', reported: 1, ofEvent: 3, reportedElsewhere: 0 });
  });
});
