/**
 * Astro integration: runs the content check before anything is built, so bad
 * content stops `astro build` with a message naming the file and the field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'nebeneinander:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { articles, claims } = checkContent(fileURLToPath(config.root));
        logger.info(`content ok: ${articles.length} articles, ${claims.length} claims, every quote found`);
      },
    },
  };
}
