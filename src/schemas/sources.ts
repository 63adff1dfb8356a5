/**
 * Whom the texts cite (content/sources.yaml) and where each text cites them
 * (content/attributions/<article id>.yaml).
 */
import { z } from 'astro/zod';
import { nonEmpty } from './common.ts';
export const SOURCE_KINDS = ['agentur', 'medium', 'regierung', 'person', 'unbestimmt'] as const;

/** Someone a text cites or quotes; content/sources.yaml is keyed by the source id. */
export const sourceSchema = z.strictObject({
  /** Name as shown on the Quellen page, e.g. "TASS". */
  name: nonEmpty,
  /** What kind of source: agency, medium, government body, person, or unnamed/vague. */
  kind: z.enum(SOURCE_KINDS),
  /** One German line on who this is, e.g. "russische staatliche Nachrichtenagentur". */
  description: nonEmpty,
});
export type SourceData = z.infer<typeof sourceSchema>;

/** How a text uses a source. */
export const ATTRIBUTION_FORMS = ['zitat', 'wiedergabe', 'quelle'] as const;

/** Whom one text cites: content/attributions/<article id>.yaml. */
export const attributionFileSchema = z.strictObject({
  /** One entry per source the text cites or quotes. */
  sources: z
    .array(
      z.strictObject({
        /** Source id, a key of content/sources.yaml. */
        source: nonEmpty,
        /** zitat: direct quote in quotation marks; wiedergabe: reported speech; quelle: named as the origin of information. */
        form: z.enum(ATTRIBUTION_FORMS),
        /** The attribution verbatim from the article body, one passage each. */
        quotes: z.array(nonEmpty).min(1, 'an attribution needs at least one quote'),
        /** German editorial note, e.g. on how the text names the source. */
        note: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type AttributionFileData = z.infer<typeof attributionFileSchema>;
