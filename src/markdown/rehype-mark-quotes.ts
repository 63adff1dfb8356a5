/**
 * rehype plugin: wraps each quoted passage of an article in a <mark> with a
 * stable id and adds a link from it to the claim it is quoted for: the way
 * back from an article to the comparison. Quotes that overlap are split into
 * segments, so every character is marked once and every quote keeps its id.
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
   * Where the mark links to: the claim page. Left out, the mark gets no link: a page that
   * links every claim next to the text (the pair page) needs no second way there.
   */
  href?: string;
  /** The claim's title: the link's accessible name. */
  label: string;
}

export interface RehypeMarkQuotesOptions {
  /** The quotes to mark. Default: none. */
  quotes?: readonly QuoteMark[];
}

interface Placed {
  quote: QuoteMark;
  start: number;
  end: number;
}

function link(quote: QuoteMark & { href: string }): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['beleg-link'], href: quote.href, dataPagefindIgnore: '' },
    children: [
      { type: 'text', value: '↗' },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ` Zur Aussage: ${quote.label}` }],
      },
    ],
  };
}

/** Replace one text node by text, marks and links for the quotes placed in it. */
function splitText(node: Text, placed: Placed[]): ElementContent[] {
  const cuts = new Set<number>([0, node.value.length]);
  for (const { start, end } of placed) cuts.add(start).add(end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    const value = node.value.slice(from, to);
    const covering = placed.filter((p) => p.start <= from && p.end >= to);
    if (covering.length === 0) {
      out.push({ type: 'text', value });
    } else {
      const starting = placed.filter((p) => p.start === from);
      // An element has one id: further quotes starting here get an empty anchor.
      for (const extra of starting.slice(1)) {
        out.push({ type: 'element', tagName: 'span', properties: { id: extra.quote.id }, children: [] });
      }
      const properties: Element['properties'] = { className: ['beleg'] };
      if (starting[0]) properties['id'] = starting[0].quote.id;
      out.push({ type: 'element', tagName: 'mark', properties, children: [{ type: 'text', value }] });
    }
    for (const { quote } of placed.filter((p) => p.end === to)) {
      if (quote.href !== undefined) out.push(link({ ...quote, href: quote.href }));
    }
  }
  return out;
}

export default function rehypeMarkQuotes(options: RehypeMarkQuotesOptions = {}) {
  const quotes = options.quotes ?? [];
  const transformer: Transformer<Root> = (tree, file: VFile) => {
    if (quotes.length === 0) return;
    const byPassage = new Map<string, QuoteMark[]>();
    for (const quote of quotes) {
      byPassage.set(quote.passage, [...(byPassage.get(quote.passage) ?? []), quote]);
    }
    for (const passage of collectPassages(tree)) {
      const wanted = byPassage.get(String(passage.properties['id']));
      if (!wanted) continue;
      const placedIn = new Map<Text, Placed[]>();
      for (const quote of wanted) {
        let found = false;
        visit(passage, 'text', (text) => {
          if (found) return;
          const [range] = findQuote(text.value, quote.text);
          if (!range) return;
          placedIn.set(text, [...(placedIn.get(text) ?? []), { quote, ...range }]);
          found = true;
        });
        if (!found) file.fail(`Quote "${quote.text}" (${quote.id}) is not in passage ${quote.passage}.`);
      }
      visit(passage, 'text', (text, index, parent) => {
        const placed = placedIn.get(text);
        if (!placed || !parent || index === undefined) return;
        const replacement = splitText(text, placed);
        parent.children.splice(index, 1, ...replacement);
        return index + replacement.length;
      });
    }
  };
  return transformer;
}
