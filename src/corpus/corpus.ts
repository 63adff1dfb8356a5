/**
 * The corpus, derived once: articles in reading order with their passages,
 * claims with every quote located in its passage, and the marks each article
 * page shows. Pure: it gets validated data and returns data (or a
 * ContentError naming file and field), so it runs the same in the build, in
 * the pre-build content check and in unit tests.
 */
import { VFileMessage } from 'vfile-message';
import { parseArticle, type QuoteMark } from '../markdown/pipeline.ts';
import { collectPassages, passageText } from '../markdown/passages.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { findQuote, normalizeWhitespace } from '../text/quote-match.ts';
import type { ArticleData, ClaimData, ClaimEvent } from '../schemas/article.ts';

export interface ArticleInput {
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: ArticleData;
  body: string;
  /** Lines before the body in the file (the frontmatter), so errors name the file's line. */
  bodyOffset?: number;
}

export interface ClaimInput {
  id: string;
  file: string;
  data: ClaimData;
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

export const articleUrl = (id: string) => `/artikel/${id}/`;
export const claimUrl = (id: string) => `/aussagen/${id}/`;

/** Reading order: by publication date, then by id. */
export function byDate(a: ArticleInput, b: ArticleInput): number {
  return a.data.published.date.getTime() - b.data.published.date.getTime() || a.id.localeCompare(b.id);
}

function passagesOf(article: ArticleInput): Passage[] {
  return collectPassages(parseArticle(article.body, article.file)).map((node) => {
    const className = node.properties['className'];
    return {
      id: String(node.properties['id']),
      text: passageText(node),
      caption: Array.isArray(className) && className.includes('bildunterschrift'),
    };
  });
}

/** The passage a quote is linked to: running text before photo captions. */
export function locate(passages: readonly Passage[], quote: string): Passage | undefined {
  const hits = passages.filter((passage) => findQuote(passage.text, quote).length > 0);
  return hits.find((passage) => !passage.caption) ?? hits[0];
}

/** Why a quote is not in an article's body, for the content check's message. */
export function whyNotFound(article: ArticleInput, quote: string): string {
  const needle = normalizeWhitespace(quote);
  const outside = [article.data.title, ...article.data.headerLines, ...article.data.dropped.map((d) => d.line)];
  if (outside.some((line) => normalizeWhitespace(line).includes(needle))) {
    return 'it is in the headline, header or dropped lines; quotes must come from the article body';
  }
  if (normalizeWhitespace(article.body).includes(needle)) {
    return 'it spans more than one passage; a quote must lie within one paragraph';
  }
  return 'it does not occur verbatim in the text (only whitespace may differ)';
}

export function buildCorpus(articleInputs: readonly ArticleInput[], claimInputs: readonly ClaimInput[]): Corpus {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [...articleInputs].sort(byDate).map((input) => {
    let passages: Passage[] = [];
    try {
      passages = passagesOf(input);
    } catch (error) {
      // A plugin refused the Markdown (e.g. an unknown directive): name file and line.
      const line = error instanceof VFileMessage && error.line ? error.line + (input.bodyOffset ?? 0) : undefined;
      const where = line === undefined ? '' : `line ${line}: `;
      problems.push({ file: input.file, field: 'body', message: `${where}${error instanceof Error ? error.message : String(error)}` });
    }
    return { ...input, url: articleUrl(input.id), passages, marks: [] };
  });
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const known = articles.map((article) => article.id).join(', ');

  const claims: Claim[] = [...claimInputs]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((input) => {
      const url = claimUrl(input.id);
      for (const key of Object.keys(input.data.cells)) {
        if (!articleById.has(key)) {
          problems.push({ file: input.file, field: `cells.${key}`, message: `unknown article "${key}" (known: ${known})` });
        }
      }
      const cells = articles.map((article): Cell => {
        const cell = input.data.cells[article.id];
        const base = { article: article.id, id: article.id, url: `${url}#${article.id}` };
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
        const quotes: Quote[] = [];
        cell.quotes.forEach((text, index) => {
          const passage = locate(article.passages, text);
          if (!passage) {
            problems.push({
              file: input.file,
              field: `cells.${article.id}.quotes.${index}`,
              message: `quote not found in ${article.file}: "${text}": ${whyNotFound(article, text)}`,
            });
            return;
          }
          const markId = `beleg-${input.id}-${index + 1}`;
          quotes.push({
            text,
            id: `zitat-${article.id}-${index + 1}`,
            markId,
            passage: passage.id,
            url: `${article.url}#${markId}`,
          });
          article.marks.push({ id: markId, passage: passage.id, text, href: `${url}#${article.id}`, label: input.data.title });
        });
        return { ...base, ...note, status: 'reported', quotes };
      });
      return { ...input, url, cells };
    });

  if (problems.length > 0) throw new ContentError(problems);
  return { articles, claims };
}

export interface Coverage {
  event: ClaimEvent;
  /** Texts about the claim's event that report it. */
  reported: number;
  /** Texts about the claim's event. */
  ofEvent: number;
  /** Texts about the other event that report it all the same. */
  reportedElsewhere: number;
}

/** How many texts report a claim, counted among the texts about its event. */
export function coverage(corpus: Corpus, claim: Claim): Coverage {
  const event = claim.data.event;
  // A set, not a search per cell: this runs for every claim on every claim page and the table.
  const ofEvent = new Set(corpus.articles.filter((article) => event === 'beide' || article.data.event === event).map((article) => article.id));
  const about = (id: string) => ofEvent.has(id);
  const reported = claim.cells.filter((cell) => cell.status === 'reported');
  return {
    event,
    reported: reported.filter((cell) => about(cell.article)).length,
    ofEvent: ofEvent.size,
    reportedElsewhere: reported.filter((cell) => !about(cell.article)).length,
  };
}
