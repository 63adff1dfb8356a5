/**
 * remark plugin: turns a `:::figure` container directive into a <figure> whose
 * content is the caption, with the photo credit or agency photo tag the source
 * prints beside it. Any other directive is refused, because in running German
 * text a stray `:word` would otherwise vanish from the article silently.
 *
 *     :::figure{credit="Gavriil Grigorov/Pool Sputnik Kremlin/AP"}
 *     Kremlchef Wladimir Putin und …
 *     :::
 */
import type { Root, Paragraph } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import 'mdast-util-directive';

export interface RemarkFigureOptions {
  /** Label before a photo credit. Default: `'Foto: '`. */
  creditLabel?: string;
  /** Label before an agency photo tag. Default: `'Bildkennung: '`. */
  slugLabel?: string;
}

const ALLOWED_ATTRIBUTES = new Set(['credit', 'slug']);

/**
 * A credit copied as the source prints it often brings its own label
 * („Foto: KCNA via Reuters“): that label is kept, verbatim, instead of ours
 * before it („Foto: Foto: …“).
 */
const OWN_LABEL = /^(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle)\s*:\s*/i;

function labelled(label: string, value: string, className: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hName: 'p', hProperties: { className: [className] } },
    children: [
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['label'], dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: label }],
      },
      { type: 'text', value },
    ],
  };
}

export default function remarkFigure(options: RemarkFigureOptions = {}) {
  const creditLabel = options.creditLabel ?? 'Foto: ';
  const slugLabel = options.slugLabel ?? 'Bildkennung: ';

  const transformer: Transformer<Root> = (tree, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        file.fail(
          `Unexpected directive ":${node.name}" in the text. Only ":::figure" blocks are allowed; ` +
            'write "\\:" to keep a literal colon.',
          node,
        );
      }
      if (node.type !== 'containerDirective') return;
      if (node.name !== 'figure') {
        file.fail(`Unknown block ":::${node.name}". Only ":::figure" is allowed.`, node);
      }
      const attributes = node.attributes ?? {};
      for (const key of Object.keys(attributes)) {
        if (!ALLOWED_ATTRIBUTES.has(key)) {
          file.fail(`Unknown attribute "${key}" on ":::figure" (allowed: credit, slug).`, node);
        }
      }
      const extra: Paragraph[] = [];
      if (attributes['slug']) extra.push(labelled(slugLabel, attributes['slug'], 'bildkennung'));
      const credit = attributes['credit'];
      if (credit) {
        const own = OWN_LABEL.exec(credit)?.[0];
        extra.push(own ? labelled(own, credit.slice(own.length), 'bildnachweis') : labelled(creditLabel, credit, 'bildnachweis'));
      }
      for (const child of node.children) {
        if (child.type === 'paragraph') {
          child.data = { ...child.data, hProperties: { className: ['bildunterschrift'] } };
        }
      }
      node.data = { hName: 'figure' };
      node.children = [
        {
          type: 'blockquote',
          data: { hName: 'figcaption' },
          children: [...node.children, ...extra] as Paragraph[],
        },
      ];
    });
  };
  return transformer;
}
