/**
 * `npm run bench`: builds the site, measures it and writes bench/report.md
 * and bench/report.json. Not part of `npm test`: it times things, and tests
 * never do.
 *
 *     npm run bench                                  # everything
 *     npm run bench -- --only=build,bytes            # some sections; the others keep their last numbers
 *     npm run bench -- --only=scaling --sizes=5,50   # other corpus sizes
 *     npm run bench -- --runs=5                      # Lighthouse runs per page (default 3)
 *     npm run bench -- --only=cards                  # share cards: bytes, build time per card (two builds)
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
import { cardsBench } from './cards.ts';
import { htmlPages, measureBytes } from './bytes.ts';
import { REPO } from './generate-corpus.ts';
import { lighthouse } from './lighthouse.ts';
import { judge, markdown, type Report, type Sections, type Stamp } from './report.ts';
import { projectedPages, scalingRun, type ScalingRun, type Variant } from './scaling.ts';
import { searchBench } from './search.ts';

const SECTIONS = ['build', 'bytes', 'search', 'lighthouse', 'cards', 'scaling'] as const;
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
const runs = Number(args.get('runs') ?? 3);
/** Full-site builds projected above this many pages are not attempted (disk and hours), but estimated. */
const maxPages = Number(args.get('max-pages') ?? 200_000);

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
      const script = join(REPO, 'src', 'scripts', 'search-page.ts');
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
    { type: 'claims', path: '/aussagen/' },
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

if (only.has('scaling')) {
  log(`scaling: N = ${sizes.join(', ')}`);
  const full: ScalingRun[] = [];
  const withoutPairs: ScalingRun[] = [];
  const skipped: { texts: number; variant: string; reason: string }[] = [];
  const command = `npm run bench -- --only=scaling --sizes=${sizes.join(',')}`;
  const record = () => {
    sections.scaling = { ...stamp(command), full, withoutPairs, skipped };
    save();
  };
  for (const variant of ['without-pairs', 'full'] as Variant[]) {
    for (const texts of sizes) {
      const pages = projectedPages(texts);
      if (variant === 'full' && pages > maxPages) {
        const largest = full[full.length - 1];
        const estimate = largest
          ? `; at the ${largest.msPerPage} ms per page and ${round((largest.build.distMiB * 1024) / largest.build.pages, 1)} KiB per page of N = ${largest.texts}, about ${round((pages * largest.msPerPage) / 3_600_000, 1)} h and ${round((pages * largest.build.distMiB) / largest.build.pages / 1024, 0)} GiB of HTML`
          : '';
        skipped.push({ texts, variant, reason: `${pages.toLocaleString('en')} pages, ${((texts * (texts - 1)) / 2).toLocaleString('en')} of them pair pages${estimate}` });
        log(`  N=${texts} (full): skipped, ${pages} pages projected`);
        record();
        continue;
      }
      (variant === 'full' ? full : withoutPairs).push(await scalingRun(texts, variant, OUT, log));
      record();
    }
  }
}

save();
log(`report: ${REPORT_MD}`);
