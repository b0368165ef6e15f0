import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";
import { removeRealNews, writeFixtureImage, writeGeneratedNews, type GeneratedItem } from "../helpers/news-fixture.ts";

/**
 * The real build of a site with 25 generated news items per locale (one a draft, one with an image):
 * listings, articles, feeds and calendars are read back with real parsers.
 */
const ORIGIN = "https://alliance.example.org";
const COUNT = 25;
const DRAFT = COUNT; // the newest: if drafts leaked, they would come first everywhere
const IMAGE = 20;
let site: FixtureSite;
let items: GeneratedItem[];
let published: GeneratedItem[];
let newestFirst: GeneratedItem[];

beforeAll(async () => {
  site = fixtureSite();
  removeRealNews(site);
  await writeFixtureImage(site);
  items = writeGeneratedNews(site, COUNT + 1, { imageItems: [IMAGE], draftItems: [DRAFT] });
  published = items.filter((item) => !item.draft);
  expect(published).toHaveLength(COUNT);
  newestFirst = [...published].sort((a, b) => b.date.localeCompare(a.date));
  const { status, log } = site.build({ URL: ORIGIN });
  expect(status, log).toBe(0);
});
afterAll(() => site?.remove());

const locales = [
  { code: "fr", news: "/fr/actualites/", calendar: "/fr/evenements.ics", pageTitle: "page 2 sur 3" },
  { code: "en", news: "/en/news/", calendar: "/en/events.ics", pageTitle: "page 2 of 3" },
];

const fileOf = (path: string) => join(site.output, decodeURIComponent(path), path.endsWith("/") ? "index.html" : "");
const read = (path: string) => readFileSync(fileOf(path), "utf8");
const html = (path: string) => parseHTML(read(path)).document;
/** A site URL (absolute on the origin, or a path) answers with a built file. */
const resolves = (url: string) => {
  const parsed = new URL(url, ORIGIN);
  return parsed.origin === ORIGIN && existsSync(fileOf(parsed.pathname));
};

