/**
 * Loads a folder holding content/ the way src/content.config.ts does, without
 * Astro: the same file patterns, Astro's own frontmatter reader, YAML read
 * as Astro reads it (loadYaml), the per-entry checks of src/loaders and the
 * pure derivations of src/corpus and src/lenses. Every collection is read and
 * every problem collected before one ContentError is thrown (Astro's build
 * stops at the first broken collection). Node-only: for `npm run check`
 * (scripts/check.ts) and the tests, which run the content rules on fixture
 * folders with it; tests/build/content-errors.test.ts holds the real loaders
 * to the same messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { contentFiles } from './project.ts';
import { loadYaml } from './yaml-source.ts';
import { buildCorpus, type ArticleInput, type ClaimInput, type Corpus } from '../corpus/corpus.ts';
import { buildLenses, type Lenses } from '../lenses/lenses.ts';
import { checkBody, checkDateLiterals, checkId, ID, lineTrueBody, validate } from '../loaders/entry-checks.ts';
import { articleSchema } from '../schemas/article.ts';
import { claimSchema } from '../schemas/claim.ts';
import { storySchema } from '../schemas/story.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { factSheetSchema } from '../schemas/facts.ts';
import { attributionFileSchema, sourceSchema } from '../schemas/sources.ts';
import { termGroupSchema } from '../schemas/terms.ts';
import { timelineEventSchema } from '../schemas/timeline.ts';
import { correctionSchema } from '../schemas/corrections.ts';
import { originalText } from '../text/page-text.ts';

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** The files of a folder of content/, as absolute paths (listed as the authoring commands list them). */
const filesIn = (root: string, folder: string, extension: string): string[] => contentFiles(root, folder, extension).map((file) => join(root, file));

function readYaml(path: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return loadYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '', message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** A folder of one-entry YAML files (glob loader). */
function folder<T>(root: string, name: string, schema: z.ZodType<T>, problems: ContentProblem[]): Entry<T>[] {
  const seen = new Map<string, string>();
  return filesIn(root, name, '.yaml').flatMap((path) => {
    const file = relative(root, path);
    const id = basename(path, '.yaml');
    checkId(file, id, seen, problems);
    const raw = readFileSync(path, 'utf8');
    const data = readYaml(path, file, problems);
    if (data === undefined) return [];
    problems.push(...checkDateLiterals(file, data, raw));
    const result = validate(schema, data, file);
    problems.push(...result.problems);
    return result.data === undefined ? [] : [{ id, file, data: result.data }];
  });
}

/** One YAML file keyed by id (file loader). */
function keyed<T>(root: string, name: string, schema: z.ZodType<T>, problems: ContentProblem[]): Entry<T>[] {
  const path = join(root, 'content', name);
  if (!existsSync(path)) return [];
  const file = relative(root, path);
  const data = readYaml(path, file, problems);
  if (data === undefined || data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([id, value]) => {
    if (!ID.test(id)) problems.push({ file, field: id, message: `"${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens` });
    const result = validate(schema, value, file, id);
    problems.push(...result.problems);
    return result.data === undefined ? [] : [{ id, file, data: result.data }];
  });
}

function articles(root: string, problems: ContentProblem[]): ArticleInput[] {
  const seen = new Map<string, string>();
  return filesIn(root, 'articles', '.md').flatMap((path) => {
    const file = relative(root, path);
    const id = basename(path, extname(path));
    checkId(file, id, seen, problems);
    const contents = readFileSync(path, 'utf8');
    // Astro's Markdown entry type: frontmatter blanked, body trimmed.
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    const body = lineTrueBody(contents, parsed.content.trim(), parsed.rawFrontmatter);
    problems.push(...checkDateLiterals(file, parsed.frontmatter, parsed.rawFrontmatter), ...checkBody(file, body));
    const result = validate(articleSchema, parsed.frontmatter, file);
    problems.push(...result.problems);
    return result.data === undefined ? [] : [{ id, file, data: result.data, body }];
  });
}

/** Loads and checks the content below `root` (the folder holding content/); throws one ContentError. */
export function checkAll(root: string): { corpus: Corpus; lenses: Lenses } {
  const problems: ContentProblem[] = [];
  const stories = folder(root, 'stories', storySchema, problems);
  const texts = articles(root, problems);
  const claims: ClaimInput[] = folder(root, 'claims', claimSchema, problems);
  const originals = new Map([...filesIn(root, 'originals', '.txt'), ...filesIn(root, 'originals', '.html')].map((path) => [basename(path), originalText(basename(path), readFileSync(path))]));
  const inputs = {
    terms: folder(root, 'terms', termGroupSchema, problems),
    sources: keyed(root, 'sources.yaml', sourceSchema, problems),
    attributions: folder(root, 'attributions', attributionFileSchema, problems),
    timeline: keyed(root, 'timeline.yaml', timelineEventSchema, problems),
    facts: folder(root, 'facts', factSheetSchema, problems),
  };
  keyed(root, 'corrections.yaml', correctionSchema, problems);
  if (problems.length > 0) throw new ContentError(problems);
  const corpus = buildCorpus({ stories, articles: texts, claims, originals });
  return { corpus, lenses: buildLenses(corpus, inputs) };
}

/** The corpus of the content below `root`. */
export function checkContent(root: string): Corpus {
  return checkAll(root).corpus;
}
