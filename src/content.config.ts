/**
 * The collections: the one typed door into content/. Every loader checks its
 * entries as it reads them and stops the build with one message naming each
 * file and field (src/loaders/checked.ts); what spans entries (quotes, ids,
 * cells, lens data) is checked once, when the corpus is derived
 * (src/data/collections.ts).
 */
import { defineCollection } from 'astro:content';
import { folder, keyed, textFiles } from './loaders/checked.ts';
import { articleSchema } from './schemas/article.ts';
import { claimSchema } from './schemas/claim.ts';
import { correctionSchema } from './schemas/corrections.ts';
import { storySchema } from './schemas/story.ts';
import { factSheetSchema } from './schemas/facts.ts';
import { attributionFileSchema, sourceSchema } from './schemas/sources.ts';
import { termGroupSchema } from './schemas/terms.ts';
import { timelineEventSchema } from './schemas/timeline.ts';

/** The stories: each with its events; texts and claims belong to one. */
const stories = defineCollection({ loader: folder('./content/stories', '*.yaml', storySchema) });

/** The news texts: Markdown, verbatim, with provenance in the frontmatter. */
const articles = defineCollection({ loader: folder('./content/articles', '*.md', articleSchema, { markdown: true }) });

/** The texts exactly as received, byte for byte; the id is the file name. */
const originals = defineCollection({ loader: textFiles('./content/originals') });

/** One claim each: what every text says about it, in verified quotes. */
const claims = defineCollection({ loader: folder('./content/claims', '*.yaml', claimSchema) });

/** Word choice: one term group each, the variants the texts use for the same thing. */
const terms = defineCollection({ loader: folder('./content/terms', '*.yaml', termGroupSchema) });

/** Everyone the texts cite or quote, keyed by source id. */
const sources = defineCollection({ loader: keyed('content/sources.yaml', sourceSchema) });

/** Whom each text cites, with verbatim quotes; the file name is the article id. */
const attributions = defineCollection({ loader: folder('./content/attributions', '*.yaml', attributionFileSchema) });

/** Events the texts mention or rest on, keyed by event id. */
const timeline = defineCollection({ loader: keyed('content/timeline.yaml', timelineEventSchema) });

/** Reference facts beside a claim; the file name is the claim id. */
const facts = defineCollection({ loader: folder('./content/facts', '*.yaml', factSheetSchema) });

/** Every correction to the published data, keyed by correction id; /korrekturen/ lists them. */
const corrections = defineCollection({ loader: keyed('content/corrections.yaml', correctionSchema) });

export const collections = { stories, articles, originals, claims, terms, sources, attributions, timeline, facts, corrections };
