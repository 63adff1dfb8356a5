/**
 * The word-choice chart, laid out at build time: for each text a block of
 * horizontal bars, one per variant the text uses, each labelled directly
 * with the variant and its count. No legend and no colour code, so the chart
 * reads the same in greyscale, in print and in dark mode; the description
 * says in words what the bars show.
 */
import type { TermGroup } from './terms.ts';

export interface ChartBar {
  term: string;
  count: number;
  /** Top of the bar row. */
  y: number;
  /** Bar length in SVG units (proportional to `count`). */
  width: number;
}

export interface ChartBlock {
  article: string;
  /** The text's short title, the block heading. */
  label: string;
  total: number;
  /** Baseline of the block heading. */
  y: number;
  bars: ChartBar[];
}

export interface ChartModel {
  width: number;
  height: number;
  /** Where bars start (after the variant labels). */
  barX: number;
  rowHeight: number;
  barHeight: number;
  blocks: ChartBlock[];
  /** The chart in words, for the SVG's <desc> and as its text alternative. */
  description: string;
}

export interface ChartOptions {
  /** Total width in SVG units. Default 360, readable down to a 320px screen. */
  width?: number;
  /** Width kept for the variant labels left of the bars. Default 160. */
  labelWidth?: number;
  /** Room right of the longest bar for its count. Default 32. */
  countWidth?: number;
}

const ROW = 22;
const BAR = 14;
const HEADING = 24;
const GAP = 10;

export function layoutChart(
  group: TermGroup,
  articles: readonly { id: string; label: string }[],
  options: ChartOptions = {},
): ChartModel {
  const { width = 360, labelWidth = 160, countWidth = 32 } = options;
  const max = Math.max(1, ...group.variants.flatMap((variant) => Object.values(variant.counts)));
  const unit = (width - labelWidth - countWidth) / max;
  let y = 0;
  const blocks = articles.map((article): ChartBlock => {
    const used = group.variants.filter((variant) => (variant.counts[article.id] ?? 0) > 0);
    const headingY = y + HEADING - 8;
    y += HEADING;
    const bars = used.map((variant): ChartBar => {
      const count = variant.counts[article.id] ?? 0;
      const bar = { term: variant.term, count, y, width: count * unit };
      y += ROW;
      return bar;
    });
    if (bars.length === 0) y += ROW;
    y += GAP;
    return { article: article.id, label: article.label, total: bars.reduce((sum, bar) => sum + bar.count, 0), y: headingY, bars };
  });
  const description = blocks
    .map((block) =>
      block.bars.length === 0
        ? `${block.label}: keine Fundstelle.`
        : `${block.label}: ${block.bars.map((bar) => `${bar.term} ${bar.count}`).join(', ')}.`,
    )
    .join(' ');
  return { width, height: y, barX: labelWidth, rowHeight: ROW, barHeight: BAR, blocks, description };
}
