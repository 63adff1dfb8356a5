/**
 * A story (content/stories/<id>.yaml): the events a set of texts reports on.
 * Texts and claims belong to one story; a site grows story by story.
 */
import { z } from 'astro/zod';
import { calendarDate, idRef, nonEmpty } from './common.ts';

/** An event of a story: what happened, when, in the site's own words. */
export const storyEventSchema = z.strictObject({
  /** Unique within the story, e.g. `gipfel-2023`; texts and claims name it in `event`. */
  id: idRef,
  /** Short German label, e.g. "Gipfel im Kosmodrom Wostotschny". */
  label: nonEmpty,
  /** Shorter still, with the year, e.g. "Gipfel 2023": the value of the search filter `ereignis`. */
  short: nonEmpty,
  /** The day it happened; a text published before it cannot report it. */
  date: calendarDate,
  /** The event as the end of "1 von 3 Texten …", e.g. "zum Gipfel von Wostotschny". */
  topic: nonEmpty,
  /** One German sentence on what happened, from the reference facts. */
  description: nonEmpty,
});
export type StoryEventData = z.infer<typeof storyEventSchema>;

export const storySchema = z.strictObject({
  /** The story's German title, e.g. "Russland und Nordkorea: vom Gipfel zum Beistandsvertrag". */
  title: nonEmpty,
  /** One German sentence, written by us, on what the story is about. */
  summary: nonEmpty,
  /** Its events, at least one, in chronological order. */
  events: z
    .array(storyEventSchema)
    .min(1, 'a story needs at least one event')
    .superRefine((events, context) => {
      const seen = new Set<string>();
      events.forEach((event, index) => {
        if (seen.has(event.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate event id "${event.id}"` });
        seen.add(event.id);
        const previous = events[index - 1];
        if (previous && previous.date.getTime() > event.date.getTime()) {
          context.addIssue({ code: 'custom', path: [index, 'date'], message: 'events must be in chronological order' });
        }
      });
    }),
});
export type StoryData = z.infer<typeof storySchema>;
