/**
 * Build cost against corpus size: a complete project copy in a temporary
 * folder with a generated corpus of N texts in stories (bench/generate-corpus.ts),
 * built with the real build script, measured, and removed again. Variants
 * patch the copy only (an Astro option, a Pagefind setting), so each option is
 * measured against the site as it is, on the same corpus.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBuild, round, type BuildRun } from './build.ts';
import { htmlPages, measurePage, pageType, type PageType } from './bytes.ts';
import { writeProject, type CorpusStats } from './generate-corpus.ts';
import { searchBench } from './search.ts';
import { startServer } from '../tests/support/server.ts';
import { fileForPath } from '../qa/links.ts';

export interface Variant {
  name: string;
  /** What the variant changes in the copy, for the report. */
  change: string;
  /** Changes the copy; throws when the code it expects is not there. */
  patch?: (dir: string) => void;
  /** Build a second time in the same folder, unchanged (a warm rebuild: what a cache saves). */
  rebuild?: boolean;
  /** Changes content/ before the second build (a correction), so the rebuild measures what it costs. */
  correct?: (dir: string) => void;
  /** Variables for the build's environment, from the copy. */
  env?: (dir: string) => Record<string, string>;
}

/** Where the time of one build went, as Astro's log reports it (seconds). */
export interface Phases {
  /** `[types] Generated`: content sync and types. */
  sync: number | null;
  /** `Collecting build info… ✓ Completed`. */
  collect: number | null;
  /** `generating static routes … ✓ Completed`: rendering every page. */
  render: number | null;
  /** Static entrypoints (Vite) and rendering: `[build] ✓ Completed` after the routes. */
  staticBuild: number | null;
  /** `astro:build:done` hooks (Pagefind's index, the URL check): Astro's total minus the steps before. */
  hooks: number | null;
  /** `N page(s) built in`: Astro's own total. */
  astro: number | null;
}

export interface ScalingRun {
  texts: number;
  variant: string;
  corpus: CorpusStats;
  build: BuildRun;
  phases: Phases;
  msPerText: number;
  msPerPage: number;
  /** A second build in the same folder (variants with `rebuild`). */
  rebuild?: { build: BuildRun; phases: Phases; msPerText: number };
  /** Pages by type. */
  pagesByType: Partial<Record<PageType, number>>;
  /** Heaviest first load (gzip) per page type, over the `SAMPLE` largest HTML files of each type. */
  heaviestGzip: Partial<Record<PageType, { page: string; gzip: number }>>;
  /** Pages whose HTML has an executable script (a scan of every HTML file; /suche/ excluded). */
  pagesWithScripts: string[];
  /** Bytes per query on this build's /suche/ (null: no search, or no result for the words tried). */
  search: { queries: string[]; firstGzip: number; firstRequests: number; laterMedianGzip: number; laterMaxGzip: number; msToFirstResult: number } | null;
  /** What went wrong although the build exited 0, or why the build failed. */
  problem?: string;
}

/**
 * A build whose Pagefind step never reported its index: Astro logs that it
 * waits for the hook, then nothing. Seen when the kernel killed Pagefind for
 * memory; Astro still exited 0, leaving a site without its search index.
 */
export function pagefindProblem(log: string): string | undefined {
  if (!log.includes('"nebeneinander:pagefind"') && !log.includes('[nebeneinander:pagefind]')) return undefined;
  if (log.includes('search index written')) return undefined;
  return 'Pagefind wrote no index, yet the build exited 0: its log ends at "Waiting for integration nebeneinander:pagefind"';
}

/** Seconds of an Astro duration: `859ms`, `2.31s`, `1m 27s`. */
export function seconds(duration: string): number {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) throw new Error(`not a duration: "${duration}"`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) / (match[3] === 'ms' ? 1000 : 1);
}

/** An Astro duration in a log line: `859ms`, `2.31s`, `1m 27s`, `2m`. */
const DURATION = '(\\d+m(?: [\\d.]+m?s)?|[\\d.]+m?s)';

