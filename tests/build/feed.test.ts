/** /feed.xml: well-formed RSS 2.0 of the stories and texts, newest first, linked from the <head> of the pages it lists. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select } from 'hast-util-select';
import { TEST_SITE } from '../support/site.ts';
import { DIST, fileFor, fixtureSite, pagePaths, readPage } from './dist.ts';
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

type Channel = { title: string; link: string; language: string; item: Item[] };
const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel as Channel;
/** The feed of the site as committed with its first story (tests/fixtures/site/). */
const fixtureChannel = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(fixtureSite.DIST, 'feed.xml'), 'utf8')).rss.channel as Channel;
const articles = pagePaths().filter((path) => /^\/artikel\/[^/]+\/$/.test(path));

describe('the feed', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a German RSS channel on the site', () => {
    expect(channel.title).toBe('nebeneinander: neue Themen und Texte');
    expect(channel.link).toBe(`${TEST_SITE}/`);
    expect(channel.language).toBe('de-de');
  });

  it('has one item per story and per text, each linking to its page on the site', () => {
    const stories = pagePaths().filter((path) => /^\/themen\/[a-z][^/]*\/$/.test(path));
    expect(fixtureSite.pagePaths().filter((path) => /^\/themen\/[a-z][^/]*\/$/.test(path))).toEqual(['/themen/russland-nordkorea/']);
    expect(stories.length).toBeGreaterThan(0);
    expect(channel.item.map((item) => item.link).sort()).toEqual([...stories, ...articles].map((path) => `${TEST_SITE}${path}`).sort());
    for (const item of channel.item) {
      const path = new URL(item.link).pathname;
      expect(existsSync(fileFor(path)), item.link).toBe(true);
      const title = String(select('h1', readPage(path))?.children.map((child) => ('value' in child ? child.value : '')).join(''));
      expect(item.title).toBe(stories.includes(path) ? `Thema: ${title}` : title);
    }
  });

  it('lists the newest first', () => {
    const dates = channel.item.map((item) => new Date(item.pubDate).getTime());
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // The first story (tests/fixtures/site/) is dated by its latest event (19 June 2024) and comes before the texts of that day.
    expect(fixtureChannel.item[0]?.link).toBe(`${TEST_SITE}/themen/russland-nordkorea/`);
    expect(new Date(fixtureChannel.item[0]?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2024-06-19');
    expect(new Date(fixtureChannel.item.at(-1)?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2023-09-13');
  });

  it('says where a date is inferred, since RSS cannot', () => {
    const inferred = fixtureChannel.item.find((item) => item.link.endsWith('/artikel/heiliger-kampf/'));
    expect(inferred?.description).toMatch(/Das Datum nennt der Text nicht; erschlossen: frühestens 13\. September 2023 \(Begründung auf der Seite\)\.$/);
    const stated = fixtureChannel.item.find((item) => item.link.endsWith('/artikel/partnerschaftsvertrag/'));
    expect(stated?.description).not.toMatch(/erschlossen/);
  });

  const listed = (path: string) => path === '/' || path.startsWith('/themen/') || /^\/artikel\/[^/]+\/$/.test(path);
  it.each(pagePaths())('%s links the feed from <head> if the feed lists its contents', (path) => {
    const link = select('head link[rel="alternate"][type="application/rss+xml"]', readPage(path));
    if (listed(path) && !/\/(quellen|vergleich|wortwahl|zeitleiste)\/$/.test(path)) expect(link?.properties['href']).toBe('/feed.xml');
    else expect(link).toBeUndefined();
  });
});
