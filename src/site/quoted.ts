/**
 * A title in German quotation marks, once: a short title that is itself a
 * quotation („Heiliger Kampf“) keeps its own marks instead of getting a second
 * pair („„Heiliger Kampf““).
 */
export function quoted(title: string): string {
  const text = title.trim();
  return /^„[^„“]*“$/.test(text) ? text : `„${text}“`;
}
