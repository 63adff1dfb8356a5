/** The benchmark report: sections measured (JSON) and the budgets judged from them (Markdown). */
import { FIRST_LOAD_BUDGET } from '../qa/page-weight.ts';
import type { AuthoringResult } from './authoring.ts';
import { reuseMarkdown, type ReuseResult } from './reuse.ts';
import { recognitionMarkdown, type RecognitionResult } from './recognition.ts';
import type { BuildRun } from './build.ts';
import type { CardsResult } from './cards.ts';
import type { PageBytes } from './bytes.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { CATEGORIES } from './lighthouse.ts';
import type { ScalingRun } from './scaling.ts';
import { growth, SAMPLE } from './scaling.ts';
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
  scaling?: Stamp & { runs: ScalingRun[]; failures: ScalingFailure[] };
  authoring?: Stamp & AuthoringResult;
  reuse?: Stamp & ReuseResult;
  recognition?: Stamp & RecognitionResult;
}

/** A scaling build that did not finish. */
export interface ScalingFailure {
  texts: number;
  variant: string;
  error: string;
  /** The last lines of its log. */
  logTail: string;
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
export const BUILD_MS_PER_TEXT = 30;
/** Files in dist/ (Pagefind's included) per text at BUDGET_TEXTS: 30,000 at 2,000 texts, within a static host's limit. */
export const FILES_PER_TEXT = 15;
/** Seconds a correction (one claim's description changed) may take to rebuild at BUDGET_TEXTS, with the caches a CI keeps. */
export const CORRECTION_SECONDS = 15;
export const BUILD_PEAK_MIB = 2048;
/** Growth exponent of the build time between N = 500 and N = 2,000 up to which the cost counts as linear. */
export const LINEAR_EXPONENT = 1.1;
/** Seconds an editor waits at most for text:add or claim:add at BUDGET_TEXTS texts. */
export const AUTHORING_SECONDS = 10;
/** The corpus size the build budgets are judged at. */
export const BUDGET_TEXTS = 2000;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const round1 = (value: number) => Math.round(value * 10) / 10;

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
    const pause = search.typingPauseMs === null ? '' : `the page waits ${search.typingPauseMs} ms after the last keystroke before it searches (TYPING_PAUSE_MS in src/search/search-page.ts); `;
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
  if (scaling) {
    const judged = judgeScaling(
      scaling.runs.filter((run) => run.variant === 'site'),
      scaling.failures,
      scaling.runs.find((run) => run.variant === 'correction' && run.texts === BUDGET_TEXTS),
    );
    // Each build budget names the command that measured it.
    budgets.push(...judged.map((budget) => ({ ...budget, note: [budget.note, `measured by \`${scaling.command}\``].filter(Boolean).join('; ') })));
  } else {
    notMeasured('Build time per text at N = 2,000', `≤ ${BUILD_MS_PER_TEXT} ms`);
    notMeasured('Build peak memory at N = 2,000', '< 2 GiB');
    notMeasured('Build cost grows linearly in N', `exponent ≤ ${LINEAR_EXPONENT}`);
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

  const largest = sections.authoring?.sizes.find((size) => size.texts === BUDGET_TEXTS);
  if (largest) {
    const slowest = Math.max(largest.textAdd.median, largest.claimAdd.median);
    budgets.push({
      name: 'text:add and claim:add at N = 2,000 (median)',
      limit: `≤ ${AUTHORING_SECONDS} s`,
      measured: `text:add ${largest.textAdd.median} s, claim:add ${largest.claimAdd.median} s`,
      met: slowest <= AUTHORING_SECONDS,
    });
  } else {
    notMeasured('text:add and claim:add at N = 2,000 (median)', `≤ ${AUTHORING_SECONDS} s`);
  }
  return budgets;
}

/** The build budgets, judged on the site's own runs (variant `site`) at N = 2,000, or said to be unmeasured there. */
function judgeScaling(runs: readonly ScalingRun[], failures: readonly ScalingFailure[], correction?: ScalingRun): Budget[] {
  const budgets: Budget[] = [];
  const at = runs.find((run) => run.texts === BUDGET_TEXTS);
  const largest = [...runs].sort((a, b) => b.texts - a.texts)[0];
  const failed = failures.find((failure) => failure.texts === BUDGET_TEXTS && failure.variant === 'site');
  const missing = failed ? `the N = 2,000 build failed: ${failed.error.split('\n')[0]}` : 'N = 2,000 not built';
  const fallback = largest ? `; largest run, N = ${largest.texts}: ` : '';
  if (at) {
    budgets.push({ name: 'Build time per text at N = 2,000', limit: `≤ ${BUILD_MS_PER_TEXT} ms`, measured: `${at.msPerText} ms (${at.build.wallSeconds} s for ${at.build.pages} pages)`, met: at.msPerText <= BUILD_MS_PER_TEXT });
    budgets.push({ name: 'Build peak memory at N = 2,000', limit: '< 2 GiB', measured: `${at.build.peakRssMiB} MiB`, met: at.build.peakRssMiB < BUILD_PEAK_MIB });
    if (at.build.files !== undefined) {
      budgets.push({
        name: 'Files in dist/ at N = 2,000 (Pagefind\'s included)',
        limit: `≤ ${FILES_PER_TEXT} per text (${(FILES_PER_TEXT * BUDGET_TEXTS).toLocaleString('en')})`,
        measured: `${at.build.files.toLocaleString('en')} (${round1(at.build.files / at.texts)} per text; ${at.build.pages.toLocaleString('en')} HTML)`,
        met: at.build.files <= FILES_PER_TEXT * at.texts,
      });
    }
    if (at.build.cpuSeconds !== undefined) {
      budgets.push({ name: 'Build CPU time at N = 2,000 (user + system)', limit: 'reported, no budget (the machine is shared)', measured: `${at.build.cpuSeconds} s`, met: null });
    }
  } else {
    budgets.push({ name: 'Build time per text at N = 2,000', limit: `≤ ${BUILD_MS_PER_TEXT} ms`, measured: '–', met: null, note: `${missing}${fallback}${largest ? `${largest.msPerText} ms per text` : ''}` });
    budgets.push({ name: 'Build peak memory at N = 2,000', limit: '< 2 GiB', measured: '–', met: null, note: `${missing}${fallback}${largest ? `${largest.build.peakRssMiB} MiB` : ''}` });
  }
  const rebuilt = correction?.rebuild;
  budgets.push(
    rebuilt
      ? {
          name: 'A correction rebuilt at N = 2,000 (one claim description changed, caches kept)',
          limit: `≤ ${CORRECTION_SECONDS} s`,
          measured: `${rebuilt.build.wallSeconds} s${rebuilt.build.cpuSeconds === undefined ? '' : ` (${rebuilt.build.cpuSeconds} s CPU)`}; render ${rebuilt.phases.render ?? '?'} s, sync ${rebuilt.phases.sync ?? '?'} s, hooks ${rebuilt.phases.hooks ?? '?'} s`,
          met: rebuilt.build.wallSeconds <= CORRECTION_SECONDS,
        }
      : { name: 'A correction rebuilt at N = 2,000 (one claim description changed, caches kept)', limit: `≤ ${CORRECTION_SECONDS} s`, measured: '–', met: null, note: 'variant `correction` not built at N = 2,000' },
  );
  const steps = growth(runs);
  const step = steps.find((s) => s.from === 500 && s.to === BUDGET_TEXTS);
  budgets.push({
    name: 'Build cost grows linearly (N = 500 → 2,000)',
    limit: `exponent ≤ ${LINEAR_EXPONENT}`,
    measured: step ? `time above start-up ∝ N^${step.exponent} (whole wall time ∝ N^${step.rawExponent}); pages ∝ N^${step.pagesExponent}` : '–',
    met: step ? step.exponent <= LINEAR_EXPONENT : null,
    note: steps.filter((s) => s !== step).map((s) => `N ${s.from}→${s.to}: ∝ N^${s.exponent}`).join('; '),
  });
  const judged = at ?? largest;
  if (judged) {
    const plain = Object.entries(judged.heaviestGzip).filter(([type]) => type !== 'search') as [string, { page: string; gzip: number }][];
    const heaviest = plain.reduce<[string, { page: string; gzip: number }] | undefined>((a, b) => (!a || b[1].gzip > a[1].gzip ? b : a), undefined);
    if (heaviest) {
      budgets.push({
        name: `First load of every non-search page at N = ${judged.texts.toLocaleString('en')} (gzip -9)`,
        limit: `≤ ${FIRST_LOAD_BUDGET} B (14 KB)`,
        measured: `max ${heaviest[1].gzip} B (${heaviest[0]}: \`${heaviest[1].page}\`)`,
        met: heaviest[1].gzip <= FIRST_LOAD_BUDGET,
        note: `over the ${judged.build.pages.toLocaleString('en')} pages: the ${SAMPLE_NOTE} of each type measured in full`,
      });
    }
    budgets.push({
      name: `JavaScript on non-search pages at N = ${judged.texts.toLocaleString('en')}`,
      limit: 'none',
      measured: judged.pagesWithScripts.length === 0 ? 'none' : `${judged.pagesWithScripts.length} pages`,
      met: judged.pagesWithScripts.length === 0,
      ...(judged.pagesWithScripts.length ? { note: judged.pagesWithScripts.slice(0, 5).join(', ') } : {}),
    });
    if (judged.search) {
      budgets.push({ name: `Search at N = ${judged.texts.toLocaleString('en')}: cold first query`, limit: `≤ ${kb(SEARCH_FIRST_BYTES)} gzip`, measured: `${kb(judged.search.firstGzip)} in ${judged.search.firstRequests} requests`, met: judged.search.firstGzip <= SEARCH_FIRST_BYTES });
      budgets.push({ name: `Search at N = ${judged.texts.toLocaleString('en')}: later query`, limit: `≤ ${kb(SEARCH_LATER_BYTES)} gzip`, measured: `max ${kb(judged.search.laterMaxGzip)}, median ${kb(judged.search.laterMedianGzip)}`, met: judged.search.laterMaxGzip <= SEARCH_LATER_BYTES });
    }
  }
  return budgets;
}

/** How the scaling bench samples page weights (bench/scaling.ts). */
const SAMPLE_NOTE = `${SAMPLE} largest HTML files`;

const verdict = (met: boolean | null, measured = '–') => (met === true ? '✅ met' : met === false ? '❌ missed' : measured === '–' ? '– not measured' : 'reported');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function markdown(report: Report, problems: string[]): string {
  const { sections, machine } = report;
  const lines: string[] = [];
  lines.push('# Benchmark report', '');
  lines.push(`Generated by \`npm run bench\` on a machine with ${machine.cpus} cores and ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. Raw numbers: [report.json](report.json).`, '');
  lines.push('"Compressed" is gzip at level 9, each file on its own (as a static host sends it); brotli (quality 11) is listed beside it.', '');

  lines.push('## Budgets', '', row(['budget', 'limit', 'measured', 'verdict', 'note']), row(['---', '---', '---', '---', '---']));
  for (const budget of report.budgets) lines.push(row([budget.name, budget.limit, budget.measured, verdict(budget.met, budget.measured), budget.note ?? '']));
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

  if (sections.scaling) lines.push(...scalingMarkdown(sections.scaling, stamp));
  if (sections.authoring) {
    const a = sections.authoring;
    lines.push('## Authoring commands', '', stamp(a), '');
    lines.push(
      `Seconds an editor waits for each command (whole process, Node's start-up included; min / median / max of ${a.runs} runs, each on a fresh copy of content/). N = 5 is the real content; larger N are generated corpora (bench/generate-corpus.ts). text:add adds tests/fixtures/authoring/chrome-kinds/original.txt to the first story; claim:add scaffolds a claim there. Both read every text of the site (passages, word weights), so the cost grows linearly with N.`,
      '',
    );
    lines.push(row(['N', 'text:add (s)', 'claim:add (s)']), row(['---:', '---:', '---:']));
    for (const size of a.sizes) {
      lines.push(row([size.texts, `${size.textAdd.min} / ${size.textAdd.median} / ${size.textAdd.max}`, `${size.claimAdd.min} / ${size.claimAdd.median} / ${size.claimAdd.max}`]));
    }
    lines.push('');
    if (a.suggestions) {
      const { cells, titleOnly, titleAndDescription } = a.suggestions;
      lines.push(
        `Suggestions (bench/authoring.ts, suggestionHits): claim:add replayed for every claim of the real content as if it were new. Of its ${cells} reported cells, a passage one of the cell's quotes stands in is the first suggestion for ${titleOnly.first} and among the three for ${titleOnly.top3} with the title alone; with title and description, ${titleAndDescription.first} and ${titleAndDescription.top3}.`,
        '',
      );
    }
  }
  if (sections.reuse) lines.push(...reuseMarkdown(sections.reuse, stamp(sections.reuse)));
  if (sections.recognition) lines.push(...recognitionMarkdown(sections.recognition, stamp(sections.recognition)));
  return `${lines.join('\n')}\n`;
}

const seconds = (value: number | null) => (value === null ? '–' : `${value} s`);

function scalingMarkdown(s: NonNullable<Sections['scaling']>, stamp: (s: Stamp) => string): string[] {
  const lines: string[] = ['## Scaling', '', stamp(s), ''];
  lines.push(
    'Generated corpora (`npm run corpus:generate`, bench/generate-corpus.ts) of N texts in stories of 3 to 8 with 1 to 3 events each, texts, claims (3 to 6 per text, cells only for texts published on or after the claim\'s event) and lens data shaped like the real story, each built as a complete project copy in a temporary folder with its own Astro cache. Peak RSS is the largest single process (GNU time). Phases are read from Astro\'s log: sync = `[types] Generated` (loading and checking content/), collect = `Collecting build info` (the sync included), render = `generating static routes` (every page, JSON file and share card), hooks = Astro\'s total minus collect and static build (the Pagefind index and the URL check). Search: a cold first and four later queries for words of the real texts on the built site. Heaviest first load: the ' +
      SAMPLE_NOTE +
      ' of each page type measured in full (HTML plus stylesheet, gzip -9); every HTML file is scanned for scripts.',
    '',
  );
  const site = s.runs.filter((run) => run.variant === 'site').sort((a, b) => a.texts - b.texts);
  lines.push('### The site as it is', '');
  lines.push(
    row(['N', 'stories', 'claims', 'quotes', 'pages', 'files in dist/', 'wall time', 'CPU time', 'ms per text', 'ms per page', 'peak RSS', 'sync / collect / render / hooks', 'dist/', 'dist/pagefind/', 'search: first / later query (gzip)', 'heaviest non-search first load (gzip)']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:', '---:', '---', '---']),
  );
  for (const r of site) {
    const heavy = Object.entries(r.heaviestGzip)
      .filter(([type]) => type !== 'search')
      .sort((a, b) => b[1].gzip - a[1].gzip)[0];
    const query = r.search ? `${kb(r.search.firstGzip)} in ${r.search.firstRequests} requests / ${kb(r.search.laterMedianGzip)} (max ${kb(r.search.laterMaxGzip)})` : '–';
    const p = r.phases;
    lines.push(
      row([
        r.texts,
        r.corpus.stories,
        r.corpus.claims,
        r.corpus.quotes,
        r.build.pages,
        r.build.files === undefined ? '–' : `${r.build.files} (${round1(r.build.files / r.texts)} per text)`,
        `${r.build.wallSeconds} s`,
        r.build.cpuSeconds === undefined ? '–' : `${r.build.cpuSeconds} s`,
        r.msPerText,
        r.msPerPage,
        `${r.build.peakRssMiB} MiB`,
        [p.sync, p.collect, p.render, p.hooks].map(seconds).join(' / '),
        `${r.build.distMiB} MiB`,
        r.build.pagefindMiB === null ? '–' : `${r.build.pagefindMiB} MiB`,
        query,
        heavy ? `${heavy[1].gzip} B (${heavy[0]})` : '–',
      ]),
    );
  }
  for (const r of site) if (r.problem) lines.push('', `N = ${r.texts}: ${r.problem}.`);
  const steps = growth(site);
  if (steps.length) lines.push('', `Growth of the build time above start-up (the N = ${site[0]?.texts} build's time): ${steps.map((g) => `N ${g.from}→${g.to}: ∝ N^${g.exponent} (whole wall time ∝ N^${g.rawExponent}), pages ∝ N^${g.pagesExponent}`).join('; ')}.`);
  lines.push('');
  const types = [...new Set(site.flatMap((r) => Object.keys(r.pagesByType)))].sort() as (keyof ScalingRun['pagesByType'])[];
  if (types.length) {
    lines.push('Pages by type, and the heaviest first load of each (gzip -9, bytes):', '');
    lines.push(row(['N', ...types]), row(['---:', ...types.map(() => '---:')]));
    for (const r of site) lines.push(row([r.texts, ...types.map((type) => (r.pagesByType[type] ? `${r.pagesByType[type]} (${r.heaviestGzip[type]?.gzip ?? '–'})` : '–'))]));
    lines.push('');
  }
  const options = s.runs.filter((run) => run.variant !== 'site');
  if (options.length || s.failures.length) {
    lines.push('### Options tried', '', 'Each option patched into the copy only, built on the same generated corpus as the site run of that N.', '');
    lines.push(row(['option', 'N', 'wall time', 'CPU time', 'site at this N', 'peak RSS', 'sync / collect / render / hooks', 'second build (unchanged, or after the correction)']), row(['---', '---:', '---:', '---:', '---:', '---:', '---', '---:']));
    for (const r of options) {
      const base = site.find((run) => run.texts === r.texts);
      const p = r.phases;
      const rebuild = r.rebuild
        ? `${r.rebuild.build.wallSeconds} s${r.rebuild.build.cpuSeconds === undefined ? '' : `, ${r.rebuild.build.cpuSeconds} s CPU`} (render ${seconds(r.rebuild.phases.render)}, hooks ${seconds(r.rebuild.phases.hooks)})`
        : '–';
      lines.push(row([r.variant, r.texts, `${r.build.wallSeconds} s`, r.build.cpuSeconds === undefined ? '–' : `${r.build.cpuSeconds} s`, base ? `${base.build.wallSeconds} s` : '–', `${r.build.peakRssMiB} MiB`, [p.sync, p.collect, p.render, p.hooks].map(seconds).join(' / '), rebuild]));
    }
    for (const f of s.failures) lines.push(row([f.variant, f.texts, 'failed', '', '', '', '', '']));
    lines.push('');
    for (const f of s.failures) lines.push(`${f.variant} at N = ${f.texts} failed: ${f.error.split('\n')[0]}`, '', '```', f.logTail, '```', '');
  }
  return lines;
}
