/**
 * rehype plugin: a permalink at the end of every passage, as documentation
 * sites put one beside each heading: a small visible link to the passage's
 * own id (`#absatz-3`), reachable by keyboard and named for screen readers
 * („Link zu Absatz 3“, never the raw id). CSS places it in the margin where
 * there is room. A subheading gets it beside it, not inside (its name stays
 * its own words): both go into a `<div class="kopf-mit-anker">`. Runs after rehype-passage-ids and after the quote marks, so
 * it changes neither the passages' text nor where quotes are found.
 */
import type { Element, Root } from 'hast';
import type { Transformer } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { isPassage, PASSAGE_PREFIX } from './passages.ts';

export interface RehypePassageAnchorsOptions {
  /** Prefix of the passage ids. Default: `'absatz-'`. */
  prefix?: string;
  /** Word before the passage number in the link's name. Default: `'Absatz'`. */
  label?: string;
  /** The visible sign. Default: `'¶'`. */
  sign?: string;
}

const HEADING = /^h[1-6]$/;

export default function rehypePassageAnchors(options: RehypePassageAnchorsOptions = {}) {
  const prefix = options.prefix ?? PASSAGE_PREFIX;
  const label = options.label ?? 'Absatz';
  const sign = options.sign ?? '¶';
  const anchor = (id: string): Element => {
    const name = `Link zu ${label} ${id.slice(prefix.length)}`;
    return {
      type: 'element',
      tagName: 'a',
      // Kept out of the search index: it is no word of the text. The title tells a mouse user what the sign is.
      properties: { className: ['anker'], href: `#${id}`, title: name, dataPagefindIgnore: '' },
      children: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: sign }] },
        { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: name }] },
      ],
    };
  };
  const transformer: Transformer<Root> = (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!isPassage(node)) return;
      const id = node.properties['id'];
      if (typeof id !== 'string' || !id.startsWith(prefix) || !parent || index === undefined) return SKIP;
      if (!HEADING.test(node.tagName)) {
        node.children.push({ type: 'text', value: ' ' }, anchor(id));
        return SKIP;
      }
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['kopf-mit-anker'] },
        children: [node, anchor(id)],
      };
      return SKIP;
    });
  };
  return transformer;
}
