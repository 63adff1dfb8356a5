/**
 * The draft of a text's Markdown copy (content/articles/<id>.md), made from
 * the text as received, for `npm run text:add`. Every line of the original
 * gets exactly one fate: the headline, a header line (date, byline,
 * dateline), a block of the body (paragraph, subheading, list item, photo
 * caption, or a caption's credit or agency photo tag) or a dropped line with
 * its reason. `fates` records it, so that nothing can be lost unnoticed.
 *
 * The recognition is line by line, with the line's context and shape:
 * - website chrome: whole lines matching the rules of src/authoring/chrome.ts,
 *   and for a saved web page the lines outside the article its markup shows
 *   (`DraftHints`, src/authoring/html-page.ts);
 * - context (markLinkLists, markTail): headline-like lines after „Mehr zum
 *   Thema“ and kin are a link list; short lines after the last running text
 *   are the page's margins, readers' comments after a comments heading too;
 * - the headline: the line the page marks, or for a plain text the last
 *   headline-like line before the first running text (headlineBeforeText; a
 *   list bullet in front of it is markup, „  • Putin nimmt …“); before it,
 *   dates and kickers are header lines, menu entries and breadcrumbs dropped;
 * - header lines: after the headline, dates, bylines („Von Thomas Röper –
 *   19. Juni 2024“), agency lines, short lines without a full stop and a
 *   standfirst followed by a byline or date, up to the first sentence;
 * - photo captions: the lines of a gallery before its counter („1 / 8“), a
 *   paragraph followed by a photo credit, a line right below an agency photo
 *   tag or a credit; the credit and the tag go into the figure (`:::figure{credit="…"}`),
 *   or are dropped when no caption stands beside them;
 * - subheadings: a short line without closing punctuation, standing alone
 *   and followed by a paragraph;
 * - list items: lines starting with a bullet (•, or -, * or – and a space);
 *   for a web page, what its markup says a line is (h2–h6, li, figcaption).
 * A line in doubt stays in the article and is listed in `doubts` for the
 * editor: recognition may keep a website line, never silently drop a line of
 * the article it is unsure of. Pure: text in, draft out.
 */
import { chromeOf, type ChromeMatch } from './chrome.ts';
import { findDate, isDateLine, type StatedDate } from './dates.ts';
import { isHeadlineLike, isRunningText, isTeaserMeta, looksLikeWebsite } from './line-shape.ts';

export interface SourceLine {
  /** 1-based line number in the original. */
  line: number;
  /** The line without surrounding whitespace, otherwise verbatim. */
  text: string;
}

export type Block =
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'heading'; text: string; line: number }
  | { type: 'list'; items: SourceLine[] }
  | { type: 'figure'; caption: string; line: number; credit?: string; slug?: string };

export type Fate =
  | 'title'
  | 'header'
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'caption'
  | 'figure-credit'
  | 'figure-tag'
  | 'dropped';

export interface LineFate extends SourceLine {
  fate: Fate;
  /** For dropped lines: the reason shown to readers. */
  reason?: string;
}

export interface DroppedLine {
  line: string;
  reason: string;
}

/** A point of provenance the text states itself. */
export interface StatedFact {
  fact: string;
  asStated: string;
}

export interface ArticleDraft {
  title: string;
  headerLines: string[];
  /** „Von Thomas Röper“, „(DPA)“; null when the text names no author or agency. */
  byline: string | null;
  /** The publication date the header states, if it states one. */
  published: StatedDate | undefined;
  blocks: Block[];
  dropped: DroppedLine[];
  provenance: StatedFact[];
  /** Every non-empty line of the original, in order, with what became of it. */
  fates: LineFate[];
  /** Lines kept in the article that may be the website's: the editor checks each (a line in doubt stays in). */
  doubts: Doubt[];
}

export interface Doubt extends SourceLine {
  /** Why the line may be the website's (English, for the editor). */
  why: string;
}

