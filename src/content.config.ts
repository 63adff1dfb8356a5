import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, claimSchema } from './lib/schema.ts';

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

export const collections = { articles, claims };
