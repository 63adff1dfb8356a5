/**
 * `npm run bench`: builds the site, measures it and writes bench/report.md
 * and bench/report.json. Not part of `npm test`: it times things, and tests
 * never do.
 *
 *     npm run bench                                  # everything
 *     npm run bench -- --only=build,bytes            # some sections; the others keep their last numbers
 *     npm run bench -- --only=scaling --sizes=5,50   # other corpus sizes
 *     npm run bench -- --only=scaling --sizes=50 --variants=site,incremental --variant-sizes=50
 *     npm run bench -- --runs=5                      # Lighthouse runs per page (default 3)
 *     npm run bench -- --only=cards                  # share cards: bytes, build time per card (two builds)
 *     npm run bench -- --only=authoring              # text:add and claim:add at N = 5, 500, 2,000 (--sizes, --runs)
 *     npm run bench -- --only=reuse                  # shared wording at N = 5, 500, 2,000 (--sizes, --runs)
 *     npm run bench -- --only=recognition            # text:add telling article from website on labelled fixtures
 *     npm run bench -- --only=report                 # re-render report.md from report.json
 *
 * Scratch output (build logs, Lighthouse reports) goes to bench/out/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/support/server.ts';
import { CHROMIUM } from '../tests/support/browser.ts';
import { measureBuild, round } from './build.ts';
import { authoringBench } from './authoring.ts';
import { recognitionBench } from './recognition.ts';
import { cardsBench } from './cards.ts';
import { htmlPages, measureBytes } from './bytes.ts';
import { REPO } from './generate-corpus.ts';
import { lighthouse } from './lighthouse.ts';
import { judge, markdown, type Report, type ScalingFailure, type Sections, type Stamp } from './report.ts';
import { logTail, scalingRun, VARIANTS, type ScalingRun, type Variant } from './scaling.ts';
import { searchBench } from './search.ts';
import { reuseBench } from './reuse.ts';

const SECTIONS = ['build', 'bytes', 'search', 'lighthouse', 'cards', 'scaling', 'authoring', 'reuse', 'recognition'] as const;
type Section = (typeof SECTIONS)[number];

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    return [key ?? '', value];
  }),
);
const only = new Set<Section>((args.get('only')?.split(',').filter((name) => name !== 'report') ?? SECTIONS) as Section[]);
for (const section of only) if (!SECTIONS.includes(section)) throw new Error(`unknown section "${section}" (known: ${SECTIONS.join(', ')})`);
const sizes = (args.get('sizes') ?? '5,50,500,2000').split(',').map(Number);
/** Options tried on the copy (bench/scaling.ts, VARIANTS), each at `variantSizes`. */
const variants = (args.get('variants') ?? Object.keys(VARIANTS).join(',')).split(',');
for (const name of variants) if (!VARIANTS[name]) throw new Error(`unknown variant "${name}" (known: ${Object.keys(VARIANTS).join(', ')})`);
const variantSizes = (args.get('variant-sizes') ?? '500').split(',').map(Number);
const runs = Number(args.get('runs') ?? 3);

const OUT = join(REPO, 'bench', 'out');
const DIST = join(REPO, 'dist');
const REPORT_JSON = join(REPO, 'bench', 'report.json');
const REPORT_MD = join(REPO, 'bench', 'report.md');
mkdirSync(OUT, { recursive: true });

const log = (line: string) => console.log(line);

const commit = (() => {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'content', 'astro.config.mjs', 'package.json'], { cwd: REPO, encoding: 'utf8' }).trim();
  return dirty ? `${head} (with uncommitted changes)` : head;
})();
const stamp = (command: string): Stamp => ({ measuredAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), load: round(loadavg()[0] ?? 0, 1), commit, command });

const previous: Partial<Report> = existsSync(REPORT_JSON) ? (JSON.parse(readFileSync(REPORT_JSON, 'utf8')) as Report) : {};
const sections: Sections = { ...previous.sections };
// A scaling section from before stories (one corpus, pair variants) has no `runs`: it is measured anew.
if (sections.scaling && !Array.isArray(sections.scaling.runs)) delete sections.scaling;

function save(): void {
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'Chromium (version unknown)';
    }
  })();
  const report: Report = {
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version, chromium },
    sections,
    budgets: judge(sections),
  };
  writeFileSync(REPORT_JSON, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(REPORT_MD, markdown(report, []));
}

/** The real site, built now; every section but scaling measures this build. */
if (only.has('build') || only.has('bytes') || only.has('search') || only.has('lighthouse')) {
  log('build: the real site');
  const run = await measureBuild(REPO, join(OUT, 'build.log'));
  log(`  ${run.command}: ${run.wallSeconds} s, peak ${run.peakRssMiB} MiB, ${run.pages} pages`);
  if (only.has('build')) sections.build = { ...stamp('npm run bench -- --only=build'), run: { ...run, log: 'bench/out/build.log' } };
}

