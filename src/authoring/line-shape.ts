/**
 * The shape of a line, as jusText judges paragraphs (Pomikálek 2011): running
 * text is long, ends like a sentence and is full of function words („der“,
 * „und“, „nicht“); website lines (menus, teasers, buttons, labels) are short,
 * end without sentence punctuation and carry few function words. The draft
 * (src/authoring/draft-article.ts) uses the shape with the line's context: a
 * run of headline-like lines after „Mehr zum Thema“ is a link list, short
 * lines after the last running text are the page's margins. Pure.
 */

/** German function words (articles, pronouns, prepositions, conjunctions, auxiliaries): frequent in sentences, rare in menus. */
const FUNCTION_WORDS = new Set(
  (
    'der die das den dem des ein eine einer einen einem eines und oder aber doch sondern denn weil dass ob wenn als wie ' +
    'in im ins an am auf aus bei mit nach seit von vom zu zum zur für gegen ohne um über unter vor hinter neben zwischen durch bis ' +
    'ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien kann können soll sollen muss müssen will wollen ' +
    'er sie es wir ihr ich du man sich ihm ihn ihnen ihre ihrer ihren sein seine seiner seinen nicht kein keine auch noch schon nur ' +
    'so sehr dann dort hier da nun jetzt wieder mehr sowie zudem bereits rund etwa'
  ).split(' '),
);

const wordsOf = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word));

/** The share of words in `text` that are function words (0 for a line without words). */
export function functionWordShare(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  return words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))).length / words.length;
}

/** Ends like a sentence: a full stop, question or exclamation mark, ellipsis, or a closing quotation mark after one. */
const SENTENCE_END = /[.!?…]["'“”»«)]*$|["“”»«]$/;

/** Running text: a sentence of eight words or more that ends like one. */
export const isRunningText = (text: string) => wordsOf(text).length >= 8 && SENTENCE_END.test(text);

/**
 * A headline of a teaser or link: two to sixteen words, at most 120 characters, not ending in a
 * full stop, comma or colon (a question or exclamation mark is a headline's too).
 */
export const isHeadlineLike = (text: string) => {
  const count = wordsOf(text).length;
  return count >= 1 && count <= 16 && text.length <= 120 && !/[.,;:…]["'“”»«)]*$/.test(text);
};

/** A line of a teaser list that is no headline: a date, an age („vor 3 Stunden“), a media label. */
export const isTeaserMeta = (text: string) => /^(vor \d+ (Minuten?|Stunden?|Tagen)|\d{1,2}\.\d{1,2}\.(\d{2,4})?(,? \d{1,2}[:.]\d{2}( Uhr)?)?|\d{1,2}[:.]\d{2}( Uhr)?|Video|Audio|Podcast|Bildergalerie|Galerie|Liveblog|Kommentar|Analyse|Interview|Plus|Exklusiv|Anzeige|\d+ Min\.?( Lesezeit)?|\d+:\d{2} Min\.?)$/i.test(text);

/** Looks like a website line by its shape: at most six words, no sentence end, few function words. */
export const looksLikeWebsite = (text: string) => wordsOf(text).length <= 6 && !SENTENCE_END.test(text) && functionWordShare(text) < 0.2;
