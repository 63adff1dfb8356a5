/**
 * The review of shared substance: what two texts of a story both say and no
 * claim quotes yet. Every passage of one text is scored against every passage
 * of another text of its story with the one scoring of „looks like“
 * (scorePassages, src/review/absences.ts): German-stemmed words shared,
 * compounds included, each weighted by how rare it is among the story's
 * passages. Numbers ("24", "2019"), which that scoring leaves out, count here
 * too, weighted the same way: two texts giving the same figure most likely
 * report the same fact.
 *
 * A pair of passages is covered when one claim quotes both; the rest above
 * the thresholds is listed, highest score first, each with a title built from
 * its heaviest shared words, for an editor to write as a claim
 * (`npm run claim:add`) or to pass over. Pure: corpus in, findings out; the
 * build writes the report for `npm run review`. Quadratic in the passages of
 * one story, never across stories: a story's findings depend on its own
 * texts and claims alone.
 */
import { findQuote } from '../text/quote-match.ts';
import { indexPassages, passageProfile, round, scorePassages, type ReviewCorpus, type ReviewText } from './absences.ts';

export interface SharedOptions {
  /** Least summed weight of the shared words and numbers. */
  minScore: number;
  /** Least number of distinct shared words and numbers. */
  minTerms: number;
  /** Words and numbers in more than this share of the story's passages are ignored. */
  maxShare: number;
}

/** Tuned on the real five texts with the audit's list kept apart (docs/authoring.md, „Gemeinsame Aussagen finden“). */
export const SHARED_OPTIONS: SharedOptions = { minScore: 9, minTerms: 4, maxShare: 0.2 };

export interface SharedSide {
  /** The text's id. */
  text: string;
  /** `absatz-N`. */
  passage: string;
  /** The passage's text. */
  content: string;
}

export interface SharedFinding {
  /** The story's id ('' when the corpus names none). */
  story: string;
  /** The earlier text of the pair (in the corpus's order) and its passage. */
  a: SharedSide;
  b: SharedSide;
  /** Summed weight of the shared words and numbers, rounded to one decimal. */
  score: number;
  /** The shared words as they stand in passage b, and the shared numbers, heaviest first. */
  words: string[];
  /** A title to start from, made of the heaviest shared words: to be rewritten in the editor's own words. */
  title: string;
  /** An id for `npm run claim:add`, from the same words. */
  id: string;
}

