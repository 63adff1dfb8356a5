/** German formatting for dates and counts, the same on every page. */

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 19. Juni 2024 */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** 2024-06-19, for <time datetime> and data exports. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "1 von 3 Texten zum Vertrag von Pjöngjang berichtet das." plus, where texts
 * about another event of the story report it too, how many, and how many
 * texts appeared before the event and so cannot report it.
 */
export function coverageSentence(reported: number, ofEvent: number, topic: string, elsewhere = 0, notApplicable = 0): string {
  const verb = reported === 1 ? 'berichtet' : 'berichten';
  const sentences = [`${reported} von ${ofEvent} ${ofEvent === 1 ? 'Text' : 'Texten'} ${topic} ${verb} das.`];
  if (elsewhere > 0) {
    sentences.push(`Außerdem ${elsewhere === 1 ? 'berichtet es 1 Text' : `berichten es ${elsewhere} Texte`} zu einem anderen Ereignis.`);
  }
  if (notApplicable > 0) {
    sentences.push(`${notApplicable === 1 ? '1 Text erschien' : `${notApplicable} Texte erschienen`} vor dem Ereignis.`);
  }
  return sentences.join(' ');
}

/** A number with its noun in the right German form: „1 Text“, „5 Texte“; `many` for 0 too („0 Texte“). */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
