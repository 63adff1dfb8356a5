/**
 * A web page saved from a browser, read for `npm run text:add`: its text
 * (src/text/page-text.ts, the lines the site shows as the page as received),
 * the article on it as Mozilla's Readability finds it, and the headline, date
 * and author from the page's data, each with where it was stated.
 *
 * Lines of the page outside the article Readability finds are dropped with
 * their reason; lines within it go through the same recognition as a plain
 * text (src/authoring/draft-article.ts), so a share bar or a link list inside
 * the article is still recognised, and a line Readability left out there is
 * decided by the rules, not lost. Pure: bytes in, text and hints out.
 */
import { Readability } from '@mozilla/readability';
import { decodePage, pageDocument, pageLines, pageText, PageDecodeError, textBlocks } from '../text/page-text.ts';
import { findDate, type StatedDate } from './dates.ts';
import type { BlockKind, DraftHints } from './draft-article.ts';

export class PageError extends Error {
  override name = 'PageError';
}

export interface PageRead {
  /** The page's text, line for line as the site shows the original. */
  text: string;
  /** The charset the page was decoded by. */
  charset: string;
  hints: DraftHints;
  /** Where the headline, the date and the author came from, for the report. */
  found: { title: string; published?: string; byline?: string };
}

const OUTSIDE = 'Steht auf der Seite außerhalb des Artikels: Navigation, Randspalte, Kommentare oder Fußzeile der Website.';
const LINK = 'Link der Website im Artikel, den Readability nicht zum Artikel zählt.';
/** What the markup says a line of the article is. */
const KINDS: Record<string, BlockKind> = { H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'list-item', FIGCAPTION: 'caption', P: 'paragraph', BLOCKQUOTE: 'paragraph' };
const collapse = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Values of JSON-LD blocks (schema.org NewsArticle and kin), flattened through @graph and arrays. */
function jsonLd(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      if ('@graph' in value) add((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block says nothing.
    }
  }
  return out.filter((entry) => /Article|Posting|Report/.test(String(entry['@type'] ?? '')));
}

const meta = (document: Document, selector: string) => collapse(document.querySelector(selector)?.getAttribute('content')) || undefined;

/** A date as a page's data states it (ISO 8601): the day as written, the value verbatim. */
function isoStated(value: string | undefined): StatedDate | undefined {
  const match = value && /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?/.exec(value.trim());
  if (!match) return undefined;
  const date = findDate(match[1]!);
  return date && { date: date.date, asStated: value!.trim(), withTime: match[2] !== undefined };
}

