/**
 * Lighthouse (npm `lighthouse`, default mobile preset with simulated
 * throttling) against the built site on 127.0.0.1, with Debian's Chromium.
 * Each page type runs `runs` times; scores and metrics are medians.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { REPO } from './generate-corpus.ts';
import { round } from './build.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  type: string;
  path: string;
  runs: number;
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Median largest contentful paint, ms. */
  lcpMs: number;
  /** Median total blocking time, ms. */
  tbtMs: number;
  /** Median cumulative layout shift. */
  cls: number;
  /** Audits below a full score in any run, with Lighthouse's title: what stands between the page and 100. */
  failing: { id: string; category: Category; title: string; display?: string }[];
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
}

interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function runLighthouse(url: string, output: string): Promise<Report> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      join(REPO, 'node_modules', '.bin', 'lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        '--quiet',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
      if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`));
      resolvePromise(report);
    });
  });
}

export async function lighthouse(
  base: string,
  pages: readonly { type: string; path: string }[],
  outDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult[]> {
  const dir = resolve(outDir, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const results: LighthouseResult[] = [];
  for (const { type, path } of pages) {
    const reports: Report[] = [];
    for (let run = 1; run <= runs; run++) {
      reports.push(await runLighthouse(`${base}${path}`, join(dir, `${type}-${run}.json`)));
    }
    const score = (category: Category) => median(reports.map((report) => Math.round((report.categories[category].score ?? 0) * 100)));
    const metric = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
    const failing = new Map<string, LighthouseResult['failing'][number]>();
    for (const report of reports) {
      for (const category of CATEGORIES) {
        for (const { id } of report.categories[category].auditRefs) {
          const audit = report.audits[id];
          if (!audit || audit.score === null || audit.score >= 1) continue;
          if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
          failing.set(id, { id, category, title: audit.title, ...(audit.displayValue ? { display: audit.displayValue } : {}) });
        }
      }
    }
    const result: LighthouseResult = {
      type,
      path,
      runs,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: round(metric('cumulative-layout-shift'), 3),
      failing: [...failing.values()],
    };
    log(`  ${type} ${path}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')}; LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}`);
    results.push(result);
  }
  return results;
}