/** The phases of a build, read from Astro's log (see `Phases`). */
export function buildPhases(log: string): Phases {
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  const find = (pattern: string) => {
    const match = new RegExp(pattern).exec(clean);
    return match ? round(seconds(match[1] as string), 2) : null;
  };
  const sync = find(`\\[types\\] Generated ${DURATION}`);
  const collect = find(`Collecting build info\\.\\.\\.\\s*\\n[^\\n]*✓ Completed in ${DURATION}`);
  const render = find(`generating static routes[\\s\\S]*?\\n\\d\\d:\\d\\d:\\d\\d ✓ Completed in ${DURATION}`);
  const staticBuild = find(`generating static routes[\\s\\S]*?\\[build\\] ✓ Completed in ${DURATION}`);
  const astro = find(`page\\(s\\) built in ${DURATION}`);
  const hooks = astro !== null && collect !== null && staticBuild !== null ? round(Math.max(0, astro - collect - staticBuild), 2) : null;
  return { sync, collect, render, staticBuild, hooks, astro };
}

/** What a failed build's log says: from its first error line on (three lines), else its last lines. */
export function logTail(file: string): string {
  if (!existsSync(file)) return '';
  const lines = readFileSync(file, 'utf8')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/[├└]─/.test(line) && !/\[WARN\]/.test(line));
  const first = lines.findIndex((line) => /error|failed/i.test(line));
  return (first >= 0 ? lines.slice(first, first + 3) : lines.slice(-8)).map((line) => (line.length > 300 ? `${line.slice(0, 299)}…` : line)).join('\n');
}

/** Words of the real texts, tried first so that sizes compare; a small corpus may lack some. */
const SCALING_QUERIES = ['Putin', 'Vertrag', 'Kreml', 'Nordkorea', 'Russland'];

/**
 * Five search words that occur in the generated texts: those of
 * SCALING_QUERIES that do, then the words found in the most texts (a query
 * without results would wait for a result list that never comes).
 */
