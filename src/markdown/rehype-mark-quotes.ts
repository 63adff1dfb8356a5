/**
 * rehype plugin: wraps each quoted passage of an article in a <mark> with a
 * stable id and adds the way back from the article to the claims.
 *
 * - Every quote's id sits on a <mark> that holds its words. A quote inside
 *   another (or with the same words) is a <mark> inside the other's. Where two
 *   quotes cross, the later one's id holds its words up to the end of the
 *   earlier one and the rest follows in a <mark> of its own, without id.
 * - One place, one control: each stretch of marked text (overlapping or
 *   touching quotes) is followed by a single link to its claim, or, when the
 *   stretch is quoted for several claims, by one button that opens a popover
 *   listing them (HTML popover, no script; where a browser lacks it, the
 *   links show inline). Quotes without `href` are marked but get no control.
 * - Shared wording (the pair page) is a <mark> without attributes, nested
 *   with the quotes' marks like one more quote.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { findQuote } from '../text/quote-match.ts';
import { collectPassages } from './passages.ts';

export interface QuoteMark {
  /** Id of the mark, e.g. `beleg-beistandsklausel-1`. */
  id: string;
  /** Id of the passage the quote lies in, e.g. `absatz-3`. */
  passage: string;
  /** The quote, verbatim (whitespace may differ). */
  text: string;
  /**
   * Where the mark links to: the claim's cell for this text. Left out, the mark gets no link:
   * a page that links every claim next to the text (the pair page) needs no second way there.
   */
  href?: string;
  /** The claim's title: the link's accessible name. */
  label: string;
}

/** Wording a text shares with another (src/corpus/reuse.ts): marked with a bare <mark>. */
export interface SharedMark {
  /** Id of the passage it lies in, e.g. `absatz-3`. */
  passage: string;
  /** The wording as this text has it. */
  text: string;
}

export interface RehypeMarkQuotesOptions {
  /** The quotes to mark. Default: none. */
  quotes?: readonly QuoteMark[];
  /**
   * Shared wording to mark with a <mark> without attributes (the pair page). A span that does not
   * lie within one text node (it crosses an emphasis or a link) is left unmarked. Default: none.
   */
  shared?: readonly SharedMark[];
  /** Mark the added links `data-pagefind-ignore`: they are no words of the text. Default: true. */
  searchIgnore?: boolean;
  /**
   * Give each quote's mark its id (`beleg-…`). Default: true; a page where no link leads to the
   * marks (the pair page) leaves them off, keeping it within its byte budget.
   */
  ids?: boolean;
}

/** A stretch of one text node to mark for a quote; `id` is false for the rest of a crossing quote. */
interface Piece {
  quote: QuoteMark;
  start: number;
  end: number;
  id: boolean;
  /** Shared wording: a bare <mark>. */
  plain?: boolean;
}

const text = (value: string): Text => ({ type: 'text', value });
const hidden = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden'] },
  children: [text(value)],
});

/** Earlier first; of two starting together, the longer first (it becomes the outer mark). */
const byStart = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end;

/** Marks for `pieces` inside [from, to) of `value`, nested where quotes contain each other. */
function nest(value: string, from: number, to: number, pieces: Piece[]): ElementContent[] {
  const out: ElementContent[] = [];
  let queue = [...pieces].sort(byStart);
  let at = from;
  while (queue.length > 0) {
    const [outer, ...others] = queue as [Piece, ...Piece[]];
    if (outer.start > at) out.push(text(value.slice(at, outer.start)));
    const inside: Piece[] = [];
    const after: Piece[] = [];
    for (const piece of others) {
      if (piece.start >= outer.end) after.push(piece);
      else if (piece.end <= outer.end) inside.push(piece);
      else {
        // Crossing: the part inside `outer` keeps the id, the rest follows it.
        inside.push({ ...piece, end: outer.end });
        after.push({ ...piece, start: outer.end, id: false });
      }
    }
    out.push({
      type: 'element',
      tagName: 'mark',
      properties: outer.plain ? {} : outer.id ? { className: ['beleg'], id: outer.quote.id } : { className: ['beleg'] },
      children: nest(value, outer.start, outer.end, inside),
    });
    at = outer.end;
    queue = after.sort(byStart);
  }
  if (at < to) out.push(text(value.slice(at, to)));
  return out;
}

