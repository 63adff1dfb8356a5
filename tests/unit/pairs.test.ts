import { describe, expect, it } from 'vitest';
import { checkContent } from '../support/content.ts';
import { SITE_FIXTURE } from '../support/site-fixture.ts';
import { coverage } from '../../src/corpus/coverage.ts';
import { allPairs, pairRows, pairsOf } from '../../src/corpus/pairs.ts';

// The corpus as committed with its first story (tests/fixtures/site/): one story, five texts, read in date order.
const corpus = checkContent(SITE_FIXTURE);
const story = corpus.stories[0]!;

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
    const others = pairsOf(story, 'partnerschaftsvertrag').map(({ other }) => other.id).sort();
    expect(others).toEqual(['allianz-historischer-besuch', 'einladung-nordkorea', 'heiliger-kampf', 'strategische-partnerschaft']);
  });

  it('lines up the claims: the assistance clause is only in the blog text', () => {
    const pair = allPairs(corpus).find((candidate) => candidate.id === 'allianz-historischer-besuch--strategische-partnerschaft')!;
    const rows = pairRows(story, pair);
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
      expect(pairsOf(story, article.id)).toEqual(expected);
    }
    expect(pairsOf(story, 'no-such-text')).toEqual([]);
  });
});

describe('coverage', () => {
  it('counts a claim\'s cells by status among the texts about its event', () => {
    for (const claim of corpus.claims) {
      const about = (cell: { event: string }) => claim.event === undefined || cell.event === claim.event.id;
      const applicable = claim.cells.filter((cell) => cell.status !== 'not-applicable');
      expect(coverage(claim)).toEqual({
        reported: applicable.filter((cell) => about(cell) && cell.status === 'reported').length,
        ofEvent: applicable.filter(about).length,
        reportedElsewhere: applicable.filter((cell) => !about(cell) && cell.status === 'reported').length,
        notApplicable: claim.cells.length - applicable.length,
      });
    }
  });

  it('matches counts checked by hand', () => {
    const claim = (id: string) => corpus.claims.find((candidate) => candidate.id === id)!;
    // Article 4: of the three 2024 texts only the blog reports it; the two 2023 texts appeared before the treaty.
    expect(coverage(claim('beistandsklausel'))).toEqual({ reported: 1, ofEvent: 3, reportedElsewhere: 0, notApplicable: 2 });
    // The war's name is a claim about the whole story: all five texts use a name for it.
    expect(coverage(claim('kriegsbezeichnung'))).toEqual({ reported: 5, ofEvent: 5, reportedElsewhere: 0, notApplicable: 0 });
  });
});
