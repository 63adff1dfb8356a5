/**
 * The zod schemas for everything under content/. content.config.ts hands them
 * to Astro, and the content check (src/lib/content-check.ts) runs them with
 * friendly, file-and-field error messages before Astro ever sees the data.
 */
import { z } from 'astro/zod';

/** The two events the texts report on; each text reports exactly one. */
export const EVENT_IDS = ['gipfel-2023', 'vertrag-2024'] as const;
export const eventSchema = z.enum(EVENT_IDS);
export type EventId = z.infer<typeof eventSchema>;
/** A claim belongs to one event, or to both when texts about either state it. */
export const claimEventSchema = z.enum([...EVENT_IDS, 'beide']);
export type ClaimEvent = z.infer<typeof claimEventSchema>;

/**
 * A calendar date. YAML turns an unquoted 2024-06-19 into a Date, a quoted one
 * stays a string: both are accepted, anything that is not a real day is not.
 */
const INVALID_DATE = 'not a valid calendar date (use YYYY-MM-DD)';
const calendarDate = z
  .union([z.date({ error: INVALID_DATE }), z.iso.date({ error: INVALID_DATE })], { error: INVALID_DATE })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Something we know about a text: either stated in it, or inferred with the evidence. */
const knowledge = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.discriminatedUnion('basis', [
    z.object({
      ...shape,
      /** The text says so itself. */
      basis: z.literal('stated'),
      /** The words as the text states them, verbatim (e.g. "Juni 19, 2024"). */
      asStated: nonEmpty,
    }),
    z.object({
      ...shape,
      /** We concluded it from the text; `evidence` says how. */
      basis: z.literal('inferred'),
      /** What in the text supports the inference, for the reader to check. */
      evidence: nonEmpty,
    }),
  ]);

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
  /** The event the text reports as its news. */
  event: eventSchema,
  /** Sources the text itself cites or quotes, named as the text names them (e.g. "TASS", "KCNA"). */
  cites: z.array(nonEmpty),
  /** One neutral German sentence, written by us, on what the text reports. */
  summary: nonEmpty,
  /** File name of the text exactly as received, in content/originals/. */
  original: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in content/originals/'),
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

/** What one text says about one claim. */
export const cellSchema = z.discriminatedUnion('status', [
  z.strictObject({
    /** The text states the claim; the quotes show where. */
    status: z.literal('reported'),
    /** Verbatim passages of the text (whitespace may differ), at least one. */
    quotes: z.array(nonEmpty).min(1, 'a reported cell needs at least one quote'),
    /** Editorial note in German, e.g. "erwähnt nur die Einladung". */
    note: nonEmpty.optional(),
  }),
  z.strictObject({
    /** The text does not state the claim. */
    status: z.literal('not-mentioned'),
    /** Editorial note in German. */
    note: nonEmpty.optional(),
    /**
     * Passages that look like the claim (`npm run review` lists them) and were read and found
     * not to state it: the passage id and, in German, why it does not count. Shown to readers.
     */
    reviewed: z
      .array(
        z.strictObject({
          /** The passage, e.g. `absatz-7`. */
          passage: z.string().regex(/^absatz-[1-9]\d*$/, 'must be a passage id such as "absatz-7"'),
          /** Why the passage does not state the claim (German). */
          reason: nonEmpty,
        }),
      )
      .default([]),
  }),
]);
export type Cell = z.infer<typeof cellSchema>;

export const claimSchema = z.strictObject({
  /** The claim's German title, as a reader's question or topic. */
  title: nonEmpty,
  /** The event the claim belongs to, or `beide` for both. */
  event: claimEventSchema,
  /** Order among the claims on the overview (lower first). */
  order: z.number().int().default(100),
  /** A neutral German description, written by us, of what counts as stating this claim. */
  description: nonEmpty,
  /** One cell per text, keyed by the article id (its file name without .md). */
  cells: z.record(z.string(), cellSchema),
});
export type ClaimData = z.infer<typeof claimSchema>;
