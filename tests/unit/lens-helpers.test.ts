/** Chart layout, partial dates and source addresses of the lens pages. */
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/lenses/chart.ts';
import { sourceHref } from '../../src/lenses/references.ts';
import { partialDateSchema } from '../../src/schemas/timeline.ts';
import type { TermGroup, VariantCount } from '../../src/lenses/terms.ts';
import { compareDates, formatPartialDate } from '../../src/lenses/timeline.ts';

const variant = (term: string, counts: Record<string, number>): VariantCount => ({
  term,
  forms: [term],
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  occurrences: [],
  excluded: [],
});

describe('layoutChart', () => {
  const group: TermGroup = {
    id: 'krieg',
    file: 'content/terms/krieg.yaml',
    story: 'probe-thema',
    label: 'Krieg',
    description: '',
    variants: [variant('Krieg', { a: 4, b: 0 }), variant('Angriffskrieg', { a: 2, b: 0 }), variant('Vorgehen', { a: 0, b: 0 })],
  };
  const chart = layoutChart(group, [{ id: 'a', label: 'Text A' }, { id: 'b', label: 'Text B' }], { width: 360, countWidth: 40 });

  it('draws bars proportional to the counts, the largest filling the bar area', () => {
    const [krieg, angriff] = chart.blocks[0]?.bars ?? [];
    expect(krieg?.width).toBe(320);
    expect(angriff?.width).toBe(160);
  });

  it('labels every bar with its variant and count, and leaves out variants a text does not use', () => {
    expect(chart.blocks[0]?.bars.map((bar) => [bar.term, bar.count])).toEqual([['Krieg', 4], ['Angriffskrieg', 2]]);
    expect(chart.blocks[1]?.bars).toEqual([]);
  });

  it('stacks the blocks without overlap', () => {
    const [first, second] = chart.blocks;
    const lastBar = first?.bars.at(-1);
    expect(lastBar!.labelY).toBeLessThan(lastBar!.y);
    expect(second!.y).toBeGreaterThan(lastBar!.y + chart.barHeight);
    expect(chart.height).toBeGreaterThan(second!.y);
  });

  it('says in words what it shows', () => {
    expect(chart.description).toBe('Text A: Krieg 4, Angriffskrieg 2. Text B: keine Fundstelle.');
  });
});

describe('partial dates', () => {
  it.each([
    [1961, '1961', '1961'],
    ['2000-07', '2000-07', 'Juli 2000'],
    [new Date('2024-06-19T00:00:00Z'), '2024-06-19', '19. Juni 2024'],
    ['2024-12-04', '2024-12-04', '4. Dezember 2024'],
  ])('%s is %s, in German %s', (input, iso, german) => {
    const parsed = partialDateSchema.parse(input);
    expect(parsed).toBe(iso);
    expect(formatPartialDate(parsed)).toBe(german);
  });

  it.each(['2024-02-30', '2024-13', '24-06-19', 'Juni 2024'])('refuses %s', (input) => {
    expect(partialDateSchema.safeParse(input).success).toBe(false);
  });

  it('sorts a year before its months and a month before its days', () => {
    expect(['2001', '2000-07', '2000', '2000-02-09'].sort(compareDates)).toEqual(['2000', '2000-02-09', '2000-07', '2001']);
  });
});

describe('sourceHref', () => {
  it.each([
    ['tass.com/world/1882445', 'https://tass.com/world/1882445'],
    ['kcnawatch.org', 'https://kcnawatch.org'],
    ['world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=98015', 'https://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=98015'],
    ['https://example.org/a', 'https://example.org/a'],
    ['Reuters', undefined],
    [undefined, undefined],
  ])('%s → %s', (address, href) => {
    expect(sourceHref(address)).toBe(href);
  });
});
