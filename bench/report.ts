/** The benchmark report: sections measured (JSON) and the budgets judged from them (Markdown). */
import { FIRST_LOAD_BUDGET } from '../qa/page-weight.ts';
import type { BuildRun } from './build.ts';
import type { CardsResult } from './cards.ts';
import type { PageBytes } from './bytes.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { CATEGORIES } from './lighthouse.ts';
import type { ScalingRun } from './scaling.ts';
import { growth } from './scaling.ts';
import type { SearchResult } from './search.ts';

export interface Stamp {
  measuredAt: string;
  /** 1-minute load average when the section started: the machine is shared, and timings are only as quiet as it was. */
  load: number;
  commit: string;
  command: string;
}

export interface Sections {
  build?: Stamp & { run: BuildRun };
  bytes?: Stamp & { pages: PageBytes[] };
  search?: Stamp & (SearchResult | { status: 'not built yet' });
  lighthouse?: Stamp & { results: LighthouseResult[] };
  cards?: Stamp & CardsResult;
  scaling?: Stamp & { full: ScalingRun[]; withoutPairs: ScalingRun[]; skipped: { texts: number; variant: string; reason: string }[] };
}

export interface Report {
  machine: { cpus: number; memoryGiB: number; node: string; chromium: string };
  sections: Sections;
  budgets: Budget[];
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

const KB = 1024;
export const SEARCH_FIRST_BYTES = 150 * KB;
export const SEARCH_FIRST_REQUESTS = 8;
export const SEARCH_LATER_BYTES = 10 * KB;
export const SEARCH_FIRST_RESULT_MS = 100;
export const BUILD_MS_PER_TEXT = 10;
export const BUILD_PEAK_MIB = 2048;
/** Growth exponent up to which we call the cost linear (noise and fixed costs aside). */
export const LINEAR_EXPONENT = 1.15;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function judge(sections: Sections): Budget[] {
  const budgets: Budget[] = [];
  const notMeasured = (name: string, limit: string, note = 'not measured yet') => budgets.push({ name, limit, measured: '–', met: null, note });

  if (sections.bytes) {
    const plain = sections.bytes.pages.filter((page) => page.type !== 'search');
    const heaviest = plain.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    budgets.push({
      name: 'First load of every non-search page (gzip -9)',
      limit: `≤ ${FIRST_LOAD_BUDGET} B (14 KB)`,
      measured: `max ${heaviest.gzip} B (${heaviest.page})`,
      met: heaviest.gzip <= FIRST_LOAD_BUDGET,
    });
    const withJs = plain.filter((page) => page.jsBytes + page.jsScripts > 0);
    const types = [...new Set(withJs.map((page) => page.type))];
    budgets.push({
      name: 'JavaScript on non-search pages',
      limit: 'none',
      measured: withJs.length === 0 ? 'none' : `${withJs.length} pages (${types.join(', ')}), up to ${Math.max(...withJs.map((p) => p.jsBytes))} B raw`,
      met: withJs.length === 0,
      ...(withJs.length ? { note: `pages: ${withJs.slice(0, 5).map((page) => page.page).join(', ')}${withJs.length > 5 ? ' …' : ''}` } : {}),
    });
  } else {
    notMeasured('First load of every non-search page (gzip -9)', '≤ 14336 B');
    notMeasured('JavaScript on non-search pages', 'none');
  }

  const search = sections.search;
  if (search && search.status === 'measured') {
    budgets.push({ name: 'Search: cold first query', limit: `≤ ${kb(SEARCH_FIRST_BYTES)} gzip`, measured: `${kb(search.first.gzip)} (${kb(search.first.bytes)} raw)`, met: search.first.gzip <= SEARCH_FIRST_BYTES });
    const fragments = search.first.files.filter((file) => file.path.includes('/fragment/')).length;
    const engine = search.first.files.filter((file) => file.path.startsWith('/pagefind/')).length - fragments;
    budgets.push({
      name: 'Search: requests of the first query',
      limit: `≤ ${SEARCH_FIRST_REQUESTS}`,
      measured: String(search.first.requests),
      met: search.first.requests <= SEARCH_FIRST_REQUESTS,
      note: (() => {
        const page = search.first.requests - engine - fragments;
        const room = SEARCH_FIRST_REQUESTS - engine - page;
        const parts = `${engine} for Pagefind itself (engine, entry, metadata, WebAssembly, index chunk), ${fragments} fragments (one per result shown), ${page} for the page (stylesheet, script, icon)`;
        return room > 0
          ? `${parts}; 8 holds if the list first shows at most ${room} results`
          : `${parts}; 8 leaves no room for a single fragment: only a result list drawn from the index alone (no per-result fragment) or cached page files would fit`;
      })(),
    });
    budgets.push({ name: 'Search: later query in the same page', limit: `≤ ${kb(SEARCH_LATER_BYTES)} gzip`, measured: `max ${kb(search.later.maxGzip)}, median ${kb(search.later.medianGzip)}`, met: search.later.maxGzip <= SEARCH_LATER_BYTES });
    const pause = search.typingPauseMs === null ? '' : `the page waits ${search.typingPauseMs} ms after the last keystroke before it searches (TYPING_PAUSE_MS in src/scripts/search-page.ts); `;
    budgets.push({
      name: 'Search: keystroke to first result (median, loopback)',
      limit: `≤ ${SEARCH_FIRST_RESULT_MS} ms`,
      measured: `typing: ${search.medianMsToFirstResult} ms; Enter: ${search.medianMsEnterToFirstResult} ms (cold first: ${search.first.msToFirstResult} ms)`,
      met: search.medianMsToFirstResult <= SEARCH_FIRST_RESULT_MS,
      note: `${pause}judged on typing, the way the page is used; with Enter the search starts at once`,
    });
  } else {
    for (const name of ['Search: cold first query', 'Search: requests of the first query', 'Search: later query in the same page', 'Search: keystroke to first result (median, loopback)']) {
      notMeasured(name, '', 'search: not built yet (no /suche/ in the build)');
    }
  }

  const scaling = sections.scaling;
  const largest = (runs: readonly ScalingRun[]) => [...runs].sort((a, b) => b.texts - a.texts)[0];
  if (scaling) {
    const full2000 = scaling.full.find((run) => run.texts === 2000);
    const skipped2000 = scaling.skipped.find((s) => s.texts === 2000 && s.variant === 'full');
    if (full2000) {
      budgets.push({ name: 'Build time per text at N = 2,000', limit: `≤ ${BUILD_MS_PER_TEXT} ms`, measured: `${full2000.msPerText} ms`, met: full2000.msPerText <= BUILD_MS_PER_TEXT });
      budgets.push({ name: 'Build peak memory at N = 2,000', limit: '< 2 GiB', measured: `${full2000.build.peakRssMiB} MiB`, met: full2000.build.peakRssMiB < BUILD_PEAK_MIB });
    } else {
      const lean = scaling.withoutPairs.find((run) => run.texts === 2000);
      const note = `${skipped2000?.reason ?? 'the full site was not built at N = 2,000'}${lean ? `. Without the pair view: ${lean.msPerText} ms per text, ${lean.build.peakRssMiB} MiB peak` : ''}`;
      budgets.push({ name: 'Build time per text at N = 2,000', limit: `≤ ${BUILD_MS_PER_TEXT} ms`, measured: 'not buildable', met: false, note });
      const over = scaling.full.filter((run) => run.build.peakRssMiB >= BUILD_PEAK_MIB).sort((a, b) => a.texts - b.texts)[0];
      budgets.push({
        name: 'Build peak memory at N = 2,000',
        limit: '< 2 GiB',
        measured: over ? `${over.build.peakRssMiB} MiB already at N = ${over.texts}` : lean ? `${lean.build.peakRssMiB} MiB without the pair view` : '–',
        met: over ? false : null,
        note: `the full site could not be built at N = 2,000${over?.problem ? `; at N = ${over.texts}: ${over.problem}` : ''}${lean ? `. Without the pair view N = 2,000 peaks at ${lean.build.peakRssMiB} MiB` : ''}`,
      });
    }
    const steps = growth(scaling.full);
    const last = steps[steps.length - 1];
    budgets.push({
      name: 'Build cost grows linearly in N',
      limit: `exponent ≤ ${LINEAR_EXPONENT}`,
      measured: steps.map((s) => `N ${s.from}→${s.to}: time ∝ N^${s.exponent}, pages ∝ N^${s.pagesExponent}`).join('; ') || '–',
      met: last ? last.exponent <= LINEAR_EXPONENT : null,
      note: (() => {
        const lean = growth(scaling.withoutPairs);
        const top = lean[lean.length - 1];
        return top ? `without the pair view: N ${top.from}→${top.to} time ∝ N^${top.exponent} (largest run: ${largest(scaling.withoutPairs)?.msPerText} ms per text)` : '';
      })(),
    });
  } else {
    notMeasured('Build time per text at N = 2,000', '≤ 10 ms');
    notMeasured('Build peak memory at N = 2,000', '< 2 GiB');
    notMeasured('Build cost grows linearly in N', 'linear');
  }

  if (sections.lighthouse) {
    const below = sections.lighthouse.results.filter((result) => CATEGORIES.some((category) => result.scores[category] < 100));
    budgets.push({
      name: 'Lighthouse 100 in all four categories, every page type',
      limit: '100 / 100 / 100 / 100',
      measured: below.length === 0 ? 'all 100' : below.map((r) => `${r.type}: ${CATEGORIES.map((c) => r.scores[c]).join('/')}`).join('; '),
      met: below.length === 0,
      ...(below.length ? { note: below.map((r) => `${r.type}: ${r.failing.map((f) => `${f.title}${f.display ? ` (${f.display})` : ''}`).join(', ')}`).join('; ') } : {}),
    });
  } else {
    notMeasured('Lighthouse 100 in all four categories, every page type', '100');
  }
  return budgets;
}

const verdict = (met: boolean | null) => (met === true ? '✅ met' : met === false ? '❌ missed' : '– not measured');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function markdown(report: Report, problems: string[]): string {
  const { sections, machine } = report;
  const lines: string[] = [];
  lines.push('# Benchmark report', '');
  lines.push(`Generated by \`npm run bench\` on a machine with ${machine.cpus} cores and ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. Raw numbers: [report.json](report.json).`, '');
  lines.push('"Compressed" is gzip at level 9, each file on its own (as a static host sends it); brotli (quality 11) is listed beside it.', '');

  lines.push('## Budgets', '', row(['budget', 'limit', 'measured', 'verdict', 'note']), row(['---', '---', '---', '---', '---']));
  for (const budget of report.budgets) lines.push(row([budget.name, budget.limit, budget.measured, verdict(budget.met), budget.note ?? '']));
  lines.push('');
  for (const problem of problems) lines.push(`- ${problem}`);
  if (problems.length) lines.push('');

  const stamp = (s: Stamp) => `_Measured ${s.measuredAt} at ${s.commit} with \`${s.command}\` (load average ${s.load} on ${report.machine.cpus} cores)._`;

  if (sections.build) {
    const { run } = sections.build;
    lines.push('## Build', '', stamp(sections.build), '');
    lines.push(row(['command', 'wall time', 'peak RSS', 'pages', 'dist/', 'dist/pagefind/']), row(['---', '---:', '---:', '---:', '---:', '---:']));
    lines.push(row([`\`${run.command}\``, `${run.wallSeconds} s`, `${run.peakRssMiB} MiB`, run.pages, `${run.distMiB} MiB`, run.pagefindMiB === null ? 'no search yet' : `${run.pagefindMiB} MiB`]), '');
    lines.push('Peak RSS is GNU time\'s maximum resident set size: the largest single process of the build.', '');
  }

  if (sections.bytes) {
    lines.push('## First load per page', '', stamp(sections.bytes), '');
    lines.push('HTML plus every stylesheet, script, module preload and font it pulls in (through CSS too), each counted once. Bytes.', '');
    lines.push(row(['page', 'type', 'files', 'raw', 'gzip -9', 'brotli', 'JS', 'of 14 KB']), row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const page of sections.bytes.pages) {
      const share = page.type === 'search' ? 'search budget' : `${Math.round((page.gzip / FIRST_LOAD_BUDGET) * 100)} %`;
      lines.push(row([`\`${page.page}\``, page.type, page.files, page.bytes, page.gzip, page.brotli, page.jsBytes, share]));
    }
    lines.push('');
  }

  lines.push('## Search', '');
  const search = sections.search;
  if (!search || search.status !== 'measured') {
    lines.push(search ? `${stamp(search)}\n` : '', 'search: not built yet (the build has no /suche/ page).', '');
  } else {
    lines.push(stamp(search), '');
    lines.push(row(['query', 'requests', 'raw', 'gzip -9', 'keystroke → first result']), row(['---', '---:', '---:', '---:', '---:']));
    lines.push(row([`cold first: "${search.first.query}"`, search.first.requests, search.first.bytes, search.first.gzip, `${search.first.msToFirstResult} ms`]));
    for (const q of search.later.perQuery) lines.push(row([`later: "${q.query}"`, q.requests, q.bytes, q.gzip, `${q.msToFirstResult} ms`]));
    lines.push('', `Median last keystroke → first result over the later typed queries: **${search.medianMsToFirstResult} ms**${search.typingPauseMs === null ? '' : ` (of which ${search.typingPauseMs} ms are the page's deliberate pause after typing)`}.`, '');
    lines.push(row(['query + Enter', 'Enter → first result']), row(['---', '---:']));
    for (const q of search.enterQueries) lines.push(row([`"${q.query}"`, `${q.msToFirstResult} ms`]));
    lines.push('', `Median Enter → first result: **${search.medianMsEnterToFirstResult} ms**.`, '');
    const engine = search.first.files.filter((file) => file.path.startsWith('/pagefind/'));
    const sum = (files: { gzip: number }[]) => files.reduce((total, file) => total + file.gzip, 0);
    lines.push(`Of the cold first query, ${engine.length} requests (${kb(sum(engine))} gzip) are Pagefind (engine, WebAssembly, index, one fragment per result shown); the other ${search.first.files.length - engine.length} (${kb(search.first.gzip - sum(engine))}) are the page's own stylesheet, scripts and icon. The test server sends no cache headers, so Chromium asks for /favicon.svg again when the page rewrites its URL.`, '');
    lines.push('Files of the cold first query:', '', row(['file', 'raw', 'gzip -9']), row(['---', '---:', '---:']));
    for (const file of search.first.files) lines.push(row([`\`${file.path}\``, file.bytes, file.gzip]));
    lines.push('');
  }

  if (sections.lighthouse) {
    lines.push('## Lighthouse', '', stamp(sections.lighthouse), '');
    lines.push(`Mobile preset (default, simulated throttling), median of ${sections.lighthouse.results[0]?.runs ?? 3} runs per page.`, '');
    lines.push(row(['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS']), row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const r of sections.lighthouse.results) {
      lines.push(row([r.type, `\`${r.path}\``, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, `${r.lcpMs} ms`, `${r.tbtMs} ms`, r.cls]));
    }
    lines.push('');
    const failing = sections.lighthouse.results.flatMap((r) => r.failing.map((f) => ({ ...f, type: r.type })));
    if (failing.length > 0) {
      lines.push('Audits below a full score (in any run):', '');
      for (const f of failing) lines.push(`- ${f.type}, ${f.category}: ${f.title} (\`${f.id}\`)${f.display ? `: ${f.display}` : ''}`);
      lines.push('');
    }
  }

  if (sections.cards) {
    const c = sections.cards;
    lines.push('## Share cards', '', stamp(c), '');
    lines.push(`${c.cards} PNG cards of 1200 × 630 (src/export/render-card.ts: satori, then resvg). Not loaded by any page, so outside the 14 KB budget. Build time per card is Astro's own per-file time from the build log; "cold" is a build with the card cache (node_modules/.cache/nebeneinander-cards/) emptied first, "cached" the build right after it.`, '');
    lines.push(row(['', 'total', 'min', 'median', 'max']), row(['---', '---:', '---:', '---:', '---:']));
    lines.push(row(['bytes per card', c.bytes.total, c.bytes.min, c.bytes.median, c.bytes.max]));
    lines.push(row(['ms per card, cold', c.coldMs.total, c.coldMs.min, c.coldMs.median, c.coldMs.max]));
    lines.push(row(['ms per card, cached', c.warmMs.total, c.warmMs.min, c.warmMs.median, c.warmMs.max]));
    lines.push('', `Whole build: ${c.buildSeconds.cold} s cold, ${c.buildSeconds.warm} s cached.`, '');
  }

  if (sections.scaling) {
    const s = sections.scaling;
    lines.push('## Scaling', '', stamp(s), '');
    lines.push('Synthetic corpora (bench/generate-corpus.ts) of N texts shaped like the real five, 22 claims with a cell for every text, built as a full project copy in a temporary folder. Search bytes: a first and four later queries for words of the real texts. Heaviest first load: over the first 40 pages of each type; "other" is the lens pages (/wortwahl/, /quellen/, /zeitleiste/) and /404.html.', '');
    const table = (title: string, runs: ScalingRun[]) => {
      lines.push(`### ${title}`, '');
      lines.push(row(['N', 'quotes', 'pages', 'wall time', 'ms per text', 'ms per page', 'peak RSS', 'dist/', 'index (dist/pagefind/)', 'search: first / later query (gzip)', 'heaviest first load (gzip)']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
      for (const r of runs) {
        const heavy = Object.entries(r.heaviestGzip).map(([type, bytes]) => `${type} ${bytes}`).join(', ');
        const query = r.search ? `${kb(r.search.firstGzip)} in ${r.search.firstRequests} requests / ${kb(r.search.laterMedianGzip)} (max ${kb(r.search.laterMaxGzip)})` : '–';
        lines.push(row([r.texts, r.corpus.quotes, r.build.pages, `${r.build.wallSeconds} s`, r.msPerText, r.msPerPage, `${r.build.peakRssMiB} MiB`, `${r.build.distMiB} MiB`, r.build.pagefindMiB === null ? '–' : `${r.build.pagefindMiB} MiB`, query, heavy]));
      }
      for (const r of runs) if (r.problem) lines.push('', `N = ${r.texts}: ${r.problem}.`);
      const steps = growth(runs);
      if (steps.length) lines.push('', `Growth: ${steps.map((g) => `N ${g.from}→${g.to}: time ∝ N^${g.exponent}, pages ∝ N^${g.pagesExponent}`).join('; ')}.`);
      lines.push('');
    };
    table('The site as it is', s.full);
    table('The site without the pair view (allPairs() returning no pairs, in the copy only)', s.withoutPairs);
    if (s.skipped.length) {
      lines.push('Not built:', '');
      for (const skip of s.skipped) lines.push(`- N = ${skip.texts} (${skip.variant}): ${skip.reason}`);
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
