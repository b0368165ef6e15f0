import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";
import { newsFile, newsFolders, removeRealNews } from "../helpers/news-fixture.ts";

/**
 * News items written after the fact (`written`, `sources`) against one published on its date, in a
 * real build: what the article, the listing, the home page, the JSON-LD and the three feeds say.
 */
const ORIGIN = "https://alliance.example.org";
let site: FixtureSite;

const words = {
  fr: {
    news: "/fr/actualites/",
    home: "/fr/",
    written: "Récit rédigé le",
    writtenDate: "27 novembre 2026",
    published: "Publié le",
    stops: "s’arrêtent en avril 2018",
  },
  en: {
    news: "/en/news/",
    home: "/en/",
    written: "Account written on",
    writtenDate: "27 November 2026",
    published: "Published on",
    stops: "stops in April 2018",
  },
};
const locales = Object.keys(words) as (keyof typeof words)[];

function writeItems(withNewerPublished: boolean): void {
  removeRealNews(site);
  for (const locale of locales) {
    const folder = newsFolders[locale];
    site.write(`${folder}/published.md`, newsFile({ key: "published", title: "Published item", date: "2015-01-10", summary: "Published on its day." }));
    site.write(
      `${folder}/account.md`,
      newsFile(
        {
          key: "account",
          title: "Account item",
          date: "2018-04-12",
          written: "2026-11-27",
          summary: "Written from the record.",
          place: "Athens",
          event: { start: "2018-04-12" },
          sources: [{ title: "Source with an address", url: "https://example.org/source-one" }, { title: "Source by its title" }],
        },
        "Body of the account.",
      ),
    );
    if (withNewerPublished) {
      site.write(`${folder}/newer.md`, newsFile({ key: "newer", title: "Newer item", date: "2019-05-01", summary: "Published on its day." }));
    }
  }
}

beforeAll(() => {
  site = fixtureSite();
  writeItems(false);
  const { status, log } = site.build({ URL: ORIGIN });
  expect(status, log).toBe(0);
});
afterAll(() => site?.remove());

const read = (path: string) => readFileSync(join(site.output, path, path.endsWith("/") ? "index.html" : ""), "utf8");
const documentOf = (path: string) => parseHTML(read(path)).document;
const text = (node: { textContent: string | null } | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

describe.each(locales)("in %s", (locale) => {
  const w = words[locale];
  const article = (slug: string) => documentOf(`${w.news}${slug}/`);

  it("an account says when it was written and lists its sources, and never says it was published on its date", () => {
    const document = article("account");
    const labels = [...document.querySelectorAll(".article-facts dt")].map(text);
    expect(labels).toContain(w.written);
    expect(labels).not.toContain(w.published);
    expect(text(document.querySelector(".article-facts time[datetime='2026-11-27']"))).toBe(w.writtenDate);
    expect(text(document.querySelector(".article-account")).length).toBeGreaterThan(20);
    const sources = [...document.querySelectorAll(".article-sources li")];
    expect(sources.map(text)).toEqual(["Source with an address", "Source by its title"]);
    expect(sources[0].querySelector("a")?.getAttribute("href")).toBe("https://example.org/source-one");
    expect(sources[1].querySelector("a")).toBeNull();
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd["@graph"][0].datePublished).toBe("2026-11-27");
  });

  it("an item published on its date still says so, with no account note", () => {
    const document = article("published");
    expect([...document.querySelectorAll(".article-facts dt")].map(text)).toContain(w.published);
    expect(document.querySelector(".article-account")).toBeNull();
    expect(document.querySelector(".article-sources")).toBeNull();
  });

  it("the listing gives the account's writing date beside the date of its events", () => {
    const entries = [...documentOf(w.news).querySelectorAll(".news-summary")].map((entry) => text(entry.querySelector(".meta")));
    expect(entries[0]).toContain(`${w.written} ${w.writtenDate}`);
    expect(entries[1]).not.toContain(w.written);
  });

  it("the listing and the home page say where the record stops", () => {
    expect(text(documentOf(w.news).querySelector(".record-end"))).toContain(w.stops);
    expect(text(documentOf(w.home).querySelector(".record-end"))).toContain(w.stops);
  });

  /** The newest two items of a feed: title, HTML content and publication day, read with a feed parser (JSON Feed as JSON). */
  const feedItems = (file: string) => {
    if (file.endsWith(".json")) {
      const items = JSON.parse(read(`/${locale}/${file}`)).items as { title: string; content_html: string; date_published: string }[];
      return items.map((item) => ({ title: item.title, content: item.content_html, published: item.date_published.slice(0, 10) }));
    }
    return parseFeed(read(`/${locale}/${file}`)).items.map((item) => ({
      title: item.title,
      content: item.content ?? "",
      published: item.published?.toISOString().slice(0, 10),
    }));
  };

  it.each(["feed.xml", "atom.xml", "feed.json"])("%s carries the note and the sources, and the day the account was written", (file) => {
    const [account, published] = feedItems(file);
    expect(account.title).toBe("Account item");
    expect(account.content).toContain(`${w.written} ${w.writtenDate}`);
    expect(account.content).toContain('href="https://example.org/source-one"');
    expect(account.content).toContain("Source by its title");
    expect(account.published).toBe("2026-11-27");
    expect(published.content).not.toContain(w.written);
  });
});

describe("when a newer item was published on its date", () => {
  beforeAll(() => {
    writeItems(true);
    const { status, log } = site.build({ URL: ORIGIN });
    expect(status, log).toBe(0);
  });

  it.each(locales)("%s: the record-end note is gone", (locale) => {
    expect(documentOf(words[locale].news).querySelector(".record-end")).toBeNull();
    expect(documentOf(words[locale].home).querySelector(".record-end")).toBeNull();
  });
});
