/**
 * References to claims in our own prose (descriptions, notes, summaries):
 * written `:aussage{#claim-id}`, shown as a link to the claim's page with its
 * current title („Titel“), or as that title in plain text (meta descriptions,
 * feeds, exports). A claim is named by its id and never by a quoted title, so
 * renaming a claim cannot leave a stale title behind. Unknown ids and
 * malformed references are refused by the content check (src/corpus/editorial.ts).
 */
import { quoted } from '../site/quoted.ts';
import { claimUrl } from '../site/urls.ts';

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

/** A piece of prose to show: text, or a link to a claim. */
export type LinkedPiece = string | { href: string; label: string };

/**
 * The pieces of a text as the corpus shows it (references already replaced by titles): where
 * `links` knows the text, its references become links to their claims' pages; otherwise the
 * text as it is.
 */
export function linkedPieces(
  text: string,
  links: ReadonlyMap<string, readonly Segment[]>,
  claims: readonly { id: string; data: { title: string } }[],
): LinkedPiece[] {
  const pieces = links.get(text);
  if (!pieces) return [text];
  const titleOf = claimTitles(claims);
  return pieces.map((piece) => {
    if ('text' in piece) return piece.text;
    const title = titleOf(piece.claim);
    return title === undefined ? `:aussage{#${piece.claim}}` : { href: claimUrl(piece.claim), label: referenceLabel(title) };
  });
}

/** A text as the corpus shows it, without its references to claims: our own words alone (for the review). */
export function withoutReferences(text: string, links: ReadonlyMap<string, readonly Segment[]>): string {
  const pieces = links.get(text);
  return pieces ? pieces.map((piece) => ('text' in piece ? piece.text : ' ')).join('') : text;
}

/**
 * Every string inside `value` (objects and arrays walked, other values kept) with its references
 * replaced by the claims' titles, each such text's pieces recorded in `links`. A reference to no
 * claim, or one written in another form, is reported with its field path and left as written.
 */
export function resolveReferencesIn<T>(
  value: T,
  titleOf: (id: string) => string | undefined,
  links: Map<string, Segment[]>,
  report: (field: string, message: string) => void,
  path: readonly string[] = [],
): T {
  if (typeof value === 'string') {
    const field = path.join('.');
    for (const id of referencedClaims(value)) {
      if (titleOf(id) === undefined) report(field, `refers to the claim "${id}", which does not exist (:aussage{#${id}})`);
    }
    for (const attempt of malformedReferences(value)) report(field, `"${attempt}" is no reference: write a claim's id as :aussage{#claim-id}`);
    if (referencedClaims(value).length === 0) return value;
    const plain = plainProse(value, titleOf);
    links.set(plain, segments(value));
    return plain as T;
  }
  if (Array.isArray(value)) return value.map((item, index) => resolveReferencesIn(item, titleOf, links, report, [...path, String(index)])) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveReferencesIn(item, titleOf, links, report, [...path, key])]),
    ) as T;
  }
  return value;
}
