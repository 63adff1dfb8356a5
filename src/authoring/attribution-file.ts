/**
 * The attribution file `npm run text:add` writes beside a new text
 * (content/attributions/<id>.yaml, schema in src/schemas/sources.ts): whom
 * the text cites or quotes and how, for the story's Quellen page. Only an
 * editor can tell a quote from reported speech, so every value is TODO, with
 * the passages that name a source and the known sources as comments. A text
 * that cites nobody gets no file: the editor deletes it. Pure.
 */
import { ATTRIBUTION_FORMS } from '../schemas/sources.ts';
import { sourceHints } from './article-file.ts';
import type { ArticleDraft } from './draft-article.ts';

export function attributionFile(draft: ArticleDraft, knownSources: readonly string[]): string {
  const hints = sourceHints(draft.blocks);
  return [
    '# Whom the text cites or quotes, and how (schema: src/schemas/sources.ts); shown on the Quellen page of its story.',
    '# Written by `npm run text:add`: every value starting with TODO is refused by the content check until written.',
    '# One entry per source and form; quotes are copied from one passage each. Delete this file if the text cites nobody.',
    `# Sources so far (keys of content/sources.yaml; add a new one there first): ${knownSources.join(', ') || 'none'}.`,
    ...(hints.length ? ['# Passages that name a source:', ...hints] : ['# No passage names a source with „sagte“, „laut“, „berichtete“ and the like.']),
    'sources:',
    "  - source: 'TODO: a key of content/sources.yaml'",
    `    form: 'TODO: ${ATTRIBUTION_FORMS.join(' | ')} (quoted, reported speech, named as the origin)'`,
    '    quotes:',
    "      - 'TODO: the attribution, copied from one passage'",
    '',
  ].join('\n');
}