export type BlockKind = 'heading' | 'list-item' | 'caption' | 'paragraph';

/** What is known of a text before its lines are read: for a saved web page, from its markup (src/authoring/html-page.ts). */
export interface DraftHints {
  /** Lines outside the article the page marks, by line number, with the reason readers see. */
  outside?: ReadonlyMap<number, string>;
  /** What the markup says a line is, by line number. */
  kinds?: ReadonlyMap<number, BlockKind>;
  /** The line that is the headline. */
  titleLine?: number;
  /** The publication date from the page's data, with where it was stated. */
  published?: { date: StatedDate; fact: string };
  /** The author from the page's data, with where it was stated. */
  byline?: { name: string; fact: string };
}

export class DraftError extends Error {
  override name = 'DraftError';
}

/** A list bullet: „•“ and its kin, or a hyphen, asterisk or en dash followed by a space. */
export const BULLET = /^[•·▪◦‣]\s*|^[-*–]\s+/;
/** A standalone agency line: „(DPA)“, „(dpa/AFP)“, „Quelle: AFP“. */
const AGENCY_LINE = /^\((?:[A-Za-z]{2,10})(?:\s*[/,]\s*[A-Za-z]{2,10})*\)$|^Quellen?\s*:\s*(?:dpa|AFP|AP|Reuters|KNA|epd|SID|APA|SDA|dts|Xinhua|TASS|KCNA)(?:\s*[/,]\s*(?:dpa|AFP|AP|Reuters|KNA|epd|SID|APA|SDA|dts|Xinhua|TASS|KCNA))*\.?$/i;
/** „Von Thomas Röper“, „Von Thomas Röper – 19. Juni 2024“, „Autorin: …“. */
const BYLINE = /^(?:Von|Text|Autor|Autorin|By)\s*:?\s+\p{Lu}/u;
/** A line ending like a sentence (or a lead-in to a list): not a heading, not a header line. */
const SENTENCE_END = /[.!?…:;,]["'“”»«)]*$|["“”»«]$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isShortLine = (text: string) => text.length <= 120 && words(text) <= 16 && !SENTENCE_END.test(text);

/** The byline of a byline line: the name part before a date („Von Thomas Röper – 19. Juni 2024“ → „Von Thomas Röper“). */
function bylineOf(text: string, date: StatedDate | undefined): string {
  if (!date) return text;
  const before = text.slice(0, text.indexOf(date.asStated)).replace(/[\s,|–—-]+$/u, '').trim();
  return before === '' ? text : before;
}

interface Row extends SourceLine {
  blankBefore: boolean;
  blankAfter: boolean;
  chrome: ChromeMatch | undefined;
  doubt?: string;
}

function rowsOf(original: string, outside: ReadonlyMap<number, string> = new Map()): Row[] {
  const raw = original.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const rows: Row[] = [];
  raw.forEach((line, index) => {
    const text = line.trim();
    if (text === '') return;
    rows.push({
      line: index + 1,
      text,
      blankBefore: index === 0 || (raw[index - 1] ?? '').trim() === '',
      blankAfter: index === raw.length - 1 || (raw[index + 1] ?? '').trim() === '',
      chrome: chromeOf(text) ?? (outside.has(index + 1) ? { kind: 'page', reason: outside.get(index + 1)! } : undefined),
    });
  });
  markLinkLists(rows);
  return rows;
}

/** „Mehr zum Thema“, „Auch interessant:“: the label of a list of links, with nothing after it. */
const isListHead = (row: Row) => row.chrome?.kind === 'more' && /^[\s➤►▶→»>•*-]*[\p{L} -]{3,40}:?$/u.test(row.text) && row.text.split(/\s+/).length <= 6;

/**
 * Context: after a list head, a run of headline-like lines (and their dates or media labels) are the
 * titles of other articles. When running text follows the run, its last line may be the article's
 * own subheading: it stays in, in doubt.
 */
