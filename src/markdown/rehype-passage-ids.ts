/**
 * rehype plugin: gives every passage (paragraph, list item, subheading) a
 * stable id, `absatz-1`, `absatz-2`, … in document order, so a single passage
 * can be linked and shared. Ids depend only on the article's own text.
 */
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import { collectPassages, PASSAGE_PREFIX } from './passages.ts';

export interface RehypePassageIdsOptions {
  /** Prefix of every id. Default: `'absatz-'`. */
  prefix?: string;
}

export default function rehypePassageIds(options: RehypePassageIdsOptions = {}) {
  const prefix = options.prefix ?? PASSAGE_PREFIX;
  const transformer: Transformer<Root> = (tree) => {
    collectPassages(tree).forEach((node, index) => {
      node.properties['id'] = `${prefix}${index + 1}`;
    });
  };
  return transformer;
}
