/**
 * The two events, in the site's own words. Dates are from
 * ../shared/reference-facts.md (sources named on the timeline).
 */
import type { ClaimEvent, EventId } from '../schemas/event.ts';

export interface EventInfo {
  id: EventId;
  /** Short German label. */
  label: string;
  /** Value of the search filter `ereignis`: short, with the year. */
  filter: string;
  /** The day it happened, in German. */
  date: string;
  /** The same day as YYYY-MM-DD, for sorting and machine-readable dates. */
  day: string;
  /** One German sentence on what happened. */
  description: string;
  /** "1 von 3 Texten …": the event as the end of that phrase. */
  topic: string;
}

export const EVENTS: Record<EventId, EventInfo> = {
  'gipfel-2023': {
    id: 'gipfel-2023',
    label: 'Gipfel im Kosmodrom Wostotschny',
    filter: 'Gipfel 2023',
    date: '13. September 2023',
    topic: 'zum Gipfel von Wostotschny',
    day: '2023-09-13',
    description:
      'Kim Jong Un trifft Wladimir Putin auf dem Weltraumbahnhof Wostotschny im Gebiet Amur; es ist Kims zweiter Besuch in Russland.',
  },
  'vertrag-2024': {
    id: 'vertrag-2024',
    label: 'Partnerschaftsvertrag von Pjöngjang',
    filter: 'Vertrag 2024',
    date: '19. Juni 2024',
    topic: 'zum Vertrag von Pjöngjang',
    day: '2024-06-19',
    description:
      'Putin und Kim unterzeichnen in Pjöngjang den Vertrag über eine umfassende strategische Partnerschaft; Artikel 4 sieht militärischen Beistand im Kriegsfall vor.',
  },
};

export const EVENT_ORDER: readonly EventId[] = ['gipfel-2023', 'vertrag-2024'];

/** Label and topic of a claim's event, including claims about both events. */
export function claimEvent(event: ClaimEvent): { label: string; topic: string } {
  if (event === 'beide') return { label: 'Beide Ereignisse', topic: 'zu beiden Ereignissen' };
  const info = EVENTS[event];
  return { label: `${info.label} (${info.date})`, topic: info.topic };
}
