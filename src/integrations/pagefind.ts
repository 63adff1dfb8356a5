/**
 * Astro integration: builds the Pagefind search index into dist/pagefind/
 * when `astro build` is done, through Pagefind's Node API. Running inside the
 * build (rather than as `pagefind --site dist` after it) means every way of
 * building the site (`npm run build`, `npm start`, `npm test`, a host calling
 * `astro build`) produces the index, into whatever outDir Astro used, and an
 * indexing error fails the build with Astro's logger instead of passing by.
 *
 * What gets indexed is decided by the pages themselves: only pages with a
 * `data-pagefind-body` element are indexed (see "Search" in the README).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /** Bundle folder inside the build output. Default: `'pagefind'`. */
  bundleDir?: string;
}

export default function pagefindIndex(options: PagefindOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'nebeneinander:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex();
          if (!index) throw new Error(createErrors.join('\n') || 'Pagefind returned no index');
          // page_count counts the HTML files read; Pagefind keeps only those with data-pagefind-body.
          const { page_count: files, errors } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(errors.join('\n'));
          if (files === 0) throw new Error(`no HTML files found in ${site}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(`${bundleDir}/`, dir)) });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`search index written to ${bundleDir}/ from ${files} HTML files`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
