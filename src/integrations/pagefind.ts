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
import { existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-de';
import * as pagefind from 'pagefind';
import { lexiconFromHunspell, markCompounds, type Lexicon } from '../search/compounds.ts';

/** Script, style and comments (left as they are), or a tag (its attribute values may hold `>` in quotes). */
const NOT_TEXT = /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<(?:[^>"']|"[^"]*"|'[^']*')*>)/i;

/**
 * The page as Pagefind should read it: the text between tags with the parts
 * of German compounds marked (src/search/compounds.ts), tags, attributes
 * (filters, metadata), scripts and styles unchanged.
 */
export function htmlForIndex(html: string, lexicon: Lexicon, cache = new Map<string, string>()): string {
  return html
    .split(NOT_TEXT)
    .map((piece, index) => (index % 2 === 0 ? markCompounds(piece, lexicon, cache) : piece))
    .join('');
}

/** The German lexicon the compounds are split with: the stems of the de_DE Hunspell dictionary (`dictionary-de`). */
export function germanLexicon(): Lexicon {
  return lexiconFromHunspell(new TextDecoder().decode(dictionary.dic));
}

/**
 * Copies the pages Pagefind is to index into a new temporary folder, with
 * their compounds marked, and returns the folder. Only pages with
 * `data-pagefind-body` are copied: Pagefind skips the others anyway.
 */
export function writeIndexCopy(site: string, glob: string): { dir: string; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nebeneinander-index-'));
  const lexicon = germanLexicon();
  const cache = new Map<string, string>();
  let files = 0;
  for (const path of globSync(glob, { cwd: site })) {
    const html = readFileSync(join(site, path), 'utf8');
    if (!/\sdata-pagefind-body[\s>=]/.test(html)) continue;
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, htmlForIndex(html, lexicon, cache));
    files++;
  }
  return { dir, files };
}

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

/** What Pagefind 1.6 writes before the JSON of a fragment, inside the gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface FragmentAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/**
 * A result fragment without what the search never reads. Pagefind stores
 * every element with an id in the body as an anchor, with its whole text: on
 * an article page each paragraph twice (content and anchor) and every quote
 * mark (`beleg-…`) once more. Its search script only makes sub-results of
 * anchors with a `data-pagefind-title` or of headings, and reads an anchor's
 * text only as the title of a heading without one (pagefind_web_js,
 * sub_results.ts). So: anchors that cannot be sub-results are dropped, and
 * titled anchors lose their text. Sub-results come out the same; the
 * fragments of texts are about half as large.
 */
export function slimFragment(fragment: { anchors?: FragmentAnchor[] } & Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(fragment.anchors)) throw new Error('Pagefind fragment without anchors: has its format changed?');
  const anchors = fragment.anchors.flatMap((anchor): FragmentAnchor[] => {
    const { title } = anchor;
    if (title !== undefined && /\S/.test(title)) return [{ element: anchor.element, id: anchor.id, title, location: anchor.location }];
    if (/h\d/i.test(anchor.element) && anchor.text && /\S/.test(anchor.text)) return [anchor];
    return [];
  });
  return { ...fragment, anchors };
}

/** Rewrites every fragment of the bundle with slimFragment(); returns bytes (gzip) before and after. */
export function slimFragments(outputPath: string): { files: number; before: number; after: number } {
  const folder = join(outputPath, 'fragment');
  let before = 0;
  let after = 0;
  let files = 0;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = join(folder, name);
    const packed = readFileSync(file);
    const text = gunzipSync(packed).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no ${FRAGMENT_SIGNATURE} signature)`);
    const slim = gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify(slimFragment(JSON.parse(text.slice(FRAGMENT_SIGNATURE.length))))}`, { level: 9 });
    writeFileSync(file, slim);
    before += packed.length;
    after += slim.length;
    files++;
  }
  return { files, before, after };
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
  /**
   * Index the parts of German compounds too (src/search/compounds.ts), so
   * „Satelliten“ finds „Militärsatelliten“. Default: `true`. Pagefind then
   * reads a copy of the pages with the parts marked, in a temporary folder.
   */
  compounds?: boolean;
  /**
   * Pagefind 1.6's `maxFragments`: above this many pages, the result
   * fragments are bundled into shared files. Default: Pagefind's own (one
   * file per page). Can also be set with the environment variable
   * NEBENEINANDER_MAX_FRAGMENTS, for measuring (`npm run bench`).
   */
  maxFragments?: number;
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
        const glob = options.glob ?? '**/*.html';
        // The Pagefind binary, started by createIndex(), inherits this process's environment.
        process.env[CHUNK_SIZE_VARIABLE] ??= String(indexChunkSize);
        const copy = options.compounds === false ? undefined : writeIndexCopy(site, glob);
        try {
          const maxFragments = options.maxFragments ?? (Number(process.env['NEBENEINANDER_MAX_FRAGMENTS']) || undefined);
          const { index, errors: createErrors } = await pagefind.createIndex(maxFragments ? { maxFragments } : {});
          if (!index) throw new Error(createErrors.join('\n') || 'Pagefind returned no index');
          // page_count counts the HTML files read; Pagefind keeps only those with data-pagefind-body.
          const { page_count: files, errors } = await index.addDirectory({ path: copy?.dir ?? site, glob });
          if (errors.length > 0) throw new Error(errors.join('\n'));
          if (files === 0) throw new Error(`no HTML files found in ${site}`);
          const outputPath = fileURLToPath(new URL(`${bundleDir}/`, dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const slim = options.maxFragments || process.env['NEBENEINANDER_MAX_FRAGMENTS'] ? undefined : slimFragments(outputPath);
          if (slim) logger.info(`result fragments slimmed: ${slim.files} files, ${Math.round(slim.before / 1000)} kB → ${Math.round(slim.after / 1000)} kB`);
          const pages = indexedPages(outputPath);
          if (pages === 0) throw new Error(`Pagefind indexed no page of ${files} HTML files (no data-pagefind-body?)`);
          logger.info(`search index written to ${bundleDir}/: ${pages} pages from ${files} HTML files`);
        } finally {
          await pagefind.close();
          if (copy) rmSync(copy.dir, { recursive: true, force: true });
        }
      },
    },
  };
}
