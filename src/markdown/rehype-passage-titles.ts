/**
 * rehype plugin: names every passage that is not a heading for Pagefind
 * (`data-pagefind-title="Absatz 3"`). Pagefind splits a page into sub-results
 * only at headings with an id and at elements with an id and a
 * data-pagefind-title, so this is what lets a search hit link to its own
 * passage (`#absatz-3`) instead of the top of the page. Runs after
 * rehype-passage-ids, which sets the ids.
 */
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import { collectPassages, PASSAGE_PREFIX } from './passages.ts';

export interface RehypePassageTitlesOptions {
  /** Word before the passage number, shown in search results. Default: `'Absatz'`. */
  label?: string;
  /** Prefix of the passage ids. Default: `'absatz-'`. */
  prefix?: string;
}

const HEADING = /^h[1-6]$/;

export default function rehypePassageTitles(options: RehypePassageTitlesOptions = {}) {
  const label = options.label ?? 'Absatz';
  const prefix = options.prefix ?? PASSAGE_PREFIX;
  const transformer: Transformer<Root> = (tree) => {
    for (const node of collectPassages(tree)) {
      const id = node.properties['id'];
      // Headings are sub-results under their own text already.
      if (typeof id !== 'string' || !id.startsWith(prefix) || HEADING.test(node.tagName)) continue;
      node.properties['dataPagefindTitle'] = `${label} ${id.slice(prefix.length)}`;
    }
  };
  return transformer;
}
