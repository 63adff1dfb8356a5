/**
 * The share card (Open Graph / Twitter image) of a page as a layout tree for
 * satori: a pure function of the words on it, so every kind of page (claim,
 * pair, the site itself, later a story) gets its card from one call. The
 * tree is plain data (React-element-shaped objects), which also makes it the
 * cache key of the rendered PNG (src/export/render-card.ts).
 */

/** Open Graph's recommended size; og:image:width/height name it on every page. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. */
export interface CardText {
  /** One short line above the title: what kind of page this is ("Aussage · Vertrag von Pjöngjang"). */
  kicker: string;
  /** The page's title: the claim, the pair of texts, the story. */
  title: string;
  /** The coverage line: how many texts report it ("2 von 3 Texten zum Vertrag von Pjöngjang berichten das."). */
  coverage: string;
}

/** A satori node: an element-shaped object with props.style and children. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

/** The family name the fonts are registered under in render-card.ts. */
export const CARD_FONT = 'Source Sans 3';

const COLORS = { bg: '#fdfcf9', fg: '#1d1d1f', muted: '#55575c', accent: '#0b5cad', line: '#d5d2c8' };

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/**
 * The title's size: as large as fits in about three lines. Thresholds are
 * character counts measured against Source Sans 3 Bold at 1,040 px width.
 */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 72;
  if (length <= 70) return 60;
  if (length <= 110) return 50;
  return 42;
}

/** Longer than this many characters, a title is cut at a word with „…“ (the page itself has it in full). */
export const TITLE_MAX = 160;

export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')} …`;
}

/** Keeps a number with the word after it ("1 Text"), so a line never ends on a bare digit. */
const keepNumbers = (text: string) => text.replace(/(\d) /g, '$1\u00a0');

export function cardLayout(text: CardText): CardNode {
  const title = clip(text.title, TITLE_MAX);
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '48px 72px 48px 64px',
      backgroundColor: COLORS.bg,
      borderLeft: `24px solid ${COLORS.accent}`,
      color: COLORS.fg,
      fontFamily: CARD_FONT,
    },
    [
      node('div', { display: 'flex', flexDirection: 'column' }, [
        node('div', { fontSize: 34, fontWeight: 700, color: COLORS.fg }, 'nebeneinander'),
        node('div', { fontSize: 30, fontWeight: 400, color: COLORS.muted, marginTop: 8 }, clip(text.kicker, 70)),
      ]),
      node(
        'div',
        { flexGrow: 1, display: 'flex', alignItems: 'center', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, color: COLORS.fg },
        title,
      ),
      node(
        'div',
        { fontSize: 30, fontWeight: 400, lineHeight: 1.3, color: COLORS.fg, borderTop: `3px solid ${COLORS.line}`, paddingTop: 18 },
        keepNumbers(clip(text.coverage, 130)),
      ),
    ],
  );
}
