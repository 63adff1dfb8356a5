/**
 * The import rules of src/ (README, "Layout"), held as a test in the manner of
 * Starlight's no-internal-barrel-imports test:
 * - no cycle between folders: data flows one way;
 * - the code bundled for the browser imports nothing that uses `node:`;
 * - the domain code imports no `astro:` module, so it runs in unit tests;
 * - nothing in src/ imports the test and bench tools.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

interface Import {
  specifier: string;
  /** `import type`: erased at build time, so it carries no code. */
  typeOnly: boolean;
}

const IMPORT = /^\s*import\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(IMPORT)) found.push({ specifier: match[2] ?? '', typeOnly: Boolean(match[1]) });
  for (const match of source.matchAll(DYNAMIC)) found.push({ specifier: match[1] ?? '', typeOnly: false });
  return found;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|astro)$/.test(name))
    .map((name) => join(dir, name));
}

const files = filesIn(SRC);
const graph = new Map<string, { file: string; imports: Import[]; resolved: { target: string; typeOnly: boolean }[] }>();
for (const file of files) {
  const imports = importsOf(readFileSync(file, 'utf8'));
  const resolved = imports
    .filter((entry) => entry.specifier.startsWith('.'))
    .map((entry) => ({ target: resolve(dirname(file), entry.specifier), typeOnly: entry.typeOnly }));
  graph.set(file, { file, imports, resolved });
}

/** `corpus` for src/corpus/x.ts; the file itself for files at the top of src/ or outside it. */
function folderOf(file: string): string {
  const path = relative(SRC, file);
  if (path.startsWith('..')) return relative(ROOT, file).split('/')[0] ?? path;
  const parts = path.split('/');
  return parts.length > 1 ? (parts[0] ?? path) : path;
}

describe('import rules', () => {
  it('reads the imports of every file in src/', () => {
    // A guard for the rules below: if the parser found nothing, they would pass vacuously.
    expect(files.length).toBeGreaterThan(50);
    const corpus = graph.get(join(SRC, 'corpus/corpus.ts'));
    expect(corpus?.resolved.map((entry) => relative(SRC, entry.target))).toContain('markdown/pipeline.ts');
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { file, resolved } of graph.values()) {
      const from = folderOf(file);
      for (const { target } of resolved) {
        const to = folderOf(target);
        if (to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)?.add(to);
      }
    }
    const cycles: string[] = [];
    const reaches = (from: string, goal: string, seen = new Set<string>()): string[] | undefined => {
      for (const next of edges.get(from) ?? []) {
        if (next === goal) return [from, next];
        if (seen.has(next)) continue;
        seen.add(next);
        const path = reaches(next, goal, seen);
        if (path) return [from, ...path];
      }
      return undefined;
    };
    for (const folder of edges.keys()) {
      const path = reaches(folder, folder);
      if (path) cycles.push(path.join(' → '));
    }
    expect(cycles).toEqual([]);
  });

  it('bundles no node: module for the browser', () => {
    // The browser's entry points: the scripts of src/search/ that pages load with <script>.
    const entries = files.filter((file) => relative(SRC, file).startsWith('search/'));
    expect(entries.map((file) => relative(SRC, file))).toContain('search/search-page.ts');
    const offenders: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, via: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      const node = graph.get(file);
      if (!node) return;
      for (const entry of node.imports) {
        if (!entry.typeOnly && entry.specifier.startsWith('node:')) offenders.push([...via, relative(SRC, file), entry.specifier].join(' → '));
      }
      for (const { target, typeOnly } of node.resolved) if (!typeOnly) visit(target, [...via, relative(SRC, file)]);
    };
    for (const entry of entries) visit(entry, []);
    expect(offenders).toEqual([]);
  });

  it('keeps astro: modules out of the domain code', () => {
    const DOMAIN = ['schemas', 'corpus', 'text', 'lenses', 'review', 'export', 'search', 'site', 'markdown', 'authoring'];
    const offenders = [...graph.values()]
      .filter(({ file }) => DOMAIN.includes(folderOf(file)))
      .flatMap(({ file, imports }) => imports.filter((entry) => entry.specifier.startsWith('astro:')).map((entry) => `${relative(SRC, file)}: ${entry.specifier}`));
    expect(offenders).toEqual([]);
  });

  it('keeps the authoring commands out of the site, and their file access in files that say they are Node-only', () => {
    // src/authoring serves scripts/ (story:add, claim:add, text:add); the site reads content/ only
    // through the content layer. Its logic is pure and testable without files; a module that
    // touches them says so in its header (as Starlight's collection-fs.ts does).
    const authoring = [...graph.values()].filter(({ file }) => folderOf(file) === 'authoring');
    expect(authoring.map(({ file }) => relative(SRC, file))).toContain('authoring/project.ts');
    const intoAuthoring = [...graph.values()].flatMap(({ file, resolved }) =>
      folderOf(file) === 'authoring' ? [] : resolved.filter(({ target }) => folderOf(target) === 'authoring').map(({ target }) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
    );
    expect(intoAuthoring).toEqual([]);
    const undeclared = authoring
      .filter(({ imports }) => imports.some((entry) => entry.specifier.startsWith('node:')))
      .filter(({ file }) => !(/^\/\*\*[\s\S]*?\*\//.exec(readFileSync(file, 'utf8'))?.[0] ?? '').includes('Node-only'))
      .map(({ file }) => relative(SRC, file));
    expect(undeclared).toEqual([]);
  });

  it('never imports the test and bench tools from src/', () => {
    const offenders = [...graph.values()].flatMap(({ file, resolved }) =>
      resolved.filter(({ target }) => /^(qa|tests|bench)\//.test(relative(ROOT, target))).map(({ target }) => `${relative(SRC, file)} → ${relative(ROOT, target)}`),
    );
    expect(offenders).toEqual([]);
  });
});
