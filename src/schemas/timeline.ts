/**
 * The timeline (content/timeline.yaml): events the texts mention or rest on.
 */
import { z } from 'astro/zod';
import { idRef, mentionSchema, nonEmpty, referenceSchema } from './common.ts';
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
  /** The story on whose timeline the event stands. */
  story: idRef,
  /** When it happened, as precise as the sources are. */
  date: partialDateSchema,
  /** Short German title. */
  title: nonEmpty,
  /** What happened, in our German words, from the reference facts only. */
  description: nonEmpty,
  /** Where the date is from; empty where the reference facts name nothing. */
  references: z.array(referenceSchema).default([]),
  /** Texts that mention the event, each with a verbatim quote. */
  mentions: z.array(mentionSchema).default([]),
  /** Ids of claims about the event. */
  claims: z.array(nonEmpty).default([]),
});
export type TimelineEventData = z.infer<typeof timelineEventSchema>;
