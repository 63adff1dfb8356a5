/**
 * Build cost against corpus size: a full copy of the project in a temporary
 * folder with a generated content/ of N texts (bench/generate-corpus.ts),
 * built with the real build script, measured, and removed again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, measureBuild, round, type BuildRun } from './build.ts';
import { heaviestByType, htmlPages, measureBytes, pageType, type PageType } from './bytes.ts';
import { REPO, writeCorpus, type CorpusStats } from './generate-corpus.ts';
import { searchBench } from './search.ts';
import { startServer } from '../tests/support/server.ts';
import { existsSync } from 'node:fs';

export type Variant = 'full' | 'without-pairs';

export interface ScalingRun {
  texts: number;
  variant: Variant;
  corpus: CorpusStats;
  build: BuildRun;
  msPerText: number;
  msPerPage: number;
  /** Pages by type. */
  pagesByType: Partial<Record<PageType, number>>;
  /** Heaviest first load (gzip) per page type, over at most `SAMPLE` pages of each type. */
  heaviestGzip: Partial<Record<PageType, number>>;
  /** Bytes per query on this build's /suche/, when it has one (null: no search, or no result for the words tried). */
  search: { firstGzip: number; firstRequests: number; laterMedianGzip: number; laterMaxGzip: number; msToFirstResult: number } | null;
  /** What went wrong although the build exited 0, read from its log. */
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

/** Words of the real texts, so they occur in generated ones too. */
const SCALING_QUERIES = ['Putin', 'Vertrag', 'Kreml', 'Nordkorea', 'Russland'];

/** Pages of each type whose bytes are measured (the first ones by path; all of them for small N). */
const SAMPLE = 40;

/** Pages the full site has for N texts and C claims: N(N−1)/2 pair pages dominate. */
export function projectedPages(texts: number, claims = 22): number {
  return (texts * (texts - 1)) / 2 + 2 * texts + claims + 4;
}

/**
 * The variant without the pair view: allPairs() returns no pairs, so there are
 * no /vergleich/<a>--<b>/ pages and no pair links; everything else is as built.
 * Patched in the temporary copy only, to show what the rest of the site costs.
 */
function withoutPairs(dir: string): void {
  const file = join(dir, 'src', 'lib', 'pairs.ts');
  const source = readFileSync(file, 'utf8');
  const signature = 'export function allPairs(corpus: Corpus): Pair[] {';
  if (!source.includes(signature)) throw new Error(`cannot find "${signature}" in src/lib/pairs.ts to build the variant without pairs`);
  writeFileSync(file, source.replace(signature, `${signature}\n  if (corpus) return [];`));
}

export async function scalingRun(texts: number, variant: Variant, outDir: string, log: (line: string) => void): Promise<ScalingRun> {
  const dir = mkdtempSync(join(tmpdir(), `nebeneinander-${texts}-`));
  try {
    copyProject(REPO, dir);
    if (variant === 'without-pairs') withoutPairs(dir);
    const corpus = writeCorpus(dir, texts);
    log(`  N=${texts} (${variant}): ${corpus.claims} claims, ${corpus.quotes} quotes, ${Math.round(corpus.bodyBytes / 1024)} KB of text; building in ${dir}`);
    const build = await measureBuild(dir, join(outDir, `scaling-${variant}-${texts}.log`));
    const dist = join(dir, 'dist');
    const problem = pagefindProblem(readFileSync(build.log, 'utf8'));
    if (problem) log(`  N=${texts} (${variant}): ${problem}`);
    const pages = htmlPages(dist);
    const pagesByType: Partial<Record<PageType, number>> = {};
    const sample: string[] = [];
    for (const page of pages) {
      const type = pageType(page);
      pagesByType[type] = (pagesByType[type] ?? 0) + 1;
      if ((pagesByType[type] ?? 0) <= SAMPLE) sample.push(page);
    }
    const heaviestGzip: Partial<Record<PageType, number>> = {};
    for (const row of heaviestByType(measureBytes(dist, sample))) heaviestGzip[row.type] = row.gzip;
    let search: ScalingRun['search'] = null;
    if (existsSync(join(dist, 'suche', 'index.html'))) {
      const server = await startServer(dist);
      try {
        const measured = await searchBench(server.url, () => {}, SCALING_QUERIES, []);
        search = {
          firstGzip: measured.first.gzip,
          firstRequests: measured.first.requests,
          laterMedianGzip: measured.later.medianGzip,
          laterMaxGzip: measured.later.maxGzip,
          msToFirstResult: measured.medianMsToFirstResult,
        };
      } catch (error) {
        log(`  N=${texts}: search not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await server.close();
      }
    }
    const run: ScalingRun = {
      texts,
      variant,
      corpus,
      build: { ...build, log: `bench/out/scaling-${variant}-${texts}.log` },
      msPerText: round((build.wallSeconds * 1000) / texts, 1),
      msPerPage: round((build.wallSeconds * 1000) / Math.max(1, build.pages), 2),
      pagesByType,
      heaviestGzip,
      search,
      ...(problem ? { problem } : {}),
    };
    log(`  N=${texts} (${variant}): ${build.wallSeconds} s, ${run.msPerText} ms/text, ${build.pages} pages, peak ${build.peakRssMiB} MiB`);
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How cost grows: the exponent k of time ∝ N^k between successive sizes
 * (1 is linear, 2 quadratic), from the build time above a fixed start-up
 * cost (the smallest build's time).
 */
export function growth(runs: readonly ScalingRun[]): { from: number; to: number; exponent: number; pagesExponent: number }[] {
  const sorted = [...runs].sort((a, b) => a.texts - b.texts);
  const base = sorted[0]?.build.wallSeconds ?? 0;
  const result = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as ScalingRun;
    const b = sorted[i] as ScalingRun;
    const ratio = Math.log(b.texts / a.texts);
    const work = (run: ScalingRun) => Math.max(run.build.wallSeconds - base, 1e-3);
    const exponent = i === 1 ? Math.log(b.build.wallSeconds / a.build.wallSeconds) / ratio : Math.log(work(b) / work(a)) / ratio;
    result.push({ from: a.texts, to: b.texts, exponent: round(exponent, 2), pagesExponent: round(Math.log(b.build.pages / a.build.pages) / ratio, 2) });
  }
  return result;
}
