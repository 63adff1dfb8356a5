/**
 * Passage ids in words, for screen-reader text and labels: a reader hears
 * „Absatz 6“, never the fragment id `absatz-6`.
 */
import { PASSAGE_PREFIX } from '../markdown/passages.ts';

/** `absatz-6` → `6`; any prefix before `absatz-` (`links-absatz-6`) is dropped. */
export function passageNumber(id: string): string {
  const at = id.lastIndexOf(PASSAGE_PREFIX);
  return at === -1 ? id : id.slice(at + PASSAGE_PREFIX.length);
}

/** `absatz-6` → `Absatz 6`. */
export function passageLabel(id: string): string {
  return `Absatz ${passageNumber(id)}`;
}
