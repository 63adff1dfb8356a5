/**
 * Finds raw HTML in an article body. The texts are plain text, so any HTML
 * in them is a mistake (pasted markup, a stray tag): the content check
 * refuses it with the file and line rather than letting it vanish silently
 * (our pipeline drops raw HTML) or reach the page.
 */
import type { Html } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { visit } from 'unist-util-visit';

export interface RawHtml {
  /** The HTML as written, e.g. `<script>alert(1)</script>`. */
  value: string;
  /** 1-based line in the Markdown given. */
  line: number;
}

const parser = unified().use(remarkParse).use(remarkDirective);

/** Every raw HTML block, inline tag and comment in the Markdown, in order. */
export function findRawHtml(markdown: string): RawHtml[] {
  const found: RawHtml[] = [];
  visit(parser.parse(markdown), 'html', (node: Html) => {
    found.push({ value: node.value, line: node.position?.start.line ?? 0 });
  });
  return found;
}