describe.each(locales)("the $code news", ({ code, news, calendar, pageTitle }) => {
  const slugOf = (href: string) => href.match(/\/(item-\d+)\/$/)?.[1];

  it("lists 25 items on 3 pages of 10, newest first, with working previous and next links", () => {
    const pages = [news, `${news}page/2/`, `${news}page/3/`];
    expect(existsSync(fileOf(`${news}page/4/`))).toBe(false);
    const listed: string[] = [];
    pages.forEach((path, index) => {
      const document = html(path);
      const entries = [...document.querySelectorAll(".news-list h2 a")].map((a) => slugOf(a.getAttribute("href")!)!);
      expect(entries).toHaveLength(index < 2 ? 10 : 5);
      listed.push(...entries);
      const previous = document.querySelector('.pagination a[rel="prev"]')?.getAttribute("href");
      const next = document.querySelector('.pagination a[rel="next"]')?.getAttribute("href");
      expect(previous).toBe(pages[index - 1]);
      expect(next).toBe(pages[index + 1]);
      for (const href of [previous, next]) if (href) expect(resolves(href), href).toBe(true);
      expect(document.querySelector('.pagination a[aria-current="page"]')?.getAttribute("href")).toBe(path);
      expect([...document.querySelectorAll(".pagination li a:not([rel])")].map((a) => a.getAttribute("href"))).toEqual(pages);
    });
    expect(listed).toEqual(newestFirst.map((i) => i.slug));
    expect(html(`${news}page/2/`).querySelector("title")?.textContent).toContain(pageTitle);
  });

  it("offers the news list and every article to search, not the list's later pages", () => {
    // Each page of a Pagefind bundle is one gzipped fragment: a marker, then the page's JSON (its url, text, meta).
    const bundle = join(site.output, "pagefind", code, "fragment");
    const indexed = readdirSync(bundle).map((name) => {
      const fragment = gunzipSync(readFileSync(join(bundle, name))).toString("utf8");
      return (JSON.parse(fragment.slice(fragment.indexOf("{"))) as { url: string }).url;
    });
    expect(indexed).toContain(news);
    for (const item of published) expect(indexed).toContain(`${news}${item.slug}/`);
    expect(indexed.filter((url) => url.startsWith(`${news}page/`))).toEqual([]);
    // The later pages stay what they were for a visitor: only their marking for search changes.
    expect(html(`${news}page/2/`).querySelector("main .news-list")).not.toBeNull();
  });

  it("shows the three newest on the home page", () => {
    const latest = [...html(`/${code}/`).querySelectorAll(".latest-news a[href*='/item-']")].map((a) => slugOf(a.getAttribute("href")!));
    expect(latest).toEqual(newestFirst.slice(0, 3).map((i) => i.slug));
  });

  it("links each article to the previous and next article in the same locale, and to its translation", () => {
    const middle = newestFirst[5];
    const document = html(`${news}${middle.slug}/`);
    expect(slugOf(document.querySelector('.article-around a[rel="prev"]')!.getAttribute("href")!)).toBe(newestFirst[6].slug);
    expect(slugOf(document.querySelector('.article-around a[rel="next"]')!.getAttribute("href")!)).toBe(newestFirst[4].slug);
    for (const a of document.querySelectorAll(".article-around a")) expect(a.getAttribute("href")!.startsWith(news)).toBe(true);
    const newest = html(`${news}${newestFirst[0].slug}/`);
    expect(newest.querySelector('.article-around a[rel="next"]')).toBeNull();
    expect([...document.querySelectorAll(".tag-list li")].map((li) => li.textContent)).toEqual([`tag-${middle.index % 3}`]);
    const other = document.querySelector(".other-language a")!;
    expect(other.getAttribute("hreflang")).not.toBe(code);
    expect(resolves(other.getAttribute("href")!)).toBe(true);
  });

  it("describes articles in JSON-LD: NewsArticle, and Event with place and zoned times when there is an event", () => {
    const timed = items.find((i) => i.event === "timed")!;
    const script = html(`${news}${timed.slug}/`).querySelector('script[type="application/ld+json"]')!.textContent!;
    const graph = (JSON.parse(script) as { "@graph": Record<string, unknown>[] })["@graph"];
    const article = graph.find((node) => node["@type"] === "NewsArticle")!;
    expect(article.headline).toBe(`${timed.title} (${code})`);
    expect(article.datePublished).toBe(timed.date);
    expect(article.inLanguage).toBe(code);
    const event = graph.find((node) => node["@type"] === "Event")!;
    expect(event.startDate).toBe(`${timed.date}T09:30:00+01:00`);
    expect(event.endDate).toBe(`${timed.date}T17:30:00+01:00`);
    expect(event.location).toMatchObject({ "@type": "Place", name: "Strasbourg" });
    const plain = items.find((i) => !i.event && !i.draft)!;
    const plainGraph = JSON.parse(html(`${news}${plain.slug}/`).querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"];
    expect(plainGraph.map((node: { "@type": string }) => node["@type"])).toEqual(["NewsArticle"]);
  });

  it.each(["feed.xml", "atom.xml"])("has a %s with the 20 newest items, absolute links, dates and its language", (name) => {
    const text = read(`/${code}/${name}`);
    const feed = parseFeed(text);
    expect(feed.language).toBe(code);
    expect(feed.items).toHaveLength(20);
    expect(feed.items.map((item) => slugOf(item.url!))).toEqual(newestFirst.slice(0, 20).map((i) => i.slug));
    expect(feed.items.map((item) => item.published?.toISOString().slice(0, 10))).toEqual(newestFirst.slice(0, 20).map((i) => i.date));
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(newestFirst[0].date);
    expect(feed.self).toBe(`${ORIGIN}/${code}/${name}`);
    expect(feed.title).toBe(
      code === "fr"
        ? "Actualités – Alliance européenne des villes et des régions pour l’inclusion des Roms"
        : "News – European Alliance of Cities and Regions for Roma Inclusion",
    );
    expect(feed.url).toBe(`${ORIGIN}${news}`);
    expect(feed.items[0].categories.map((category) => category.term)).toEqual([`tag-${newestFirst[0].index % 3}`]);
    for (const item of feed.items) expect(resolves(item.url!), item.url!).toBe(true);
    if (name === "atom.xml") expect(text).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${code}">`);
  });

  it("has a JSON Feed 1.1 with the same items", () => {
    const feed = JSON.parse(read(`/${code}/feed.json`));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe(code);
    expect(feed.feed_url).toBe(`${ORIGIN}/${code}/feed.json`);
    expect(feed.items).toHaveLength(20);
    for (const item of feed.items) {
      expect(resolves(item.url)).toBe(true);
      expect(item.id).toBe(item.url);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it("puts full content with absolute URLs in every feed, images included", () => {
    const contents = [
      ...parseFeed(read(`/${code}/feed.xml`)).items.map((item) => item.content!),
      ...parseFeed(read(`/${code}/atom.xml`)).items.map((item) => item.content!),
      ...JSON.parse(read(`/${code}/feed.json`)).items.map((item: { content_html: string }) => item.content_html),
    ];
    expect(contents).toHaveLength(60);
    for (const content of contents) {
      const document = parseHTML(`<body>${content}</body>`).document;
      const urls = [
        ...[...document.querySelectorAll("[href]")].map((e) => e.getAttribute("href")!),
        ...[...document.querySelectorAll("[src]")].map((e) => e.getAttribute("src")!),
      ];
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url, content).toMatch(/^https?:\/\//);
    }
    const item10 = JSON.parse(read(`/${code}/feed.json`)).items.find((item: { url: string }) => item.url.endsWith("/item-10/"));
    expect(item10.content_html).toContain(`href="${ORIGIN}${news}item-9/"`);
    expect(item10.content_html).toContain(`href="${ORIGIN}${news}item-10/#note"`);
    expect(item10.content_html).toContain(`src="${ORIGIN}/favicon.svg"`);
  });

  it("has an iCalendar of every item with an event, in UTC or whole days", () => {
    const parsed = new ICAL.Component(ICAL.parse(read(calendar)));
    const events = parsed.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const withEvents = published.filter((i) => i.event);
    expect(events).toHaveLength(withEvents.length);
    expect(events.length).toBeGreaterThan(5);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const timed = items.find((i) => i.event === "timed")!;
    const timedEvent = events.find((e) => e.uid.startsWith(`${timed.key}.`))!;
    expect(timedEvent.startDate.toJSDate().toISOString()).toBe(`${timed.date}T08:30:00.000Z`);
    const day = events.find((e) => e.startDate.isDate)!;
    expect(day.endDate.toJSDate().getTime() - day.startDate.toJSDate().getTime()).toBe(24 * 3600 * 1000);
    for (const event of events) expect(resolves(event.component.getFirstPropertyValue("url") as string)).toBe(true);
  });

  it("advertises its feeds and calendar in the head of every page, and the RSS feed in the footer", () => {
    const pages = [`/${code}/`, news, `${news}page/3/`, `${news}${newestFirst[3].slug}/`];
    for (const path of pages) {
      const document = html(path);
      const alternates = [...document.querySelectorAll('head link[rel="alternate"][type]')].map((l) => [l.getAttribute("type"), l.getAttribute("href")]);
      expect(alternates).toEqual([
        ["application/rss+xml", `${ORIGIN}/${code}/feed.xml`],
        ["application/atom+xml", `${ORIGIN}/${code}/atom.xml`],
        ["application/feed+json", `${ORIGIN}/${code}/feed.json`],
        ["text/calendar", `${ORIGIN}${calendar}`],
      ]);
      expect(document.querySelector('.site-footer a[type="application/rss+xml"]')?.getAttribute("href")).toBe(`/${code}/feed.xml`);
    }
  });

  it("optimizes news images: AVIF and WebP with a fallback, sizes set, eager on the article, lazy in lists", () => {
    const image = items.find((i) => i.image)!;
    const picture = html(`${news}${image.slug}/`).querySelector(".article-image picture")!;
    expect([...picture.querySelectorAll("source")].map((s) => s.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
    const img = picture.querySelector("img")!;
    expect(img.getAttribute("alt")).toBe(`Picture of item ${image.index}`);
    expect(Number(img.getAttribute("width"))).toBeGreaterThan(0);
    expect(Number(img.getAttribute("height"))).toBeGreaterThan(0);
    expect(img.getAttribute("loading")).toBe("eager");
    const srcset = picture.querySelector('source[type="image/avif"]')!.getAttribute("srcset")!.split(", ");
    expect(srcset.length).toBeGreaterThan(1);
    for (const candidate of [...srcset, img.getAttribute("src")!]) expect(resolves(candidate.split(" ")[0])).toBe(true);
    const listed = [...html(news).querySelectorAll(".news-summary img")];
    expect(listed).toHaveLength(1);
    expect(listed[0].getAttribute("loading")).toBe("lazy");
    const enclosure = parseFeed(read(`/${code}/feed.xml`)).items.find((item) => item.url!.endsWith(`/${image.slug}/`))!.media[0];
    expect(enclosure.url).toMatch(new RegExp(`^${ORIGIN}/img/news/.+\\.jpeg$`));
    expect(resolves(enclosure.url)).toBe(true);
    // The feed is rendered while the images are still being encoded: it waits for the size of the file it names.
    expect(Number(enclosure.length)).toBe(statSync(fileOf(new URL(enclosure.url).pathname)).size);
  });
});

describe("drafts", () => {
  it("never reach the build: no page, listing entry, feed item, calendar event or sitemap entry", () => {
    const draft = items.find((i) => i.draft)!;
    expect(existsSync(join(site.output, "fr/actualites", draft.slug))).toBe(false);
    expect(existsSync(join(site.output, "en/news", draft.slug))).toBe(false);
    const everything = [
      "sitemap.xml",
      "fr/feed.xml",
      "fr/atom.xml",
      "fr/feed.json",
      "fr/evenements.ics",
      "en/feed.xml",
      "en/atom.xml",
      "en/feed.json",
      "en/events.ics",
      "fr/actualites/index.html",
      "en/news/index.html",
      "fr/index.html",
      "en/index.html",
    ];
    for (const file of everything) {
      const text = readFileSync(join(site.output, file), "utf8");
      expect(text, file).not.toContain(`${draft.slug}/`);
      expect(text, file).not.toContain(draft.key);
    }
    const pages = readdirSync(site.output, { recursive: true, encoding: "utf8" });
    expect(pages.filter((page) => page.includes(draft.slug))).toEqual([]);
  });
});
