/**
 * The events the texts report on.
 */
import { z } from 'astro/zod';

/** The two events the texts report on; each text reports exactly one. */
export const EVENT_IDS = ['gipfel-2023', 'vertrag-2024'] as const;
export const eventSchema = z.enum(EVENT_IDS);
export type EventId = z.infer<typeof eventSchema>;
/** A claim belongs to one event, or to both when texts about either state it. */
export const claimEventSchema = z.enum([...EVENT_IDS, 'beide']);
export type ClaimEvent = z.infer<typeof claimEventSchema>;
