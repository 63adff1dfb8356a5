/**
 * The data version: the date and revision of the latest data release, taken
 * from the corrections (content/corrections.yaml), and a digest of everything
 * published, so that it changes whenever published content changes, also
 * without a correction (a new story, text or claim). Exports, the footer and
 * citations name it, so a reader can tell which state of the data they cite
 * and look up on /korrekturen/ what changed since.
 */
import type { CorrectionData } from '../schemas/corrections.ts';
import { isoDate } from '../site/format.ts';

/** Where every correction is listed; the exports link it. */
export const CORRECTIONS_URL = '/korrekturen/';

/** Data published before the first correction: the version a site without corrections has. */
export const FIRST_VERSION = 'unversioniert';

/** "2026-11-26.1": the release's day and its number on that day. */
export function versionOf(correction: Pick<CorrectionData, 'date' | 'revision'>): string {
  return `${isoDate(correction.date)}.${correction.revision}`;
}

/** Latest first: by day, then by revision. */
export function byVersionDescending(a: Pick<CorrectionData, 'date' | 'revision'>, b: Pick<CorrectionData, 'date' | 'revision'>): number {
  return b.date.getTime() - a.date.getTime() || b.revision - a.revision;
}

/**
 * The version of the data: that of the latest correction, then `+` and the
 * content digest when one is given ("2026-11-26.1+3f2a9c1e").
 */
export function dataVersion(corrections: readonly Pick<CorrectionData, 'date' | 'revision'>[], digest?: string): string {
  const [latest] = [...corrections].sort(byVersionDescending);
  const release = latest ? versionOf(latest) : FIRST_VERSION;
  return digest ? `${release}+${digest}` : release;
}

/**
 * Eight hex digits that change whenever one of `entries` does (one line per
 * entry of every collection: its collection, id and the digest of its file);
 * their order does not matter. FNV-1a, 32 bits: a label that tells states of
 * the data apart, not a security hash.
 */
export function contentDigest(entries: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of [...entries].sort().join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What every download under /daten/ says about itself: its data version and where corrections are listed. */
export interface DataRelease {
  /** The data version, e.g. "2026-11-26.1". */
  version: string;
  /** Site-relative URL of the corrections page. */
  corrections: string;
}

export function dataRelease(version: string): DataRelease {
  return { version, corrections: CORRECTIONS_URL };
}
