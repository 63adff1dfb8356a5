/** /feed.xml: well-formed RSS 2.0 of the stories and texts, newest first, linked from the <head> of the pages it lists. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select, selectAll } from 'hast-util-select';
import { TEST_SITE } from '../support/site.ts';
import { DIST, fileFor, fixtureSite, pagePaths, readPage, headingText } from './dist.ts';
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
    expect(channel.title).toBe('nebeneinander: neue Themen und Texte');
    expect(channel.link).toBe(`${TEST_SITE}/`);
    expect(channel.language).toBe('de-de');
  });

  it('has one item per story and per text, each linking to its page on the site', () => {
    const stories = pagePaths().filter((path) => /^\/themen\/[a-z][^/]*\/$/.test(path));
    expect(stories.length).toBeGreaterThan(0);
    expect(channel.item.map((item) => item.link).sort()).toEqual([...stories, ...articles].map((path) => `${TEST_SITE}${path}`).sort());
    for (const item of channel.item) {
      const path = new URL(item.link).pathname;
      expect(existsSync(fileFor(path)), item.link).toBe(true);
      const title = headingText(select('h1', readPage(path)));
      expect(item.title).toBe(stories.includes(path) ? `Thema: ${title}` : title);
    }
  });

  it('lists the newest first', () => {
    const dates = channel.item.map((item) => new Date(item.pubDate).getTime());
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // On the frozen site: the story is dated by its latest event (19 June 2024) and comes before the texts of that day.
    const frozen = (new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(fixtureSite.DIST, 'feed.xml'), 'utf8')).rss.channel as { item: Item[] }).item;
    expect(frozen[0]?.link).toBe(`${TEST_SITE}/themen/russland-nordkorea/`);
    expect(new Date(frozen[0]?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2024-06-19');
    expect(new Date(frozen.at(-1)?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2023-09-13');
  });

  it('says where a date is inferred, since RSS cannot', () => {
    const inferred = channel.item.find((item) => item.link.endsWith('/artikel/heiliger-kampf/'));
    expect(inferred?.description).toMatch(/Das Datum nennt der Text nicht; erschlossen: frühestens 13\. September 2023 \(Begründung auf der Seite\)\.$/);
    const stated = channel.item.find((item) => item.link.endsWith('/artikel/partnerschaftsvertrag/'));
    expect(stated?.description).not.toMatch(/erschlossen/);
  });

  // Feed readers look for the feed on whatever page a reader pastes (issue 23): every page links it.
  it.each(pagePaths())('%s links the feed from <head>', (path) => {
    const links = selectAll('head link[rel="alternate"][type="application/rss+xml"]', readPage(path));
    expect(links.map((link) => link.properties['href'])).toEqual(['/feed.xml']);
  });
});
