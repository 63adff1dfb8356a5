/**
 * A copy of the project in a scratch folder, for tests that run the real
 * `astro build` on changed content. Its node_modules/ is a folder of links to
 * the project's packages, without the caches (.astro, .cache): a copy's build
 * must not write into the project's content store or card cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Copies what a build reads into `<scratch>/<name>` and returns that folder;
 * content/ and permalinks.txt come from `content` (the project, or the frozen
 * site of tests/fixtures/site/).
 */
export function copyProject(scratch: string, name: string, content = ROOT): string {
  const dir = join(scratch, name);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'permalinks.txt']) {
    const from = entry === 'content' || entry === 'permalinks.txt' ? content : ROOT;
    cpSync(join(from, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}

/** Runs `astro build` in `dir`; returns its exit status and everything it printed. */
export function build(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Rewrites one file of a copy. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
