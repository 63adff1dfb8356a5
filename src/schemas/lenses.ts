/**
 * The zod schemas of the context lenses: word choice (content/terms/), who the
 * texts cite (content/sources.yaml, content/attributions/), the timeline
 * (content/timeline.yaml) and the reference facts beside the claims
 * (content/facts/). One schema per concern; content.config.ts hands them to
 * Astro and the content check runs them with file-and-field messages.
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A source outside the five texts, named and addressed exactly as in the reference facts. */
export const referenceSourceSchema = z.strictObject({
  /** The source's name as the reader sees it, e.g. "TASS" or "KCNA (via kcnawatch.org)". */
  name: nonEmpty,
  /** Host and path as the reference facts give them (e.g. "tass.com/world/1882445"), if they give one. */
  address: nonEmpty.optional(),
});
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;

/** A verbatim quote from one article's body, linking a lens entry to its passage. */
export const mentionSchema = z.strictObject({
  /** The article id (file name in content/articles/ without .md). */
  article: nonEmpty,
  /** Verbatim words of the article body, within one passage (whitespace may differ). */
  quote: nonEmpty,
});
export type Mention = z.infer<typeof mentionSchema>;

// ---------------------------------------------------------------- word choice

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

// ------------------------------------------------------------------- sources

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

// ------------------------------------------------------------------ timeline

/**
 * A date as precise as the sources are: "1961", "2000-07" or "2024-06-19".
 * Astro's YAML reader turns 1961 into a number and 2024-06-19 into a Date;
 * all three come out as the same ISO-like string.
 */
const INVALID_PARTIAL_DATE = 'not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)';
export const partialDateSchema = z
  .union([z.date(), z.number().int(), z.string()], { error: INVALID_PARTIAL_DATE })
  .transform((value, context) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    const month = Number(match?.[2] ?? 1);
    const day = Number(match?.[3] ?? 1);
    const probe = new Date(Date.UTC(Number(match?.[1]), month - 1, day));
    if (!match || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      context.addIssue({ code: 'custom', message: INVALID_PARTIAL_DATE });
      return z.NEVER;
    }
    return text;
  });

/** An event the texts mention or rest on; content/timeline.yaml is keyed by the event id. */
export const timelineEventSchema = z.strictObject({
  /** When it happened, as precise as the sources are. */
  date: partialDateSchema,
  /** Short German title. */
  title: nonEmpty,
  /** What happened, in our German words, from the reference facts only. */
  description: nonEmpty,
  /** The sources of the date; empty where the reference facts name none. */
  sources: z.array(referenceSourceSchema).default([]),
  /** Texts that mention the event, each with a verbatim quote. */
  mentions: z.array(mentionSchema).default([]),
  /** Ids of claims about the event. */
  claims: z.array(nonEmpty).default([]),
});
export type TimelineEventData = z.infer<typeof timelineEventSchema>;

// --------------------------------------------------------------------- facts

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
