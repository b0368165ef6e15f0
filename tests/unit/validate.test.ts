import { describe, expect, it } from "vitest";
import { validateContent, type ContentItem } from "../../src/content/validate.ts";

const item = (over: Partial<ContentItem> & { data?: Record<string, unknown> }): ContentItem => ({
  inputPath: "./content/fr/a.md",
  url: "/fr/a/",
  locale: "fr",
  ...over,
  data: { title: "A", key: "a", ...over.data },
});

const check =
  (...items: ContentItem[]) =>
  () =>
    validateContent(items, ["fr", "en"]);

describe("content validation", () => {
  it("accepts good content", () => {
    expect(check(item({}), item({ inputPath: "./content/en/a.md", url: "/en/a/", locale: "en" }))).not.toThrow();
  });

  it("names the file and the field of a missing title", () => {
    expect(check(item({ data: { title: "" } }))).toThrow("./content/fr/a.md: title: missing");
  });

  it("names a missing key", () => {
    expect(check(item({ data: { key: undefined } }))).toThrow("./content/fr/a.md: key: missing");
  });

  it("names an invalid date", () => {
    expect(check(item({ data: { date: "12/12/2013" } }))).toThrow('./content/fr/a.md: date: "12/12/2013" is not a date');
  });

  it("names an unknown locale", () => {
    expect(check(item({ inputPath: "./content/de/a.md", locale: "de" }))).toThrow('./content/de/a.md: locale: folder "de" is not a configured locale');
  });

  it("names both files of a duplicate key in one locale", () => {
    expect(check(item({}), item({ inputPath: "./content/fr/b.md", url: "/fr/b/" }))).toThrow(
      './content/fr/b.md: key: "a" is already used by ./content/fr/a.md in locale "fr"',
    );
  });

  it("names both files of a duplicate URL", () => {
    expect(check(item({}), item({ inputPath: "./content/fr/b.md", data: { key: "b" } }))).toThrow(
      "./content/fr/b.md: permalink: URL /fr/a/ is already produced by ./content/fr/a.md",
    );
  });
});
