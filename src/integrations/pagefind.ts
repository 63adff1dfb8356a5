/**
 * Astro integration: builds the Pagefind search index into dist/pagefind/
 * when `astro build` is done, through Pagefind's Node API. Running inside the
 * build (rather than as `pagefind --site dist` after it) means every way of
 * building the site (`npm run build`, `npm start`, `npm test`, a host calling
 * `astro build`) produces the index, into whatever outDir Astro used, and an
 * indexing error fails the build with Astro's logger instead of passing by.
 *
 * What gets indexed is decided by the pages themselves: only pages with a
 * `data-pagefind-body` element are indexed (see "Search" in docs/architecture.md).
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
  /**
   * Target size of one word-index chunk, in Pagefind's units (word positions
   * plus one per page and word). Default: `2000`, a tenth of Pagefind's own.
   * A query loads only the chunks holding its words, so smaller chunks make
   * the first query cheaper (one chunk of 2–4 kB instead of the whole 29 kB
   * index) while a later query still fits its 10 kB budget (one new chunk and
   * a few fragments; `npm run bench:search`). Pagefind 1.6 reads it from the
   * environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, its one knob for
   * this: marked unstable, so tests/build/search.test.ts fails if an upgrade
   * stops honouring it and the index falls back into one chunk.
   */
  indexChunkSize?: number;
  /**
   * The HTML files Pagefind reads, as a glob relative to the build output.
   * Default: every HTML file. Pagefind parses each file it reads, also those it
   * then skips for having no data-pagefind-body, so naming the pages that have
   * one saves that time (tests/build/pagefind-index.test.ts holds the list).
   */
  glob?: string;
}

/** The environment variable Pagefind 1.6 reads the index chunk size from. */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export default function pagefindIndex(options: PagefindOptions = {}): AstroIntegration {
  const bundleDir = options.bundleDir ?? 'pagefind';
  const indexChunkSize = options.indexChunkSize ?? 2000;
  return {
    name: 'nebeneinander:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The Pagefind binary, started by createIndex(), inherits this process's environment.
        process.env[CHUNK_SIZE_VARIABLE] ??= String(indexChunkSize);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex();
          if (!index) throw new Error(createErrors.join('\n') || 'Pagefind returned no index');
          // page_count counts the HTML files read; Pagefind keeps only those with data-pagefind-body.
          const { page_count: files, errors } = await index.addDirectory({ path: site, ...(options.glob ? { glob: options.glob } : {}) });
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
