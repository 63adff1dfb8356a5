import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardLayout, clip, titleSize, type CardNode, type CardText } from '../../src/export/card-layout.ts';
import { renderCard } from '../../src/export/render-card.ts';
import { pngSize } from '../support/formats.ts';

const text: CardText = {
  kicker: 'Aussage · Partnerschaftsvertrag von Pjöngjang (19. Juni 2024)',
  title: 'Gegenseitiger Beistand im Angriffsfall',
  coverage: '1 von 3 Texten zum Vertrag von Pjöngjang berichtet das.',
};

/** Every string in the layout tree, in order. */
function words(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(words);
}

describe('the card layout', () => {
  it('shows the site, the kicker, the title and the coverage line, a number kept with its word', () => {
    expect(words(cardLayout(text))).toEqual([
      'nebeneinander',
      text.kicker,
      text.title,
      '1\u00a0von 3\u00a0Texten zum Vertrag von Pjöngjang berichtet das.',
    ]);
  });

  it('is 1200 × 630', () => {
    expect(cardLayout(text).props.style).toMatchObject({ width: 1200, height: 630 });
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Kurz')).toBe(72);
    expect(titleSize('x'.repeat(60))).toBe(60);
    expect(titleSize('x'.repeat(100))).toBe(50);
    expect(titleSize('x'.repeat(150))).toBe(42);
  });

  it('cuts an overlong title at a word, with an ellipsis', () => {
    const long = `${'Wort '.repeat(50)}Ende`;
    const cut = clip(long, 160);
    expect([...cut].length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/Wort …$/);
    expect(clip('kurz genug', 160)).toBe('kurz genug');
  });
});

describe('renderCard', () => {
  it('renders a 1200 × 630 PNG, and the second time reads it from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const png = await renderCard(text, { cacheDir });
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      const files = readdirSync(cacheDir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[0-9a-f]{64}\.png$/);
      expect(Buffer.from(readFileSync(join(cacheDir, files[0] ?? '')))).toEqual(Buffer.from(png));

      // The same words again: the file is read, not rendered (a marker written into it comes back).
      writeFileSync(join(cacheDir, files[0] ?? ''), 'aus dem Cache');
      expect(Buffer.from(await renderCard(text, { cacheDir })).toString()).toBe('aus dem Cache');
      expect(readdirSync(cacheDir)).toHaveLength(1);
      await renderCard({ ...text, title: 'Eine andere Aussage' }, { cacheDir });
      expect(readdirSync(cacheDir)).toHaveLength(2);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('draws the words: a card with a longer title differs from one with a shorter', async () => {
    const a = await renderCard(text, { cacheDir: false });
    const b = await renderCard({ ...text, title: 'Beistand' }, { cacheDir: false });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
