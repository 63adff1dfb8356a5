/**
 * A copy of the whole project with one more story, added by the editors'
 * commands from tests/fixtures/extra-story/ (its README is extra-story.yaml):
 * story:add, text:add for each source file, claim:add, then the editor's
 * decisions written in place of every TODO and the draft corrected. `.ci/run`
 * runs `npm run test:extra-story`, which makes such a copy and runs
 * `npm test` in it: the suite must pass on any valid content, not only on
 * today's. Node-only.
 *
 * `npm run test:extra-story -- --keep` leaves the copy in place and prints
 * where it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSeq, parse, parseDocument, type Document } from 'yaml';
import { findTodos } from '../../src/schemas/todo.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTRA_STORY = fileURLToPath(new URL('../fixtures/extra-story/', import.meta.url));

interface Manifest {
  story: { id: string; title: string; events: string[] };
  texts: { file: string; id: string; event?: string }[];
  claims: { id: string; title: string; event?: string }[];
  decide: Record<string, Record<string, unknown>>;
  remove?: string[];
  drop?: Record<string, { line: string; reason: string }[]>;
}

/** Runs one of the editors' commands on the content in `dir` as `npm run` does; throws with its output if it refuses. */
function command(dir: string, script: string, args: readonly string[]): string {
  const result = spawnSync('node', [join(ROOT, 'scripts', script), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A YAML file, or a Markdown file's frontmatter, as a document, and how to write it back. */
function openYaml(path: string): { document: Document; save: () => void } {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) {
    const document = parseDocument(text);
    return { document, save: () => writeFileSync(path, document.toString({ lineWidth: 0 })) };
  }
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  const document = parseDocument(match[1]!);
  const body = text.slice(match[0].length);
  return { document, save: () => writeFileSync(path, `---\n${document.toString({ lineWidth: 0 })}---\n${body}`) };
}

const pathOf = (field: string) => field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/**
 * Adds the fixture's story to the project copy in `dir` with the commands and
 * writes the editor's decisions; returns what the commands printed. Throws if
 * a command refuses or a TODO is left undecided.
 */
export function addExtraStory(dir: string, fixture = EXTRA_STORY): string[] {
  const manifest = parse(readFileSync(join(fixture, 'extra-story.yaml'), 'utf8')) as Manifest;
  const { story } = manifest;
  const printed = [command(dir, 'story-add.ts', [story.id, '--title', story.title, ...story.events.flatMap((event) => ['--event', event])])];
  for (const text of manifest.texts) {
    printed.push(command(dir, 'text-add.ts', [join(fixture, text.file), '--story', story.id, '--id', text.id, ...(text.event ? ['--event', text.event] : [])]));
  }
  for (const claim of manifest.claims) {
    printed.push(command(dir, 'claim-add.ts', [story.id, claim.id, '--title', claim.title, ...(claim.event ? ['--event', claim.event] : [])]));
  }

  for (const [file, fields] of Object.entries(manifest.decide)) {
    const { document, save } = openYaml(join(dir, file));
    // A field decided as null is deleted (a cell of a text that appeared before the claim's event).
    for (const [field, value] of Object.entries(fields)) {
      if (value === null) document.deleteIn(pathOf(field));
      else document.setIn(pathOf(field), document.createNode(value));
    }
    const left = findTodos(document.toJS());
    if (left.length > 0) throw new Error(`${file}: still TODO after the decisions in extra-story.yaml: ${left.map((todo) => todo.field).join(', ')}`);
    save();
  }

  for (const file of manifest.remove ?? []) rmSync(join(dir, file));

  for (const [file, lines] of Object.entries(manifest.drop ?? {})) {
    const path = join(dir, file);
    for (const { line, reason } of lines) {
      const text = readFileSync(path, 'utf8');
      // A paragraph of the body: the line alone, between blank lines or at the end.
      const paragraph = new RegExp(`\\n\\n${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n(?=\\n|$)`);
      if (paragraph.test(text)) writeFileSync(path, text.replace(paragraph, '\n'));
      const { document, save } = openYaml(path);
      const dropped = document.get('dropped');
      if (!isSeq(dropped)) throw new Error(`${file}: no list of dropped lines`);
      if (!(document.toJS().dropped as { line: string }[]).some((entry) => entry.line === line)) dropped.add(document.createNode({ line, reason }));
      save();
    }
  }

  return printed;
}

/**
 * A copy of the project as a clean clone holds it (tracked and not ignored
 * files), with node_modules/ as a folder of links to the project's packages
 * but without their caches.
 */
export function copyRepository(into: string): string {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(into, file));
    } catch (error) {
      // a file deleted in the work tree but still tracked
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(join(into, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (['.astro', '.cache', '.vite', '.vitest'].includes(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(into, 'node_modules', entry));
  }
  return into;
}

if (import.meta.main) {
  const keep = process.argv.includes('--keep');
  const scratch = mkdtempSync(join(tmpdir(), 'nebeneinander-extra-story-'));
  const dir = copyRepository(join(scratch, 'site'));
  let status = 1;
  try {
    addExtraStory(dir);
    console.log(`Added the story of tests/fixtures/extra-story/ to a copy of the project in ${dir}; running npm test there.`);
    status = spawnSync('npm', ['test'], { cwd: dir, stdio: 'inherit' }).status ?? 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
  } finally {
    if (keep) console.log(`The copy stays in ${dir}.`);
    else rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(status);
}