function markLinkLists(rows: Row[]): void {
  for (let index = 0; index < rows.length; index += 1) {
    const head = rows[index]!;
    if (!isListHead(head)) continue;
    const label = head.text.replace(/^[\s➤►▶→»>•*-]+|[\s:]+$/gu, '');
    let last: Row | undefined;
    let next = index + 1;
    for (; next < rows.length; next += 1) {
      const row = rows[next]!;
      if (row.chrome && !['photo-credit', 'photo-tag', 'gallery'].includes(row.chrome.kind)) continue;
      const text = row.text.replace(BULLET, '');
      if (isRunningText(text) || !(isHeadlineLike(text) || isTeaserMeta(text)) || isDateLine(text)) break;
      // A list is one block: after its first entry, a blank line ends it.
      if (last && row.blankBefore) break;
      row.chrome = { kind: 'more', reason: `Titel eines anderen Beitrags in der Liste „${label}“ der Website.` };
      last = row;
    }
    // A subheading stands apart (a blank line above it); the last link of a list follows the others directly.
    if (last && last.blankBefore && next < rows.length && !rows[next]!.chrome) {
      last.chrome = undefined;
      last.doubt = `last line of the list „${label}“, right before running text: a link, or a subheading of the article?`;
    }
    index = next - 1;
  }
}

/**
 * Context at the end: short lines after the last running text are the page's margins (link lists,
 * menus, footers) when there are two or more of them; a single one stays in, in doubt.
 */
function markTail(rows: Row[]): void {
  const isKept = (row: Row) => AGENCY_LINE.test(row.text) || BYLINE.test(row.text) || isDateLine(row.text) || CREDIT_LINE.test(row.text);
  // Readers' comments are running text too: the article ends before a comments section's heading
  // that follows running text (a comment count near the headline is no such heading).
  const firstText = rows.findIndex((row) => !row.chrome && isRunningText(row.text));
  const comments = rows.findIndex((row, index) => index > firstText && firstText >= 0 && row.chrome?.kind === 'comments' && COMMENTS_HEAD.test(row.text));
  let lastText = -1;
  rows.forEach((row, index) => {
    if (!row.chrome && (isRunningText(row.text) || isKept(row)) && (comments < 0 || index < comments)) lastText = index;
  });
  if (lastText < 0) return;
  const tail = rows.slice(lastText + 1).filter((row) => !row.chrome);
  const afterComments = (row: Row) => comments >= 0 && row.line > rows[comments]!.line;
  // A block the text introduces itself („Kontakt:“, „Pressekontakt:“, „Originalpublikation:“) stays, in doubt.
  for (let index = 0; index < tail.length; index += 1) {
    const lead = tail[index]!;
    if (!/:$/.test(lead.text) || afterComments(lead)) continue;
    const why = `after the last sentence, introduced by „${lead.text}“: the article's (a contact, a source), or the website's?`;
    lead.doubt ??= why;
    for (let next = index + 1; next < tail.length && !tail[next]!.blankBefore && tail[next]!.line === tail[next - 1]!.line + 1; next += 1) tail[next]!.doubt ??= why;
  }
  if (tail.length === 1 && !afterComments(tail[0]!)) tail[0]!.doubt ??= 'a short line after the last sentence of the text: the end of the article, or the website?';
  else {
    for (const row of tail) {
      if (row.doubt) continue;
      // A sentence, however short, may be the article's last („Diese Meldung wird aktualisiert.“): it stays, in doubt.
      if (!afterComments(row) && SENTENCE_END.test(row.text) && !/:$/.test(row.text)) {
        row.doubt = 'a short sentence after the last running text: the article\'s, or the website\'s?';
        continue;
      }
      row.chrome = afterComments(row)
        ? { kind: 'comments', reason: 'Kommentar von Leserinnen und Lesern im Kommentarbereich der Website, nicht Teil des Artikels.' }
        : { kind: 'page', reason: 'Kurze Zeile nach dem Ende des Artikeltexts, kein Satz: Linkliste, Randspalte oder Fußzeile der Website.' };
    }
  }
}

