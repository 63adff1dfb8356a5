/**
 * The content check: reads content/ as Astro will, validates every file with
 * the collection schemas and cross-checks the corpus (ids, quotes, cells).
 * Runs before the build (src/integrations/content-check.ts) and in tests on
 * fixture folders; throws one ContentError listing every problem found.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { buildCorpus, type ArticleInput, type ClaimInput, type Corpus } from '../corpus/corpus.ts';
import { ContentError, problemsFromZod, type ContentProblem } from '../schemas/errors.ts';
import { articleSchema, claimSchema } from '../schemas/article.ts';
import { buildLenses, type LensInputs, type Lenses } from '../lenses/lenses.ts';
import { attributionFileSchema, factSheetSchema, sourceSchema, termGroupSchema, timelineEventSchema } from '../schemas/lenses.ts';
import { findRawHtml } from '../markdown/raw-html.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** Ids become URLs: lowercase ASCII words joined by hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

function parseYaml(source: string, file: string, problems: ContentProblem[]): unknown {
  try {
    // CORE_SCHEMA keeps dates as strings: js-yaml would roll 2024-13-45 over into 2025.
    return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.message : String(error);
    problems.push({ file, field: '', message: `invalid YAML: ${reason}` });
    return undefined;
  }
}

function checkId(file: string, seen: Map<string, string>, problems: ContentProblem[]): string {
  const id = basename(file).replace(/\.(md|yaml)$/, '');
  if (!ID.test(id)) {
    problems.push({ file, field: '', message: `file name "${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens` });
  }
  const key = id.toLowerCase();
  const first = seen.get(key);
  if (first) problems.push({ file, field: '', message: `duplicate id "${key}": ${first} has the same id` });
  else seen.set(key, file);
  return id;
}

function readArticles(root: string, problems: ContentProblem[]): ArticleInput[] {
  const seen = new Map<string, string>();
  const originals = join(root, 'content', 'originals');
  const articles: ArticleInput[] = [];
  for (const path of filesIn(join(root, 'content', 'articles'), '.md')) {
    const file = relative(root, path);
    const id = checkId(file, seen, problems);
    const source = readFileSync(path, 'utf8');
    const match = FRONTMATTER.exec(source);
    if (!match) {
      problems.push({ file, field: '', message: 'no frontmatter: the file must start with a --- block' });
      continue;
    }
    const body = source.slice(match[0].length);
    if (body.trim() === '') problems.push({ file, field: 'body', message: 'the article text is empty' });
    const bodyStart = match[0].split('\n').length - 1;
    for (const { value, line } of findRawHtml(body)) {
      const html = value.replace(/\s+/g, ' ').trim();
      problems.push({
        file,
        field: 'body',
        message: `raw HTML on line ${bodyStart + line}: ${html.length > 80 ? `${html.slice(0, 79)}…` : html}; the texts are plain text, write a literal "<" as "\\<"`,
      });
    }
    const parsed = articleSchema.safeParse(parseYaml(match[1] ?? '', file, problems));
    if (!parsed.success) {
      problems.push(...problemsFromZod(file, parsed.error));
      continue;
    }
    if (!existsSync(join(originals, parsed.data.original))) {
      problems.push({ file, field: 'original', message: `content/originals/${parsed.data.original} does not exist` });
    }
    articles.push({ id, file, data: parsed.data, body, bodyOffset: match[0].split('\n').length - 1 });
  }
  return articles;
}

function readClaims(root: string, problems: ContentProblem[]): ClaimInput[] {
  const seen = new Map<string, string>();
  const claims: ClaimInput[] = [];
  for (const path of filesIn(join(root, 'content', 'claims'), '.yaml')) {
    const file = relative(root, path);
    const id = checkId(file, seen, problems);
    const raw = parseYaml(readFileSync(path, 'utf8'), file, problems);
    if (raw === undefined) continue;
    const parsed = claimSchema.safeParse(raw);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
    else claims.push({ id, file, data: parsed.data });
  }
  return claims;
}

/** Every `<id>.yaml` in a folder of content/, validated with `schema`. */
function readFolder<T>(root: string, folder: string, schema: z.ZodType<T>, problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  const entries: { id: string; file: string; data: T }[] = [];
  for (const path of filesIn(join(root, 'content', folder), '.yaml')) {
    const file = relative(root, path);
    const id = checkId(file, seen, problems);
    const raw = parseYaml(readFileSync(path, 'utf8'), file, problems);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error));
    else entries.push({ id, file, data: parsed.data });
  }
  return entries;
}

/** A single YAML file keyed by id (Astro's file() loader), each value validated with `schema`. */
function readKeyed<T>(root: string, name: string, schema: z.ZodType<T>, problems: ContentProblem[]) {
  const path = join(root, 'content', name);
  if (!existsSync(path)) return [];
  const file = relative(root, path);
  const raw = parseYaml(readFileSync(path, 'utf8'), file, problems);
  if (raw === undefined) return [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file, field: '', message: 'must be a mapping from id to entry' });
    return [];
  }
  return Object.entries(raw).flatMap(([id, value]) => {
    if (!ID.test(id)) problems.push({ file, field: id, message: `"${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens` });
    const parsed = schema.safeParse(value);
    if (parsed.success) return [{ id, file, data: parsed.data }];
    problems.push(...problemsFromZod(file, parsed.error).map((problem) => ({ ...problem, field: [id, problem.field].filter(Boolean).join('.') })));
    return [];
  });
}

function readLensInputs(root: string, problems: ContentProblem[]): LensInputs {
  return {
    terms: readFolder(root, 'terms', termGroupSchema, problems),
    sources: readKeyed(root, 'sources.yaml', sourceSchema, problems),
    attributions: readFolder(root, 'attributions', attributionFileSchema, problems),
    timeline: readKeyed(root, 'timeline.yaml', timelineEventSchema, problems),
    facts: readFolder(root, 'facts', factSheetSchema, problems),
  };
}

/** Check the content below `root` (the folder holding content/); returns the corpus and the lenses. */
export function checkAll(root: string): { corpus: Corpus; lenses: Lenses } {
  const problems: ContentProblem[] = [];
  const articles = readArticles(root, problems);
  const claims = readClaims(root, problems);
  const lensInputs = readLensInputs(root, problems);
  if (articles.length === 0 && problems.length === 0) {
    problems.push({ file: 'content/articles', field: '', message: 'no articles found' });
  }
  if (problems.length > 0) throw new ContentError(problems);
  const corpus = buildCorpus(articles, claims);
  return { corpus, lenses: buildLenses(corpus, lensInputs) };
}

/** Check the content below `root` (the folder holding content/); returns the corpus. */
export function checkContent(root: string): Corpus {
  return checkAll(root).corpus;
}
