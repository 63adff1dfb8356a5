/**
 * A title in German quotation marks, once. A short title that is itself a
 * quotation („Heiliger Kampf“) keeps its own marks instead of getting a second
 * pair („„Heiliger Kampf““); a title that quotes words inside it gets the
 * German marks for a quote within a quote there: „Kims Zusage ‚volle
 * Unterstützung‘“, not „Kims Zusage „volle Unterstützung““.
 */
export function quoted(title: string): string {
  const text = title.trim();
  if (/^„[^„“]*“$/.test(text)) return text;
  return `„${text.replace(/„([^„“]*)“/g, '‚$1‘')}“`;
}
