/**
 * Friendly content errors: every problem names the file and the field, so an
 * author can go straight to the line to fix. All problems of a run are
 * collected and reported together, so one build shows everything to mend.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. `content/claims/x.yaml`). */
  file: string;
  /** Dotted field path (e.g. `published.evidence`, `cells.heiliger-kampf.quotes.0`); `''` for the file as a whole. */
  field: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The message says where to look (file and field); a stack trace into our loaders would
    // only bury it, so the build prints the problems and nothing else.
    this.stack = '';
  }
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    ({ file, field, message }) => `  ${file}${field ? ` → ${field}` : ''}: ${message}`,
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check failed (${count}):\n${lines.join('\n')}`;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return issue.message.replace(/^Invalid input/, 'invalid value');
  }
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** One problem per zod issue, each with its field path. */
export function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
      path.push(issue.discriminator);
    }
    return { file, field: path.join('.'), message: describe(issue) };
  });
}
