/**
 * The review of „nicht erwähnt“: for every not-mentioned cell, the passages of
 * that text that look like the claim. "Look like" is German-stemmed word
 * overlap with the claim's title and description and with its quotes in the
 * other texts, each shared word weighted by how rare it is among the passages
 * of the claim's story (inverse passage frequency), so names that every text
 * repeats count little, and another story's texts change nothing.
 *
 * A flagged passage is resolved when the cell lists it under `reviewed` with a
 * reason, or when the cell quotes it (then it is reported, and not checked).
 * That every `reviewed` entry names a passage of its text is checked when the
 * corpus is derived (src/corpus/corpus.ts), so the input here is valid.
 * Pure: corpus in, findings out; the build (src/data/corpus.ts) logs the
 * warnings, `npm run review` prints the whole report.
 */
import { stemmer } from '@orama/stemmers/german';
import type { ContentProblem } from '../schemas/errors.ts';

export interface ReviewPassage {
  /** `absatz-N`. */
  id: string;
  text: string;
}

export interface ReviewText {
  id: string;
  /** Its story: words are weighed among the story's passages alone. Texts without one form one story. */
  story?: string;
  passages: readonly ReviewPassage[];
}

/** A passage an editor has read against the claim, with why it does not state it. */
export interface ReviewedPassage {
  passage: string;
  reason: string;
}

export interface ReviewCell {
  /** The text's id. */
  article: string;
  status: 'reported' | 'not-mentioned';
  /** The cell's quotes (reported cells). */
  quotes: readonly string[];
  /** Passages read and found not to count (not-mentioned cells). */
  reviewed: readonly ReviewedPassage[];
  /** The text appeared before the claim's event, so it cannot report it: not checked. */
  beforeEvent?: boolean;
}

export interface ReviewClaim {
  id: string;
  /** Its story: its cells are compared with the story's passages alone. */
  story?: string;
  /** The claim's file, for warnings. */
  file: string;
  title: string;
  description: string;
  cells: readonly ReviewCell[];
}

export interface ReviewCorpus {
  texts: readonly ReviewText[];
  claims: readonly ReviewClaim[];
}

export interface ReviewOptions {
  /** Least summed weight of the shared words for a passage to be flagged. */
  minScore: number;
  /** Least number of distinct shared words. */
  minTerms: number;
  /**
   * Words in more than this share of all passages are ignored: in five texts about Putin and
   * Kim, "Putin", "Russland" or "Besuch" say nothing about which claim a passage states.
   */
  maxShare: number;
}

/** Tuned on the real five texts (docs/authoring.md, „Nicht erwähnt“ prüfen): few false alarms, no known miss. */
export const DEFAULT_OPTIONS: ReviewOptions = { minScore: 6, minTerms: 3, maxShare: 0.2 };

export interface PassageMatch {
  passage: string;
  text: string;
  /** Summed weight of the shared words, rounded to one decimal. */
  score: number;
  /** The shared words as they stand in the passage, heaviest first. */
  words: string[];
  /** The editor's reason, when the cell lists this passage under `reviewed`. */
  reviewed?: string;
}

export interface CellFinding {
  claim: string;
  file: string;
  article: string;
  /** The passages that look like the claim, highest score first. */
  matches: PassageMatch[];
  /** Every match is listed under `reviewed`. */
  resolved: boolean;
}

export interface ReviewResult {
  /** Not-mentioned cells checked. */
  checked: number;
  /** Not-mentioned cells of texts that appeared before the claim's event. */
  skipped: number;
  /** Checked cells with at least one passage that looks like the claim. */
  findings: CellFinding[];
  /** A flagged cell with an unreviewed passage: file and field named. */
  warnings: ContentProblem[];
}

/**
 * Function words; the words our descriptions use about texts rather than about
 * the world ("Der Text berichtet, dass …", "die Anmerkung sagt …"); weekdays,
 * first names and titles, which say who or when but not what.
 */
