/**
 * The schema of a claim (content/claims/<id>.yaml): what counts as stating
 * it, and one cell per text with verified quotes.
 */
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';
import { claimEventSchema } from './event.ts';
/** What one text says about one claim. */
export const cellSchema = z.discriminatedUnion('status', [
  z.object({
    /** The text states the claim; the quotes show where. */
    status: z.literal('reported'),
    /** Verbatim passages of the text (whitespace may differ), at least one. */
    quotes: z.array(nonEmpty).min(1, 'a reported cell needs at least one quote'),
    /** Editorial note in German, e.g. "erwähnt nur die Einladung". */
    note: nonEmpty.optional(),
  }),
  z.object({
    /** The text does not state the claim. */
    status: z.literal('not-mentioned'),
    /** Editorial note in German. */
    note: nonEmpty.optional(),
  }),
]);

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
