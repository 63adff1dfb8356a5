/**
 * Word choice (content/terms/<id>.yaml): the variants the texts use for the
 * same thing.
 */
import { z } from 'astro/zod';
import { idRef, nonEmpty } from './common.ts';
/** One way the texts name the thing a term group is about. */
export const termVariantSchema = z.strictObject({
  /** The variant as shown in the table, e.g. "Angriffskrieg". */
  term: nonEmpty,
  /** Every spelled-out form that counts for this variant (inflections); default: the term itself. */
  forms: z.array(nonEmpty).min(1).optional(),
  /** Phrases in which a form does not count here, each with the reason shown to readers. */
  except: z
    .array(
      z.strictObject({
        /** Words around the form as they stand in a text, e.g. "Kalten Krieges". */
        phrase: nonEmpty,
        /** Why it does not count (German), e.g. "der Kalte Krieg, nicht der Krieg gegen die Ukraine". */
        reason: nonEmpty,
      }),
    )
    .default([]),
});
export type TermVariantData = z.infer<typeof termVariantSchema>;

/** A term group: the variants texts use for the same thing. */
export const termGroupSchema = z.strictObject({
  /** The story whose texts the group counts in. */
  story: idRef,
  /** German heading of the group, e.g. "Wie der Krieg gegen die Ukraine heißt". */
  label: nonEmpty,
  /** Order on the page (lower first). */
  order: z.number().int().default(100),
  /** One German sentence on what the group counts. */
  description: nonEmpty,
  /** German remark on reading the counts, e.g. who a word refers to. */
  note: nonEmpty.optional(),
  /** The variants, in the order of the table rows. */
  variants: z.array(termVariantSchema).min(1, 'a term group needs at least one variant'),
});
export type TermGroupData = z.infer<typeof termGroupSchema>;
