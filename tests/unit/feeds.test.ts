import { parseFeed } from "@rowanmanning/feed-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildFeed, FEED_SIZE, type FeedMeta, feedContent, serializeFeed } from "../../src/feeds/feeds.ts";
import type { NewsEntry } from "../../src/news/news-index.ts";
import { absoluteUrl } from "../../src/site/url.ts";

/** News items as the news plugin indexes them, newest first: one a day, back from 30 March 2024. */
function entries(count: number): NewsEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const slug = `item-${i + 1}`;
    return {
      item: {
        inputPath: `./content/en/news/${slug}.md`,
        fileSlug: slug,
        url: `/en/news/${slug}/`,
        date: new Date(Date.UTC(2024, 2, 30 - i)),
        data: { key: slug, title: `Item ${i + 1} & more`, summary: `Summary of item ${i + 1}.` },
        content: `<p>Read <a href="../other/">the other item</a> and <a href="#part">a part</a>.</p>`,
      },
      locale: "en",
      around: { newer: undefined, older: undefined },
      event: undefined,
      tags: i === 0 ? ["ROMACT", "Seminar"] : [],
      image: undefined,
    };
  });
}

const meta: FeedMeta = {
  language: "en",
  title: "News – Alliance",
  description: "News of the Alliance.",
  link: absoluteUrl("/en/news/"),
  author: { name: "Alliance", link: absoluteUrl("/en/") },
  icon: absoluteUrl("/favicon.svg"),
  self: { rss: absoluteUrl("/en/feed.xml"), atom: absoluteUrl("/en/atom.xml"), json: absoluteUrl("/en/feed.json") },
  account: {
    written: "Account written on",
    note: "Written afterwards from the record.",
    sources: "Sources",
    formatDate: (date) => date.toISOString().slice(0, 10),
  },
};

describe("the news feeds", () => {
  const news = entries(FEED_SIZE + 5);
  const feed = buildFeed(meta, news);

  it.each(["rss", "atom"] as const)(
    "%s: the 20 newest items with their language, dates, categories and absolute links, as a feed reader reads them",
    (format) => {
      const parsed = parseFeed(serializeFeed(feed, format));
      expect(parsed.language).toBe("en");
      expect(parsed.title).toBe("News – Alliance");
      expect(parsed.url).toBe(meta.link);
      expect(parsed.self).toBe(meta.self[format]);
      expect(parsed.updated?.toISOString()).toBe("2024-03-30T00:00:00.000Z");
      expect(parsed.items.map((item) => item.url)).toEqual(news.slice(0, FEED_SIZE).map((entry) => absoluteUrl(entry.item.url as string)));
      const [first] = parsed.items;
      expect(first.title).toBe("Item 1 & more");
      expect(first.published?.toISOString()).toBe("2024-03-30T00:00:00.000Z");
      expect(first.categories.map((category) => category.term)).toEqual(["ROMACT", "Seminar"]);
      expect(first.content).toContain(`<a href="${absoluteUrl("/en/news/other/")}">the other item</a>`);
      expect(first.content).toContain(`<a href="${absoluteUrl("/en/news/item-1/#part")}">a part</a>`);
    },
  );

  it("atom: the feed element says its language", () => {
    expect(serializeFeed(feed, "atom")).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  });

  it("JSON Feed 1.1: version, language, authors, and the same items", () => {
    const json = JSON.parse(serializeFeed(feed, "json"));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.language).toBe("en");
    expect(json.authors).toEqual([{ name: "Alliance", url: absoluteUrl("/en/") }]);
    expect(json.feed_url).toBe(meta.self.json);
    expect(json.items).toHaveLength(FEED_SIZE);
    expect(json.items[0]).toMatchObject({ id: absoluteUrl("/en/news/item-1/"), url: absoluteUrl("/en/news/item-1/"), language: "en", title: "Item 1 & more" });
  });

  it("an account written afterwards from the record is published on the day it was written, and says so with its sources", () => {
    const [entry] = entries(1);
    const account = {
      written: new Date("2026-11-27T00:00:00Z"),
      sources: [{ title: "Old site, page 109", url: "https://roma-alliance.org/fr/page/109.html" }, { title: "A report" }],
    };
    const parsed = parseFeed(serializeFeed(buildFeed(meta, [{ ...entry, account }]), "atom"));
    const [item] = parsed.items;
    expect(item.published?.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    const { document } = parseHTML(`<!doctype html><html><body>${item.content}</body></html>`);
    expect(document.body.firstElementChild?.textContent).toBe("Account written on 2026-11-27. Written afterwards from the record.");
    expect([...document.querySelectorAll("h2 + ul li")].map((li) => li.textContent)).toEqual(["Old site, page 109", "A report"]);
    expect(document.querySelector("li a")?.getAttribute("href")).toBe("https://roma-alliance.org/fr/page/109.html");
  });

  it("an empty locale still has a valid feed, without items", () => {
    expect(parseFeed(serializeFeed(buildFeed(meta, []), "rss")).items).toEqual([]);
  });
});

describe("a feed item's content", () => {
  const [entry] = entries(1);
  const image = { url: "/img/abc-800.jpeg", alt: "The seminar room", width: 800, height: 450, sourceType: "image/jpeg", size: 12_345 };

  it("starts with the item's image, then its body, every address absolute", () => {
    const html = feedContent({ ...entry, image: image as NewsEntry["image"] }, absoluteUrl("/en/news/item-1/"), meta.account);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect([...document.body.children].map((element) => element.localName)).toEqual(["figure", "p"]);
    const img = document.querySelector("figure > img")!;
    expect(Object.fromEntries(["src", "alt", "width", "height"].map((name) => [name, img.getAttribute(name)]))).toEqual({
      src: absoluteUrl("/img/abc-800.jpeg"),
      alt: "The seminar room",
      width: "800",
      height: "450",
    });
    expect(document.querySelector("p a")?.getAttribute("href")).toBe(absoluteUrl("/en/news/other/"));
  });

  it("in the RSS feed, carries the image as an enclosure with its type and size", () => {
    const rss = serializeFeed(buildFeed(meta, [{ ...entry, image: image as NewsEntry["image"] }]), "rss");
    expect(parseFeed(rss).items[0].media[0]).toMatchObject({ url: absoluteUrl("/img/abc-800.jpeg"), mimeType: "image/jpeg", length: 12_345 });
  });
});
