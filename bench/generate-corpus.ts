/**
 * A synthetic corpus of N texts for the scaling benchmark, shaped like the
 * real five: 5–19 paragraphs of 1–4 sentences (2–6 KB of body), some
 * subheadings, lists and photo captions with credits, dropped website lines,
 * an original .txt per text, and claims whose quotes are cut verbatim from
 * the generated paragraphs, so the content check passes.
 *
 * The words come from the real articles, so word lengths, umlauts and
 * compression behave like German news text; each text adds a few names of its
 * own, so the search index's vocabulary keeps growing with N as a real
 * collection's would.
 *
 * The claim set is fixed (22 claims, as today) and every claim gets a cell per
 * text: more texts about the same two events add columns to the comparison,
 * not rows. About 45 % of cells are reported with 1–2 quotes (real corpus:
 * 49 of 110 cells, 66 quotes).
 *
 * The context lenses scale the same way: the real term groups and sources are
 * kept (the words they count come from the same vocabulary); each text gets
 * 4–11 attributions to real sources and mentions 0–5 of 14 timeline events,
 * with verbatim quotes (real corpus: 38 attributions and 15 mentions for 5
 * texts); the real fact sheets are attached to the first generated claims.
 *
 *     node bench/generate-corpus.ts 50 /tmp/corpus-50   # writes <dir>/content/
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

export const REPO = fileURLToPath(new URL('../', import.meta.url));

export interface CorpusOptions {
  /** Number of claims. Default: 22, the real corpus's count. */
  claims?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. */
  seed?: number;
  /** Share of cells that report the claim. Default: 0.45. */
  reported?: number;
}

export interface CorpusStats {
  texts: number;
  claims: number;
  cells: number;
  quotes: number;
  bodyBytes: number;
  paragraphs: number;
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real article bodies: letters, digits and inner hyphens only, so no Markdown syntax can arise. */
function vocabulary(): string[] {
  const dir = join(REPO, 'content', 'articles');
  const words = new Set<string>();
  for (const name of readdirSync(dir)) {
    const source = readFileSync(join(dir, name), 'utf8');
    const body = source.replace(/^---[\s\S]*?\n---\n/, '');
    for (const word of body.split(/\s+/)) {
      const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(clean)) words.add(clean);
    }
  }
  return [...words].sort();
}

const SYLLABLES = ['ka', 'lo', 'mir', 'sen', 'to', 'wa', 'rin', 'ko', 'dan', 'el', 'schu', 'berg', 'nov', 'ja', 'ul'];
const EVENTS = ['gipfel-2023', 'vertrag-2024'] as const;

interface Block {
  kind: 'p' | 'h2' | 'li' | 'figure';
  text: string;
  credit?: string;
}

