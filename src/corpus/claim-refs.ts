/**
 * References to claims in our own prose (descriptions, notes, summaries):
 * written `:aussage{#claim-id}`, shown as a link to the claim's page with its
 * current title („Titel“), or as that title in plain text (meta descriptions,
 * feeds, exports). A claim is named by its id and never by a quoted title, so
 * renaming a claim cannot leave a stale title behind. Unknown ids and
 * malformed references are refused by the content check (src/corpus/editorial.ts).
 */
import { quoted } from '../site/quoted.ts';

/** The one way to write a reference: `:aussage{#id}`. */
const REFERENCE = /:aussage\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
/** Anything that starts like a reference, to catch misspelt ones. */
const ATTEMPT = /:aussage(?:\{[^}]*\}?|[^\s.,;)]*)/g;

/** A piece of prose: text, or a reference to a claim. */
export type Segment = { text: string } | { claim: string };

/** The prose as text and references, in order. */
export function segments(value: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of value.matchAll(REFERENCE)) {
    if (match.index > at) out.push({ text: value.slice(at, match.index) });
    out.push({ claim: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < value.length) out.push({ text: value.slice(at) });
  return out;
}

/** The ids a prose field refers to, in order. */
export function referencedClaims(value: string): string[] {
  return [...value.matchAll(REFERENCE)].map((match) => match[1] ?? '');
}

/** Written like a reference, but not in the form `:aussage{#id}`. */
export function malformedReferences(value: string): string[] {
  const rest = value.replace(REFERENCE, ' ');
  return [...rest.matchAll(ATTEMPT)].map((match) => match[0]);
}

/** The text a reader sees for a reference: the claim's current title in German quotation marks. */
export function referenceLabel(title: string): string {
  return quoted(title);
}

/** The prose with every reference replaced by the claim's title in quotation marks (unknown ids left as written). */
export function plainProse(value: string, titleOf: (id: string) => string | undefined): string {
  return value.replace(REFERENCE, (whole, id: string) => {
    const title = titleOf(id);
    return title === undefined ? whole : referenceLabel(title);
  });
}

const titleMaps = new WeakMap<object, Map<string, string>>();

/** Each claim's title by id, built once per list of claims. */
export function claimTitles(claims: readonly { id: string; data: { title: string } }[]): (id: string) => string | undefined {
  let map = titleMaps.get(claims);
  if (!map) {
    map = new Map(claims.map((claim) => [claim.id, claim.data.title]));
    titleMaps.set(claims, map);
  }
  const titles = map;
  return (id) => titles.get(id);
}
