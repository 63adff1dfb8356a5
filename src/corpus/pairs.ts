/**
 * Pairs of texts for the two-column comparison, within a story: every
 * unordered pair of its texts once, the earlier text (reading order) on the
 * left, so each pair has one URL. A story of k texts has k(k−1)/2 pairs; with
 * stories of bounded size the pair pages grow linearly with the texts.
 */
import { pairId, pairUrl } from '../site/urls.ts';
import type { Article, Claim, Cell, Corpus, Story } from './corpus.ts';
import type { SharedSpan } from './reuse.ts';

export interface Pair {
  /** `<left id>--<right id>`, the URL segment. */
  id: string;
  url: string;
  /** The story both texts belong to. */
  story: string;
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

/** The pair of two texts, `left` the earlier in reading order. */
function makePair(left: Article, right: Article): Pair {
  return { id: pairId(left.id, right.id), url: pairUrl(left.id, right.id), story: left.data.story, left, right };
}

/** The pairs of one story's texts. */
export function storyPairs(story: Pick<Story, 'articles'>): Pair[] {
  const { articles } = story;
  return articles.flatMap((left, index) => articles.slice(index + 1).map((right) => makePair(left, right)));
}

/** Every pair of the site: the pairs of each story. */
export function allPairs(corpus: Pick<Corpus, 'stories'>): Pair[] {
  return corpus.stories.flatMap(storyPairs);
}

/** The pairs an article is part of, for the picker on its page: every other text of its story, in reading order. */
export function pairsOf(story: Pick<Story, 'articles'>, articleId: string): { other: Article; pair: Pair }[] {
  const { articles } = story;
  const index = articles.findIndex((article) => article.id === articleId);
  const self = articles[index];
  if (!self) return [];
  return articles.flatMap((other, otherIndex) => {
    if (otherIndex === index) return [];
    return [{ other, pair: otherIndex < index ? makePair(other, self) : makePair(self, other) }];
  });
}

/** Each claim's cells by article id, built once per claim instead of a scan per lookup. */
const cellIndex = new WeakMap<Claim, Map<string, Cell>>();

function cellOf(claim: Claim, articleId: string): Cell {
  let cells = cellIndex.get(claim);
  if (!cells) {
    cells = new Map(claim.cells.map((cell) => [cell.article, cell]));
    cellIndex.set(claim, cells);
  }
  const cell = cells.get(articleId);
  if (!cell) throw new Error(`claim ${claim.id} has no cell for ${articleId}`);
  return cell;
}

/** Claims of the story at least one of the two texts reports, with who reports them. */
export function pairRows(story: Pick<Story, 'claims'>, pair: Pair): PairRow[] {
  return story.claims.flatMap((claim): PairRow[] => {
    const left = cellOf(claim, pair.left.id);
    const right = cellOf(claim, pair.right.id);
    const l = left.status === 'reported';
    const r = right.status === 'reported';
    if (!l && !r) return [];
    return [{ claim, left, right, agreement: l && r ? 'both' : l ? 'left-only' : 'right-only' }];
  });
}

/** The wording the two texts of a pair share (src/corpus/reuse.ts), in the left text's order. */
export function pairReuse(story: Pick<Story, 'reuse'>, pair: Pick<Pair, 'left' | 'right'>): SharedSpan[] {
  return story.reuse.find((entry) => entry.left === pair.left.id && entry.right === pair.right.id)?.spans ?? [];
}
