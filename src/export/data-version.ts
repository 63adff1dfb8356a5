/**
 * The data version: the date and revision of the latest data release, taken
 * from the corrections (content/corrections.yaml). Exports, the footer and
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

/** The version of the data: that of the latest correction. */
export function dataVersion(corrections: readonly Pick<CorrectionData, 'date' | 'revision'>[]): string {
  const [latest] = [...corrections].sort(byVersionDescending);
  return latest ? versionOf(latest) : FIRST_VERSION;
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