const STOPWORDS = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beide beiden
  beider beim bereits bis bisher bzw da dabei dadurch dafür damit dann daran darauf darin darüber das
  dass dem den denen denn der deren des dessen die dies diese diesem diesen dieser dieses doch dort
  durch ein eine einem einen einer eines einmal er es etwa etwas euch für gegen gegenüber hat hatte
  hätte haben habe hier ihm ihn ihr ihre ihrem ihren ihrer im in ins ist jede jedem jeden jeder jedes
  jedoch jene jetzt kann kein keine keinem keinen keiner können könnte man mehr mit muss nach nicht
  nichts noch nun nur ob oder ohne seit sein seine seinem seinen seiner sich sie sind so soll sollte
  sollen sowie über um und uns unter vom von vor war waren wird wie wieder will wir wird würde würden
  zu zum zur zwischen sei seien werden wurde worden wenn was wer wen wem wo weil wegen während weiter
  weitere weiteren weiterer anderem anderer anderes allerdings tatsächlich insbesondere besonders sehr
  schon immer bereits zudem überdies außerdem demnach damals heute nun dabei deshalb deswegen also
  sagte sagten erklärte hinzu fügte ihnen ihrer seines ihres unserer unsere unser einst etwa rund
  montag dienstag mittwoch donnerstag freitag samstag sonntag wladimir jong jung präsident präsidenten
  kremlchef machthaber staatschef staatschefs staatsoberhaupt staatsoberhäupter treffen gipfel
  gipfels gipfeltreffen gipfeltreffens gespräch gespräche gesprächen kommen kam sprach bezeichnete
  bezeichnet nannte bilden falle fall sicht
  text texte textes texten berichtet berichten bericht sagt sagen gesagt nennt nennen genannt gilt
  anmerkung ereignis ereignisse ereignisses eigenen eigene worten wortes zitat zitaten zählt zählen
  genügt siehe welche welches welcher ausdrücklich dargestellt darstellt gibt wieder wiedergabe`.split(/\s+/),
);

/** The two countries, their capitals and leaders: in every text, so they tell no claim from another. */
const ACTORS = /^(nordkorea|russland|russisch|moskau|pjöngjang|kreml|putin|kim$|kims$)/;

const WORD = /[\p{L}\p{N}]+/gu;

export interface Token {
  stem: string;
  /** The word as it stands in the text. */
  word: string;
  /** Lowercased, for finding one word inside a compound. */
  lower: string;
}

/** Words of a German text, lowercased and stemmed; stopwords and words under three letters dropped. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || ACTORS.test(lower) || /^\d+$/.test(lower)) continue;
    out.push({ stem: stemmer(lower), word, lower });
  }
  return out;
}

/** A word the claim is recognised by; words only in other texts' quotes weigh half. */
export interface ProfileTerm {
  stem: string;
  lower: string;
  factor: 1 | 0.5;
}

/** Shortest word that is looked for inside a compound ("Krieg" in "Angriffskrieg"). */
const MIN_PART = 5;

/** The same word, or one inside the other as part of a compound ("Waffen", "Waffenverkäufe"). */
function sameWord(token: Token, term: ProfileTerm): boolean {
  if (token.stem === term.stem) return true;
  if (term.lower.length >= MIN_PART && token.lower.includes(term.lower)) return true;
  return token.lower.length >= MIN_PART && term.lower.includes(token.lower);
}

/**
 * The words a claim is recognised by: its title, its description without the
 * sentences that say what does not count (those were decided when the claim
 * was written) and without references to other claims, and, at half weight,
 * its quotes in the other texts, which also carry incidental words.
 */
export function claimProfile(claim: ReviewClaim, article: string): ProfileTerm[] {
  const description = claim.description
    .replace(/\(siehe „[^“]*“\)/g, ' ')
    .replace(/:aussage\{#[^}]*\}/g, ' ')
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => !/\b(zählt|zählen|genügt|gilt)\b[^.]*\bnicht\b|\bnicht\b[^.]*\b(zählt|zählen|genügt)\b/.test(sentence))
    .join(' ');
  const quotes = claim.cells.filter((cell) => cell.article !== article && cell.status === 'reported').flatMap((cell) => cell.quotes);
  const terms = new Map<string, ProfileTerm>();
  for (const token of tokens(`${claim.title} ${description}`)) terms.set(token.stem, { stem: token.stem, lower: token.lower, factor: 1 });
  for (const token of quotes.flatMap(tokens)) {
    if (!terms.has(token.stem)) terms.set(token.stem, { stem: token.stem, lower: token.lower, factor: 0.5 });
  }
  return [...terms.values()];
}

/**
 * The words a passage is recognised by, each once: to score the passages of another text
 * against it (the review of shared substance, src/review/shared.ts).
 */
export function passageProfile(text: string): ProfileTerm[] {
  const terms = new Map<string, ProfileTerm>();
  for (const token of tokens(text)) if (!terms.has(token.stem)) terms.set(token.stem, { stem: token.stem, lower: token.lower, factor: 1 });
  return [...terms.values()];
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A passage with its words, read once for every claim it is scored against. */
interface IndexedPassage extends ReviewPassage {
  tokens: Token[];
}

/**
 * The passages of a corpus, ready to be scored: each text's passages with their words, and the
 * weight of a claim word, its inverse passage frequency over the whole corpus (a word in every
 * passage weighs nothing; words in more than `maxShare` of all passages are ignored).
 */
export interface PassageIndex {
  passages: ReadonlyMap<string, readonly IndexedPassage[]>;
  weight: (term: ProfileTerm) => number;
}

export function indexPassages(texts: readonly ReviewText[], maxShare: number = DEFAULT_OPTIONS.maxShare): PassageIndex {
  const passages = new Map(texts.map((text) => [text.id, text.passages.map((passage) => ({ ...passage, tokens: tokens(passage.text) }))]));
  const all = [...passages.values()].flat();
  const frequency = new Map<string, number>();
  for (const passage of all) {
    for (const stem of new Set(passage.tokens.map((token) => token.stem))) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const weight = (term: ProfileTerm) => {
    const count = frequency.get(term.stem) ?? 1;
    return count > maxShare * all.length ? 0 : term.factor * Math.log(all.length / count);
  };
  return { passages, weight };
}

/** How much one passage looks like a claim. */
export interface PassageScore {
  passage: string;
  text: string;
  /** Summed weight of the shared words, unrounded. */
  score: number;
  /** The shared words as they stand in the passage, heaviest first. */
  words: string[];
}

/**
 * Every passage of one text scored against a claim profile (claimProfile), in
 * document order (a passage sharing no weighted word scores 0). The one
 * scoring of „looks like the claim“: the review flags the passages above its
 * thresholds, `npm run claim:add` and `text:add` suggest the best ones
 * (src/authoring/claim.ts).
 */
export function scorePassages(index: PassageIndex, article: string, profile: readonly ProfileTerm[]): PassageScore[] {
  const scores: PassageScore[] = [];
  // The claim words that weigh anything, heaviest first (a stable sort: of equal weights the
  // earlier in the profile first), each weighed once rather than once per word of every passage.
  const terms = profile
    .map((term) => ({ term, weight: index.weight(term) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  for (const passage of index.passages.get(article) ?? []) {
    // Each word of the passage counts once, with the heaviest claim word it matches.
    const best = new Map<string, { word: string; weight: number }>();
    for (const token of passage.tokens) {
      if (best.has(token.lower)) continue;
      const match = terms.find(({ term }) => sameWord(token, term));
      if (match) best.set(token.lower, { word: token.word, weight: match.weight });
    }
    const weighted = [...best.values()].sort((a, b) => b.weight - a.weight);
    scores.push({
      passage: passage.id,
      text: passage.text,
      score: weighted.reduce((sum, { weight }) => sum + weight, 0),
      words: weighted.map(({ word }) => word),
    });
  }
  return scores;
}

export function reviewAbsences(corpus: ReviewCorpus, options: Partial<ReviewOptions> = {}): ReviewResult {
  const { minScore, minTerms, maxShare } = { ...DEFAULT_OPTIONS, ...options };
  // Per story: a word's weight is its rarity among the story's own passages, so adding a story
  // changes no other story's review.
  const texts = Map.groupBy(corpus.texts, (text) => text.story ?? '');
  const indexes = new Map<string, PassageIndex>();
  const indexOf = (story: string) => {
    let index = indexes.get(story);
    if (!index) indexes.set(story, (index = indexPassages(texts.get(story) ?? [], maxShare)));
    return index;
  };

  const result: ReviewResult = { checked: 0, skipped: 0, findings: [], warnings: [] };
  for (const claim of corpus.claims) {
    const index = indexOf(claim.story ?? '');
    for (const cell of claim.cells) {
      if (cell.status !== 'not-mentioned') continue;
      const field = `cells.${cell.article}`;
      const reviewed = new Map(cell.reviewed.map((entry) => [entry.passage, entry.reason]));
      if (cell.beforeEvent) {
        result.skipped += 1;
        continue;
      }
      result.checked += 1;
      const matches: PassageMatch[] = scorePassages(index, cell.article, claimProfile(claim, cell.article))
        .filter(({ score, words }) => score >= minScore && words.length >= minTerms)
        .map(({ passage, text, score, words }) => {
          const reason = reviewed.get(passage);
          return { passage, text, score: round(score), words, ...(reason === undefined ? {} : { reviewed: reason }) };
        });
      if (matches.length === 0) continue;
      matches.sort((a, b) => b.score - a.score);
      const open = matches.filter((match) => match.reviewed === undefined);
      result.findings.push({ claim: claim.id, file: claim.file, article: cell.article, matches, resolved: open.length === 0 });
      if (open.length > 0) {
        result.warnings.push({
          file: claim.file,
          field,
          message:
            `not-mentioned, but ${open.map((match) => match.passage).join(', ')} ${open.length === 1 ? 'looks' : 'look'} like the claim ` +
            `(${open.map((match) => `${match.passage}: ${match.words.slice(0, 5).join(', ')}`).join('; ')}): ` +
            `quote it, or list it under ${field}.reviewed with the reason it does not count`,
        });
      }
    }
  }
  return result;
}

/** One line: how many cells were checked, skipped, flagged and resolved. */
export function reviewSummary(result: ReviewResult): string {
  const flagged = result.findings.length;
  const resolved = result.findings.filter((finding) => finding.resolved).length;
  return (
    `${result.checked} not-mentioned cells checked, ${result.skipped} skipped (text appeared before the claim's event), ` +
    `${flagged} flagged, ${resolved} resolved, ${flagged - resolved} unresolved`
  );
}

/** The whole review as plain text, for `npm run review`. */
export function formatReport(result: ReviewResult): string {
  const lines = ['Review of „nicht erwähnt“ (not-mentioned cells)', `${reviewSummary(result)}.`];
  for (const finding of result.findings) {
    lines.push('', `${finding.resolved ? 'resolved  ' : 'UNRESOLVED'} ${finding.file} → cells.${finding.article}`);
    for (const match of finding.matches) {
      const excerpt = match.text.length > 160 ? `${match.text.slice(0, 159)}…` : match.text;
      lines.push(`  ${match.passage} (score ${match.score}; ${match.words.join(', ')})`, `    „${excerpt}“`);
      lines.push(match.reviewed === undefined ? '    → not reviewed' : `    → reviewed: ${match.reviewed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
