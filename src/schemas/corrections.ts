/**
 * The schema of a correction (content/corrections.yaml, keyed by correction
 * id): every change to data the site had published, with its date, what was
 * wrong, what changed and the pages it touched. /korrekturen/ lists them and
 * the data version of the exports is derived from them.
 */
import { z } from 'astro/zod';
import { calendarDate, nonEmpty } from './common.ts';

export const correctionSchema = z.strictObject({
  /** The day the correction was published. */
  date: calendarDate,
  /**
   * The data release of that day it belongs to, counting from 1: corrections published
   * together share date and revision, and together they make the data version "2026-11-26.1".
   */
  revision: z.number({ error: 'must be a whole number from 1' }).int('must be a whole number from 1').min(1, 'must be a whole number from 1'),
  /** What was wrong, in German, for readers. */
  wrong: nonEmpty,
  /** What was changed, in German, for readers. */
  changed: nonEmpty,
  /** The pages the correction touched: site-relative URLs, with a fragment where it is one cell or entry. */
  links: z
    .array(z.string().regex(/^\/(?:[^\s#]*\/)?(?:#[\w-]+)?$/, 'must be a site-relative page URL such as "/aussagen/x/" or "/aussagen/x/#y"'))
    .min(1, 'a correction names at least one page it changed'),
});
export type CorrectionData = z.infer<typeof correctionSchema>;
