/**
 * The reference facts beside a claim ("Faktenlage"), keyed by claim id: a
 * fact sheet for a claim that does not exist would never be shown, so it
 * stops the build instead.
 */
import type { ContentProblem } from '../schemas/errors.ts';
import type { Claim } from '../corpus/corpus.ts';
import { linkReference, type LinkedReference } from './references.ts';
import type { FactSheetData } from '../schemas/facts.ts';

export interface FactSheetInput {
  /** The claim id: the file name. */
  id: string;
  file: string;
  data: FactSheetData;
}

export interface Fact {
  label: string;
  text: string;
  /** The source's own words where `text` is our translation. */
  original?: { lang: string; text: string };
  references: LinkedReference[];
}

export interface FactSheet {
  claim: string;
  facts: Fact[];
  disagreements: { label: string; text: string; references: LinkedReference[] }[];
}

export function buildFacts(inputs: readonly FactSheetInput[], claims: readonly Claim[], problems: ContentProblem[]): Map<string, FactSheet> {
  const known = new Set(claims.map((claim) => claim.id));
  const sheets = new Map<string, FactSheet>();
  for (const input of inputs) {
    if (!known.has(input.id)) {
      problems.push({
        file: input.file,
        field: '',
        message: `unknown claim "${input.id}": the file name must be a claim id in content/claims/`,
      });
      continue;
    }
    sheets.set(input.id, {
      claim: input.id,
      facts: input.data.facts.map((fact) => ({
        label: fact.label,
        text: fact.text,
        ...(fact.original ? { original: fact.original } : {}),
        references: fact.references.map(linkReference),
      })),
      disagreements: input.data.disagreements.map((item) => ({ ...item, references: item.references.map(linkReference) })),
    });
  }
  return sheets;
}
