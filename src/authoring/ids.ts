/**
 * Ids for the authoring commands: one proposed from a headline, for new
 * texts (lowercase ASCII words joined by hyphens, src/schemas/ids.ts; German
 * letters spelled out, ä → ae, ß → ss; the headline's first words without
 * articles and prepositions, at most 48 characters), and the check of a new
 * id of any kind against the rule and the ids taken. Pure.
 */
import { ID } from '../schemas/ids.ts';

export { ID };

const FILLER = new Set(
  'der die das den dem des ein eine einer einen einem eines und oder im in am an auf aus bei mit nach von vom zu zum zur für über um gegen als wie'.split(' '),
);
const MAX_LENGTH = 48;
const MAX_WORDS = 5;

/** ASCII words of a German text, lowercased. */
export function asciiWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** An id for a text with this headline; its words up to five, without filler words. */
export function proposeId(headline: string): string {
  const all = asciiWords(headline);
  const meaningful = all.filter((word) => !FILLER.has(word));
  let id = '';
  for (const word of (meaningful.length ? meaningful : all).slice(0, MAX_WORDS)) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    id = next;
  }
  return id || 'text';
}

const ID_RULE = 'use lowercase a-z, 0-9 and single hyphens, e.g. "russland-nordkorea"';

/**
 * Why `id` cannot be a new id of this kind among `taken` (compared case-insensitively, as the
 * content check does), or undefined if it can. `file` names the file of a taken id.
 */
export function idProblem(kind: string, id: string, taken: readonly string[], file: (id: string) => string): string | undefined {
  if (!ID.test(id)) return `"${id}" is not a valid ${kind} id: ${ID_RULE}`;
  const clash = taken.find((other) => other.toLowerCase() === id.toLowerCase());
  if (clash !== undefined) return `the ${kind} id "${id}" is taken: ${file(clash)} exists`;
  return undefined;
}
