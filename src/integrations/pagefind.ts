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
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Pages in the index Pagefind wrote, read back from its entry file. The
 * Node API can resolve without errors when its binary dies (e.g. killed for
 * memory), leaving no index; only the files on disk tell.
 */
export function indexedPages(outputPath: string): number {
  const entryFile = `${outputPath}pagefind-entry.json`;
  if (!existsSync(entryFile)) throw new Error(`Pagefind wrote no index: ${entryFile} is missing`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

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
          const outputPath = fileURLToPath(new URL(`${bundleDir}/`, dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const pages = indexedPages(outputPath);
          if (pages === 0) throw new Error(`Pagefind indexed no page of ${files} HTML files (no data-pagefind-body?)`);
          logger.info(`search index written to ${bundleDir}/: ${pages} pages from ${files} HTML files`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
