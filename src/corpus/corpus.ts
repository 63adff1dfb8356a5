/**
 * The corpus, derived once per build from the loaded collections: stories
 * with their events, articles in reading order with their passages, claims
 * with every quote located in its passage (and the cells of texts published
 * before a claim's event derived as not applicable), and the quotes each
 * article page marks. Pure: it gets validated entries and returns data, or a
 * ContentError listing every problem that spans entries (unknown stories and
 * events, cells of another story's texts, unknown or missing cells, quotes
 * not in their text, a missing original), so it runs the same in the build
 * and in unit tests on fixtures. Linear in the number of texts and cells.
 */
import { VFileMessage } from 'vfile-message';
import { parseArticle, type QuoteMark } from '../markdown/pipeline.ts';
import { collectPassages, passageText } from '../markdown/passages.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { StoryData, StoryEventData } from '../schemas/story.ts';
import { ContentError, type ContentProblem } from '../schemas/errors.ts';
import { articleUrl, cellUrl, claimUrl, fragmentUrl, markId, quoteId, storyUrl } from '../site/urls.ts';
import { locate, whyNotFound } from './quotes.ts';
import { proseProblems, storyWording, titleProblem, type ProseField, type StoryWording } from './editorial.ts';
import { plainProse, referencedClaims, segments, type Segment } from './claim-refs.ts';
import { sharedWording, type PairReuse } from './reuse.ts';

export interface ArticleInput {
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: ArticleData;
  /** The Markdown body, line-true: line N of the body is line N of the file (src/loaders/checked.ts). */
  body: string;
}

export interface ClaimInput {
  id: string;
  file: string;
  data: ClaimData;
}

export interface StoryInput {
  id: string;
  file: string;
  data: StoryData;
}

export interface CorpusInput {
  stories: readonly StoryInput[];
  articles: readonly ArticleInput[];
  claims: readonly ClaimInput[];
  /** The texts as received (content/originals/), by file name. */
  originals: ReadonlyMap<string, string>;
}

export interface Passage {
  /** `absatz-N`, the fragment id in the article page. */
  id: string;
  text: string;
  /** A photo caption rather than running text. */
  caption: boolean;
}

export interface StoryEvent extends StoryEventData {
  /** The story's id. */
  story: string;
}

export interface Article extends ArticleInput {
  url: string;
  /** The event of its story the text reports on. */
  event: StoryEvent;
  passages: Passage[];
  /** The text as received, byte for byte. */
  original: string;
  /** The quotes of all claims in this article, for rehype-mark-quotes. */
  marks: QuoteMark[];
}

export interface Quote {
  text: string;
  /** Fragment id on the claim page. */
  id: string;
  /** The mark's id in the article. */
  markId: string;
  passage: string;
  /** Site-relative URL of the quote in its article. */
  url: string;
}

/** A passage that looks like the claim, read and found not to state it (`npm run review`). */
export interface ReviewedPassage {
  passage: string;
  /** Why it does not count (German). */
  reason: string;
  /** Site-relative URL of the passage in its article. */
  url: string;
}

/**
 * What one text says about one claim: `reported` with quotes, `not-mentioned`
 * (checked by an editor, see `npm run review`), or `not-applicable`: the text
 * was published before the claim's event, so it cannot report it (derived,
 * never written in YAML).
 */
interface CellBase {
  /** The text's id. */
  article: string;
  /** The cell's fragment id on the claim page (the text's id). */
  id: string;
  url: string;
  /** The event the text reports on. */
  event: string;
}
export type Cell =
  | (CellBase & { status: 'reported'; note?: string; quotes: Quote[] })
  | (CellBase & { status: 'not-mentioned'; note?: string; quotes: []; reviewed: ReviewedPassage[] })
  | (CellBase & { status: 'not-applicable'; note?: undefined; quotes: [] });
export type CellStatus = Cell['status'];

export interface Claim {
  id: string;
  file: string;
  data: ClaimData;
  url: string;
  /** The claim's event; undefined for a claim about the story as a whole. */
  event: StoryEvent | undefined;
  /** One cell per text of its story, in the texts' reading order. */
  cells: Cell[];
}

export interface Story {
  id: string;
  file: string;
  data: StoryData;
  url: string;
  events: StoryEvent[];
  /** Its texts in reading order. */
  articles: Article[];
  /** Its claims in their order. */
  claims: Claim[];
  /** The wording each pair of its texts shares (src/corpus/reuse.ts): only pairs with a shared span. */
  reuse: PairReuse[];
  /** The day of its latest event: stories are listed newest first. */
  latest: Date;
}