export function generateCorpus(texts: number, options: CorpusOptions = {}): { files: Map<string, string>; stats: CorpusStats } {
  const rnd = random(options.seed ?? 20240619);
  const words = vocabulary();
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const files = new Map<string, string>();
  const stats: CorpusStats = { texts, claims: options.claims ?? 22, cells: 0, quotes: 0, bodyBytes: 0, paragraphs: 0 };

  const sentenceOf = (word: () => string) => (min: number, max: number) => {
    const parts = Array.from({ length: int(min, max) }, word);
    parts[0] = capital(parts[0] as string);
    if (parts.length > 6 && rnd() < 0.4) parts[int(2, parts.length - 3)] += ',';
    return `${parts.join(' ')}.`;
  };
  const sentence = sentenceOf(() => pick(words));

  const paragraphsOf = new Map<string, string[]>();
  /** 5–16 consecutive words of one running paragraph: verbatim, within one passage. */
  const quoteFrom = (id: string) => {
    const tokens = pick(paragraphsOf.get(id) as string[]).split(' ');
    const length = Math.min(tokens.length, int(5, 16));
    const start = int(0, tokens.length - length);
    return tokens.slice(start, start + length).join(' ');
  };

  const articleIds: string[] = [];
  const eventOf = new Map<string, (typeof EVENTS)[number]>();

  for (let index = 1; index <= texts; index++) {
    const id = `text-${String(index).padStart(5, '0')}`;
    const names = Array.from({ length: 4 }, () => capital(Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('')));
    const sentence = sentenceOf(() => (rnd() < 0.03 ? pick(names) : pick(words)));
    const paragraph = () => Array.from({ length: int(1, 4) }, () => sentence(8, 22)).join(' ');

    const blocks: Block[] = [];
    const figures = rnd() < 0.4 ? int(1, 4) : 0;
    for (let f = 0; f < figures; f++) blocks.push({ kind: 'figure', text: sentence(8, 20), credit: `${pick(names)}/${pick(['dpa', 'AP', 'AFP', 'Reuters'])}` });
    const paragraphs = int(5, 19);
    const headings = rnd() < 0.5 ? int(1, Math.min(8, paragraphs - 1)) : 0;
    const list = rnd() < 0.2 ? int(2, 4) : 0;
    const running: string[] = [];
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0 && p % Math.max(1, Math.floor(paragraphs / (headings + 1))) === 0 && blocks.filter((b) => b.kind === 'h2').length < headings) {
        blocks.push({ kind: 'h2', text: sentence(4, 9).replace(/\.$/, '') });
      }
      const text = paragraph();
      running.push(text);
      blocks.push({ kind: 'p', text });
      if (list > 0 && p === Math.floor(paragraphs / 2)) {
        for (let l = 0; l < list; l++) blocks.push({ kind: 'li', text: capital(pick(words)) });
      }
    }
    stats.paragraphs += paragraphs;
    paragraphsOf.set(id, running);

    // Consecutive list items form one list: single line breaks between them.
    const body = blocks
      .map((block) => {
        if (block.kind === 'h2') return `## ${block.text}`;
        if (block.kind === 'li') return `- ${block.text}`;
        if (block.kind === 'figure') return `:::figure{credit="${block.credit}"}\n${block.text}\n:::`;
        return block.text;
      })
      .reduce((text, chunk, position) => {
        if (position === 0) return chunk;
        const tight = blocks[position]?.kind === 'li' && blocks[position - 1]?.kind === 'li';
        return `${text}${tight ? '\n' : '\n\n'}${chunk}`;
      }, '');
    stats.bodyBytes += Buffer.byteLength(body);

    const event = pick(EVENTS);
    eventOf.set(id, event);
    const date = new Date(Date.UTC(event === 'gipfel-2023' ? 2023 : 2024, event === 'gipfel-2023' ? 8 : 5, int(10, 28)));
    const iso = date.toISOString().slice(0, 10);
    const title = sentence(6, 12).replace(/\.$/, '');
    const dropped = Array.from({ length: int(1, 7) }, () => ({
      line: `➤ Mehr lesen: ${sentence(4, 8).replace(/\.$/, '')}`,
      reason: 'Verweis auf einen anderen Beitrag der Website, nicht Teil des Artikels.',
    }));
    const byline = rnd() < 0.5 ? `Von ${pick(names)} ${pick(names)}` : null;
    const original = `${id}.txt`;
    const frontmatter = {
      title,
      shortTitle: `Text ${index}`,
      published: { date: iso, basis: 'stated', asStated: iso.split('-').reverse().join('.') },
      headerLines: [iso.split('-').reverse().join('.')],
      byline,
      event,
      cites: [pick(['TASS', 'KCNA', 'dpa', 'AFP']), `${pick(names)} ${pick(names)}`],
      summary: sentence(12, 24),
      original,
      provenance: [{ fact: 'Datum steht im Text', basis: 'stated', asStated: iso.split('-').reverse().join('.') }],
      dropped,
    };
    files.set(`content/articles/${id}.md`, `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${body}\n`);
    const lines = [
      title,
      ...frontmatter.headerLines,
      ...(byline ? [byline] : []),
      ...blocks.map((block) => block.text),
      ...blocks.filter((block) => block.credit).map((block) => block.credit as string),
      ...dropped.map((d) => d.line),
    ];
    files.set(`content/originals/${original}`, `${lines.join('\n')}\n`);
    articleIds.push(id);
  }

  const share = options.reported ?? 0.45;
  for (let c = 1; c <= stats.claims; c++) {
    const claimEvent = c % 5 === 0 ? 'beide' : pick(EVENTS);
    const cells: Record<string, unknown> = {};
    for (const id of articleIds) {
      stats.cells++;
      if (rnd() >= share) {
        cells[id] = rnd() < 0.3 ? { status: 'not-mentioned', note: sentence(6, 14) } : { status: 'not-mentioned' };
        continue;
      }
      const quotes = Array.from({ length: rnd() < 0.35 ? 2 : 1 }, () => quoteFrom(id));
      stats.quotes += quotes.length;
      cells[id] = { status: 'reported', quotes, ...(rnd() < 0.4 ? { note: sentence(6, 14) } : {}) };
    }
    const claim = {
      title: sentence(3, 7).replace(/\.$/, ''),
      event: claimEvent,
      order: c,
      description: sentence(15, 30),
      cells,
    };
    files.set(`content/claims/aussage-${String(c).padStart(3, '0')}.yaml`, yaml.dump(claim, { lineWidth: -1 }));
  }
  // Lenses: real term groups and sources, generated attributions, timeline and fact sheets.
  const real = (path: string) => readFileSync(join(REPO, 'content', path), 'utf8');
  const termDir = join(REPO, 'content', 'terms');
  if (existsSync(termDir)) {
    for (const name of readdirSync(termDir)) {
      // Exceptions name phrases of the real texts, which the generated ones need not contain.
      const group = yaml.load(real(`terms/${name}`), { schema: yaml.CORE_SCHEMA }) as { variants: { except?: unknown }[] };
      for (const variant of group.variants) delete variant.except;
      files.set(`content/terms/${name}`, yaml.dump(group, { lineWidth: -1 }));
    }
  }
  if (existsSync(join(REPO, 'content', 'sources.yaml'))) {
    const sources = Object.keys(yaml.load(real('sources.yaml'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>);
    files.set('content/sources.yaml', real('sources.yaml'));
    for (const id of articleIds) {
      const entries = Array.from({ length: int(4, 11) }, () => ({
        source: pick(sources),
        form: pick(['zitat', 'wiedergabe', 'quelle']),
        quotes: Array.from({ length: int(1, 2) }, () => quoteFrom(id)),
      }));
      stats.quotes += entries.reduce((sum, entry) => sum + entry.quotes.length, 0);
      files.set(`content/attributions/${id}.yaml`, yaml.dump({ sources: entries }, { lineWidth: -1 }));
    }
  }
  if (existsSync(join(REPO, 'content', 'timeline.yaml'))) {
    const events: Record<string, { date: string; title: string; description: string; mentions: { article: string; quote: string }[]; claims: string[] }> = {};
    for (let e = 1; e <= 14; e++) {
      events[`ereignis-${e}`] = {
        date: `${1950 + e * 5}-0${1 + (e % 9)}`,
        title: sentence(3, 7).replace(/\.$/, ''),
        description: sentence(12, 28),
        mentions: [],
        claims: [`aussage-${String(1 + (e % stats.claims)).padStart(3, '0')}`],
      };
    }
    const keys = Object.keys(events);
    for (const id of articleIds) {
      for (let m = int(0, 5); m > 0; m--) events[pick(keys)]?.mentions.push({ article: id, quote: quoteFrom(id) });
    }
    files.set('content/timeline.yaml', yaml.dump(events, { lineWidth: -1 }));
  }
  const factDir = join(REPO, 'content', 'facts');
  if (existsSync(factDir)) {
    readdirSync(factDir)
      .sort()
      .slice(0, stats.claims)
      .forEach((name, index) => files.set(`content/facts/aussage-${String(index + 1).padStart(3, '0')}.yaml`, real(`facts/${name}`)));
  }
  return { files, stats };
}

/** Write a generated corpus as `<dir>/content/`, replacing whatever content/ was there. */
export function writeCorpus(dir: string, texts: number, options: CorpusOptions = {}): CorpusStats {
  const { files, stats } = generateCorpus(texts, options);
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  for (const sub of ['articles', 'originals', 'claims', 'terms', 'attributions', 'facts']) mkdirSync(join(dir, 'content', sub), { recursive: true });
  for (const [path, content] of files) writeFileSync(join(dir, path), content);
  return stats;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [texts, dir] = process.argv.slice(2);
  if (!texts || !dir) {
    console.error('usage: node bench/generate-corpus.ts <texts> <dir>');
    process.exit(2);
  }
  console.log(JSON.stringify(writeCorpus(dir, Number(texts))));
}
