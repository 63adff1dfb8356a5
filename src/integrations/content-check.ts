/**
 * Astro integration: runs the content check before anything is built, so bad
 * content stops `astro build` with a message naming the file and the field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../lib/content-check.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'nebeneinander:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { corpus, lenses } = checkAll(fileURLToPath(config.root));
        logger.info(
          `content ok: ${corpus.articles.length} articles, ${corpus.claims.length} claims, ` +
            `${lenses.terms.length} term groups, ${lenses.timeline.length} timeline events, ` +
            `${lenses.facts.size} fact sheets, every quote found`,
        );
      },
    },
  };
}
