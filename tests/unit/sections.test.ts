import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/content-error.ts";
import { sectionPermalink } from "../../src/i18n/sections.ts";
import type { Locale } from "../../src/i18n/locales.ts";

const locale = (code: string, sections?: Record<string, string>): Locale => ({ code, name: code, ogLocale: code, dir: "ltr", intl: code, sections });
const locales = [locale("fr", { news: "actualites", glossary: "glossaire" }), locale("en", { news: "news" })];
const page = (filePathStem: string) => ({ inputPath: `./content${filePathStem}.md`, filePathStem });

describe("a section folder's URLs, in each locale's words", () => {
  it("puts the locale's slug for the folder in place of its name, keeping subfolders and file names", () => {
    expect(sectionPermalink(page("/fr/news/lancement-de-l-alliance"), locales)).toBe("/fr/actualites/lancement-de-l-alliance/");
    expect(sectionPermalink(page("/fr/news/2013/lancement"), locales)).toBe("/fr/actualites/2013/lancement/");
    expect(sectionPermalink(page("/en/news/launch"), locales)).toBe("/en/news/launch/");
  });

  it("gives an index file its folder's URL", () => {
    expect(sectionPermalink(page("/fr/glossary/index"), locales)).toBe("/fr/glossaire/");
  });

  it("puts a paginated listing's later pages under it, numbered from 2", () => {
    expect(sectionPermalink(page("/fr/news/index"), locales, 0)).toBe("/fr/actualites/");
    expect(sectionPermalink(page("/fr/news/index"), locales, 1)).toBe("/fr/actualites/page/2/");
    expect(sectionPermalink(page("/en/news/index"), locales, 199)).toBe("/en/news/page/200/");
  });

  it("stops at a folder the locale gives no slug, naming the file and what to add", () => {
    expect(() => sectionPermalink(page("/en/glossary/roma"), locales)).toThrow(ContentError);
    expect(() => sectionPermalink(page("/en/glossary/roma"), locales)).toThrow(
      './content/en/glossary/roma.md: permalink: _data/locales.json gives locale "en" no URL slug for its "glossary" folder',
    );
  });
});
