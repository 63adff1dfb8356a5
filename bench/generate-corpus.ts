/**
 * A synthetic corpus of N texts in stories of 3 to 8, shaped like the real
 * story (content/): a complete project copy that builds with `npm run build`.
 *
 *     npm run corpus:generate -- --texts 500 --out /tmp/corpus-500 [--seed 7]
 *
 * What is generated, and what it mirrors:
 * - Stories (content/stories/<id>.yaml) of 3 to 8 texts with 1 to 3 events,
 *   in chronological order, at least a few weeks apart; every event has at
 *   least one text. Stories start on different days between 2012 and 2025.
 * - Texts shaped like the real five: paragraphs of 1–3 sentences until the
 *   body reaches a size drawn between the smallest and the largest real body
 *   (1.9 to 6.1 KB today), some subheadings, lists and photo captions with
 *   credits, dropped website lines, an original .txt per text. Each text reports one
 *   event of its story and is published 0–10 days after it (always before the
 *   story's next event). The words come from the real articles, so word
 *   lengths, umlauts and compression behave like German news text; each text
 *   adds names of its own, so the search index's vocabulary grows with N.
 * - Claims: 3 to 6 per text of a story (a mean of 4.5; the real story had 22 for its 5 texts,
 *   27 since its audit),
 *   each about one event of its story or (one in five) about the story as a
 *   whole. A claim has a cell for every text of its story published on or
 *   after its event's day and none for the earlier ones (those are derived as
 *   "erschien vor dem Ereignis"). About 45 % of cells report the claim with
 *   1–2 quotes cut verbatim from one paragraph of the text.
 * - Lens data per story: 2–4 of the real term groups (with `story:`; their
 *   exceptions dropped, as they name phrases of the real texts), 4–11
 *   attributions per text to the real sources with verbatim quotes, 2–6
 *   timeline entries per story (with `story:`) mentioned by its texts with
 *   verbatim quotes, and the real fact sheets attached to about a quarter of
 *   the claims (the real story: 9 of 27).
 * - Corrections (content/corrections.yaml): 1–2 for the first story and about one in seven others,
 *   a few weeks after its last text, linking a claim and a text of that story.
 *
 * The same seed and the same real texts give the same corpus, byte for byte.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

export const REPO = fileURLToPath(new URL('../', import.meta.url));

/** The seed used when none is given. */
export const DEFAULT_SEED = 20240619;
/** Texts per story. */
export const STORY_SIZE = { min: 3, max: 8 } as const;
/** Events per story. */
export const STORY_EVENTS = { min: 1, max: 3 } as const;

export interface CorpusOptions {
  /** Seed of the pseudo-random generator; the same seed gives the same corpus. Default: DEFAULT_SEED. */
  seed?: number;
  /** Share of cells that report the claim. Default: 0.45. */
  reported?: number;
  /** Folder whose content/ the vocabulary, term groups, sources and fact sheets come from. Default: this repository. */
  source?: string;
}

export interface CorpusStats {
  texts: number;
  stories: number;
  events: number;
  claims: number;
  /** Cells written in YAML (texts published on or after the claim's event). */
  cells: number;
  /** Cells left out because the text appeared before the claim's event. */
  notApplicable: number;
  /** Verbatim quotes: cells, attributions and timeline mentions. */
  quotes: number;
  bodyBytes: number;
  paragraphs: number;
}

/** What the generator decided, for tests and the bench: every id and how they relate. */
export interface GeneratedStory {
  id: string;
  events: { id: string; date: string }[];
  texts: { id: string; event: string; published: string }[];
  claims: { id: string; event?: string; cells: string[] }[];
}

export interface GeneratedCorpus {
  /** Path below the project root → file content. */
  files: Map<string, string>;
  stats: CorpusStats;
  stories: GeneratedStory[];
}

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sizes of the stories, each within STORY_SIZE, summing to `texts`. A story
 * never leaves fewer than the minimum behind, so the last one is in range too.
 */
export function storySizes(texts: number, rnd: () => number): number[] {
  const { min, max } = STORY_SIZE;
  if (!Number.isInteger(texts) || texts < min) throw new Error(`a corpus needs at least ${min} texts (one story of ${min} to ${max}); got ${texts}`);
  const sizes: number[] = [];
  let left = texts;
  while (left > 0) {
    if (left <= max) {
      sizes.push(left);
      break;
    }
    const size = min + Math.floor(rnd() * (Math.min(max, left - min) - min + 1));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Words of the real article bodies: letters, digits and inner hyphens only, so no Markdown syntax can arise. */
function vocabulary(source: string): string[] {
  const dir = join(source, 'content', 'articles');
  const words = new Set<string>();
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    for (const word of body.split(/\s+/)) {
      const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(clean)) words.add(clean);
    }
  }
  return [...words].sort();
}

