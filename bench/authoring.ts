/**
 * The authoring commands at scale (`npm run bench -- --only=authoring`):
 * `text:add` and `claim:add` on the real content and on generated corpora
 * (bench/generate-corpus.ts). Each run works on a fresh copy of content/ in a
 * scratch folder and times the whole command, Node's start-up included, as an
 * editor waits for it. Both read every text of the site to number its
 * passages and weigh the words of the suggestions, so their cost grows with
 * the number of texts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planClaim } from '../src/authoring/claim.ts';
import { readProject } from '../src/authoring/project.ts';
import { checkContent } from '../tests/support/content.ts';
import { writeCorpus, REPO } from './generate-corpus.ts';
import { round } from './build.ts';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface AuthoringRun {
  texts: number;
  /** Seconds per command, over the runs. */
  textAdd: Spread;
  claimAdd: Spread;
}

/** How often claim:add's first (and top three) suggestions are a passage a committed quote of the cell stands in. */
export interface SuggestionHits {
  /** Reported cells of the real content. */
  cells: number;
  titleOnly: { first: number; top3: number };
  titleAndDescription: { first: number; top3: number };
}

export interface AuthoringResult {
  runs: number;
  sizes: AuthoringRun[];
  suggestions?: SuggestionHits;
}

/**
 * Replays claim:add for every claim of the real content, as if it were new (the claim left out, its
 * title, and then also its description, given), and compares the suggested passages of each
 * reported cell with the passages its committed quotes stand in.
 */
export function suggestionHits(): SuggestionHits {
  const project = readProject(REPO);
  const corpus = checkContent(REPO);
  const hits: SuggestionHits = { cells: 0, titleOnly: { first: 0, top3: 0 }, titleAndDescription: { first: 0, top3: 0 } };
  for (const claim of corpus.claims) {
    const content = { ...project, claims: project.claims.filter((other) => other.id !== claim.id) };
    const request = { story: claim.data.story, id: claim.id, title: claim.data.title, event: claim.data.event };
    const plans = {
      titleOnly: planClaim(request, content),
      titleAndDescription: planClaim({ ...request, description: claim.data.description }, content),
    };
    for (const cell of claim.cells) {
      if (cell.status !== 'reported') continue;
      hits.cells += 1;
      for (const [key, plan] of Object.entries(plans) as [keyof typeof plans, (typeof plans)['titleOnly']][]) {
        if (!plan.ok) throw new Error(`claim:add refused ${claim.id}: ${plan.errors.join('; ')}`);
        const block = plan.source.slice(plan.source.indexOf(`\n  ${cell.article}:\n`));
        const suggested = [...block.slice(0, block.indexOf('    status:')).matchAll(/# {3}(absatz-\d+) · /g)].map((match) => match[1] ?? '');
        const quoted = new Set(cell.quotes.map((quote) => quote.passage));
        if (suggested[0] !== undefined && quoted.has(suggested[0])) hits[key].first += 1;
        if (suggested.some((passage) => quoted.has(passage))) hits[key].top3 += 1;
      }
    }
  }
  return hits;
}

/** The text added in each run: the test fixture with every kind of chrome (dated 2024-06-20). */
const TEXT = join(REPO, 'tests', 'fixtures', 'authoring', 'chrome-kinds', 'original.txt');

const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: round(sorted[0]!, 2), median: round(sorted[Math.floor(sorted.length / 2)]!, 2), max: round(sorted.at(-1)!, 2) };
};

function timed(dir: string, script: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(join(REPO, 'node_modules', '.bin', 'node'), [join(REPO, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed in ${dir}:\n${result.stderr}`);
  return seconds;
}

/** Times both commands `runs` times at each size; 5 is the real content, other sizes are generated. */
export function authoringBench(sizes: readonly number[], runs: number, log: (line: string) => void): AuthoringResult {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-authoring-'));
  try {
    const results: AuthoringRun[] = [];
    for (const texts of sizes) {
      const base = join(scratch, `base-${texts}`);
      mkdirSync(base);
      if (texts === 5) cpSync(join(REPO, 'content'), join(base, 'content'), { recursive: true });
      else writeCorpus(base, texts);
      const story = texts === 5 ? 'russland-nordkorea' : 'thema-0001';
      const textAdd: number[] = [];
      const claimAdd: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const dir = join(scratch, `run-${texts}-${run}`);
        cpSync(base, dir, { recursive: true });
        textAdd.push(timed(dir, 'text-add.ts', [TEXT, '--story', story]));
        claimAdd.push(timed(dir, 'claim-add.ts', [story, 'bench-aussage', '--title', 'Unterzeichnung des Vertrags über die Partnerschaft']));
        rmSync(dir, { recursive: true, force: true });
      }
      const measured = { texts, textAdd: spread(textAdd), claimAdd: spread(claimAdd) };
      log(`authoring: ${texts} texts: text:add ${measured.textAdd.median} s, claim:add ${measured.claimAdd.median} s (median of ${runs})`);
      results.push(measured);
    }
    const suggestions = suggestionHits();
    log(`authoring: claim:add suggestions on ${suggestions.cells} reported cells: title only ${suggestions.titleOnly.first} first / ${suggestions.titleOnly.top3} top 3, with description ${suggestions.titleAndDescription.first} / ${suggestions.titleAndDescription.top3}`);
    return { runs, sizes: results, suggestions };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