export interface Corpus {
  /** Newest first (by their latest event). */
  stories: Story[];
  /** Every text, in reading order. */
  articles: Article[];
  claims: Claim[];
  /**
   * Our prose that refers to claims: each such text as every page shows it (references replaced by
   * the claim's title in quotation marks), mapped to its pieces, so a page can link the references.
   */
  links: ReadonlyMap<string, readonly Segment[]>;
}

/** Reading order: by publication date, then by id. */
export function byDate(a: ArticleInput, b: ArticleInput): number {
  return a.data.published.date.getTime() - b.data.published.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The passages of a Markdown body, numbered as the article page numbers them. Throws where a
 * plugin refuses the Markdown (an unknown directive). Also read by the authoring commands
 * (src/authoring/project.ts), which must number passages exactly as the site does.
 */
export function readPassages(body: string, file?: string): Passage[] {
  return collectPassages(parseArticle(body, file)).map((node) => {
    const className = node.properties['className'];
    return {
      id: String(node.properties['id']),
      text: passageText(node),
      caption: Array.isArray(className) && className.includes('bildunterschrift'),
    };
  });
}

/** A text's passages; a plugin refusing the Markdown (an unknown directive) is a problem with its line. */
function passagesOf(article: ArticleInput, problems: ContentProblem[]): Passage[] {
  try {
    return readPassages(article.body, article.file);
  } catch (error) {
    const where = error instanceof VFileMessage && error.line ? `line ${error.line}: ` : '';
    problems.push({ file: article.file, field: 'body', message: `${where}${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
}

const known = (ids: Iterable<string>) => [...ids].join(', ');
const day = (date: Date) => date.toISOString().slice(0, 10);

interface Context {
  articleById: ReadonlyMap<string, Article>;
  storyById: ReadonlyMap<string, { input: StoryInput; events: Map<string, StoryEvent> }>;
  /** Texts whose Markdown was refused: their quotes are not looked up, which would only add follow-on problems. */
  unreadable: ReadonlySet<string>;
  /** Texts left out for an unknown story or event (already reported): cells naming them add no problem. */
  rejected: ReadonlySet<string>;
  problems: ContentProblem[];
}

function buildClaim(input: ClaimInput, storyArticles: readonly Article[], event: StoryEvent | undefined, context: Context): Claim {
  const { problems } = context;
  const url = claimUrl(input.id);
  const story = input.data.story;
  for (const key of Object.keys(input.data.cells)) {
    const article = context.articleById.get(key);
    if (!article && context.rejected.has(key)) continue;
    if (!article) {
      problems.push({ file: input.file, field: `cells.${key}`, message: `unknown article "${key}" (known: ${known(context.articleById.keys())})` });
    } else if (article.data.story !== story) {
      problems.push({
        file: input.file,
        field: `cells.${key}`,
        message: `"${key}" is a text of the story "${article.data.story}", not of "${story}": a claim compares the texts of its own story`,
      });
    }
  }
  const cells = storyArticles.map((article): Cell => {
    const cell = input.data.cells[article.id];
    const base = { article: article.id, id: article.id, url: cellUrl(input.id, article.id), event: article.event.id };
    if (event && article.data.published.date.getTime() < event.date.getTime()) {
      if (cell) {
        problems.push({
          file: input.file,
          field: `cells.${article.id}`,
          message: `the text was published on ${day(article.data.published.date)}, before the event "${event.id}" (${day(event.date)}): remove the cell, it is shown as „erschien vor dem Ereignis“`,
        });
      }
      return { ...base, status: 'not-applicable', quotes: [] };
    }
    if (!cell) {
      problems.push({
        file: input.file,
        field: `cells.${article.id}`,
        message: 'missing: every claim needs a cell for every text of its story published on or after its event (status reported or not-mentioned)',
      });
      return { ...base, status: 'not-mentioned', quotes: [], reviewed: [] };
    }
    const note = cell.note === undefined ? {} : { note: cell.note };
    if (cell.status === 'not-mentioned') {
      const reviewed = cell.reviewed.flatMap(({ passage, reason }, index): ReviewedPassage[] => {
        if (article.passages.some((candidate) => candidate.id === passage)) return [{ passage, reason, url: fragmentUrl(article.url, passage) }];
        problems.push({
          file: input.file,
          field: `cells.${article.id}.reviewed.${index}.passage`,
          message: `${article.file} has no passage "${passage}" (it has absatz-1 to absatz-${article.passages.length})`,
        });
        return [];
      });
      return { ...base, ...note, status: 'not-mentioned', quotes: [], reviewed };
    }
    const quotes = cell.quotes.flatMap((text, index): Quote[] => {
      const passage = locate(article.passages, text);
      if (!passage && context.unreadable.has(article.id)) return [];
      if (!passage) {
        problems.push({
          file: input.file,
          field: `cells.${article.id}.quotes.${index}`,
          message: `quote not found in ${article.file}: "${text}": ${whyNotFound(article, text)}`,
        });
        return [];
      }
      const mark = markId(input.id, index + 1);
      return [{ text, id: quoteId(article.id, index + 1), markId: mark, passage: passage.id, url: fragmentUrl(article.url, mark) }];
    });
    return { ...base, ...note, status: 'reported', quotes };
  });
  return { ...input, url, event, cells };
}

/** The marks of every article: each quote of each claim, linked back to its cell. */
function marksOf(claims: readonly Claim[]): Map<string, QuoteMark[]> {
  const marks = new Map<string, QuoteMark[]>();
  for (const claim of claims) {
    for (const cell of claim.cells) {
      for (const quote of cell.quotes) {
        const list = marks.get(cell.article) ?? [];
        list.push({ id: quote.markId, passage: quote.passage, text: quote.text, href: cell.url, label: claim.data.title });
        marks.set(cell.article, list);
      }
    }
  }
  return marks;
}

/** The story's event `id`, or a problem naming the file and the field. */
function eventOf(
  storyId: string,
  eventId: string,
  context: Context,
  where: { file: string; field: string },
): StoryEvent | undefined {
  const story = context.storyById.get(storyId);
  if (!story) return undefined;
  const event = story.events.get(eventId);
  if (!event) {
    context.problems.push({ ...where, message: `"${eventId}" is not an event of the story "${storyId}" (its events: ${known(story.events.keys())})` });
  }
  return event;
}

/**
 * The editorial checks (src/corpus/editorial.ts) on every story: claim titles against its texts'
 * wording, and the quoted wording and claim references of our prose (descriptions, notes, reasons,
 * summaries).
 */
/** The wording of a story's texts, for the editorial checks of our prose here and in the lenses. */
export function wordingOfTexts(articles: readonly Article[]): StoryWording {
  return storyWording(
    articles.map((article) => ({
      id: article.id,
      file: article.file,
      title: article.data.title,
      shortTitle: article.data.shortTitle,
      headerLines: article.data.headerLines,
      byline: article.data.byline,
      dropped: article.data.dropped.map((entry) => entry.line),
      passages: article.passages,
    })),
  );
}

function editorialProblems(input: CorpusInput, articlesOfStory: ReadonlyMap<string, readonly Article[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titles = new Map(input.claims.map((claim) => [claim.id, claim.data.title]));
  const wordings = new Map(input.stories.map((story) => [story.id, wordingOfTexts(articlesOfStory.get(story.id) ?? [])]));
  const fields = new Map<string, ProseField[]>();
  const add = (story: string, field: ProseField) => fields.set(story, [...(fields.get(story) ?? []), field]);
  for (const story of input.stories) {
    add(story.id, { file: story.file, field: 'summary', value: story.data.summary });
    story.data.events.forEach((event, index) => add(story.id, { file: story.file, field: `events.${index}.description`, value: event.description }));
  }
  for (const articles of articlesOfStory.values()) {
    for (const article of articles) add(article.data.story, { file: article.file, field: 'summary', value: article.data.summary });
  }
  for (const claim of input.claims) {
    const story = claim.data.story;
    const wording = wordings.get(story);
    const copied = wording && titleProblem(claim.file, claim.data.title, wording);
    if (copied) problems.push(copied);
    add(story, { file: claim.file, field: 'description', value: claim.data.description });
    for (const [article, cell] of Object.entries(claim.data.cells)) {
      if (cell.note !== undefined) add(story, { file: claim.file, field: `cells.${article}.note`, value: cell.note });
      if (cell.status === 'not-mentioned') {
        cell.reviewed.forEach((entry, index) => add(story, { file: claim.file, field: `cells.${article}.reviewed.${index}.reason`, value: entry.reason }));
      }
    }
  }
  for (const [story, list] of fields) {
    const wording = wordings.get(story);
    if (wording) problems.push(...proseProblems(list, wording, titles));
  }
  return problems;
}

/**
 * The input with every reference to a claim in our prose (`:aussage{#id}`) replaced by the claim's
 * title in quotation marks, so every page, feed and export shows plain text; `links` keeps, for each
 * such text, its pieces with the references, for the pages that link them (LinkedProse.astro).
 */
function resolveReferences(input: CorpusInput): { input: CorpusInput; links: Map<string, Segment[]> } {
  const titles = new Map(input.claims.map((claim) => [claim.id, claim.data.title]));
  const links = new Map<string, Segment[]>();
  const prose = (value: string): string => {
    if (referencedClaims(value).length === 0) return value;
    const plain = plainProse(value, (id) => titles.get(id));
    links.set(plain, segments(value));
    return plain;
  };
  return {
    links,
    input: {
      ...input,
      stories: input.stories.map((story) => ({
        ...story,
        data: { ...story.data, summary: prose(story.data.summary), events: story.data.events.map((event) => ({ ...event, description: prose(event.description) })) },
      })),
      articles: input.articles.map((article) => ({ ...article, data: { ...article.data, summary: prose(article.data.summary) } })),
      claims: input.claims.map((claim) => ({
        ...claim,
        data: {
          ...claim.data,
          description: prose(claim.data.description),
          cells: Object.fromEntries(
            Object.entries(claim.data.cells).map(([article, cell]) => [
              article,
              cell.status === 'reported'
                ? { ...cell, ...(cell.note === undefined ? {} : { note: prose(cell.note) }) }
                : {
                    ...cell,
                    ...(cell.note === undefined ? {} : { note: prose(cell.note) }),
                    reviewed: cell.reviewed.map((entry) => ({ ...entry, reason: prose(entry.reason) })),
                  },
            ]),
          ),
        },
      })),
    },
  };
}

export function buildCorpus(raw: CorpusInput): Corpus {
  const { input, links } = resolveReferences(raw);
  const problems: ContentProblem[] = [];
  const storyById = new Map(
    input.stories.map((story) => [story.id, { input: story, events: new Map(story.data.events.map((event) => [event.id, { ...event, story: story.id }])) }]),
  );
  for (const story of input.stories) {
    if (/^\d+$/.test(story.id)) {
      problems.push({ file: story.file, field: '', message: `story id "${story.id}" is only digits: /themen/${story.id}/ would be a page of the story overview; use a word` });
    }
  }
  const articleById = new Map<string, Article>();
  const unreadable = new Set<string>();
  const rejected = new Set<string>();
  const context: Context = { articleById, storyById, unreadable, rejected, problems };

  const articles: Article[] = [];
  for (const article of [...input.articles].sort(byDate)) {
    if (!storyById.has(article.data.story)) {
      problems.push({ file: article.file, field: 'story', message: `unknown story "${article.data.story}" (known: ${known(storyById.keys())})` });
      rejected.add(article.id);
      continue;
    }
    const event = eventOf(article.data.story, article.data.event, context, { file: article.file, field: 'event' });
    const original = input.originals.get(article.data.original);
    if (original === undefined) {
      problems.push({ file: article.file, field: 'original', message: `content/originals/${article.data.original} does not exist` });
    }
    const before = problems.length;
    const passages = passagesOf(article, problems);
    if (problems.length > before) unreadable.add(article.id);
    if (!event) {
      rejected.add(article.id);
      continue;
    }
    if (article.data.published.date.getTime() < event.date.getTime()) {
      problems.push({
        file: article.file,
        field: 'event',
        message: `the text was published on ${day(article.data.published.date)}, before its event "${event.id}" (${day(event.date)}): a text can only report an event that has happened; choose its event or correct the date`,
      });
    }
    articles.push({ ...article, url: articleUrl(article.id), event, passages, original: original ?? '', marks: [] });
  }
  for (const article of articles) articleById.set(article.id, article);

  const articlesOfStory = Map.groupBy(articles, (article) => article.data.story);
  const claims: Claim[] = [];
  for (const claim of [...input.claims].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))) {
    if (!storyById.has(claim.data.story)) {
      problems.push({ file: claim.file, field: 'story', message: `unknown story "${claim.data.story}" (known: ${known(storyById.keys())})` });
      continue;
    }
    const event = claim.data.event === undefined ? undefined : eventOf(claim.data.story, claim.data.event, context, { file: claim.file, field: 'event' });
    if (claim.data.event !== undefined && !event) continue;
    claims.push(buildClaim(claim, articlesOfStory.get(claim.data.story) ?? [], event, context));
  }
  problems.push(...editorialProblems(raw, articlesOfStory));
  if (problems.length > 0) throw new ContentError(problems);

  const marks = marksOf(claims);
  const marked = articles.map((article) => ({ ...article, marks: marks.get(article.id) ?? [] }));
  const markedOf = Map.groupBy(marked, (article) => article.data.story);
  const claimsOf = Map.groupBy(claims, (claim) => claim.data.story);
  const stories = input.stories
    .map((story): Story => {
      const events = [...(storyById.get(story.id)?.events.values() ?? [])];
      return {
        ...story,
        url: storyUrl(story.id),
        events,
        articles: markedOf.get(story.id) ?? [],
        reuse: sharedWording(markedOf.get(story.id) ?? []),
        claims: claimsOf.get(story.id) ?? [],
        latest: events.reduce((latest, event) => (event.date > latest ? event.date : latest), new Date(0)),
      };
    })
    .sort((a, b) => b.latest.getTime() - a.latest.getTime() || a.id.localeCompare(b.id));
  return { stories, articles: marked, claims, links };
}
