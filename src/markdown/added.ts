/**
 * What the plugins add to a text that is not the text: the links and the
 * popover after marked quotes (rehype-mark-quotes) and the passage permalinks
 * (rehype-passage-anchors). Whoever compares a page with the text as received
 * leaves these out.
 */
import type { Element, Node } from 'hast';

/** Class names of the elements added to a text, one per kind. */
export const ADDED_CLASSES = ['beleg-link', 'beleg-liste', 'anker'] as const;

export function isAddedToText(node: Node): node is Element {
  if (node.type !== 'element') return false;
  const className = (node as Element).properties['className'];
  const classes = Array.isArray(className) ? className.map(String) : String(className ?? '').split(/\s+/);
  return classes.some((name) => (ADDED_CLASSES as readonly string[]).includes(name));
}
