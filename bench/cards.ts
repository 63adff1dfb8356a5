/**
 * Share cards (src/export/render-card.ts): the bytes of every card in the
 * build and the build time per card, from the build log's per-file times
 * ("├─ /karten/aussagen/x.png (+28ms)"), once with the card cache emptied
 * (every card rendered) and once with it full (every card read back).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild, round } from './build.ts';

export interface Spread {
  count: number;
  total: number;
  min: number;
  median: number;
  max: number;
}

export interface CardsResult {
  cards: number;
  /** PNG bytes per card. */
  bytes: Spread;
  /** Build time per card (ms), every card rendered: the card cache was emptied first. */
  coldMs: Spread;
  /** The same with the cache from the cold build: each card read back from node_modules/.cache. */
  warmMs: Spread;
  /** Wall time of the two whole builds (Astro plus Pagefind), for scale. */
  buildSeconds: { cold: number; warm: number };
}

function spread(values: readonly number[], digits = 0): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const middle = sorted.length / 2;
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { count: sorted.length, total: round(total, digits), min: sorted[0] ?? 0, median: round(median, digits), max: sorted.at(-1) ?? 0 };
}

/** Per-file build times of the cards, from Astro's "generating static routes" log. */
export function cardTimes(log: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const match of log.matchAll(/(\/karten\/\S+\.png) \(\+(\d+)ms\)/g)) times.set(match[1] ?? '', Number(match[2]));
  return times;
}

function pngFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).map((file) => join(dir, file));
}

export async function cardsBench(root: string, out: string, log: (line: string) => void): Promise<CardsResult> {
  rmSync(join(root, 'node_modules', '.cache', 'nebeneinander-cards'), { recursive: true, force: true });
  const coldLog = join(out, 'cards-cold.log');
  const cold = await measureBuild(root, coldLog);
  const coldTimes = cardTimes(readFileSync(coldLog, 'utf8'));
  log(`  cold build (cache emptied): ${cold.wallSeconds} s, ${coldTimes.size} cards`);
  const warmLog = join(out, 'cards-warm.log');
  const warm = await measureBuild(root, warmLog);
  const warmTimes = cardTimes(readFileSync(warmLog, 'utf8'));
  log(`  warm build (cache full): ${warm.wallSeconds} s`);
  const files = pngFiles(join(root, 'dist', 'karten'));
  if (files.length !== coldTimes.size) throw new Error(`${files.length} cards in dist/karten/, but the log times ${coldTimes.size}`);
  return {
    cards: files.length,
    bytes: spread(files.map((file) => statSync(file).size)),
    coldMs: spread([...coldTimes.values()]),
    warmMs: spread([...warmTimes.values()]),
    buildSeconds: { cold: cold.wallSeconds, warm: warm.wallSeconds },
  };
}
