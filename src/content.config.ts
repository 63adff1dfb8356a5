import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, claimSchema } from './schemas/article.ts';
import { attributionFileSchema, factSheetSchema, sourceSchema, termGroupSchema, timelineEventSchema } from './schemas/lenses.ts';

/** The five news texts: Markdown, verbatim, with provenance in the frontmatter. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '**/*.md' }),
  schema: articleSchema,
});

/** One claim each: what every text says about it, in verified quotes. */
const claims = defineCollection({
  loader: glob({ base: './content/claims', pattern: '*.yaml' }),
  schema: claimSchema,
});

/** Word choice: one term group each, the variants the texts use for the same thing. */
const terms = defineCollection({
  loader: glob({ base: './content/terms', pattern: '*.yaml' }),
  schema: termGroupSchema,
});

/** Everyone the texts cite or quote, keyed by source id. */
const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

/** Whom each text cites, with verbatim quotes; the file name is the article id. */
const attributions = defineCollection({
  loader: glob({ base: './content/attributions', pattern: '*.yaml' }),
  schema: attributionFileSchema,
});

/** Events the texts mention or rest on, keyed by event id. */
const timeline = defineCollection({
  loader: file('content/timeline.yaml'),
  schema: timelineEventSchema,
});

/** Reference facts beside a claim; the file name is the claim id. */
const facts = defineCollection({
  loader: glob({ base: './content/facts', pattern: '*.yaml' }),
  schema: factSheetSchema,
});

export const collections = { articles, claims, terms, sources, attributions, timeline, facts };
