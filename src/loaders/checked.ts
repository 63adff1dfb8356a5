/**
 * The loaders of content.config.ts: Astro's glob() and file() with friendly
 * errors. Node-only (it resolves paths), for content.config.ts alone.
 *
 * Astro stops at the first entry that fails its schema, with zod's wording.
 * These loaders check every entry (src/loaders/entry-checks.ts) and then stop
 * the build once, listing every problem with its file and field path
 * (`content/claims/x.yaml → cells.y.quotes.0: …`). Markdown bodies keep
 * their frontmatter lines as empty lines, so a line number the corpus reports
 * later (an unknown directive, say) is the line in the file.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType, DataEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { originalText } from '../text/page-text.ts';
import { ID, checkBody, checkDateLiterals, checkId, lineTrueBody, validate } from './entry-checks.ts';

type EntryType = ContentEntryType | DataEntryType;
type EntryInfoParams = Parameters<EntryType['getEntryInfo']>[0];
/** What a reader returns: Markdown gives a body too. */
type EntryInfo = Awaited<ReturnType<DataEntryType['getEntryInfo']>> & { body?: string };
/**
 * Astro hands its loaders the readers of each file type (`entryTypes`, by
 * extension), which glob() uses; it is not in the public LoaderContext type.
 * Wrapping them lets us check each file as glob() reads it, with its raw text.
 * tests/build/content-errors.test.ts fails if a new Astro stops passing them.
 */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

interface CheckOptions {
  /** Many entries in one file: field paths start with the entry's id. */
  keyed: boolean;
  /** Markdown texts: check the body and keep it line-true. */
  markdown: boolean;
}

const posix = (path: string) => path.split('\\').join('/');

/** The state of one load: its problems, and the ids seen so far (glob's generateId runs even for cached files). */
interface Run {
  problems: ContentProblem[];
  seen: Map<string, string>;
}
const newRun = (): Run => ({ problems: [], seen: new Map() });

/** Runs `loader` with every entry checked; throws one ContentError listing every problem. */
function withChecks(loader: Loader, schema: z.ZodType, options: CheckOptions, run: Run, extraTypes: [string, EntryType][] = []): Loader {
  return {
    name: `checked-${loader.name}`,
    schema,
    load: async (loaderContext) => {
      const context = loaderContext as GlobContext;
      const problems: ContentProblem[] = (run.problems = []);
      run.seen.clear();
      const root = fileURLToPath(context.config.root);
      const rel = (path: string) => posix(relative(root, path));
      const invalid = new Set<string>();

      const check = (type: EntryType): EntryType => {
        const checked: EntryType = {
          ...type,
          getEntryInfo: async (params: EntryInfoParams): Promise<EntryInfo> => {
            const info: EntryInfo = await type.getEntryInfo(params);
            const path = rel(fileURLToPath(params.fileUrl));
            problems.push(...checkDateLiterals(path, info.data, info.rawData ?? params.contents));
            if (!options.markdown) return info;
            const body = lineTrueBody(params.contents, info.body ?? '', info.rawData ?? '');
            problems.push(...checkBody(path, body));
            return { ...info, body };
          },
        };
        // The pages render each text from its body (src/markdown/pipeline.ts) and never call
        // render(entry): without a render function, glob() stores the body alone instead of
        // rendering every text once more while it loads (issue 20: measured in docs/benchmarks.md).
        if (options.markdown) delete (checked as { getRenderFunction?: unknown }).getRenderFunction;
        return checked;
      };
      const entryTypes = new Map([...context.entryTypes, ...extraTypes].map(([ext, type]) => [ext, check(type)]));

      const parseData: LoaderContext['parseData'] = async (props) => {
        const path = props.filePath ? rel(props.filePath) : context.collection;
        if (options.keyed && !ID.test(props.id)) {
          problems.push({ file: path, field: props.id, message: `"${props.id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens` });
        }
        const result = validate(schema, props.data, path, options.keyed ? props.id : '');
        if (result.problems.length === 0) return context.parseData(props);
        problems.push(...result.problems);
        invalid.add(props.id);
        return props.data;
      };

      const wrapped: GlobContext = { ...context, entryTypes, parseData };
      await loader.load(wrapped);
      if (problems.length > 0) {
        // Invalid entries must not stay in Astro's cache, where an unchanged file skips validation.
        for (const id of invalid) context.store.delete(id);
        throw new ContentError(problems);
      }
    },
  };
}

/**
 * One entry per file in a folder of content/; the id is the file name without
 * its extension (Astro would slugify it; an id that needs slugifying is refused).
 */
export function folder(base: string, pattern: string, schema: z.ZodType, options: { markdown?: boolean } = {}): Loader {
  const run = newRun();
  const generateId = ({ entry }: { entry: string }) => {
    const id = basename(entry, extname(entry));
    checkId(posix(`${base.replace(/^\.\//, '').replace(/\/$/, '')}/${entry}`), id, run.seen, run.problems);
    return id;
  };
  return withChecks(glob({ base, pattern, generateId }), schema, { keyed: false, markdown: options.markdown ?? false }, run);
}

/** A single YAML file mapping ids to entries (content/sources.yaml, content/timeline.yaml). */
export function keyed(path: string, schema: z.ZodType): Loader {
  return withChecks(file(path), schema, { keyed: true, markdown: false }, newRun());
}

/** What a plain-text file holds: its text, byte for byte. */
export const textFileSchema = z.strictObject({ text: z.string() });

const plainText: EntryType = {
  extensions: ['.txt'],
  getEntryInfo: async ({ contents }: EntryInfoParams) => ({ data: { text: contents }, body: '', slug: '', rawData: '' }),
};

/** A saved web page: its text as the site shows it (src/text/page-text.ts), decoded by the charset it declares, from its bytes. */
const webPage: EntryType = {
  extensions: ['.html'],
  getEntryInfo: async ({ fileUrl }: EntryInfoParams) => {
    const path = fileURLToPath(fileUrl);
    let text: string;
    try {
      text = originalText(basename(path), readFileSync(path));
    } catch (error) {
      throw new Error(`${basename(path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { data: { text }, body: '', slug: '', rawData: '' };
  },
};

/** The texts as received (content/originals/): plain texts verbatim, saved web pages as their text; the id is the whole file name. */
export function textFiles(base: string): Loader {
  const inner = glob({ base, pattern: '*.{txt,html}', generateId: ({ entry }) => entry });
  return withChecks(inner, textFileSchema, { keyed: false, markdown: false }, newRun(), [
    ['.txt', plainText],
    ['.html', webPage],
  ]);
}