export function searchWords(dir: string, count = SCALING_QUERIES.length): string[] {
  const articles = join(dir, 'content', 'articles');
  const texts = new Map<string, number>();
  for (const name of readdirSync(articles).sort()) {
    const body = readFileSync(join(articles, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const word of new Set(body.match(/\p{Lu}\p{Ll}{5,}/gu) ?? [])) texts.set(word, (texts.get(word) ?? 0) + 1);
  }
  const frequent = [...texts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return [...new Set([...SCALING_QUERIES.filter((word) => texts.has(word)), ...frequent])].slice(0, count);
}

/** HTML files of each type whose first load is measured in full: the largest ones (raw bytes). */
export const SAMPLE = 25;

/** Executable scripts (a JSON-LD data block is no script). */
const SCRIPT = /<script(?![^>]*type="application\/(?:ld\+)?json")[\s>]/;

/** Page count, heaviest first loads and pages with scripts of a build. */
function measurePages(dist: string): Pick<ScalingRun, 'pagesByType' | 'heaviestGzip' | 'pagesWithScripts'> {
  const pages = htmlPages(dist);
  const pagesByType: Partial<Record<PageType, number>> = {};
  const byType = new Map<PageType, { page: string; bytes: number }[]>();
  const pagesWithScripts: string[] = [];
  for (const page of pages) {
    const file = join(dist, fileForPath(page));
    const html = readFileSync(file, 'utf8');
    const type = pageType(page, html);
    pagesByType[type] = (pagesByType[type] ?? 0) + 1;
    const list = byType.get(type) ?? [];
    list.push({ page, bytes: statSync(file).size });
    byType.set(type, list);
    if (type !== 'search' && SCRIPT.test(html)) pagesWithScripts.push(page);
  }
  const heaviestGzip: ScalingRun['heaviestGzip'] = {};
  for (const [type, list] of byType) {
    for (const { page } of list.sort((a, b) => b.bytes - a.bytes).slice(0, SAMPLE)) {
      const { gzip } = measurePage(dist, page);
      if (gzip > (heaviestGzip[type]?.gzip ?? -1)) heaviestGzip[type] = { page, gzip };
    }
  }
  return { pagesByType, heaviestGzip, pagesWithScripts };
}

async function measureSearch(dist: string, words: string[], log: (line: string) => void, texts: number): Promise<ScalingRun['search']> {
  if (!existsSync(join(dist, 'suche', 'index.html'))) return null;
  const server = await startServer(dist);
  try {
    const measured = await searchBench(server.url, () => {}, words, []);
    return {
      queries: words,
      firstGzip: measured.first.gzip,
      firstRequests: measured.first.requests,
      laterMedianGzip: measured.later.medianGzip,
      laterMaxGzip: measured.later.maxGzip,
      msToFirstResult: measured.medianMsToFirstResult,
    };
  } catch (error) {
    log(`  N=${texts}: search not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await server.close();
  }
}

export async function scalingRun(texts: number, variant: Variant, outDir: string, log: (line: string) => void): Promise<ScalingRun> {
  const dir = join(mkdtempSync(join(tmpdir(), `nebeneinander-${texts}-`)), 'site');
  try {
    const corpus = writeProject(dir, texts);
    variant.patch?.(dir);
    log(`  N=${texts} (${variant.name}): ${corpus.stories} stories, ${corpus.claims} claims, ${corpus.quotes} quotes, ${Math.round(corpus.bodyBytes / 1024)} KB of text; building in ${dir}`);
    const logName = `scaling-${variant.name}-${texts}.log`;
    const env = variant.env?.(dir) ?? {};
    const build = await measureBuild(dir, join(outDir, logName), env);
    const buildLog = readFileSync(build.log, 'utf8');
    const problem = pagefindProblem(buildLog);
    if (problem) log(`  N=${texts} (${variant.name}): ${problem}`);
    log(`  N=${texts} (${variant.name}): ${build.wallSeconds} s, ${round((build.wallSeconds * 1000) / texts, 1)} ms/text, ${build.pages} pages, peak ${build.peakRssMiB} MiB`);
    let rebuild: ScalingRun['rebuild'];
    if (variant.rebuild) {
      variant.correct?.(dir);
      const again = await measureBuild(dir, join(outDir, `rebuild-${logName}`), env);
      rebuild = { build: { ...again, log: `bench/out/rebuild-${logName}` }, phases: buildPhases(readFileSync(again.log, 'utf8')), msPerText: round((again.wallSeconds * 1000) / texts, 1) };
      log(`  N=${texts} (${variant.name}), rebuilt ${variant.correct ? 'after a correction' : 'unchanged'}: ${again.wallSeconds} s, peak ${again.peakRssMiB} MiB`);
    }
    const dist = join(dir, 'dist');
    return {
      texts,
      variant: variant.name,
      corpus,
      build: { ...build, log: `bench/out/${logName}` },
      phases: buildPhases(buildLog),
      msPerText: round((build.wallSeconds * 1000) / texts, 1),
      msPerPage: round((build.wallSeconds * 1000) / Math.max(1, build.pages), 2),
      ...(rebuild ? { rebuild } : {}),
      ...measurePages(dist),
      search: await measureSearch(dist, searchWords(dir), log, texts),
      ...(problem ? { problem } : {}),
    };
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

/**
 * How cost grows: the exponent k of time ∝ N^k between successive sizes
 * (1 is linear, 2 quadratic). `exponent` is taken on the build time above a
 * fixed start-up cost (the smallest build's time, which every build pays);
 * `rawExponent` on the whole wall time, which start-up flattens.
 */
export function growth(runs: readonly ScalingRun[]): { from: number; to: number; exponent: number; rawExponent: number; pagesExponent: number }[] {
  const sorted = [...runs].sort((a, b) => a.texts - b.texts);
  const base = sorted[0]?.build.wallSeconds ?? 0;
  const result = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as ScalingRun;
    const b = sorted[i] as ScalingRun;
    const ratio = Math.log(b.texts / a.texts);
    const work = (run: ScalingRun) => Math.max(run.build.wallSeconds - base, 1e-3);
    const rawExponent = Math.log(b.build.wallSeconds / a.build.wallSeconds) / ratio;
    const exponent = i === 1 ? rawExponent : Math.log(work(b) / work(a)) / ratio;
    result.push({ from: a.texts, to: b.texts, exponent: round(exponent, 2), rawExponent: round(rawExponent, 2), pagesExponent: round(Math.log(b.build.pages / a.build.pages) / ratio, 2) });
  }
  return result;
}

/** Replace `from` by `to` in a file of the copy; fails loudly when the code moved. */
export function patchFile(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = join(dir, path);
  const source = readFileSync(file, 'utf8');
  if (typeof from === 'string' ? !source.includes(from) : !from.test(source)) throw new Error(`cannot find ${String(from)} in ${path} to patch`);
  writeFileSync(file, source.replace(from, to));
}

/** Adds options to `experimental: { … }` in the copy's astro.config.mjs (the block the site has, or a new one). */
function experimental(dir: string, options: string): void {
  if (readFileSync(join(dir, 'astro.config.mjs'), 'utf8').includes('experimental: {')) patchFile(dir, 'astro.config.mjs', 'experimental: {', `experimental: {\n    ${options},`);
  else patchFile(dir, 'astro.config.mjs', "output: 'static',", `output: 'static',\n  experimental: { ${options} },`);
}

/**
 * A correction as an editor makes one: the description of the first claim
 * (content/claims/, sorted) gets a sentence more. Its story's pages change;
 * no other story's do.
 */
export function correctClaim(dir: string): string {
  const claims = join(dir, 'content', 'claims');
  const [first] = readdirSync(claims).filter((name) => name.endsWith('.yaml')).sort();
  if (!first) throw new Error(`no claim in ${claims} to correct`);
  // Plain or quoted YAML: the sentence goes inside the quotes.
  patchFile(dir, join('content', 'claims', first), /^description: (['"]?)(.+?)\1$/m, 'description: $1$2 Korrigiert.$1');
  return first;
}

/** The variants the bench can build; `site` is the site as it is. */
export const VARIANTS: Record<string, Variant> = {
  site: { name: 'site', change: 'none: the site as it is' },
  warm: {
    name: 'warm',
    change: "none, built twice: the second build finds Astro's content data store and the share-card cache (node_modules/.astro, node_modules/.cache) of the first, as a developer's machine does",
    rebuild: true,
  },
  incremental: {
    name: 'incremental',
    change: "experimental.incrementalBuild as the site has it (every page of a story carries a cacheKey, src/data/collections.ts); built twice, the second time unchanged",
    rebuild: true,
  },
  correction: {
    name: 'correction',
    change:
      "experimental.incrementalBuild as the site has it (every page of a story carries a cacheKey, src/data/collections.ts); built, then one claim's description changed (bench/scaling.ts, correctClaim) and built again with the caches a CI keeps (node_modules/.astro, node_modules/.cache)",
    rebuild: true,
    correct: (dir) => void correctClaim(dir),
  },
  parallel: {
    name: 'parallel',
    change: 'experimental.parallelPrerender with 2 workers (Astro 7.4): pages rendered in worker threads, each path\'s props (a story with its texts) serialised for the worker',
    patch: (dir) => experimental(dir, 'parallelPrerender: { workers: 2 }'),
  },
  'pagefind-all': {
    name: 'pagefind-all',
    change: "Pagefind reads every HTML file (no glob), as before this bench: it parses each one only to skip those without data-pagefind-body",
    patch: (dir) => patchFile(dir, 'astro.config.mjs', /pagefindIndex\(\{ glob: '[^']*' \}\)/, 'pagefindIndex()'),
  },
  'render-each': {
    name: 'render-each',
    change: 'pair pages render both texts anew for every pair (renderArticle instead of renderArticleOnce), as before this bench',
    patch: (dir) => {
      patchFile(dir, 'src/pages/vergleich/[pair]/index.astro', 'import { renderArticleOnce', 'import { renderArticle');
      patchFile(dir, 'src/pages/vergleich/[pair]/index.astro', 'renderArticleOnce(article, ', 'renderArticle(');
    },
  },
  'defer-render': {
    name: 'defer-render',
    change: "the glob loader's deferRender: true (src/loaders/checked.ts): Astro no longer renders each text's Markdown while it loads the collection; the pages render it with src/markdown/pipeline.ts anyway",
    patch: (dir) => patchFile(dir, 'src/loaders/checked.ts', 'glob({ base, pattern, generateId })', 'glob({ base, pattern, generateId, deferRender: true })'),
  },
  'retain-body': {
    name: 'retain-body',
    change: "the glob loader's retainBody: false for every folder collection (src/loaders/checked.ts)",
    patch: (dir) => patchFile(dir, 'src/loaders/checked.ts', 'glob({ base, pattern, generateId })', 'glob({ base, pattern, generateId, retainBody: false })'),
  },
};