/** „Text und Foto: …“, „Fotos: …“, „Mitarbeit: …“: who made the article, at its end. */
const CREDIT_LINE = /^(Text|Texte|Foto|Fotos|Bild|Bilder|Grafik|Quelle|Quellen|Mitarbeit|Recherche|Redaktion)(\s*(und|&|\/|,)\s*(Text|Texte|Foto|Fotos|Bild|Bilder|Grafik|Recherche))*\s*:\s*\S/;
/** The heading of a comments section (not a bare count next to the headline). */
const COMMENTS_HEAD = /^(\d+\s+)?(Kommentare?|Leserkommentare|Comments?|Diskussion)(\s*\(\d+\))?$|^(Diskutieren Sie mit|Diskutiere mit)[.!:]?$|^(Neueste|Letzte|Alle|Aktuelle|Beliebteste) (Leser)?[Kk]ommentare$|^\d+ (Gedanken|Antworten|Reaktionen) zu /i;

/** Chrome a line is dropped as right away; photo lines and gallery counters depend on their neighbours. */
const isPlainChrome = (row: Row) => row.chrome !== undefined && !['photo-credit', 'photo-tag', 'gallery'].includes(row.chrome.kind);

export function draftArticle(original: string, hints: DraftHints = {}): ArticleDraft {
  const rows = rowsOf(original, hints.outside);
  if (rows.length === 0) throw new DraftError('the text is empty');
  markTail(rows);
  const fates = new Map<number, LineFate>();
  const fate = (row: SourceLine, kind: Fate, reason?: string) => fates.set(row.line, { line: row.line, text: row.text, fate: kind, ...(reason ? { reason } : {}) });
  const drop = (row: Row, reason = row.chrome?.reason ?? 'Zeile der Website, nicht Teil des Artikels.') => fate(row, 'dropped', reason);

  const headerLines: string[] = [];
  const provenance: StatedFact[] = [];
  let byline: string | null = hints.byline?.name ?? null;
  let published: StatedDate | undefined = hints.published?.date;
  if (hints.published) provenance.push({ fact: hints.published.fact, asStated: hints.published.date.asStated });
  if (hints.byline) provenance.push({ fact: hints.byline.fact, asStated: hints.byline.name });
  const header = (row: Row) => {
    headerLines.push(row.text);
    fate(row, 'header');
    const date = findDate(row.text);
    if (date && !published) published = date;
    if (BYLINE.test(row.text) && byline === null) {
      byline = bylineOf(row.text, date);
      provenance.push({ fact: date ? 'Autor und Datum' : 'Autor', asStated: row.text });
    } else if (AGENCY_LINE.test(row.text) && byline === null) {
      byline = row.text;
      provenance.push({ fact: 'Agenturkennung', asStated: row.text });
    } else if (date && !hints.published) {
      provenance.push({ fact: date.withTime ? 'Datum und Uhrzeit der Veröffentlichung' : 'Datum der Veröffentlichung', asStated: date.asStated });
    }
  };

  // The headline: the line the page marks as such, or the first line that is neither chrome, nor a
  // date, nor a kicker (Dachzeile, a word or three right above a longer line), nor a menu entry
  // (a run of short lines). Kickers and dates before it are header lines, menu entries dropped.
  let index = 0;
  let title: string | undefined;
  const likelyTitle = hints.titleLine === undefined ? headlineBeforeText(rows) : undefined;
  for (; index < rows.length && title === undefined; index += 1) {
    const row = rows[index]!;
    if (hints.titleLine !== undefined) {
      if (row.line === hints.titleLine) {
        title = row.text;
        fate(row, 'title');
      } else if (row.chrome) drop(row);
      else header(row);
    } else if (row.chrome) drop(row);
    else if (row.line === likelyTitle?.line) {
      title = row.text.replace(BULLET, '').trim();
      fate(row, 'title');
    } else if (isDateLine(row.text) || isKicker(row, rows[index + 1])) header(row);
    else if (isMenuEntry(rows, index)) drop(row, 'Menüeintrag der Website vor der Überschrift, nicht Teil des Artikels.');
    else if (isRubric(rows, index)) header(row);
    else if (likelyTitle && looksLikeWebsite(row.text)) drop(row, 'Kurze Zeile der Website vor der Überschrift, nicht Teil des Artikels.');
    else if (likelyTitle) {
      // Before the headline and neither menu nor kicker: kept in the header, for the editor to check.
      header(row);
      row.doubt ??= 'a line before the headline: a kicker or dateline of the article, or the website?';
    } else {
      title = row.text.replace(BULLET, '').trim();
      fate(row, 'title');
    }
  }
  if (title === undefined || title === '') throw new DraftError('no headline found: every line is website chrome or a date');

  // Header lines: up to the first sentence, caption or photo line.
  for (; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (isPlainChrome(row)) drop(row);
    else if (row.chrome || BULLET.test(row.text)) break;
    else if (isDateLine(row.text) || AGENCY_LINE.test(row.text) || (BYLINE.test(row.text) && row.text.length <= 120)) header(row);
    else if (isShortLine(row.text) && index + 1 < rows.length && !(rows[index + 1]!.chrome?.kind === 'photo-credit')) header(row);
    else if (headerLines.length === 0 && fates.get(row.line - 1)?.fate === 'title' && isStandfirst(rows, index)) header(row);
    else break;
  }

  // The body.
  const blocks: Block[] = [];
  /** A photo tag or credit waiting for the caption on the next line. */
  let pending: { slug?: string; credit?: string } = {};
  const nextText = (from: number) => rows.slice(from + 1).find((row) => !isPlainChrome(row));
  for (; index < rows.length; index += 1) {
    const row = rows[index]!;
    const previous = blocks.at(-1);
    const kind = row.chrome?.kind;
    if (kind === 'gallery') {
      // The lines right above a gallery counter, without a blank line between, are its captions.
      drop(row);
      for (let back = blocks.length - 1, expected = row.line - 1; back >= 0; back -= 1, expected -= 1) {
        const block = blocks[back]!;
        if (block.type !== 'paragraph' || block.line !== expected) break;
        blocks[back] = { type: 'figure', caption: block.text, line: block.line };
        fate(block, 'caption');
        if (rows.find((candidate) => candidate.line === block.line)?.blankBefore) break;
      }
    } else if (kind === 'photo-tag' || kind === 'photo-credit') {
      // A tag or credit right above a line (no blank between) belongs to that caption below; a credit
      // after a paragraph (with at most a blank line between) to that paragraph, which is a caption then.
      const attribute = kind === 'photo-tag' ? 'slug' : 'credit';
      const asFate = kind === 'photo-tag' ? 'figure-tag' : 'figure-credit';
      const fact = kind === 'photo-tag' ? 'Agentur-Bildkennung eines Fotos' : 'Bildnachweis';
      // A directive attribute can hold either kind of quotation mark, not both (src/authoring/markdown-body.ts).
      const writable = !(row.text.includes('"') && row.text.includes("'"));
      const next = rows[index + 1];
      const captionBelow = next !== undefined && !row.blankAfter && !next.chrome && !BULLET.test(next.text) && pending[attribute] === undefined;
      const captionAbove =
        kind === 'photo-credit' &&
        (previous?.type === 'paragraph' || (previous?.type === 'figure' && previous.credit === undefined)) &&
        previous.line >= row.line - 2;
      if (writable && captionBelow) {
        pending[attribute] = row.text;
      } else if (writable && captionAbove) {
        const caption = previous.type === 'figure' ? previous.caption : previous.text;
        blocks[blocks.length - 1] = { ...(previous.type === 'figure' ? previous : { type: 'figure', caption, line: previous.line }), credit: row.text };
        fate({ line: previous.line, text: caption }, 'caption');
      } else {
        drop(row);
        continue;
      }
      fate(row, asFate);
      provenance.push({ fact, asStated: row.text });
    } else if (row.chrome) {
      drop(row);
    } else if (hints.kinds?.has(row.line) && pending.slug === undefined && pending.credit === undefined) {
      // A web page says what a line is; its text is the line's, so nothing is added or lost.
      const kind = hints.kinds.get(row.line)!;
      if (kind === 'heading') blocks.push({ type: 'heading', text: row.text, line: row.line });
      else if (kind === 'caption') blocks.push({ type: 'figure', caption: row.text, line: row.line });
      else if (kind === 'list-item' && previous?.type === 'list') previous.items.push({ line: row.line, text: row.text });
      else if (kind === 'list-item') blocks.push({ type: 'list', items: [{ line: row.line, text: row.text }] });
      else blocks.push({ type: 'paragraph', text: row.text, line: row.line });
      fate(row, kind === 'caption' ? 'caption' : kind);
      if (kind === 'paragraph' && !row.doubt && looksLikeWebsite(row.text)) row.doubt = 'a short line without a sentence or function words, in the body: a line of the article, or the website?';
    } else if (pending.slug !== undefined || pending.credit !== undefined) {
      blocks.push({ type: 'figure', caption: row.text, line: row.line, ...pending });
      fate(row, 'caption');
      pending = {};
    } else if (BULLET.test(row.text)) {
      const item = { line: row.line, text: row.text.replace(BULLET, '').trim() };
      if (previous?.type === 'list' && previous.items.at(-1)!.line >= row.line - 2) previous.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
      fate(row, 'list-item');
    } else if (AGENCY_LINE.test(row.text)) {
      blocks.push({ type: 'paragraph', text: row.text, line: row.line });
      fate(row, 'paragraph');
      if (byline === null) {
        byline = row.text;
        provenance.push({ fact: 'Agenturkennung', asStated: row.text });
      }
    } else if (isShortLine(row.text) && row.blankBefore && row.blankAfter && isHeadingFollowed(nextText(index))) {
      blocks.push({ type: 'heading', text: row.text, line: row.line });
      fate(row, 'heading');
    } else {
      blocks.push({ type: 'paragraph', text: row.text, line: row.line });
      fate(row, 'paragraph');
      if (!row.doubt && looksLikeWebsite(row.text)) row.doubt = 'a short line without a sentence or function words, in the body: a line of the article, or the website?';
    }
  }
  if (pending.slug !== undefined || pending.credit !== undefined) throw new DraftError('internal: a photo tag or credit was left without its caption');
  if (!blocks.some((block) => block.type !== 'figure')) throw new DraftError('no article text found: after the headline every line is a header line, a caption or website chrome');

  const ordered = [...fates.values()].sort((a, b) => a.line - b.line);
  const lost = rows.find((row) => !fates.has(row.line));
  if (lost) throw new DraftError(`internal: line ${lost.line} („${lost.text}“) was given no place in the draft`);
  return {
    title,
    headerLines,
    byline,
    published,
    blocks,
    dropped: ordered.filter((entry) => entry.fate === 'dropped').map((entry) => ({ line: entry.text, reason: entry.reason! })),
    provenance,
    fates: ordered,
    doubts: rows.flatMap((row) => (row.doubt && fates.get(row.line)?.fate !== 'dropped' ? [{ line: row.line, text: row.text, why: row.doubt }] : [])),
  };
}

