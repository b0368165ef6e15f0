import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { isMap, parseDocument, visit } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteOrigin } from "../../src/site/url.ts";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

/** Adding a locale is a data-and-content change only: this builds the site with German added that way. */
let site: FixtureSite;
let buildLog = "";

beforeAll(() => {
  site = fixtureSite();
  const locales = JSON.parse(readFileSync(join(repoRoot, "_data/locales.json"), "utf8"));
  // Its URLs in its own words: the section folders keep their names (content/de/news/), their URLs do not.
  const sections = { news: "aktuelles", glossary: "glossar", "good-practices": "gute-praxis", documents: "dokumente" };
  locales.push({ code: "de", name: "Deutsch", ogLocale: "de_DE", dir: "ltr", intl: "de-DE", sections });
  site.write("_data/locales.json", JSON.stringify(locales));
  for (const file of readdirSync(join(repoRoot, "_data/strings/en"))) {
    site.write(`_data/strings/de/${file}`, readFileSync(join(repoRoot, "_data/strings/en", file), "utf8"));
  }
  // The data files' texts are written in every locale: each of them gets its German text (here the English one).
  const withGerman = <T>(texts: T): T => {
    if (Array.isArray(texts)) return texts.map(withGerman) as T;
    if (!texts || typeof texts !== "object") return texts;
    const entries = Object.entries(texts).map(([key, value]) => [key, withGerman(value)]);
    return Object.fromEntries("fr" in texts && "en" in texts ? [...entries, ["de", (texts as { en: unknown }).en]] : entries) as T;
  };
  site.write("_data/dosta-prize.json", JSON.stringify(withGerman(JSON.parse(readFileSync(join(repoRoot, "_data/dosta-prize.json"), "utf8")))));
  const participants = parseDocument(readFileSync(join(repoRoot, "_data/participants.yaml"), "utf8"));
  visit(participants, {
    Map(_, map) {
      if (isMap(map) && map.has("fr") && map.has("en")) map.set("de", map.get("en"));
    },
  });
  site.write("_data/participants.yaml", participants.toString());
  const page = (key: string, title: string, extra = "") => `---\nkey: ${key}\ntitle: ${title}\n${extra}---\n\nDeutscher Text.\n`;
  site.write("content/de/index.md", page("home", "Startseite", "layout: home.njk\n"));
  site.write("content/de/ueber-uns.md", page("about", "Über uns"));
  site.write("content/de/teilnehmen.md", page("join", "Teilnehmen"));
  const folderUrls = (folder: string) => readFileSync(join(repoRoot, `content/en/${folder}/${folder}.11tydata.js`), "utf8");
  site.write("content/de/glossary/glossary.11tydata.js", folderUrls("glossary"));
  site.write("content/de/glossary/index.md", page("glossary", "Glossar"));
  site.write("content/de/suche.md", page("search", "Suche", "layout: search.njk\nindexed: false\n"));
  site.write("content/de/404.md", page("not-found", "Seite nicht gefunden", "permalink: /de/404.html\nsitemap: false\n"));
  // A folder data file may tag its items, as Eleventy's own documentation does.
  site.write("content/de/news/news.11tydata.json", JSON.stringify({ type: "news", layout: "article.njk", tags: ["Nachrichten"] }));
  site.write("content/de/news/news.11tydata.js", folderUrls("news"));
  site.write("content/de/news/index.11tydata.js", readFileSync(join(repoRoot, "content/en/news/index.11tydata.js"), "utf8"));
  site.write(
    "content/de/news/index.njk",
    readFileSync(join(repoRoot, "content/en/news/index.njk"), "utf8")
      .replaceAll("news_en", "news_de")
      .replaceAll("/en/news/", "/de/aktuelles/")
      .replace("title: News", "title: Aktuelles"),
  );
  // A news item of the new locale, in content/de/news/ like every locale's, the translation of a real one.
  site.write(
    "content/de/news/meldung-zum-test.md",
    "---\nkey: 2013-03-alliance-launch\ntitle: Meldung zum Test\ndate: 2013-03-20\nsummary: Eine Meldung des Tests.\n---\n\nDeutscher Text.\n",
  );
  // The expectations below name the default origin, whatever URL the test run itself uses.
  const { status, log } = site.build({ URL: "http://localhost:8080" });
  buildLog = log;
  expect(status, log).toBe(0);
});
afterAll(() => site?.remove());

const read = (url: string) => parseHTML(readFileSync(join(site.output, url, url.endsWith(".html") ? "" : "index.html"), "utf8")).document;

