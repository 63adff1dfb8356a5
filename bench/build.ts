/**
 * Running a full build (the `build` script of package.json: `astro build`,
 * plus Pagefind once search has landed) as a child process, timed, with its
 * peak memory read by GNU time (`/usr/bin/time -v`): the maximum resident set
 * of the largest process of the build (astro and Pagefind run one after the
 * other, so this is the peak the machine must hold).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { TEST_OPERATOR } from '../tests/support/site.ts';

export const TIME = '/usr/bin/time';

export interface BuildRun {
  /** What ran, e.g. `astro build && pagefind --site dist`. */
  command: string;
  wallSeconds: number;
  peakRssMiB: number;
  /** Pages written (HTML files in dist/). */
  pages: number;
  /** Every file in dist/, Pagefind's included: what a static host counts. */
  files?: number;
  /** CPU seconds of the build (user plus system, every process), from GNU time. */
  cpuSeconds?: number;
  distMiB: number;
  /** Size of dist/pagefind/ (the search index and UI), when the build has one. */
  pagefindMiB: number | null;
  log: string;
}

export function buildScript(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.['build'];
  if (!script) throw new Error(`${root}/package.json has no build script`);
  return script;
}

/** Bytes, files and HTML files below a folder. */
export function folderSize(dir: string): { bytes: number; html: number; files: number } {
  let bytes = 0;
  let html = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, html, files };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, name));
    if (!stats.isFile()) continue;
    bytes += stats.size;
    files++;
    if (name.endsWith('.html')) html++;
  }
  return { bytes, html, files };
}

const MiB = 1024 * 1024;

/** Builds `root` with its build script; `env` adds variables to the build's environment. */
export async function measureBuild(root: string, logFile: string, env: Record<string, string> = {}): Promise<BuildRun> {
  if (!existsSync(TIME)) {
    throw new Error(`${TIME} is missing: install Debian's "time" package (apt-get install time) to measure peak memory`);
  }
  const command = buildScript(root);
  logFile = resolve(logFile);
  const timeFile = `${logFile}.time`;
  const out = openSync(logFile, 'w');
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(TIME, ['-v', '-o', timeFile, 'sh', '-c', command], {
      cwd: root,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        // Measure a deploy build, as `npm test` checks one: canonical, og:* and the sitemap are in it.
        SITE_URL: process.env['SITE_URL'] ?? 'https://example.org',
        // ...which needs an imprint: the tests' made-up operator unless the caller gives one.
        ...TEST_OPERATOR,
        ...Object.fromEntries(Object.keys(TEST_OPERATOR).flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : []))),
        ...env,
      },
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(status ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(out);
  if (code !== 0) throw new Error(`build in ${root} failed with exit code ${code}; see ${logFile}`);
  const report = readFileSync(timeFile, 'utf8');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  if (!rss) throw new Error(`no peak memory in ${timeFile}`);
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1] ?? NaN));
  const dist = folderSize(join(root, 'dist'));
  const pagefind = join(root, 'dist', 'pagefind');
  return {
    command,
    wallSeconds: round(wallSeconds, 2),
    peakRssMiB: round(Number(rss[1]) / 1024, 1),
    pages: dist.html,
    files: dist.files,
    cpuSeconds: round((cpu[0] ?? NaN) + (cpu[1] ?? NaN), 1),
    distMiB: round(dist.bytes / MiB, 2),
    pagefindMiB: existsSync(pagefind) ? round(folderSize(pagefind).bytes / MiB, 2) : null,
    log: logFile,
  };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
