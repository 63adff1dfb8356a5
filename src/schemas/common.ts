/**
 * Building blocks shared by the schemas: non-empty text, calendar dates,
 * knowledge stated or inferred, references and verbatim mentions.
 */
import { z } from 'astro/zod';
import { ID } from './ids.ts';

/**
 * A calendar date. YAML turns an unquoted 2024-06-19 into a Date, a quoted one
 * stays a string: both are accepted, anything that is not a real day is not.
 */
const INVALID_DATE = 'not a valid calendar date (use YYYY-MM-DD)';
export const calendarDate = z
  .union([z.date({ error: INVALID_DATE }), z.iso.date({ error: INVALID_DATE })], { error: INVALID_DATE })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The id of another entry (a story, an event, a text), checked against the loaded content. */
export const idRef = z.string().regex(ID, 'must be an id: lowercase a-z, 0-9 and single hyphens');

/** Something we know about a text: either stated in it, or inferred with the evidence. */
export const knowledge = <Shape extends z.ZodRawShape>(shape: Shape) =>
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


/** A source outside the five texts, named and addressed exactly as in the reference facts. */
export const referenceSchema = z.strictObject({
  /** The source's name as the reader sees it, e.g. "TASS" or "KCNA (via kcnawatch.org)". */
  name: nonEmpty,
  /** Host and path as the reference facts give them (e.g. "tass.com/world/1882445"), if they give one. */
  address: nonEmpty.optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** A verbatim quote from one article's body, linking a lens entry to its passage. */
export const mentionSchema = z.strictObject({
  /** The article id (file name in content/articles/ without .md). */
  article: nonEmpty,
  /** Verbatim words of the article body, within one passage (whitespace may differ). */
  quote: nonEmpty,
});
export type Mention = z.infer<typeof mentionSchema>;