function publishedOf(document: Document, ld: Record<string, unknown>[]): { date: StatedDate; fact: string; where: string } | undefined {
  const candidates: [string | undefined, string][] = [
    [meta(document, 'meta[property="article:published_time"]'), '<meta property="article:published_time">'],
    [ld.map((entry) => entry['datePublished']).find((value) => typeof value === 'string') as string | undefined, 'JSON-LD datePublished'],
    [meta(document, 'meta[itemprop="datePublished"]'), '<meta itemprop="datePublished">'],
    [
      (document.querySelector('article time[datetime], main time[datetime]') ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ?? undefined,
      '<time datetime>',
    ],
  ];
  for (const [value, where] of candidates) {
    const date = isoStated(value);
    if (date) return { date, fact: `Datum der Veröffentlichung, in den Daten der Seite (${where})`, where };
  }
  return undefined;
}

function authorOf(document: Document, ld: Record<string, unknown>[]): { name: string; fact: string; where: string } | undefined {
  const named = (value: unknown): string | undefined => {
    if (typeof value === 'string') return collapse(value) || undefined;
    if (Array.isArray(value)) return value.map(named).filter(Boolean).join(', ') || undefined;
    if (value && typeof value === 'object') return named((value as Record<string, unknown>)['name']);
    return undefined;
  };
  const candidates: [string | undefined, string][] = [
    [meta(document, 'meta[name="author"]'), '<meta name="author">'],
    [ld.map((entry) => named(entry['author'])).find(Boolean), 'JSON-LD author'],
    [meta(document, 'meta[property="article:author"]'), '<meta property="article:author">'],
  ];
  for (const [name, where] of candidates) {
    // An address is no name (article:author often holds a profile URL).
    if (name && !/^https?:|\/\//.test(name)) return { name, fact: `Autor, in den Daten der Seite (${where})`, where };
  }
  return undefined;
}

/**
 * The headline as the page states it: its `<h1>` (the one matching og:title if there are several),
 * else og:title; with the short texts before it in the same parent (a kicker, „Dachzeile“).
 */
function headlineOf(document: Document, lines: readonly string[]): { text: string; where: string; kickers: string[]; element?: Element } | undefined {
  const ogTitle = meta(document, 'meta[property="og:title"]');
  const headings = Array.from(document.querySelectorAll('h1')).filter((h1) => lines.includes(collapse(h1.textContent)));
  const h1 = headings.find((heading) => collapse(heading.textContent) === ogTitle) ?? headings[0];
  if (h1) {
    const kickers: string[] = [];
    for (let node = h1.previousSibling; node; node = node.previousSibling) {
      const text = collapse(node.textContent);
      if (text === '') continue;
      if (text.split(' ').length > 5 || (node.nodeType === 1 && (node as Element).querySelector('a'))) break;
      kickers.push(text);
    }
    return { text: collapse(h1.textContent), where: '<h1>', kickers, element: h1 };
  }
  if (ogTitle && lines.includes(ogTitle)) return { text: ogTitle, where: '<meta property="og:title">', kickers: [] };
  return undefined;
}

export function readPage(bytes: Uint8Array): PageRead {
  let html: string;
  let charset: string;
  try {
    ({ html, charset } = decodePage(bytes));
  } catch (error) {
    if (error instanceof PageDecodeError) throw new PageError(error.message);
    throw error;
  }
  const text = pageText(html);
  const lines = text.split('\n');
  const document = pageDocument(html);
  const ld = jsonLd(document);

  // Readability changes the document it reads: it gets one of its own.
  const article = new Readability(pageDocument(html) as never, { charThreshold: 300 }).parse();
  const articleLines = article?.content ? textBlocks(pageDocument(article.content)).flat() : [];
  if (!article || articleLines.join(' ').length < 300 || !articleLines.some((line) => lines.includes(line))) {
    throw new PageError('no article found on the page: Readability finds no running text of 300 characters or more. Save the page of the article itself, not an overview or a search result.');
  }

  // The article's lines, found in order among the page's lines.
  const inArticle = new Set<number>();
  let from = 0;
  for (const line of articleLines) {
    const at = lines.indexOf(line, from);
    if (at >= 0) {
      inArticle.add(at + 1);
      from = at + 1;
    }
  }
  const headline = headlineOf(document, lines);
  // The headline's line: the last one with its words before the article's first line (a teaser
  // elsewhere on the page may repeat it), else the first one after.
  const firstInArticle = Math.min(...inArticle);
  const at = headline ? lines.flatMap((line, index) => (line === headline.text ? [index + 1] : [])) : [];
  const titleLine = at.filter((number) => number <= firstInArticle).at(-1) ?? at[0];
  // A kicker right above the headline belongs to the article even where Readability leaves it out.
  const kickerLines = titleLine ? (headline?.kickers ?? []).map((kicker) => lines.lastIndexOf(kicker, titleLine - 1) + 1).filter((number) => number > 0) : [];
  // The page's own <article> around the headline holds the article too (a byline or credit after
  // the text that Readability leaves out): its lines are decided by the rules, not dropped unread.
  const container = headline?.element?.closest('article') ?? (document.querySelectorAll('article').length === 1 ? document.querySelector('article') : null);
  const containerLines: number[] = [];
  if (container) {
    let at = titleLine ? titleLine - 1 : 0;
    for (const line of textBlocks(container).flat()) {
      const found = lines.indexOf(line, at);
      if (found >= 0) {
        containerLines.push(found + 1);
        at = found + 1;
      }
    }
  }
  const numbers = [...inArticle, ...(titleLine ? [titleLine] : []), ...kickerLines, ...containerLines];
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const outside = new Map<number, string>();
  const kinds = new Map<number, BlockKind>();
  pageLines(html).forEach((line, index) => {
    const number = index + 1;
    if (!line) return;
    if (number < first || number > last) outside.set(number, OUTSIDE);
    else if (!inArticle.has(number) && number !== titleLine && line.linkOnly) outside.set(number, LINK);
    const kind = KINDS[line.block];
    if (kind) kinds.set(number, kind);
  });

  const published = publishedOf(document, ld);
  const byline = authorOf(document, ld);
  return {
    text,
    charset,
    hints: {
      outside,
      kinds,
      ...(titleLine ? { titleLine } : {}),
      ...(published ? { published: { date: published.date, fact: published.fact } } : {}),
      ...(byline ? { byline: { name: byline.name, fact: byline.fact } } : {}),
    },
    found: {
      title: headline ? headline.where : 'the first line of the article Readability finds',
      ...(published ? { published: published.where } : {}),
      ...(byline ? { byline: byline.where } : {}),
    },
  };
}