if (only.has('bytes')) {
  log('bytes: first load of every page');
  sections.bytes = { ...stamp('npm run bench -- --only=bytes'), pages: measureBytes(DIST) };
  save();
}

const hasSearch = existsSync(join(DIST, 'suche', 'index.html'));

if (only.has('search')) {
  if (!hasSearch) {
    log('search: not built yet');
    sections.search = { ...stamp('npm run bench -- --only=search'), status: 'not built yet' };
  } else {
    log('search: Chromium against the built site');
    const server = await startServer(DIST);
    try {
      const script = join(REPO, 'src', 'search', 'search-page.ts');
      const pause = existsSync(script) ? /TYPING_PAUSE_MS\s*=\s*(\d+)/.exec(readFileSync(script, 'utf8'))?.[1] : undefined;
      const measured = await searchBench(server.url, log, undefined, undefined, pause === undefined ? null : Number(pause));
      sections.search = { ...stamp('npm run bench -- --only=search'), ...measured };
    } finally {
      await server.close();
    }
  }
  save();
}

if (only.has('lighthouse')) {
  log(`lighthouse: ${runs} runs per page type`);
  const pages = htmlPages(DIST);
  const first = (pattern: RegExp) => pages.find((page) => pattern.test(page));
  const targets = [
    { type: 'overview', path: '/' },
    { type: 'article', path: first(/^\/artikel\/[^/]+\/$/) },
    { type: 'claim', path: pages.includes('/aussagen/beistandsklausel/') ? '/aussagen/beistandsklausel/' : first(/^\/aussagen\/[^/]+\/$/) },
    // The story page holds the claim matrix that /aussagen/ held before stories (issue 11).
    { type: 'story', path: first(/^\/themen\/(?!\d+\/)[^/]+\/$/) },
    { type: 'lens', path: first(/^\/themen\/[^/]+\/wortwahl\/$/) },
    { type: 'pair', path: first(/^\/vergleich\/[^/]+--[^/]+\/$/) },
    ...(hasSearch ? [{ type: 'search', path: '/suche/' }] : []),
  ].filter((target): target is { type: string; path: string } => target.path !== undefined);
  const server = await startServer(DIST);
  try {
    sections.lighthouse = { ...stamp(`npm run bench -- --only=lighthouse --runs=${runs}`), results: await lighthouse(server.url, targets, OUT, runs, log) };
  } finally {
    await server.close();
  }
  save();
}

if (only.has('cards')) {
  log('cards: share cards, cold and from the cache');
  sections.cards = { ...stamp('npm run bench -- --only=cards'), ...(await cardsBench(REPO, OUT, log)) };
  save();
}

if (only.has('authoring')) {
  const authoringSizes = args.has('sizes') ? sizes : [5, 500, 2000];
  const authoringRuns = args.has('runs') ? runs : 5;
  sections.authoring = {
    ...stamp(`npm run bench -- --only=authoring --sizes=${authoringSizes.join(',')} --runs=${authoringRuns}`),
    ...authoringBench(authoringSizes, authoringRuns, log),
  };
  save();
}

if (only.has('reuse')) {
  const reuseSizes = args.has('sizes') ? sizes : [5, 500, 2000];
  const reuseRuns = args.has('runs') ? runs : 5;
  log(`reuse: shared wording at N = ${reuseSizes.join(', ')}`);
  sections.reuse = { ...stamp(`npm run bench -- --only=reuse --sizes=${reuseSizes.join(',')} --runs=${reuseRuns}`), ...reuseBench(reuseSizes, reuseRuns, log) };
  save();
}

if (only.has('recognition')) {
  log('recognition: text:add on the labelled fixtures');
  sections.recognition = { ...stamp('npm run bench -- --only=recognition'), ...recognitionBench(log) };
  save();
}

if (only.has('scaling')) {
  const command = `npm run bench -- --only=scaling --sizes=${sizes.join(',')} --variants=${variants.join(',')} --variant-sizes=${variantSizes.join(',')}`;
  log(`scaling: N = ${sizes.join(', ')}; variants ${variants.join(', ')} at N = ${variantSizes.join(', ')}`);
  const runs: ScalingRun[] = [];
  const failures: ScalingFailure[] = [];
  const record = () => {
    sections.scaling = { ...stamp(command), runs, failures };
    save();
  };
  const plan = [
    ...sizes.map((texts) => ({ texts, variant: VARIANTS['site'] as Variant })),
    ...variantSizes.flatMap((texts) => variants.filter((name) => name !== 'site').map((name) => ({ texts, variant: VARIANTS[name] as Variant }))),
  ];
  for (const { texts, variant } of plan) {
    try {
      runs.push(await scalingRun(texts, variant, OUT, log));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  N=${texts} (${variant.name}) failed: ${message}`);
      failures.push({ texts, variant: variant.name, error: message, logTail: logTail(join(OUT, `scaling-${variant.name}-${texts}.log`)) });
    }
    record();
  }
}

save();
log(`report: ${REPORT_MD}`);
