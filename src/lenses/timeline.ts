/**
 * The timeline: events the texts mention or rest on, in date order, each
 * with its sources (from the reference facts), the texts that mention it
 * (verified quotes) and the claims about it.
 */
import type { Claim } from '../corpus/corpus.ts';
import type { ContentProblem } from '../schemas/errors.ts';
import { locateQuote, type LocatedQuote, type QuoteContext } from './mentions.ts';
import { linkReference, type LinkedReference } from './references.ts';
import type { TimelineEventData } from '../schemas/timeline.ts';

export interface TimelineInput {
  id: string;
  file: string;
  data: TimelineEventData;
}

export interface TimelineEvent {
  id: string;
  /** "1961", "2000-07" or "2024-06-19", also the value of <time datetime>. */
  date: string;
  /** The date in German, as precise as it is known: "1961", "Juli 2000", "19. Juni 2024". */
  dateLabel: string;
  title: string;
  description: string;
  references: LinkedReference[];
  mentions: LocatedQuote[];
  claims: { id: string; title: string; url: string }[];
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** German date at the precision given: "1961", "Juli 2000", "19. Juni 2024". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return String(year);
  const name = MONTHS[Number(month) - 1];
  return day === undefined ? `${name} ${year}` : `${Number(day)}. ${name} ${year}`;
}

/** Chronological; a year alone sorts before its months, a month before its days. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildTimeline(inputs: readonly TimelineInput[], claims: readonly Claim[], context: QuoteContext, problems: ContentProblem[]): TimelineEvent[] {
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  return [...inputs]
    .sort((a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id))
    .map((input) => {
      const field = (name: string) => `${input.id}.${name}`;
      const mentions = input.data.mentions.flatMap((mention, index) => {
        const located = locateQuote(context, mention.article, mention.quote, input.file, field(`mentions.${index}`), problems);
        return located ? [located] : [];
      });
      const linked = input.data.claims.flatMap((id, index) => {
        const claim = claimById.get(id);
        if (!claim) {
          problems.push({ file: input.file, field: field(`claims.${index}`), message: `unknown claim "${id}"` });
          return [];
        }
        return [{ id, title: claim.data.title, url: claim.url }];
      });
      return {
        id: input.id,
        date: input.data.date,
        dateLabel: formatPartialDate(input.data.date),
        title: input.data.title,
        description: input.data.description,
        references: input.data.references.map(linkReference),
        mentions,
        claims: linked,
      };
    });
}
