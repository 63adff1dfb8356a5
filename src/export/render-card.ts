/**
 * Renders a share card to PNG: satori lays out src/export/card-layout.ts and
 * writes SVG with the text as paths, resvg rasterises it. Node-only (it reads
 * the fonts from node_modules and resvg is a native module): used by the card
 * endpoint at build time and by the bench, never bundled for the browser.
 *
 * Fonts come from the @fontsource/source-sans-3 package (its .woff files:
 * satori reads TTF, OTF and WOFF, not WOFF2); nothing is downloaded.
 *
 * A rendered card is kept in node_modules/.cache/nebeneinander-cards/ under the
 * hash of everything that decides its pixels (layout tree, fonts, library
 * versions), so a rebuild renders only the cards whose words changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardText } from './card-layout.ts';

const require = createRequire(import.meta.url);

/** Latin covers German (umlauts, ß, „“ – …); latin-ext catches names with other Latin letters. */
const FONT_FILES = [
  { weight: 400, file: 'source-sans-3-latin-400-normal.woff' },
  { weight: 700, file: 'source-sans-3-latin-700-normal.woff' },
  { weight: 400, file: 'source-sans-3-latin-ext-400-normal.woff' },
  { weight: 700, file: 'source-sans-3-latin-ext-700-normal.woff' },
] as const;

interface Fonts {
  list: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  /** Identifies fonts and library versions in the cache key. */
  id: string;
}

let fonts: Fonts | undefined;

function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
  return `${manifest.name ?? name}@${manifest.version ?? '?'}`;
}

function loadFonts(): Fonts {
  if (fonts) return fonts;
  const hash = createHash('sha256');
  const list = FONT_FILES.map(({ weight, file }) => {
    const data = readFileSync(require.resolve(`@fontsource/source-sans-3/files/${file}`));
    hash.update(file).update(data);
    return { name: CARD_FONT, data, weight, style: 'normal' as const };
  });
  hash.update(packageVersion('satori')).update(packageVersion('@resvg/resvg-js'));
  fonts = { list, id: hash.digest('hex') };
  return fonts;
}

export interface RenderOptions {
  /** Where rendered cards are kept between builds; `false` renders every card afresh (the bench does). */
  cacheDir?: string | false;
}

export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'nebeneinander-cards');

/** The card as PNG bytes, 1200 × 630. */
export async function renderCard(text: CardText, options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { list, id } = loadFonts();
  const layout = cardLayout(text);
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const key = createHash('sha256').update(id).update(JSON.stringify(layout)).digest('hex');
  const cached = cacheDir === false ? undefined : join(cacheDir, `${key}.png`);
  if (cached && existsSync(cached)) return new Uint8Array(readFileSync(cached));

  // satori's types ask for a ReactNode; the element-shaped tree is what it reads.
  const svg = await satori(layout as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: list });
  const png = new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());

  if (cached && cacheDir !== false) {
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  }
  return png;
}
