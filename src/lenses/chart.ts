/**
 * The word-choice chart, laid out at build time: for each text a block of
 * horizontal bars, one per variant the text uses, each labelled directly
 * with the variant (above the bar, so long words fit on a narrow screen)
 * and its count (after the bar). No legend and no colour code, so the chart
 * reads the same in greyscale, in print and in dark mode; the description
 * says in words what the bars show.
 */
import type { TermGroup } from './terms.ts';

export interface ChartBar {
  term: string;
  count: number;
  /** Baseline of the variant label; the bar lies below it. */
  labelY: number;
  /** Top of the bar. */
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
  rowHeight: number;
  barHeight: number;
  blocks: ChartBlock[];
  /** The chart in words, for the SVG's <desc> and as its text alternative. */
  description: string;
}

export interface ChartOptions {
  /** Total width in SVG units. Default 300, so 13-unit text stays readable on a 320px screen. */
  width?: number;
  /** Room right of the longest bar for its count. Default 28. */
  countWidth?: number;
}

/** Label line (16) + bar (12) + space (8). */
const ROW = 36;
const LABEL = 13;
const BAR = 12;
const HEADING = 26;
const GAP = 12;

export function layoutChart(
  group: TermGroup,
  articles: readonly { id: string; label: string }[],
  options: ChartOptions = {},
): ChartModel {
  const { width = 300, countWidth = 28 } = options;
  const max = Math.max(1, ...group.variants.flatMap((variant) => Object.values(variant.counts)));
  const unit = (width - countWidth) / max;
  let y = 0;
  const blocks = articles.map((article): ChartBlock => {
    const used = group.variants.filter((variant) => (variant.counts[article.id] ?? 0) > 0);
    const headingY = y + HEADING - 10;
    y += HEADING;
    const bars = used.map((variant): ChartBar => {
      const count = variant.counts[article.id] ?? 0;
      const bar = { term: variant.term, count, labelY: y + LABEL, y: y + LABEL + 4, width: count * unit };
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
  return { width, height: y, rowHeight: ROW, barHeight: BAR, blocks, description };
}
