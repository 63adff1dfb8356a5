/**
 * Word choice: how often each text uses each variant of a term group, and
 * where. The counting rule (also in docs/data.md):
 *
 * 1. Only the article body counts, passage by passage (paragraphs,
 *    subheadings, list items, photo captions): not the headline, header or
 *    dropped lines.
 * 2. A variant counts its listed forms, exactly as spelled: case-sensitive
 *    (German capitalises nouns: "Vorgehen" is not the verb "vorgehen"), and
 *    inflected forms count only if listed ("Angriffskriegs" is a form of
 *    "Angriffskrieg"). Any whitespace in the text matches a space in a form.
 * 3. Whole words only: no letter, digit or hyphen directly before or after.
 *    So a compound is never counted as its parts: "Angriffskrieg" and
 *    "Korea-Kriegs" are not "Krieg", "Kim Jong Uns" is not "Kim Jong Un".
 * 4. Each stretch of text counts once across all groups: where matches
 *    overlap, the one starting first wins, then the longest.
 * 5. A form inside one of its variant's `except` phrases is found but not
 *    counted; the page lists these with the reason.
 *
 * Pure: validated data in, counts (or a ContentError) out.
 */
import type { ContentProblem } from '../schemas/errors.ts';
import type { Article } from '../corpus/corpus.ts';
import type { TermGroupData } from '../schemas/terms.ts';

export interface TermGroupInput {
  id: string;
  file: string;
  data: TermGroupData;
}

/** A form to look for, and the variant it counts for. */
export interface FormRef {
  form: string;
  /** Any key identifying the variant, e.g. `krieg/1`. */
  key: string;
}

export interface TextMatch {
  start: number;
  end: number;
  /** The words as they stand in the text. */
  text: string;
  key: string;
}

export interface Occurrence {
  article: string;
  passage: string;
  /** Link to the passage: /artikel/<id>/#absatz-N. */
  url: string;
  /** The words as they stand in the text. */
  text: string;
  /** The passage is a photo caption. */
  caption: boolean;
}

export interface ExcludedOccurrence extends Occurrence {
  phrase: string;
  reason: string;
}

export interface VariantCount {
  term: string;
  forms: string[];
  /** Counted occurrences per article id (every article has a key). */
  counts: Record<string, number>;
  total: number;
  occurrences: Occurrence[];
  excluded: ExcludedOccurrence[];
}

export interface TermGroup {
  id: string;
  file: string;
  story: string;
  label: string;
  description: string;
  note?: string;
  variants: VariantCount[];
}

/** Letters, digits and hyphens (incl. soft and non-breaking hyphens) make a word longer. */
const WORD_CHAR = '[\\p{L}\\p{N}\\-\\u00AD\\u2010\\u2011]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/**
 * A regular expression finding `form` as a whole word, any whitespace for a space. Made once per
 * form (every passage of every text is searched for every form) and handed out with `lastIndex`
 * at 0, so `test` and `exec` start at the beginning.
 */
export function formPattern(form: string): RegExp {
  let pattern = patterns.get(form);
  if (!pattern) {
    const body = form.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
    pattern = new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
    patterns.set(form, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every place a form occurs as a whole word, overlapping or not. */
function candidates(text: string, forms: readonly FormRef[]): TextMatch[] {
  return forms.flatMap(({ form, key }) =>
    [...text.matchAll(formPattern(form))].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      key,
    })),
  );
}

/**
 * The forms found in `text`, each stretch of text at most once: leftmost
 * first, and of matches starting at the same place the longest.
 */
export function matchForms(text: string, forms: readonly FormRef[]): TextMatch[] {
  const sorted = candidates(text, forms).sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: TextMatch[] = [];
  let end = 0;
  for (const match of sorted) {
    if (match.start < end) continue;
    taken.push(match);
    end = match.end;
  }
  return taken;
}

const formsOf = (variant: TermGroupData['variants'][number]) => variant.forms ?? [variant.term];

