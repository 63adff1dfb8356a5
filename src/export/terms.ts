/**
 * /daten/wortwahl.json: the word-choice counts for researchers. Every URL is
 * site-relative and points at a passage the build produces.
 */
import type { Article } from '../corpus/corpus.ts';
import type { TermGroup } from '../lenses/terms.ts';
import { dataRelease, type DataRelease } from './data-version.ts';

export const COUNTING_RULE =
  'Article body only (paragraphs, subheadings, list items, photo captions), not headline or header lines. ' +
  'A variant counts its listed forms exactly as spelled (case-sensitive) as whole words: no letter, digit or ' +
  'hyphen directly before or after, so compounds never count as their parts. Each stretch of text counts once ' +
  'across all groups (leftmost, then longest match wins). Occurrences inside an `except` phrase are listed under ' +
  '`excluded` and not counted.';

export interface TermsExport extends DataRelease {
  rule: string;
  articles: { id: string; title: string; url: string }[];
  groups: {
    id: string;
    /** The story whose texts the group counts in. */
    story: string;
    label: string;
    variants: {
      term: string;
      forms: string[];
      counts: Record<string, number>;
      occurrences: { article: string; text: string; caption: boolean; url: string }[];
      excluded: { article: string; text: string; phrase: string; reason: string; url: string }[];
    }[];
  }[];
}

export function toTermsExport(groups: readonly TermGroup[], articles: readonly Article[], version: string): TermsExport {
  return {
    ...dataRelease(version),
    rule: COUNTING_RULE,
    articles: articles.map((article) => ({ id: article.id, title: article.data.title, url: article.url })),
    groups: groups.map((group) => ({
      id: group.id,
      story: group.story,
      label: group.label,
      variants: group.variants.map((variant) => ({
        term: variant.term,
        forms: variant.forms,
        counts: variant.counts,
        occurrences: variant.occurrences.map(({ article, text, caption, url }) => ({ article, text, caption, url })),
        excluded: variant.excluded.map(({ article, text, phrase, reason, url }) => ({ article, text, phrase, reason, url })),
      })),
    })),
  };
}