/** Smallest and largest body of the real texts, in bytes: the range generated bodies are drawn from. */
function realBodySizes(source: string): { min: number; max: number } {
  const dir = join(source, 'content', 'articles');
  const sizes = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => Buffer.byteLength(readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').trim()));
  return { min: Math.min(...sizes), max: Math.max(...sizes) };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'sen', 'to', 'wa', 'rin', 'ko', 'dan', 'el', 'schu', 'berg', 'nov', 'ja', 'ul'];
const DAY = 24 * 60 * 60 * 1000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const german = (day: string) => day.split('-').reverse().join('.');
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1 });

interface Block {
  kind: 'p' | 'h2' | 'li' | 'figure';
  text: string;
  credit?: string;
}

interface TermGroupFile {
  name: string;
  data: { variants: { except?: unknown }[] } & Record<string, unknown>;
}

export function generateCorpus(texts: number, options: CorpusOptions = {}): GeneratedCorpus {
  const source = options.source ?? REPO;
  const rnd = random(options.seed ?? DEFAULT_SEED);
  const words = vocabulary(source);
  const bodySizes = realBodySizes(source);
  /** Capitalised words of five letters or more (mostly nouns), for labels. */
  const nouns = words.filter((word) => /^\p{Lu}\p{Ll}{4,}$/u.test(word));
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  /** `count` different elements of `list`, in list order. */
  const some = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(rnd() * list.length));
    return [...chosen].sort((a, b) => a - b).map((index) => list[index] as T);
  };
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const share = options.reported ?? 0.45;

  const files = new Map<string, string>();
  const stats: CorpusStats = { texts, stories: 0, events: 0, claims: 0, cells: 0, notApplicable: 0, quotes: 0, bodyBytes: 0, paragraphs: 0 };
  const stories: GeneratedStory[] = [];

  const sentenceOf = (word: () => string) => (min: number, max: number) => {
    const parts = Array.from({ length: int(min, max) }, word);
    parts[0] = capital(parts[0] as string);
    if (parts.length > 6 && rnd() < 0.4) parts[int(2, parts.length - 3)] += ',';
    return `${parts.join(' ')}.`;
  };
  const sentence = sentenceOf(() => pick(words));
  const phrase = (min: number, max: number) => sentence(min, max).replace(/\.$/, '');

  const paragraphsOf = new Map<string, string[]>();
  /** 5–16 consecutive words of one running paragraph: verbatim, within one passage. */
  const quoteFrom = (id: string) => {
    const tokens = pick(paragraphsOf.get(id) as string[]).split(' ');
    const length = Math.min(tokens.length, int(5, 16));
    const start = int(0, tokens.length - length);
    stats.quotes++;
    return tokens.slice(start, start + length).join(' ');
  };

  // Quotation marks in our prose name words of the real texts (the content check looks them up): dropped.
  const unquoted = (text: string) => text.replace(/[„“”«»]/g, '');
  // The real lens data the generated stories reuse.
  const real = (path: string) => readFileSync(join(source, 'content', path), 'utf8');
  const termDir = join(source, 'content', 'terms');
  const termGroups: TermGroupFile[] = existsSync(termDir)
    ? readdirSync(termDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => {
          const data = yaml.load(real(`terms/${name}`), { schema: yaml.CORE_SCHEMA }) as TermGroupFile['data'];
          // Exceptions name phrases of the real texts, which the generated ones need not contain.
          for (const variant of data.variants) delete variant.except;
          delete data['story'];
          // So do words in quotation marks in the notes, which the content check looks up in the texts: kept as plain words.
          for (const key of ['note', 'description']) if (typeof data[key] === 'string') data[key] = unquoted(data[key] as string);
          return { name: name.replace(/\.yaml$/, ''), data };
        })
    : [];
  const sourceIds = existsSync(join(source, 'content', 'sources.yaml'))
    ? Object.keys(yaml.load(real('sources.yaml'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>).sort()
    : [];
  if (sourceIds.length > 0) files.set('content/sources.yaml', unquoted(real('sources.yaml')));
  const factDir = join(source, 'content', 'facts');
  const factSheets = existsSync(factDir)
    ? readdirSync(factDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => real(`facts/${name}`))
    : [];

  const sizes = storySizes(texts, rnd);
  const timeline: Record<string, unknown> = {};
  const corrections: Record<string, unknown> = {};
  let textNumber = 0;
  let claimNumber = 0;
  let factNumber = 0;
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;

  sizes.forEach((size, storyIndex) => {
    const storyId = storyIndex === 0 ? FIRST_STORY : `thema-${pad(storyIndex + 1, 4)}`;
    stats.stories++;

    // Events: chronological, 20–200 days apart, so that every text (published 0–10 days after its event) precedes the next one.
    const eventCount = int(STORY_EVENTS.min, Math.min(STORY_EVENTS.max, size));
    let day = start + Math.floor(rnd() * span / DAY) * DAY;
    const events = Array.from({ length: eventCount }, (_, index) => {
      if (index > 0) day += int(20, 200) * DAY;
      const year = new Date(day).getUTCFullYear();
      const word = pick(nouns);
      return {
        id: `ereignis-${index + 1}`,
        label: `${word} ${phrase(1, 3)}`,
        short: `${word} ${year}`,
        date: iso(day),
        topic: `zu ${word} ${year}`,
        description: sentence(10, 22),
      };
    });
    stats.events += events.length;
    files.set(
      `content/stories/${storyId}.yaml`,
      dump({ title: phrase(4, 9), summary: sentence(12, 24), events: events.map((event) => ({ ...event })) }),
    );

    // Texts: the first ones cover each event once, the others a random event.
    const story: GeneratedStory = { id: storyId, events: events.map(({ id, date }) => ({ id, date })), texts: [], claims: [] };
    for (let t = 0; t < size; t++) {
      textNumber++;
      const id = `text-${pad(textNumber, 5)}`;
      const event = t < events.length ? (events[t] as (typeof events)[number]) : pick(events);
      const published = iso(Date.parse(event.date) + int(0, 10) * DAY);
      writeText(id, textNumber, storyId, event.id, published);
      story.texts.push({ id, event: event.id, published });
    }

    // Claims: 3–6 per text; cells only for texts published on or after the claim's event.
    const claimCount = int(3 * size, 6 * size);
    for (let c = 0; c < claimCount; c++) {
      claimNumber++;
      const id = `aussage-${pad(claimNumber, 5)}`;
      const event = rnd() < 0.2 ? undefined : pick(events);
      const cells: Record<string, unknown> = {};
      for (const text of story.texts) {
        if (event && text.published < event.date) {
          stats.notApplicable++;
          continue;
        }
        stats.cells++;
        if (rnd() >= share) {
          cells[text.id] = rnd() < 0.3 ? { status: 'not-mentioned', note: sentence(6, 14) } : { status: 'not-mentioned' };
          continue;
        }
        const quotes = Array.from({ length: rnd() < 0.35 ? 2 : 1 }, () => quoteFrom(text.id));
        cells[text.id] = { status: 'reported', quotes, ...(rnd() < 0.4 ? { note: sentence(6, 14) } : {}) };
      }
      const claim = {
        title: phrase(3, 7),
        story: storyId,
        ...(event ? { event: event.id } : {}),
        order: c + 1,
        description: sentence(15, 30),
        cells,
      };
      files.set(`content/claims/${id}.yaml`, dump(claim));
      story.claims.push({ id, ...(event ? { event: event.id } : {}), cells: Object.keys(cells) });
      stats.claims++;
      if (factSheets.length > 0 && rnd() < 0.23) {
        // A real sheet's references to real claims (:aussage{#id}) point at this claim instead: the real ids do not exist here.
        files.set(`content/facts/${id}.yaml`, (factSheets[factNumber++ % factSheets.length] as string).replace(/:aussage\{#[^}]*\}/g, `:aussage{#${id}}`));
      }
    }

    // Word choice: 2–4 of the real term groups, counted within this story.
    for (const group of some(termGroups, int(2, 4))) {
      files.set(`content/terms/${storyId}-${group.name}.yaml`, dump({ ...group.data, story: storyId }));
    }

    // Sources: 4–11 attributions per text to the real sources.
    if (sourceIds.length > 0) {
      for (const text of story.texts) {
        const entries = Array.from({ length: int(4, 11) }, () => ({
          source: pick(sourceIds),
          form: pick(['zitat', 'wiedergabe', 'quelle']),
          quotes: Array.from({ length: int(1, 2) }, () => quoteFrom(text.id)),
        }));
        files.set(`content/attributions/${text.id}.yaml`, dump({ sources: entries }));
      }
    }

    // Timeline: 2–6 earlier events per story, mentioned by its texts.
    const first = new Date(Date.parse(events[0]?.date ?? '2020-01-01')).getUTCFullYear();
    const entries = Array.from({ length: int(2, 6) }, (_, index) => ({
      key: `${storyId}-zeitpunkt-${index + 1}`,
      entry: {
        story: storyId,
        date: rnd() < 0.5 ? String(int(1945, first - 1)) : `${int(1945, first - 1)}-${pad(int(1, 12), 2)}`,
        title: phrase(3, 7),
        description: sentence(12, 28),
        mentions: [] as { article: string; quote: string }[],
        claims: some(story.claims, int(0, 2)).map((claim) => claim.id),
      },
    }));
    for (const text of story.texts) {
      for (let m = int(0, 3); m > 0; m--) pick(entries).entry.mentions.push({ article: text.id, quote: quoteFrom(text.id) });
    }
    for (const { key, entry } of entries) timeline[key] = entry;

    // Corrections: the first story and about one in seven others had published data corrected, 1–2 entries, a few weeks after its last text.
    if (storyIndex === 0 || rnd() < 0.15) {
      const last = story.texts.reduce((latest, text) => (text.published > latest ? text.published : latest), '');
      const date = iso(Date.parse(last) + int(14, 90) * DAY);
      for (let k = 1, count = int(1, 2); k <= count; k++) {
        const claim = pick(story.claims);
        const text = claim.cells.length > 0 ? pick(claim.cells) : undefined;
        corrections[`${storyId}-korrektur-${k}`] = {
          date,
          revision: 1,
          wrong: sentence(12, 24),
          changed: sentence(8, 16),
          links: [`/aussagen/${claim.id}/${text ? `#${text}` : ''}`, ...(text ? [`/artikel/${text}/`] : [])],
        };
      }
    }
    stories.push(story);
  });
  files.set('content/timeline.yaml', dump(timeline));
  files.set('content/corrections.yaml', dump(corrections));
  return { files, stats, stories };

  function writeText(id: string, index: number, story: string, event: string, published: string): void {
    const names = Array.from({ length: 4 }, () => capital(Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('')));
    const sentence = sentenceOf(() => (rnd() < 0.03 ? pick(names) : pick(words)));
    const paragraph = () => Array.from({ length: int(1, 3) }, () => sentence(8, 22)).join(' ');

    // Paragraphs are added until the body reaches a size drawn from the real texts' range.
    const target = int(bodySizes.min, bodySizes.max);
    const blocks: Block[] = [];
    let size = 0;
    const add = (block: Block) => {
      blocks.push(block);
      size += Buffer.byteLength(block.text) + (block.kind === 'figure' ? 40 + Buffer.byteLength(block.credit ?? '') : 4);
    };
    const figures = rnd() < 0.4 ? int(1, 4) : 0;
    for (let f = 0; f < figures; f++) add({ kind: 'figure', text: sentence(8, 20), credit: `${pick(names)}/${pick(['dpa', 'AP', 'AFP', 'Reuters'])}` });
    const headingEvery = rnd() < 0.5 ? int(2, 5) : 0;
    const listAfter = rnd() < 0.2 ? int(1, 3) : -1;
    const running: string[] = [];
    for (let p = 0; running.length < 3 || size < target; p++) {
      if (headingEvery > 0 && p > 0 && p % headingEvery === 0) add({ kind: 'h2', text: sentence(4, 9).replace(/\.$/, '') });
      const text = paragraph();
      running.push(text);
      add({ kind: 'p', text });
      if (p === listAfter) for (let l = int(2, 4); l > 0; l--) add({ kind: 'li', text: capital(pick(words)) });
    }
    const paragraphs = running.length;
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
      published: { date: published, basis: 'stated', asStated: german(published) },
      headerLines: [german(published)],
      byline,
      story,
      event,
      cites: [pick(['TASS', 'KCNA', 'dpa', 'AFP']), `${pick(names)} ${pick(names)}`],
      summary: sentence(12, 24),
      original,
      provenance: [{ fact: 'Datum steht im Text', basis: 'stated', asStated: german(published) }],
      dropped,
    };
    files.set(`content/articles/${id}.md`, `---\n${dump(frontmatter)}---\n\n${body}\n`);
    const lines = [
      title,
      ...frontmatter.headerLines,
      ...(byline ? [byline] : []),
      ...blocks.map((block) => block.text),
      ...blocks.filter((block) => block.credit).map((block) => block.credit as string),
      ...dropped.map((d) => d.line),
    ];
    files.set(`content/originals/${original}`, `${lines.join('\n')}\n`);
  }
}

/** Write a generated corpus as `<dir>/content/`, replacing whatever content/ was there. */
export function writeCorpus(dir: string, texts: number, options: CorpusOptions = {}): CorpusStats {
  const { files, stats } = generateCorpus(texts, options);
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return stats;
}

/**
 * Top-level entries of the repository that a build of a copy does not need.
 * permalinks.txt is written anew (see `writeProject`).
 */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', 'content', 'bench', 'tests', 'scripts', '.git', '.ci', 'README.md', 'docs', 'test-results', 'permalinks.txt']);

/** Astro's and Vite's caches in node_modules/ (Astro's cacheDir holds the content data store): each copy has its own. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project in `dir`, without content/ (the caller writes one).
 * Its node_modules/ is a folder of symlinks to the repository's packages, so
 * the copy shares the packages but not Astro's cache (node_modules/.astro,
 * where `astro build` keeps its content data store): a copy builds cold, and
 * never leaves its data store to the repository's next build.
 */
export function copyProject(repo: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(repo)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
  const modules = join(repo, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHES.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name), 'dir');
  }
}

/**
 * The published URLs a generated site must keep too: those of the real
 * permalinks.txt that name no text, claim, pair or story (/, /aussagen/,
 * /suche/, /themen/…; the old ones redirect, see `retargetRedirects`). The
 * generated corpus has none of the real ids, so their URLs cannot hold.
 */
export function genericPermalinks(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/') && line.split('/').filter(Boolean).length <= 1);
}

/** The first generated story: old URLs of the real site redirect to its pages in a copy. */
export const FIRST_STORY = 'thema-0001';

/**
 * Points the copy's redirects (src/site/redirects.ts) at the first generated story:
 * the real config sends /aussagen/, /vergleich/ … to the pages of the real
 * first story, which a generated corpus does not have.
 */
export function retargetRedirects(config: string, realStories: readonly string[], story = FIRST_STORY): string {
  return realStories.reduce((text, id) => text.replaceAll(`/themen/${id}/`, `/themen/${story}/`), config);
}

/** A complete project in `dir` (which must not exist or be empty) with a generated corpus of `texts` texts. */
export function writeProject(dir: string, texts: number, options: CorpusOptions = {}): CorpusStats {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: give a new folder to --out`);
  const repo = options.source ?? REPO;
  copyProject(repo, dir);
  const storyDir = join(repo, 'content', 'stories');
  const realStories = existsSync(storyDir) ? readdirSync(storyDir).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, '')) : [];
  const redirects = join(dir, 'src', 'site', 'redirects.ts');
  writeFileSync(redirects, retargetRedirects(readFileSync(redirects, 'utf8'), realStories));
  const stats = writeCorpus(dir, texts, options);
  const permalinks = existsSync(join(repo, 'permalinks.txt')) ? genericPermalinks(readFileSync(join(repo, 'permalinks.txt'), 'utf8')) : [];
  writeFileSync(
    join(dir, 'permalinks.txt'),
    `# Generated corpus (bench/generate-corpus.ts): the real site's URLs that name no text, claim or pair.\n${permalinks.map((url) => `${url}\n`).join('')}`,
  );
  return stats;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npm run corpus:generate -- --texts N --out DIR [--seed S]');
  process.exit(2);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = (argv[i] as string).replace(/^--/, '').split('=');
    if (!key || !(argv[i] as string).startsWith('--')) usage(`unexpected argument "${argv[i]}"`);
    args.set(key, inline ?? argv[++i] ?? '');
  }
  for (const key of args.keys()) if (!['texts', 'out', 'seed'].includes(key)) usage(`unknown option --${key}`);
  const texts = Number(args.get('texts'));
  const out = args.get('out');
  const seed = args.has('seed') ? Number(args.get('seed')) : DEFAULT_SEED;
  if (!Number.isInteger(texts) || texts < STORY_SIZE.min) usage(`--texts must be a whole number of at least ${STORY_SIZE.min}`);
  if (!out) usage('--out is required');
  if (!Number.isInteger(seed)) usage('--seed must be a whole number');
  // npm runs scripts in the package folder; a relative --out means the caller's folder.
  const dir = isAbsolute(out) ? out : resolve(process.env['INIT_CWD'] ?? process.cwd(), out);
  const stats = writeProject(dir, texts, { seed });
  console.log(`${dir}: ${stats.texts} texts in ${stats.stories} stories (${stats.events} events), ${stats.claims} claims, ${stats.cells} cells (+ ${stats.notApplicable} not applicable), ${stats.quotes} quotes`);
  console.log(`build it with: cd ${dir} && npm run build`);
}