/** Problems a count would hide: a form in two variants, an except phrase that cannot apply or never occurs. */
function check(groups: readonly TermGroupInput[], articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, string>();
  const passages = articles.flatMap((article) => article.passages.map((passage) => passage.text));
  for (const group of groups) {
    group.data.variants.forEach((variant, index) => {
      formsOf(variant).forEach((form, formIndex) => {
        const where = `${group.file} → variants.${index}`;
        const first = owner.get(form);
        if (first) {
          problems.push({
            file: group.file,
            field: `variants.${index}.forms.${formIndex}`,
            message: `form "${form}" is already counted by ${first}: a form may count for one variant only`,
          });
        } else owner.set(form, `${where} ("${variant.term}")`);
      });
      variant.except.forEach(({ phrase }, exceptIndex) => {
        const field = `variants.${index}.except.${exceptIndex}.phrase`;
        const refs = formsOf(variant).map((form) => ({ form, key: form }));
        if (matchForms(phrase, refs).length === 0) {
          problems.push({ file: group.file, field, message: `"${phrase}" contains none of the forms of "${variant.term}"` });
        } else if (!passages.some((text) => formPattern(phrase).test(text))) {
          problems.push({ file: group.file, field, message: `"${phrase}" does not occur in any article body` });
        }
      });
    });
  }
  return problems;
}

/** Count every variant of every group in every article (rule above); no counts while a group has problems. */
export function countTerms(groupInputs: readonly TermGroupInput[], articles: readonly Article[], problems: ContentProblem[]): TermGroup[] {
  const found = check(groupInputs, articles);
  if (found.length > 0) {
    problems.push(...found);
    return [];
  }

  const groups = [...groupInputs].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const variants = new Map<string, { variant: TermGroupData['variants'][number]; count: VariantCount }>();
  const refs: FormRef[] = [];
  const result: TermGroup[] = groups.map((group) => ({
    id: group.id,
    file: group.file,
    story: group.data.story,
    label: group.data.label,
    description: group.data.description,
    ...(group.data.note === undefined ? {} : { note: group.data.note }),
    variants: group.data.variants.map((variant, index) => {
      const key = `${group.id}/${index}`;
      const forms = formsOf(variant);
      const count: VariantCount = {
        term: variant.term,
        forms,
        counts: Object.fromEntries(articles.map((article) => [article.id, 0])),
        total: 0,
        occurrences: [],
        excluded: [],
      };
      variants.set(key, { variant, count });
      refs.push(...forms.map((form) => ({ form, key })));
      return count;
    }),
  }));

  for (const article of articles) {
    for (const passage of article.passages) {
      for (const match of matchForms(passage.text, refs)) {
        const entry = variants.get(match.key);
        if (!entry) continue;
        const occurrence: Occurrence = {
          article: article.id,
          passage: passage.id,
          url: `${article.url}#${passage.id}`,
          text: match.text,
          caption: passage.caption,
        };
        const exception = entry.variant.except.find(({ phrase }) =>
          [...passage.text.matchAll(formPattern(phrase))].some(
            (hit) => hit.index <= match.start && match.end <= hit.index + hit[0].length,
          ),
        );
        if (exception) {
          entry.count.excluded.push({ ...occurrence, phrase: exception.phrase, reason: exception.reason });
          continue;
        }
        entry.count.occurrences.push(occurrence);
        entry.count.counts[article.id] = (entry.count.counts[article.id] ?? 0) + 1;
        entry.count.total += 1;
      }
    }
  }
  return result;
}

/** The occurrences of a variant in one article, one entry per passage with how many times. */
export function occurrencesByPassage(variant: VariantCount, article: string): { passage: string; url: string; times: number; caption: boolean }[] {
  const byPassage = new Map<string, { passage: string; url: string; times: number; caption: boolean }>();
  for (const occurrence of variant.occurrences) {
    if (occurrence.article !== article) continue;
    const entry = byPassage.get(occurrence.passage);
    if (entry) entry.times += 1;
    else byPassage.set(occurrence.passage, { passage: occurrence.passage, url: occurrence.url, times: 1, caption: occurrence.caption });
  }
  return [...byPassage.values()];
}
