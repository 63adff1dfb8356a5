/**
 * How a claim's event reads: its label and the end of the coverage sentence.
 * Events are content (content/stories/); this only words them.
 */
import { formatDate } from '../site/format.ts';
import type { Claim, StoryEvent } from './corpus.ts';

/** „Gipfel im Kosmodrom Wostotschny (13. September 2023)“ */
export function eventLabel(event: StoryEvent): string {
  return `${event.label} (${formatDate(event.date)})`;
}

/** Label and topic of a claim's event; a claim about the story as a whole has none. */
export function claimEvent(claim: Pick<Claim, 'event'>): { label: string; topic: string } {
  if (!claim.event) return { label: 'Das ganze Thema', topic: 'zu diesem Thema' };
  return { label: eventLabel(claim.event), topic: claim.event.topic };
}