export interface SharedResult {
  /** Pairs of passages compared. */
  compared: number;
  /** Pairs above the thresholds that a claim already quotes. */
  covered: number;
  /** Pairs above the thresholds that no claim quotes, highest score first. */
  findings: SharedFinding[];
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers of a passage, each once. */
const numbersOf = (text: string): Set<string> => new Set([...text.matchAll(NUMBER)].map(([number]) => number));

/** Groups texts and claims by story, keeping the corpus's order. */
function byStory(corpus: ReviewCorpus): Map<string, { texts: ReviewText[]; claims: ReviewCorpus['claims'][number][] }> {
  const stories = new Map<string, { texts: ReviewText[]; claims: ReviewCorpus['claims'][number][] }>();
  const of = (story: string | undefined) => {
    const key = story ?? '';
    let entry = stories.get(key);
    if (!entry) stories.set(key, (entry = { texts: [], claims: [] }));
    return entry;
  };
  for (const text of corpus.texts) of(text.story).texts.push(text);
  for (const claim of corpus.claims) of(claim.story).claims.push(claim);
  return stories;
}

/** `text:passage` keys of the pairs that one claim quotes. */
function coveredPairs(texts: readonly ReviewText[], claims: ReviewCorpus['claims']): Set<string> {
  const passagesOf = new Map(texts.map((text) => [text.id, text.passages]));
  const covered = new Set<string>();
  for (const claim of claims) {
    const quoted = claim.cells.flatMap((cell) =>
      cell.status !== 'reported'
        ? []
        : (passagesOf.get(cell.article) ?? [])
            .filter((passage) => cell.quotes.some((quote) => findQuote(passage.text, quote).length > 0))
            .map((passage) => `${cell.article}:${passage.id}`),
    );
    for (const first of quoted) for (const second of quoted) covered.add(`${first}|${second}`);
  }
  return covered;
}

/** A lowercase id of the words: letters a-z and digits, umlauts spelled out. */
function slug(words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The shared substance of every story of the corpus. */
export function reviewShared(corpus: ReviewCorpus, options: Partial<SharedOptions> = {}): SharedResult {
  const { minScore, minTerms, maxShare } = { ...SHARED_OPTIONS, ...options };
  const result: SharedResult = { compared: 0, covered: 0, findings: [] };
  for (const [story, { texts, claims }] of byStory(corpus)) {
    const index = indexPassages(texts, maxShare);
    const all = texts.flatMap((text) => text.passages);
    const numberCount = new Map<string, number>();
    for (const passage of all) for (const number of numbersOf(passage.text)) numberCount.set(number, (numberCount.get(number) ?? 0) + 1);
    const numberWeight = (number: string) => {
      const count = numberCount.get(number) ?? 1;
      return count > maxShare * all.length ? 0 : Math.log(all.length / count);
    };
    const covered = coveredPairs(texts, claims);
    texts.forEach((first, position) => {
      for (const second of texts.slice(position + 1)) {
        for (const passage of first.passages) {
          const numbers = numbersOf(passage.text);
          for (const scored of scorePassages(index, second.id, passageProfile(passage.text))) {
            result.compared += 1;
            const sharedNumbers = [...numbersOf(scored.text)].filter((number) => numbers.has(number) && numberWeight(number) > 0);
            const score = scored.score + sharedNumbers.reduce((sum, number) => sum + numberWeight(number), 0);
            const words = [...scored.words, ...sharedNumbers];
            if (score < minScore || words.length < minTerms) continue;
            if (covered.has(`${first.id}:${passage.id}|${second.id}:${scored.passage}`)) {
              result.covered += 1;
              continue;
            }
            // The title's words in the order they stand in the passage, so it reads as a phrase.
            const heaviest = scored.words.slice(0, 3);
            const inOrder = heaviest.sort((x, y) => scored.text.indexOf(x) - scored.text.indexOf(y));
            result.findings.push({
              story,
              a: { text: first.id, passage: passage.id, content: passage.text },
              b: { text: second.id, passage: scored.passage, content: scored.text },
              score: round(score),
              words,
              title: inOrder.join(', '),
              id: slug(inOrder),
            });
          }
        }
      }
    });
  }
  result.findings.sort((x, y) => y.score - x.score || x.story.localeCompare(y.story));
  return result;
}

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** The review of shared substance as plain text, for `npm run review`. */
export function formatShared(result: SharedResult): string {
  const lines = [
    'Shared substance no claim quotes yet (pairs of passages of two texts of a story)',
    `${result.compared} pairs of passages compared, ${result.findings.length + result.covered} alike, ` +
      `${result.covered} quoted by one claim, ${result.findings.length} not quoted by any claim.`,
  ];
  result.findings.forEach((finding, index) => {
    lines.push(
      '',
      `${index + 1}. score ${finding.score}${finding.story ? ` · story ${finding.story}` : ''} · shared: ${finding.words.join(', ')}`,
      `   ${finding.a.text} ${finding.a.passage}: „${excerpt(finding.a.content)}“`,
      `   ${finding.b.text} ${finding.b.passage}: „${excerpt(finding.b.content)}“`,
      `   suggested title (from the shared words; write it in your own words, no text's wording): ${finding.title}`,
      `   npm run claim:add -- ${finding.story || '<story>'} ${finding.id || '<id>'} --title "…"`,
    );
  });
  return `${lines.join('\n')}\n`;
}
