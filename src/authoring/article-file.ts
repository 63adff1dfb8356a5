/**
 * The file `npm run text:add` writes: a draft's frontmatter and body in the
 * form of the committed texts (content/articles/*.md). What the command cannot
 * decide is written as a TODO value (src/schemas/todo.ts), which the content
 * check refuses with file and field until an editor replaces it; comments
 * beside it show what the text offers to decide it. Pure.
 */
import type { ArticleDraft, Block } from './draft-article.ts';
import { bodyMarkdown, expectedPassages } from './markdown-body.ts';

export interface StoryEventChoice {
  id: string;
  /** Undefined while the story still has it as TODO. */
  label: string | undefined;
  /** `YYYY-MM-DD`; undefined while the story still has it as TODO. */
  date: string | undefined;
}

export interface ArticleMeta {
  story: string;
  /** The event the editor named, already checked against the story; undefined: still to decide. */
  event: string | undefined;
  /** The story's events, offered when `event` is still to decide. */
  events: readonly StoryEventChoice[];
  /** The original's file name in content/originals/. */
  original: string;
}

/** A YAML scalar in single quotes, as the committed files write them. */
export const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Short headlines serve as the short title too; a long one needs an editor's short name. */
const SHORT_TITLE_MAX = 40;

/** Words that date what a text reports: weekdays, „gestern“, dates such as „19. Juni“ or „19.06.“. */
const WEEKDAY_OR_DATE = /\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|heute|vorgestern)\w*\b|\b\d{1,2}\.\s?(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{1,2}\.)/i;
/** Verbs and phrases by which a text names whom it cites. */
const CITING = /\b(sagte|sagten|erklärte|erklärten|berichtete|berichteten|berichtet|teilte|teilten|zufolge|laut|nach Angaben|zitiert|schrieb|geschrieben|titelte|getitelt|bezeichnete|hieß es|meldete|meldeten|betonte|warnte|drohte|Nachrichtenagentur)\b/;

/** The passage ids (absatz-N) the site will give the blocks, with their text. */
const passages = (blocks: readonly Block[]) => expectedPassages(blocks).map((text, index) => ({ id: `absatz-${index + 1}`, text }));

/** The sentence of `text` around the first match of `pattern`, shortened for a comment. */
function sentenceAround(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const sentences = text.split(/(?<=[.!?][“”"»«]?)\s+(?=[„"«»\p{Lu}])/u);
  let offset = 0;
  for (const sentence of sentences) {
    if (match.index < offset + sentence.length + 1) return sentence.length > 150 ? `${sentence.slice(0, 149)}…` : sentence;
    offset += sentence.length + 1;
  }
  return undefined;
}

/** Comment lines pointing at passages that match `pattern`, at most `limit`. */
function hints(blocks: readonly Block[], pattern: RegExp, limit: number, indent: string): string[] {
  return passages(blocks)
    .flatMap(({ id, text }) => {
      const sentence = sentenceAround(text, pattern);
      return sentence ? [`${indent}#   ${id}: „${sentence}“`] : [];
    })
    .slice(0, limit);
}

/** Comment lines pointing at the passages that name a source („sagte“, „laut“, „berichtete“ …). */
export const sourceHints = (blocks: readonly Block[], indent = '') => hints(blocks, CITING, 8, indent);

export function articleFile(draft: ArticleDraft, meta: ArticleMeta): string {
  const out: string[] = ['---', `title: ${quoted(draft.title)}`];
  if (draft.title.length <= SHORT_TITLE_MAX) out.push(`shortTitle: ${quoted(draft.title)}`);
  else out.push('# A short German name of ours for table headers and pair pages, e.g. a few words of the headline.', `shortTitle: 'TODO: short name for tables (the headline has ${draft.title.length} characters)'`);

  out.push('published:');
  if (draft.published) {
    out.push(`  date: ${draft.published.date}`, "  basis: 'stated'", `  asStated: ${quoted(draft.published.asStated)}`);
  } else {
    const evidence = hints(draft.blocks, WEEKDAY_OR_DATE, 5, '  ');
    out.push(
      '  # The text states no date of its own. Infer it with evidence, or find the date elsewhere in the text.',
      ...(evidence.length ? ['  # Passages that name a day:', ...evidence] : ['  # No passage names a day or date.']),
      "  # If the evidence gives only the earliest day (\"reports Wednesday's meeting as news\"), add  precision: 'on-or-after'",
      "  date: 'TODO: day of publication, YYYY-MM-DD'",
      "  basis: 'inferred'",
      "  evidence: 'TODO: what in the text shows the date (German, for readers)'",
    );
  }

  out.push(draft.headerLines.length ? 'headerLines:' : 'headerLines: []', ...draft.headerLines.map((line) => `  - ${quoted(line)}`));
  out.push(`byline: ${draft.byline === null ? 'null' : quoted(draft.byline)}`);
  out.push(`story: ${meta.story}`);
  if (meta.event) out.push(`event: ${quoted(meta.event)}`);
  else {
    out.push(
      '# The event of the story the text reports as its news:',
      ...meta.events.map((event) => {
        const later = draft.published !== undefined && event.date !== undefined && event.date > draft.published.date;
        return `#   ${event.id}: ${event.label ?? '(label still TODO)'} (${event.date ?? 'date still TODO'})${later ? " (after the text's date: it cannot report it)" : ''}`;
      }),
      `event: 'TODO: one of ${meta.events.map((event) => event.id).join(', ')}'`,
    );
  }

  const citing = sourceHints(draft.blocks);
  out.push(
    '# Whom the text itself cites or quotes, named as the text names them (e.g. TASS, KCNA); [] if nobody.',
    ...(citing.length ? ['# Passages that name a source:', ...citing] : []),
    'cites:',
    "  - 'TODO: the sources the text names'",
  );
  out.push("# One neutral German sentence, written by us, on what the text reports („Der Text berichtet, …“).", "summary: 'TODO: one neutral sentence on what the text reports'");
  out.push(`original: ${quoted(meta.original)}`);

  out.push(
    "# What else is known of the text's origin: stated (asStated, verbatim) or inferred (evidence). Never guess an outlet.",
    draft.provenance.length ? 'provenance:' : 'provenance: []',
    ...draft.provenance.flatMap((entry) => [`  - fact: ${quoted(entry.fact)}`, "    basis: 'stated'", `    asStated: ${quoted(entry.asStated)}`]),
  );
  out.push(
    '# Lines of the original left out as website chrome, with the reason readers see. Proposed by text:add: check each.',
    ...(draft.doubts.length
      ? ['# Kept in the body, but text:add was in doubt (move a line here if it is the website\'s):', ...draft.doubts.map((doubt) => `#   line ${doubt.line}: „${doubt.text}“ (${doubt.why})`)]
      : []),
    draft.dropped.length ? 'dropped:' : 'dropped: []',
    ...draft.dropped.flatMap((entry) => [`  - line: ${quoted(entry.line)}`, `    reason: ${quoted(entry.reason)}`]),
  );
  out.push('---', '', bodyMarkdown(draft.blocks));
  return out.join('\n');
}
