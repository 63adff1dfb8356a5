/**
 * What counts as a passage of an article: the unit a reader can link to
 * (`#absatz-3`) and a quote is located in. Shared by the rehype plugin that
 * numbers passages and by src/corpus, which reads their text, so both always
 * agree on the numbering.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { PASSAGE_PREFIX } from '../site/urls.ts';

const BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Lines the figure plugin adds beside a caption: credits, not text to quote. */
const NOT_PASSAGES = new Set(['bildnachweis', 'bildkennung']);

export { PASSAGE_PREFIX };

export function isPassage(node: Element): boolean {
  if (!BLOCKS.has(node.tagName)) return false;
  const className = node.properties['className'];
  const classes = Array.isArray(className) ? className.map(String) : [];
  return !classes.some((name) => NOT_PASSAGES.has(name));
}

/** Passages in document order; a passage inside another (p in li) is part of it. */
export function collectPassages(tree: Root): Element[] {
  const passages: Element[] = [];
  visit(tree, 'element', (node) => {
    if (!isPassage(node)) return;
    passages.push(node);
    return SKIP;
  });
  return passages;
}

export function passageText(node: Element): string {
  return toString(node);
}
