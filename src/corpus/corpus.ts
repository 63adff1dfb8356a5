/**
 * The corpus, derived once per build from the loaded collections: articles in
 * reading order with their passages, claims with every quote located in its
 * passage, and the quotes each article page marks. Pure: it gets validated
 * entries and returns data, or a ContentError listing every problem that spans
 * entries (unknown or missing cells, quotes not in their text, a missing
 * original), so it runs the same in the build and in unit tests on fixtures.
 */
import { VFileMessage } from 'vfile-message';
import { parseArticle, type QuoteMark } from '../markdown/pipeline.ts';
import { collectPassages, passageText } from '../markdown/passages.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { articleUrl, cellUrl, claimUrl, fragmentUrl, markId, quoteId } from '../site/urls.ts';
import { locate, whyNotFound } from './quotes.ts';

export interface ArticleInput {
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: ArticleData;
  /** The Markdown body, line-true: line N of the body is line N of the file (src/loaders/checked.ts). */
  body: string;
}

export interface ClaimInput {
  id: string;
  file: string;
  data: ClaimData;
}

export interface CorpusInput {
  articles: readonly ArticleInput[];
  claims: readonly ClaimInput[];
  /** The texts as received (content/originals/), by file name. */
  originals: ReadonlyMap<string, string>;
}

export interface Passage {
  /** `absatz-N`, the fragment id in the article page. */
  id: string;
  text: string;
  /** A photo caption rather than running text. */
  caption: boolean;
}

export interface Article extends ArticleInput {
  url: string;
  passages: Passage[];
  /** The text as received, byte for byte. */
  original: string;
  /** The quotes of all claims in this article, for rehype-mark-quotes. */
  marks: QuoteMark[];
}

export interface Quote {
  text: string;
  /** Fragment id on the claim page. */
  id: string;
  /** The mark's id in the article. */
  markId: string;
  passage: string;
  /** Site-relative URL of the quote in its article. */
  url: string;
}

export type Cell =
  | { article: string; id: string; url: string; status: 'reported'; note?: string; quotes: Quote[] }
  | { article: string; id: string; url: string; status: 'not-mentioned'; note?: string; quotes: [] };

export interface Claim {
  id: string;
  file: string;
  data: ClaimData;
  url: string;
  /** One cell per article, in the articles' reading order. */
  cells: Cell[];
}

export interface Corpus {
  articles: Article[];
  claims: Claim[];
}

/** Reading order: by publication date, then by id. */
export function byDate(a: ArticleInput, b: ArticleInput): number {
  return a.data.published.date.getTime() - b.data.published.date.getTime() || a.id.localeCompare(b.id);
}

/** A text's passages; a plugin refusing the Markdown (an unknown directive) is a problem with its line. */
function passagesOf(article: ArticleInput, problems: ContentProblem[]): Passage[] {
  try {
    return collectPassages(parseArticle(article.body, article.file)).map((node) => {
      const className = node.properties['className'];
      return {
        id: String(node.properties['id']),
        text: passageText(node),
        caption: Array.isArray(className) && className.includes('bildunterschrift'),
      };
    });
  } catch (error) {
    const where = error instanceof VFileMessage && error.line ? `line ${error.line}: ` : '';
    problems.push({ file: article.file, field: 'body', message: `${where}${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
}

/** `unreadable`: texts whose Markdown was refused; their quotes are not looked up, which would only add follow-on problems. */
function buildClaim(input: ClaimInput, articles: readonly Article[], known: ReadonlySet<string>, unreadable: ReadonlySet<string>, problems: ContentProblem[]): Claim {
  const url = claimUrl(input.id);
  for (const key of Object.keys(input.data.cells)) {
    if (!known.has(key)) {
      problems.push({ file: input.file, field: `cells.${key}`, message: `unknown article "${key}" (known: ${[...known].join(', ')})` });
    }
  }
  const cells = articles.map((article): Cell => {
    const cell = input.data.cells[article.id];
    const base = { article: article.id, id: article.id, url: cellUrl(input.id, article.id) };
    if (!cell) {
      problems.push({
        file: input.file,
        field: `cells.${article.id}`,
        message: 'missing: every claim needs a cell for every text (status reported or not-mentioned)',
      });
      return { ...base, status: 'not-mentioned', quotes: [] };
    }
    const note = cell.note === undefined ? {} : { note: cell.note };
    if (cell.status === 'not-mentioned') return { ...base, ...note, status: 'not-mentioned', quotes: [] };
    const quotes = cell.quotes.flatMap((text, index): Quote[] => {
      const passage = locate(article.passages, text);
      if (!passage && unreadable.has(article.id)) return [];
      if (!passage) {
        problems.push({
          file: input.file,
          field: `cells.${article.id}.quotes.${index}`,
          message: `quote not found in ${article.file}: "${text}": ${whyNotFound(article, text)}`,
        });
        return [];
      }
      const mark = markId(input.id, index + 1);
      return [{ text, id: quoteId(article.id, index + 1), markId: mark, passage: passage.id, url: fragmentUrl(article.url, mark) }];
    });
    return { ...base, ...note, status: 'reported', quotes };
  });
  return { ...input, url, cells };
}

/** The marks of every article: each quote of each claim, linked back to its cell. */
function marksOf(claims: readonly Claim[]): Map<string, QuoteMark[]> {
  const marks = new Map<string, QuoteMark[]>();
  for (const claim of claims) {
    for (const cell of claim.cells) {
      for (const quote of cell.quotes) {
        const list = marks.get(cell.article) ?? [];
        list.push({ id: quote.markId, passage: quote.passage, text: quote.text, href: cell.url, label: claim.data.title });
        marks.set(cell.article, list);
      }
    }
  }
  return marks;
}

export function buildCorpus(input: CorpusInput): Corpus {
  const problems: ContentProblem[] = [];
  const read = [...input.articles].sort(byDate).map((article) => {
    const original = input.originals.get(article.data.original);
    if (original === undefined) {
      problems.push({ file: article.file, field: 'original', message: `content/originals/${article.data.original} does not exist` });
    }
    return { ...article, url: articleUrl(article.id), passages: passagesOf(article, problems), original: original ?? '', marks: [] };
  });
  const known = new Set(read.map((article) => article.id));
  const unreadable = new Set(problems.filter((problem) => problem.field === 'body').map((problem) => read.find((article) => article.file === problem.file)?.id ?? ''));
  const claims = [...input.claims]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((claim) => buildClaim(claim, read, known, unreadable, problems));
  if (problems.length > 0) throw new ContentError(problems);
  const marks = marksOf(claims);
  const articles = read.map((article) => ({ ...article, marks: marks.get(article.id) ?? [] }));
  return { articles, claims };
}
