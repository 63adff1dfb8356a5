/**
 * Corrections: the schema of content/corrections.yaml on fixtures (read as the
 * keyed loader reads them: YAML read as Astro reads it (loadYaml), date literals checked, each entry
 * validated under its id), the data version derived from them, and the page
 * names /korrekturen/ gives their links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadYaml } from '../../src/authoring/yaml-source.ts';
import { checkDateLiterals, validate } from '../../src/loaders/entry-checks.ts';
import { correctionSchema } from '../../src/schemas/corrections.ts';
import type { ContentProblem } from '../../src/schemas/errors.ts';
import { byVersionDescending, contentDigest, dataRelease, dataVersion, FIRST_VERSION, versionOf } from '../../src/export/data-version.ts';
import { pageLabel } from '../../src/corpus/page-labels.ts';
import { checkContent } from '../support/content.ts';

const FILE = 'content/corrections.yaml';

function load(name: string) {
  const raw = readFileSync(fileURLToPath(new URL(`../fixtures/corrections/${name}.yaml`, import.meta.url)), 'utf8');
  const entries = loadYaml(raw) as Record<string, unknown>;
  const problems: ContentProblem[] = [...checkDateLiterals(FILE, entries, raw)];
  const data = Object.entries(entries).flatMap(([id, entry]) => {
    const result = validate(correctionSchema, entry, FILE, id);
    problems.push(...result.problems);
    return result.data ? [{ id, ...result.data }] : [];
  });
  return { data, problems: problems.map(({ field, message }) => ({ field, message })) };
}

describe('correctionSchema', () => {
  it('accepts a correction with date, revision, what was wrong, what changed and its pages', () => {
    const { data, problems } = load('valid');
    expect(problems).toEqual([]);
    expect(data.map((entry) => entry.id)).toEqual(['erste-korrektur', 'zweite-korrektur']);
    expect(data[0]?.links).toEqual(['/aussagen/probe-aussage/#probe', '/artikel/probe/']);
  });

  it('names the entry and the field of every mistake', () => {
    expect(load('errors').problems).toEqual([
      { field: 'ungueltiges-datum.date', message: 'not a valid calendar date (use YYYY-MM-DD)' },
      { field: 'revision-null.revision', message: 'must be a whole number from 1' },
      { field: 'ohne-fehler.wrong', message: 'is required' },
      {
        field: 'fremde-adresse.links.0',
        message: 'must be a site-relative page URL such as "/aussagen/x/" or "/aussagen/x/#y"',
      },
      { field: 'ohne-seiten.links', message: 'a correction names at least one page it changed' },
    ]);
  });
});

describe('data version', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('is the date and revision of the latest release', () => {
    const corrections = [
      { date: day('2026-11-26'), revision: 1 },
      { date: day('2026-12-03'), revision: 1 },
      { date: day('2026-12-03'), revision: 2 },
      { date: day('2026-11-30'), revision: 4 },
    ];
    expect(dataVersion(corrections)).toBe('2026-12-03.2');
    expect([...corrections].sort(byVersionDescending).map(versionOf)).toEqual(['2026-12-03.2', '2026-12-03.1', '2026-11-30.4', '2026-11-26.1']);
  });

  it('says so when no correction exists yet', () => {
    expect(dataVersion([])).toBe(FIRST_VERSION);
  });

  it('adds the digest of the published content, which changes with any entry and not with their order', () => {
    const entries = ['stories/probe-thema:a1', 'articles/probe:b2', 'claims/probe-aussage:c3'];
    const digest = contentDigest(entries);
    expect(digest).toMatch(/^[0-9a-f]{8}$/);
    expect(contentDigest([...entries].reverse())).toBe(digest);
    // A corrected file, a new entry, an entry gone: each gives another digest.
    expect(contentDigest(['stories/probe-thema:a1', 'articles/probe:b9', 'claims/probe-aussage:c3'])).not.toBe(digest);
    expect(contentDigest([...entries, 'stories/neu:d4'])).not.toBe(digest);
    expect(contentDigest(entries.slice(1))).not.toBe(digest);
    expect(dataVersion([{ date: day('2026-11-26'), revision: 1 }], digest)).toBe(`2026-11-26.1+${digest}`);
    expect(dataVersion([], digest)).toBe(`${FIRST_VERSION}+${digest}`);
  });

  it('goes into every download with the corrections page', () => {
    expect(dataRelease('2026-11-26.1')).toEqual({ version: '2026-11-26.1', corrections: '/korrekturen/' });
  });
});

describe('pageLabel', () => {
  const corpus = checkContent(fileURLToPath(new URL('../fixtures/content/valid/', import.meta.url)));

  it('names texts, claims, cells and the fact sheet', () => {
    expect(pageLabel('/artikel/probe/', corpus)).toBe('Text „Probe“');
    expect(pageLabel('/aussagen/probe-aussage/', corpus)).toBe('Aussage „Zusage der Unterstützung“');
    expect(pageLabel('/aussagen/probe-aussage/#probe', corpus)).toBe('Aussage „Zusage der Unterstützung“, Zelle „Probe“');
    expect(pageLabel('/aussagen/probe-aussage/#faktenlage', corpus)).toBe('Aussage „Zusage der Unterstützung“, Faktenlage');
  });

  it('names a timeline entry by its title', () => {
    expect(pageLabel('/themen/probe-thema/zeitleiste/#gipfel', corpus, new Map([['gipfel', 'Gipfel im Kosmodrom']]))).toBe('Zeitleiste: Gipfel im Kosmodrom');
  });

  it('keeps the address of a page it does not know', () => {
    expect(pageLabel('/aussagen/unbekannt/', corpus)).toBe('/aussagen/unbekannt/');
    expect(pageLabel('/themen/probe-thema/zeitleiste/#unbekannt', corpus)).toBe('/themen/probe-thema/zeitleiste/#unbekannt');
  });
});
