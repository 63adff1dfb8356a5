/**
 * Reference facts beside a claim (content/facts/<claim id>.yaml).
 */
import { z } from 'astro/zod';
import { nonEmpty, referenceSchema } from './common.ts';
/** What the reference sources say on one claim; content/facts/<claim id>.yaml. */
export const factSheetSchema = z.strictObject({
  /** The facts, each with its references. */
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
        references: z.array(referenceSchema).min(1, 'a fact needs at least one reference'),
      }),
    )
    .min(1, 'a fact sheet needs at least one fact'),
  /** Where sources disagree: said openly, with each side's references. */
  disagreements: z
    .array(
      z.strictObject({
        /** German label, e.g. "Datum der Unterzeichnung". */
        label: nonEmpty,
        /** What each side says, in our German words. */
        text: nonEmpty,
        /** The references of every side. */
        references: z.array(referenceSchema).min(2, 'a disagreement needs the references of both sides'),
      }),
    )
    .default([]),
});
export type FactSheetData = z.infer<typeof factSheetSchema>;
