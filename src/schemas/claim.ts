/**
 * The schema of a claim (content/claims/<id>.yaml): what counts as stating
 * it, and one cell per text with verified quotes.
 */
import { z } from 'astro/zod';
import { idRef, nonEmpty } from './common.ts';

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

export const claimSchema = z.strictObject({
  /** The claim's German title, as a reader's question or topic. */
  title: nonEmpty,
  /** The story the claim belongs to. */
  story: idRef,
  /** The event of its story the claim belongs to; left out for a claim about the story as a whole. */
  event: idRef.optional(),
  /** Order among the claims on the overview (lower first). */
  order: z.number().int().default(100),
  /** A neutral German description, written by us, of what counts as stating this claim. */
  description: nonEmpty,
  /**
   * One cell per text of the story, keyed by the article id (its file name without .md). A text
   * published before the claim's event gets no cell: it is derived as „erschien vor dem Ereignis“.
   */
  cells: z.record(z.string(), cellSchema),
});
export type ClaimData = z.infer<typeof claimSchema>;
