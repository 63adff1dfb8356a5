/**
 * Reference facts beside a claim (content/facts/<claim id>.yaml).
 */
import { z } from 'astro/zod';
import { nonEmpty, referenceSourceSchema } from './common.ts';
/** What the reference sources say on one claim; content/facts/<claim id>.yaml. */
export const factSheetSchema = z.strictObject({
  /** The facts, each with its sources. */
  facts: z
    .array(
      z.strictObject({
        /** German label, e.g. "Wortlaut von Artikel 4". */
        label: nonEmpty,
        /** The fact in our German words; a translation of `original` if that is given. */
        text: nonEmpty,
        /** The wording in the source's language, verbatim, where `text` translates it. */
        original: z
          .strictObject({
            /** BCP 47 language tag, e.g. "en". */
            lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
            /** The original words, verbatim. */
            text: nonEmpty,
          })
          .optional(),
        /** Where the fact is from. */
        sources: z.array(referenceSourceSchema).min(1, 'a fact needs at least one source'),
      }),
    )
    .min(1, 'a fact sheet needs at least one fact'),
  /** Where sources disagree: said openly, with each side's sources. */
  disagreements: z
    .array(
      z.strictObject({
        /** German label, e.g. "Datum der Unterzeichnung". */
        label: nonEmpty,
        /** What each side says, in our German words. */
        text: nonEmpty,
        /** The sources on every side. */
        sources: z.array(referenceSourceSchema).min(2, 'a disagreement needs the sources of both sides'),
      }),
    )
    .default([]),
});
export type FactSheetData = z.infer<typeof factSheetSchema>;
