/**
 * Helpers for the tests of the authoring commands (tests/authoring/, and the
 * build tests that run them): a scratch copy of a fixture project, a
 * snapshot of a folder (to prove a refused command changed no file), the
 * content check's problems, and running a command the way npm runs it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from './content.ts';
import { ContentError, type ContentProblem } from '../../src/schemas/errors.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('../fixtures/authoring/project/', import.meta.url));

const copies: string[] = [];

/** A fresh copy of the authoring fixture project (or another folder holding content/); removeCopies deletes it. */
export function copyFixture(from = FIXTURE): string {
  const dir = mkdtempSync(join(tmpdir(), 'nebeneinander-authoring-'));
  copies.push(dir);
  cpSync(join(from, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Deletes the copies made so far (afterAll). */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` with its bytes, as text, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    try {
      files[relative(dir, path)] = readFileSync(path, 'latin1');
    } catch {
      // a folder
    }
  }
  return files;
}

/** The content check's problems for the content below `dir`; [] when it passes. */
export function problemsOf(dir: string): readonly ContentProblem[] {
  try {
    checkContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/**
 * Runs `node scripts/<script>` in `cwd` with node_modules/.bin first on PATH, as `npm run` does;
 * INIT_CWD, where npm says the command was typed, is `cwd` too.
 */
export function run(cwd: string, script: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node', [join(ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