describe("a third locale added by configuration and content", () => {
  it("builds every page of the new locale", () => {
    for (const url of ["/de/", "/de/ueber-uns/", "/de/aktuelles/", "/de/teilnehmen/", "/de/glossar/", "/de/suche/", "/de/404.html"]) {
      expect(existsSync(join(site.output, url, url.endsWith(".html") ? "" : "index.html")), `${url}\n${buildLog}`).toBe(true);
    }
    expect(read("/de/ueber-uns/").documentElement.getAttribute("lang")).toBe("de");
  });

  it("puts the new locale's items at its own section slugs, linked to their translations", () => {
    const item = read("/de/aktuelles/meldung-zum-test/");
    expect(item.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute("href")).toBe(`${siteOrigin()}/en/news/launch-of-the-alliance/`);
    expect(read("/en/news/launch-of-the-alliance/").querySelector('link[rel="alternate"][hreflang="de"]')?.getAttribute("href")).toBe(
      `${siteOrigin()}/de/aktuelles/meldung-zum-test/`,
    );
  });

  it("stops the build at a section folder whose URL slug the locale does not give, saying what to add", () => {
    const other = fixtureSite();
    try {
      const locales = JSON.parse(readFileSync(join(repoRoot, "_data/locales.json"), "utf8"));
      delete locales.find((locale: { code: string }) => locale.code === "en").sections.glossary;
      other.write("_data/locales.json", JSON.stringify(locales));
      const { status, log } = other.build();
      expect(status).not.toBe(0);
      expect(log).toMatch(
        /content\/en\/glossary\/[a-z0-9-]+\.md: permalink: _data\/locales\.json gives locale "en" no URL slug for its "glossary" folder; add "sections": \{ "glossary": "…" \}/,
      );
    } finally {
      other.remove();
    }
  });

  it("links the new locale's navigation to its own pages", () => {
    const hrefs = [...read("/de/").querySelectorAll(".main-nav a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "/de/",
      "/de/ueber-uns/",
      "/de/aktuelles/",
      "/en/documents/",
      "/en/good-practices/",
      "/de/glossar/",
      "/de/teilnehmen/",
      "/de/suche/",
    ]);
  });

  it("leads the menus to the default locale's page where the new locale has none yet, and says so", () => {
    const home = read("/de/");
    const documents = home.querySelector('.main-nav a[href="/en/documents/"]')!;
    expect(documents.getAttribute("hreflang")).toBe("en");
    expect(documents.querySelector(".untranslated")?.textContent).toBe("(English)");
    expect(home.querySelector('.main-nav a[href="/de/glossar/"]')!.hasAttribute("hreflang")).toBe(false);
    const footerLinks = [...home.querySelectorAll(".footer-links a")].map((a) => [a.getAttribute("href"), a.getAttribute("hreflang")]);
    expect(footerLinks).toContainEqual(["/en/legal-notice/", "en"]);
  });

  it("adds the locale to every translated page's switcher and hreflang links", () => {
    const about = read("/fr/a-propos/");
    const switcher = [...about.querySelectorAll(".language-switcher a")].map((a) => [a.getAttribute("hreflang"), a.getAttribute("href")]);
    expect(switcher).toContainEqual(["de", "/de/ueber-uns/"]);
    const hreflangs = [...about.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute("hreflang"));
    expect(hreflangs).toEqual(["fr", "en", "de", "x-default"]);
  });

  it("sends a page without a German version to the German home, saying so", () => {
    const article = read("/fr/actualites/colloque-ldh-les-roms-ont-des-droits/");
    const german = article.querySelector('.language-switcher a[hreflang="de"]');
    expect(german?.getAttribute("href")).toBe("/de/");
    expect(german?.textContent).toContain("not translated");
    expect(article.querySelector('link[hreflang="de"]')).toBeNull();
  });

  it("lists the new pages in the sitemap", () => {
    const sitemap = readFileSync(join(site.output, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/de/ueber-uns/</loc>");
    expect(sitemap).toContain(`hreflang="de" href="${siteOrigin()}/de/ueber-uns/"`);
  });

  it("gives every locale a search bundle of its own pages, the new one included", () => {
    const indexedPages = (locale: string) =>
      readdirSync(join(site.output, locale), { recursive: true, encoding: "utf8" }).filter(
        (file) => file.endsWith(".html") && readFileSync(join(site.output, locale, file), "utf8").includes("data-pagefind-body"),
      );
    for (const locale of ["fr", "en", "de"]) {
      const entry = JSON.parse(readFileSync(join(site.output, "pagefind", locale, "pagefind-entry.json"), "utf8"));
      expect(Object.keys(entry.languages), locale).toEqual([locale]);
      expect(entry.languages[locale].page_count, locale).toBe(indexedPages(locale).length);
    }
    expect(read("/de/suche/").querySelector("[data-search]")?.getAttribute("data-index")).toBe("/pagefind/de/pagefind.js");
  });
});
