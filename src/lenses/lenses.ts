/**
 * The context lenses, derived once from the corpus and the lens data: word
 * counts, attributions, timeline and fact sheets. Like buildCorpus it is
 * pure and reports every problem of a run in one ContentError.
 */
import { buildAttributions, type AttributionInput, type Attributions, type SourceInput } from './attributions.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import type { Corpus } from '../corpus/corpus.ts';
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

export interface Lenses {
  terms: TermGroup[];
  attributions: Attributions;
  timeline: TimelineEvent[];
  /** Fact sheets by claim id. */
  facts: Map<string, FactSheet>;
}

export function buildLenses(corpus: Corpus, inputs: LensInputs): Lenses {
  const problems: ContentProblem[] = [];
  const context = quoteContext(corpus.articles);
  // Every builder records its problems here and never throws: one run reports them all.
  const terms = countTerms(inputs.terms, corpus.articles, problems);
  const attributions = buildAttributions(inputs.sources, inputs.attributions, corpus.articles, context, problems);
  const timeline = buildTimeline(inputs.timeline, corpus.claims, context, problems);
  const facts = buildFacts(inputs.facts, corpus.claims, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { terms, attributions, timeline, facts };
}