/** The one control after a marked stretch: a link to its claim, or a popover listing its claims. */
function control(quotes: readonly QuoteMark[], ignore: Element['properties']): ElementContent[] {
  const linked = quotes.filter((quote): quote is QuoteMark & { href: string } => quote.href !== undefined);
  const claims = [...new Map(linked.map((quote) => [quote.href, quote])).values()];
  const [first] = claims;
  if (!first) return [];
  if (claims.length === 1) {
    return [{
      type: 'element',
      tagName: 'a',
      properties: { className: ['beleg-link'], href: first.href, ...ignore },
      children: [text('↗'), hidden(` Zur Aussage: ${first.label}`)],
    }];
  }
  const list = `${first.id}-aussagen`;
  return [
    {
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['beleg-link'], popoverTarget: list, ...ignore },
      children: [text('↗'), hidden(` ${claims.length} Aussagen zu dieser Stelle`)],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { id: list, popover: 'auto', className: ['beleg-liste'], ...ignore },
      children: claims.flatMap((quote): ElementContent[] => [
        text(' '),
        { type: 'element', tagName: 'a', properties: { href: quote.href }, children: [hidden('Zur Aussage: '), text(quote.label)] },
      ]),
    },
  ];
}

/** Replace one text node by text, marks and one control per marked stretch. */
function splitText(node: Text, pieces: Piece[], ignore: Element['properties']): ElementContent[] {
  const sorted = [...pieces].sort(byStart);
  const out: ElementContent[] = [];
  let at = 0;
  while (sorted.length > 0) {
    // A stretch: pieces that overlap or touch the first one, transitively.
    const stretch = [sorted.shift() as Piece];
    let end = stretch[0]!.end;
    while (sorted[0] && sorted[0].start <= end) {
      const next = sorted.shift() as Piece;
      stretch.push(next);
      end = Math.max(end, next.end);
    }
    const start = stretch[0]!.start;
    if (start > at) out.push(text(node.value.slice(at, start)));
    out.push(...nest(node.value, start, end, stretch), ...control(stretch.map((piece) => piece.quote), ignore));
    at = end;
  }
  if (at < node.value.length) out.push(text(node.value.slice(at)));
  return out;
}

export default function rehypeMarkQuotes(options: RehypeMarkQuotesOptions = {}) {
  const quotes = options.quotes ?? [];
  const shared = (options.shared ?? []).map((span): QuoteMark & { plain: true } => ({ id: '', passage: span.passage, text: span.text, label: '', plain: true }));
  const ignore: Element['properties'] = options.searchIgnore === false ? {} : { dataPagefindIgnore: '' };
  const ids = options.ids ?? true;
  const transformer: Transformer<Root> = (tree, file: VFile) => {
    if (quotes.length === 0 && shared.length === 0) return;
    const byPassage = new Map<string, (QuoteMark & { plain?: true })[]>();
    for (const quote of [...quotes, ...shared]) {
      byPassage.set(quote.passage, [...(byPassage.get(quote.passage) ?? []), quote]);
    }
    for (const passage of collectPassages(tree)) {
      const wanted = byPassage.get(String(passage.properties['id']));
      if (!wanted) continue;
      const placedIn = new Map<Text, Piece[]>();
      for (const quote of wanted) {
        let found = false;
        visit(passage, 'text', (node) => {
          if (found) return;
          const [range] = findQuote(node.value, quote.text);
          if (!range) return;
          placedIn.set(node, [...(placedIn.get(node) ?? []), { quote, ...range, id: ids && !quote.plain, ...(quote.plain ? { plain: true } : {}) }]);
          found = true;
        });
        if (!found && !quote.plain) file.fail(`Quote "${quote.text}" (${quote.id}) is not in passage ${quote.passage}.`);
      }
      visit(passage, 'text', (node, index, parent) => {
        const pieces = placedIn.get(node);
        if (!pieces || !parent || index === undefined) return;
        const replacement = splitText(node, pieces, ignore);
        parent.children.splice(index, 1, ...replacement);
        return index + replacement.length;
      });
    }
  };
  return transformer;
}
