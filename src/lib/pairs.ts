/**
 * Pairs of texts for the two-column comparison: every unordered pair once,
 * the earlier text (reading order) on the left, so each pair has one URL.
 */
import type { Article, Claim, Cell, Corpus } from './corpus.ts';

export interface Pair {
  /** `<left id>--<right id>`, the URL segment. */
  id: string;
  url: string;
  left: Article;
  right: Article;
}

export type Agreement = 'both' | 'left-only' | 'right-only';

export interface PairRow {
  claim: Claim;
  left: Cell;
  right: Cell;
  agreement: Agreement;
}

export const pairUrl = (left: string, right: string) => `/vergleich/${left}--${right}/`;

export function allPairs(corpus: Corpus): Pair[] {
  const { articles } = corpus;
  return articles.flatMap((left, index) =>
    articles.slice(index + 1).map((right) => ({ id: `${left.id}--${right.id}`, url: pairUrl(left.id, right.id), left, right })),
  );
}

/** The pairs an article is part of, for the picker on its page. */
export function pairsOf(corpus: Corpus, articleId: string): { other: Article; pair: Pair }[] {
  return allPairs(corpus)
    .filter((pair) => pair.left.id === articleId || pair.right.id === articleId)
    .map((pair) => ({ other: pair.left.id === articleId ? pair.right : pair.left, pair }));
}

function cellOf(claim: Claim, articleId: string): Cell {
  const cell = claim.cells.find((candidate) => candidate.article === articleId);
  if (!cell) throw new Error(`claim ${claim.id} has no cell for ${articleId}`);
  return cell;
}

/** Claims at least one of the two texts reports, with who reports them. */
export function pairRows(corpus: Corpus, pair: Pair): PairRow[] {
  return corpus.claims.flatMap((claim): PairRow[] => {
    const left = cellOf(claim, pair.left.id);
    const right = cellOf(claim, pair.right.id);
    const l = left.status === 'reported';
    const r = right.status === 'reported';
    if (!l && !r) return [];
    return [{ claim, left, right, agreement: l && r ? 'both' : l ? 'left-only' : 'right-only' }];
  });
}
