/** /feed.xml: well-formed RSS 2.0 of the texts, newest first, linked from every page's <head>. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select } from 'hast-util-select';
import { TEST_SITE } from '../support/site.ts';
import { DIST, fileFor, pagePaths, readPage } from './dist.ts';
import { existsSync } from 'node:fs';

const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');

interface Item {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
  category: string;
}

const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel as { title: string; link: string; language: string; item: Item[] };
const articles = pagePaths().filter((path) => /^\/artikel\/[^/]+\/$/.test(path));

describe('the feed', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a German RSS channel on the site', () => {
    expect(channel.title).toBe('nebeneinander: neue Texte');
    expect(channel.link).toBe(`${TEST_SITE}/`);
    expect(channel.language).toBe('de-de');
  });

  it('has one item per text, each linking to its page on the site', () => {
    expect(channel.item.map((item) => item.link).sort()).toEqual(articles.map((path) => `${TEST_SITE}${path}`).sort());
    for (const item of channel.item) {
      expect(existsSync(fileFor(new URL(item.link).pathname)), item.link).toBe(true);
      expect(item.title).toBe(String(select('h1', readPage(new URL(item.link).pathname))?.children.map((child) => ('value' in child ? child.value : '')).join('')));
    }
  });

  it('lists the newest first', () => {
    const dates = channel.item.map((item) => new Date(item.pubDate).getTime());
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Date(channel.item[0]?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2024-06-19');
    expect(new Date(channel.item.at(-1)?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2023-09-13');
  });

  it('says where a date is inferred, since RSS cannot', () => {
    const inferred = channel.item.find((item) => item.link.endsWith('/artikel/heiliger-kampf/'));
    expect(inferred?.description).toMatch(/Das Datum nennt der Text nicht; es ist erschlossen/);
    const stated = channel.item.find((item) => item.link.endsWith('/artikel/partnerschaftsvertrag/'));
    expect(stated?.description).not.toMatch(/erschlossen/);
  });

  it.each(pagePaths())('%s links the feed from <head>', (path) => {
    const link = select('head link[rel="alternate"][type="application/rss+xml"]', readPage(path));
    expect(link?.properties['href']).toBe('/feed.xml');
  });
});
