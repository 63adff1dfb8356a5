/**
 * Shared wording at scale (`npm run bench -- --only=reuse`): src/corpus/reuse.ts
 * on the real content and on generated corpora (bench/generate-corpus.ts),
 * timed per story as the build runs it. The corpus is loaded once per size
 * (checkContent, which derives it, shared wording included); then every
 * story's texts are run through sharedWording again and timed, `runs` times.
 * One shingle index per story: the cost should grow with the words of the
 * texts, not with the pairs of texts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { foldedWords, sharedWording } from '../src/corpus/reuse.ts';
import { checkContent } from '../tests/support/content.ts';
import { round } from './build.ts';
import { REPO, writeCorpus } from './generate-corpus.ts';

export interface ReuseRun {
  texts: number;
  stories: number;
  /** Words of all passages. */
  words: number;
  /** Pairs of texts with shared wording, and their spans. */
  pairs: number;
  spans: number;
  /** Milliseconds for every story's shared wording: min / median / max of the runs. */
  ms: { min: number; median: number; max: number };
  /** Median microseconds per 1,000 words. */
  usPerKiloword: number;
}

export interface ReuseResult {
  runs: number;
  sizes: ReuseRun[];
}

function measure(root: string, texts: number, runs: number): ReuseRun {
  const corpus = checkContent(root);
  const stories = corpus.stories.map((story) => story.articles.map((article) => ({ id: article.id, passages: article.passages })));
  const words = stories.flat().reduce((sum, text) => sum + text.passages.reduce((n, passage) => n + foldedWords(passage.text).length, 0), 0);
  const times: number[] = [];
  let found = { pairs: 0, spans: 0 };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const results = stories.map((texts) => sharedWording(texts));
    times.push(performance.now() - start);
    found = { pairs: results.flat().length, spans: results.flat().reduce((sum, pair) => sum + pair.spans.length, 0) };
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return {
    texts,
    stories: stories.length,
    words,
    ...found,
    ms: { min: round(times[0] ?? 0, 1), median: round(median, 1), max: round(times[times.length - 1] ?? 0, 1) },
    usPerKiloword: round((median * 1000) / (words / 1000), 1),
  };
}

export function reuseBench(sizes: readonly number[], runs: number, log: (line: string) => void): ReuseResult {
  const result: ReuseResult = { runs, sizes: [] };
  for (const texts of sizes) {
    const scratch = texts === 5 ? undefined : mkdtempSync(join(tmpdir(), 'bench-reuse-'));
    try {
      if (scratch) writeCorpus(scratch, texts);
      const run = measure(scratch ?? REPO, texts, runs);
      log(`  N=${texts}: ${run.words} words in ${run.stories} stories, ${run.spans} spans in ${run.pairs} pairs, ${run.ms.median} ms (${run.usPerKiloword} µs per 1,000 words)`);
      result.sizes.push(run);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }
  return result;
}

/** The section of bench/report.md. */
export function reuseMarkdown(r: ReuseResult, stamp: string): string[] {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    '## Shared wording',
    '',
    stamp,
    '',
    `Milliseconds to find the shared wording of every story (src/corpus/reuse.ts: 5-word shingles, one index per story), min / median / max of ${r.runs} runs in one process, corpus already loaded. N = 5 is the real content; larger N are generated corpora (bench/generate-corpus.ts, whose texts draw words from the real ones, so a few 5-word runs recur by chance). Linear when the time per 1,000 words stays flat.`,
    '',
    row(['N', 'stories', 'words', 'pairs with shared wording', 'spans', 'ms', 'µs per 1,000 words']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...r.sizes.map((s) => row([s.texts, s.stories, s.words, s.pairs, s.spans, `${s.ms.min} / ${s.ms.median} / ${s.ms.max}`, s.usPerKiloword])),
    '',
  ];
}
