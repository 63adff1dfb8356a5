/**
 * The context lenses, derived once from the corpus and the lens data, story
 * by story: word counts, attributions and timeline of each story's texts,
 * and the fact sheets beside the claims. Like buildCorpus it is pure and
 * reports every problem of a run in one ContentError. Each story's lenses
 * read only its own texts, so the cost grows linearly with the stories.
 */
import { buildAttributions, type AttributionInput, type Attributions, type SourceInput } from './attributions.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { wordingOfTexts, type Corpus } from '../corpus/corpus.ts';
import { claimTitles, resolveReferencesIn, type Segment } from '../corpus/claim-refs.ts';
import { proseFieldsOf, quotationProblems, type ProseField, type StoryWording } from '../corpus/editorial.ts';
import { buildFacts, type FactSheet, type FactSheetInput } from './facts.ts';
import { quoteContext } from './mentions.ts';
import { countTerms, type TermGroup, type TermGroupInput } from './terms.ts';
import { buildTimeline, type TimelineEvent, type TimelineInput } from './timeline.ts';

export interface LensInputs {
  terms: readonly TermGroupInput[];
  sources: readonly SourceInput[];
  attributions: readonly AttributionInput[];
  timeline: readonly TimelineInput[];
  facts: readonly FactSheetInput[];
}

/** The lenses of one story. */
export interface StoryLenses {
  terms: TermGroup[];
  attributions: Attributions;
  timeline: TimelineEvent[];
}

export interface Lenses {
  /** By story id; every story has an entry. */
  stories: Map<string, StoryLenses>;
  /** Fact sheets by claim id. */
  facts: Map<string, FactSheet>;
  /** Lens prose that refers to claims, as shown (titles in quotation marks), mapped to its pieces (as Corpus.links). */
  links: ReadonlyMap<string, readonly Segment[]>;
}

/**
 * The lens data with every reference to a claim (`:aussage{#id}`, src/corpus/claim-refs.ts)
 * replaced by the claim's title; an unknown or malformed reference is a problem naming file and field.
 */
function withReferences(corpus: Corpus, inputs: LensInputs, problems: ContentProblem[]): { inputs: LensInputs; links: Map<string, Segment[]> } {
  const links = new Map<string, Segment[]>();
  const titleOf = claimTitles(corpus.claims);
  const resolve = <T extends { id: string; file: string; data: unknown }>(list: readonly T[], keyed: boolean): T[] =>
    list.map((entry) => ({
      ...entry,
      data: resolveReferencesIn(entry.data, titleOf, links, (field, message) =>
        problems.push({ file: entry.file, field: keyed ? [entry.id, field].filter(Boolean).join('.') : field, message }),
      ),
    }));
  return {
    links,
    inputs: {
      terms: resolve(inputs.terms, false),
      sources: resolve(inputs.sources, true),
      attributions: resolve(inputs.attributions, false),
      timeline: resolve(inputs.timeline, true),
      facts: resolve(inputs.facts, false),
    },
  };
}

/**
 * Wording in quotation marks in the lens data's notes, descriptions and reasons that no text has
 * (src/corpus/editorial.ts): term groups and timeline entries against their story's texts,
 * attributions against their text's story, a source (shared by all stories) against the texts
 * that cite it.
 * Fact sheets are left out: they quote the reference sources, not the texts.
 */
function quotationsInLenses(corpus: Corpus, inputs: LensInputs): ContentProblem[] {
  const stories = new Map(corpus.stories.map((story) => [story.id, wordingOfTexts(story.articles)]));
  const storyOfText = new Map(corpus.articles.map((article) => [article.id, article.data.story]));
  const titles = new Map(corpus.claims.map((claim) => [claim.id, claim.data.title]));
  const check = (wording: StoryWording | undefined, fields: ProseField[]) => (wording ? quotationProblems(fields, wording, titles) : []);
  return [
    ...inputs.terms.flatMap((entry) => check(stories.get(entry.data.story), proseFieldsOf(entry.file, entry.data))),
    ...inputs.timeline.flatMap((entry) => check(stories.get(entry.data.story), proseFieldsOf(entry.file, entry.data, [entry.id]))),
    ...inputs.attributions.flatMap((entry) => check(stories.get(storyOfText.get(entry.id) ?? ''), proseFieldsOf(entry.file, entry.data))),
    // A source belongs to no story: its prose is checked against the texts that cite it (none: not checked).
    ...inputs.sources.flatMap((entry) => {
      const citing = new Set(inputs.attributions.filter((file) => file.data.sources.some((cited) => cited.source === entry.id)).map((file) => file.id));
      const texts = corpus.articles.filter((article) => citing.has(article.id));
      return texts.length === 0 ? [] : check(wordingOfTexts(texts), proseFieldsOf(entry.file, entry.data, [entry.id]));
    }),
  ];
}

export function buildLenses(corpus: Corpus, raw: LensInputs): Lenses {
  const problems: ContentProblem[] = [];
  problems.push(...quotationsInLenses(corpus, raw));
  const { inputs, links } = withReferences(corpus, raw, problems);
  const storyIds = new Set(corpus.stories.map((story) => story.id));
  const storyOf = new Map(corpus.articles.map((article) => [article.id, article.data.story]));
  const known = [...storyIds].join(', ');
  // Lens entries that name a story: each must name one that exists.
  const checkStory = (entry: { id: string; file: string; data: { story: string } }, field: string) => {
    if (storyIds.has(entry.data.story)) return true;
    problems.push({ file: entry.file, field, message: `unknown story "${entry.data.story}" (known: ${known})` });
    return false;
  };
  const terms = Map.groupBy(inputs.terms.filter((group) => checkStory(group, 'story')), (group) => group.data.story);
  const timeline = Map.groupBy(inputs.timeline.filter((event) => checkStory(event, `${event.id}.story`)), (event) => event.data.story);
  // An attribution file belongs to its text's story: the file name is the text's id.
  for (const input of inputs.attributions) {
    if (storyOf.has(input.id)) continue;
    problems.push({
      file: input.file,
      field: '',
      message: `unknown article "${input.id}": the file name must be an article id (known: ${[...storyOf.keys()].join(', ')})`,
    });
  }
  const attributions = Map.groupBy(
    inputs.attributions.filter((input) => storyOf.has(input.id)),
    (input) => storyOf.get(input.id) ?? '',
  );

  const stories = new Map<string, StoryLenses>();
  for (const story of corpus.stories) {
    const context = quoteContext(story.articles);
    stories.set(story.id, {
      terms: countTerms(terms.get(story.id) ?? [], story.articles, problems),
      attributions: buildAttributions(inputs.sources, attributions.get(story.id) ?? [], story.articles, context, problems),
      timeline: buildTimeline(timeline.get(story.id) ?? [], story.claims, context, problems),
    });
  }
  const facts = buildFacts(inputs.facts, corpus.claims, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { stories, facts, links };
}