/** An entry of a menu: up to three words, no full stop, comma or colon at the end (a question mark is a menu's too: „Sendung verpasst?“). */
const isShortEntry = (row: Row | undefined) => row !== undefined && !row.chrome && words(row.text) <= 3 && !/[.,;:…]["'“”»«)]*$/.test(row.text) && !isDateLine(row.text) && !BYLINE.test(row.text);

/** A menu entry before the headline: a short line in a run of short lines, or right above the website's own lines (a site name above its breadcrumb). */
function isMenuEntry(rows: readonly Row[], index: number): boolean {
  const row = rows[index]!;
  const next = rows.slice(index + 1).find((candidate) => !candidate.chrome);
  // A site's name with its slogan between bars, above the menu („Stadtanzeiger | Ihre Zeitung vor Ort“).
  if (/\s[|·]\s/.test(row.text) && isShortEntry(next)) return true;
  if (!isShortEntry(row)) return false;
  if (rows[index + 1]?.chrome && rows[index + 1]!.line === row.line + 1) return true;
  const previous = rows.slice(0, index).reverse().find((candidate) => !candidate.chrome);
  return isShortEntry(previous) || isShortEntry(next);
}

/**
 * The headline of a plain text, by its place: the last headline-like line of three words or more
 * before the first running text (dates, bylines and kickers stand between them; menus and the site's
 * own lines come before). Lines of one or two words count when there is no longer one. Undefined
 * when nothing before the first sentence qualifies: then the first line that is no chrome, date,
 * kicker or menu entry is the headline.
 */
function headlineBeforeText(rows: readonly Row[]): Row | undefined {
  const first = rows.findIndex((row) => !row.chrome && isRunningText(row.text));
  const before = rows.slice(0, first < 0 ? rows.length : first).filter(
    // A line stating a date is a dateline, not a headline.
    (row) => !row.chrome && !findDate(row.text) && !BYLINE.test(row.text) && !AGENCY_LINE.test(row.text) && isHeadlineLike(row.text.replace(BULLET, '')) && !/…$|\.\.\.$/.test(row.text),
  );
  const chosen = before.filter((row) => words(row.text) >= 3).at(-1) ?? before.at(-1);
  // A copied page may repeat the headline (the browser's title bar, a kicker run into it): the first is the headline.
  return before.find((row) => chosen !== undefined && commonSuffix(row.text, chosen.text) >= 20) ?? chosen;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

/** A standfirst: the sentence or two right below the headline, when a byline or date line follows it within three lines. */
function isStandfirst(rows: readonly Row[], index: number): boolean {
  const following = rows.slice(index + 1, index + 4).filter((row) => !row.chrome);
  const at = following.findIndex((row) => isDateLine(row.text) || BYLINE.test(row.text) || /^(Aus|In)\s+\p{Lu}\S*\s+(berichtet|berichten)\s+\p{Lu}/u.test(row.text));
  return rows[index]!.text.length <= 300 && at >= 0 && following.slice(0, at).every((row) => !isRunningText(row.text));
}

/** A rubric above the headline, with a blank line between: a word or two, the headline the next line. */
function isRubric(rows: readonly Row[], index: number): boolean {
  const row = rows[index]!;
  const next = rows[index + 1];
  return words(row.text) <= 2 && !SENTENCE_END.test(row.text) && next !== undefined && !next.chrome && words(next.text) > 2 && isHeadlineLike(next.text) && !isDateLine(next.text);
}

/** A kicker above the headline: at most three words without punctuation, the headline on the very next line. */
function isKicker(row: Row, next: Row | undefined): boolean {
  return (
    next !== undefined &&
    next.line === row.line + 1 &&
    !next.chrome &&
    !isDateLine(next.text) &&
    words(row.text) <= 3 &&
    // Above a headline, not above the next entry of a menu.
    words(next.text) > 3 &&
    !/[.!?:;,…]$/.test(row.text) &&
    words(next.text) > words(row.text)
  );
}

/** A subheading is followed by running text, not by another short line or the end. */
function isHeadingFollowed(next: Row | undefined): boolean {
  return next !== undefined && !next.chrome && !BULLET.test(next.text) && !isShortLine(next.text);
}
