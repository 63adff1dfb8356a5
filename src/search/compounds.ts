/**
 * German compounds split for the search index: „Militärsatelliten“ is
 * indexed as the whole word and as „Militär“ and „Satelliten“, so a reader
 * searching „Satelliten“ finds it (Pagefind already finds a word by its start,
 * so only parts after the first need this). Used at build time by
 * src/integrations/pagefind.ts on the text Pagefind reads; the pages keep
 * their words as written.
 *
 * A word is split only where the German hyphenation patterns (the `hyphen`
 * package, as in src/site/hyphenate.ts) allow a break and every part is a
 * German word of the lexicon: „Mi-li-tär-sa-tel-li-ten“ becomes
 * „Militär|satelliten“, never „Mili|tärsatelliten“. Pure: the lexicon is passed in.
 */
import de from 'hyphen/de-1996/index.js';
import { COMPOUND_MARK } from './compound-marks.ts';

/** Shorter words are not split: two parts of at least MIN_PART letters each. */
export const MIN_COMPOUND_LENGTH = 8;
/** The shortest part, linking „s“ included („Kampf|tag“ is too short to matter, „Raum|fahrt“ is not). */
export const MIN_PART = 4;
/**
 * Endings a part may carry beyond its lexicon form: inflection („Satelliten“
 * for „Satellit“) and the linking elements of compounds („Verteidigungs-“,
 * „Bundes-“, „Sonnen-“).
 */
const ENDINGS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns', 'ens'];
/**
 * Lexicon words that end German words as suffixes, not as parts: „Partnerschaft“
 * is not a „Schaft“, „gemeinsamen“ holds no „Samen“.
 */
const NOT_A_PART = new Set(['schaft', 'schaften', 'tum', 'heit', 'keit', 'ling', 'lich', 'nis', 'ung', 'ungen', 'samen', 'same', 'haft', 'haften']);

/** The lexicon: German words (stems), lower case. */
export type Lexicon = ReadonlySet<string>;

/** The words of a Hunspell `.dic` file (one `word/FLAGS` a line, the first line a count), lower case. */
export function lexiconFromHunspell(dic: string): Set<string> {
  const words = new Set<string>();
  for (const line of dic.split('\n')) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (/^\p{L}{3,}$/u.test(word)) words.add(word.toLowerCase());
  }
  return words;
}

function isPart(part: string, lexicon: Lexicon): boolean {
  if (part.length < MIN_PART) return false;
  return ENDINGS.some((ending) => {
    if (!part.endsWith(ending) || part.length - ending.length < 3) return false;
    const stem = part.slice(0, part.length - ending.length);
    if (NOT_A_PART.has(stem)) return false;
    return lexicon.has(stem) || derived(stem).some((base) => lexicon.has(base));
  });
}

/**
 * Lexicon forms a word may be derived from, where the lexicon (Hunspell's
 * stems) leaves the derivation to its affix rules: „Lieferung“ from
 * „liefern“, „Ministerin“ from „Minister“.
 */
function derived(stem: string): string[] {
  const out: string[] = [];
  if (stem.endsWith('ung') && stem.length > 6) out.push(`${stem.slice(0, -3)}en`, `${stem.slice(0, -3)}n`);
  if (stem.endsWith('in') && stem.length > 6) out.push(stem.slice(0, -2));
  return out;
}

/** Where the hyphenation patterns allow a break in `word`, as offsets. */
function breaks(word: string): number[] {
  const marked = de.hyphenateSync(word, { hyphenChar: '\u00AD', minWordLength: MIN_COMPOUND_LENGTH });
  const out: number[] = [];
  let offset = 0;
  for (const char of marked) {
    if (char === '\u00AD') out.push(offset);
    else offset += char.length;
  }
  return out;
}

/**
 * The parts of a compound, or the word alone when it is none: fewest parts
 * first, so „Raumfahrtzentrum“ is „Raumfahrt|zentrum“ if the lexicon knows
 * „Raumfahrt“, else „Raum|fahrt|zentrum“.
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  if (word.length < MIN_COMPOUND_LENGTH || !/^\p{L}+$/u.test(word)) return [word];
  const lower = word.toLowerCase();
  const points = [0, ...breaks(word), word.length];
  // best[i]: the fewest parts covering word[points[i]..]; undefined when none does.
  const best: (number[] | undefined)[] = new Array(points.length);
  best[points.length - 1] = [];
  for (let i = points.length - 2; i >= 0; i--) {
    for (let j = i + 1; j < points.length; j++) {
      const rest = best[j];
      if (!rest) continue;
      if (i === 0 && j === points.length - 1) continue; // the whole word is not a split
      if (!isPart(lower.slice(points[i], points[j]), lexicon)) continue;
      const candidate = [points[j] as number, ...rest];
      if (!best[i] || candidate.length < (best[i] as number[]).length) best[i] = candidate;
    }
  }
  const cuts = best[0];
  if (!cuts || cuts.length < 2) return [word];
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(word.slice(start, cut));
    start = cut;
  }
  return parts;
}

/**
 * Text with a COMPOUND_MARK between the parts of each compound
 * („Militär~satelliten“), for the index only. Soft hyphens, which some
 * headings carry for narrow columns, are dropped first.
 */
export function markCompounds(text: string, lexicon: Lexicon, cache = new Map<string, string>()): string {
  return text.replace(/\u00AD/g, '').replace(/\p{L}{8,}/gu, (word) => {
    let marked = cache.get(word);
    if (marked === undefined) {
      marked = splitCompound(word, lexicon).join(COMPOUND_MARK);
      cache.set(word, marked);
    }
    return marked;
  });
}
