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
 * about the other event report it too, how many.
 */
export function coverageSentence(reported: number, ofEvent: number, topic: string, elsewhere = 0): string {
  const verb = reported === 1 ? 'berichtet' : 'berichten';
  const main = `${reported} von ${ofEvent} Texten ${topic} ${verb} das.`;
  if (elsewhere === 0) return main;
  return `${main} Außerdem ${elsewhere === 1 ? 'berichtet es 1 Text' : `berichten es ${elsewhere} Texte`} zum anderen Ereignis.`;
}
