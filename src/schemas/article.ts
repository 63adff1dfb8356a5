/**
 * The schema of a text (content/articles/<id>.md): its frontmatter, what we
 * know of it and how, and the lines left out as chrome.
 */
import { z } from 'astro/zod';
import { calendarDate, idRef, knowledge, nonEmpty } from './common.ts';

export const articleSchema = z.strictObject({
  /** The headline, verbatim. */
  title: nonEmpty,
  /** A short German name of ours for table headers and pair pages (the headline is too long there). */
  shortTitle: nonEmpty,
  /** When the text was published, and on what basis we say so. */
  published: knowledge({
    date: calendarDate,
    /**
     * How much the date says: `day`, published on that day; `on-or-after`, on that day or soon
     * after (an inferred date whose evidence gives only the earliest day, e.g. "reports Wednesday's
     * meeting as the day's news"). Shown to readers as „frühestens“.
     */
    precision: z.enum(['day', 'on-or-after']).default('day'),
  }),
  /**
   * Lines between headline and body exactly as received that are not chrome:
   * date, byline, dateline. Shown verbatim in the article header.
   */
  headerLines: z.array(nonEmpty).default([]),
  /** Byline or agency line exactly as the text states it ("Von Thomas Röper", "(DPA)"); null if there is none. */
  byline: nonEmpty.nullable(),
  /** The story the text belongs to (content/stories/<id>.yaml). */
  story: idRef,
  /** The event of its story that the text reports as its news. */
  event: idRef,
  /** Sources the text itself cites or quotes, named as the text names them (e.g. "TASS", "KCNA"). */
  cites: z.array(nonEmpty),
  /** One neutral German sentence, written by us, on what the text reports. */
  summary: nonEmpty,
  /** File name of the text exactly as received, in content/originals/: a plain text (.txt) or a page saved from a browser (.html). */
  original: z.string().regex(/^[\w.-]+\.(txt|html)$/, 'must be a .txt or .html file name in content/originals/'),
  /** What else is known of the text's origin: each point stated in the text or inferred with evidence. */
  provenance: z.array(knowledge({ fact: nonEmpty })).default([]),
  /** Lines of the original left out as website chrome, each with the reason, shown to readers. */
  dropped: z
    .array(
      z.object({
        /** The line exactly as in the original. */
        line: nonEmpty,
        /** Why it is not part of the article (German, shown to readers). */
        reason: nonEmpty,
      }),
    )
    .default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;
