/**
 * The two events, in the site's own words. Dates are from
 * ../shared/reference-facts.md (sources named on the timeline).
 */
import type { EventId } from './schema.ts';

export interface EventInfo {
  id: EventId;
  /** Short German label. */
  label: string;
  /** The day it happened, in German. */
  date: string;
  /** One German sentence on what happened. */
  description: string;
}

export const EVENTS: Record<EventId, EventInfo> = {
  'gipfel-2023': {
    id: 'gipfel-2023',
    label: 'Gipfel im Kosmodrom Wostotschny',
    date: '13. September 2023',
    description:
      'Kim Jong Un trifft Wladimir Putin auf dem Weltraumbahnhof Wostotschny im Gebiet Amur; es ist Kims zweiter Besuch in Russland.',
  },
  'vertrag-2024': {
    id: 'vertrag-2024',
    label: 'Partnerschaftsvertrag von Pjöngjang',
    date: '19. Juni 2024',
    description:
      'Putin und Kim unterzeichnen in Pjöngjang den Vertrag über eine umfassende strategische Partnerschaft; Artikel 4 sieht militärischen Beistand im Kriegsfall vor.',
  },
};

export const EVENT_ORDER: readonly EventId[] = ['gipfel-2023', 'vertrag-2024'];
