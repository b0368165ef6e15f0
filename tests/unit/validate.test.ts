import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content/content-types.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";

const item = (over: Partial<ContentFile>): ContentFile => ({
  inputPath: "./content/fr/a.md",
  url: "/fr/a/",
  locale: "fr",
  fileSlug: "a",
  body: "Texte.",
  ...over,
  data: { title: "A", key: "a", ...over.data },
});

const check =
  (...items: ContentFile[]) =>
  () =>
    checkContent(items, ["fr", "en"], { markdown: createMarkdown(), intlOf: (code) => code });

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

describe("the line of a field", () => {
  const withSource = (source: string, data: Record<string, unknown>) => item({ data, source: () => source });

  it("is the line of the field in the front matter, counted in the whole file", () => {
    const source = "---\ntitle: A\nkey: a\ndate: 12/12/2013\n---\n\nTexte.\n";
    expect(check(withSource(source, { date: "12/12/2013" }))).toThrow('./content/fr/a.md:4: date: "12/12/2013" is not a date; write it as YYYY-MM-DD');
  });

  it("is the line of the block for a field missing from it, and absent for a missing top-level field", () => {
    const news = (source: string, data: Record<string, unknown>) => ({ ...withSource(source, { type: "news", ...data }), url: "/fr/a/" });
    const good = { title: "A", key: "a", date: "2013-12-12", summary: "S." };
    const source = "---\ntitle: A\nkey: a\ndate: 2013-12-12\nsummary: S.\nimage:\n  src: a.jpg\n---\n";
    expect(check(news(source, { ...good, image: { src: "a.jpg" } }))).toThrow("./content/fr/a.md:6: image.alt: missing");
    expect(check(news("---\ntitle: A\nkey: a\ndate: 2013-12-12\n---\n", { title: "A", key: "a", date: "2013-12-12" }))).toThrow(
      "./content/fr/a.md: summary: missing",
    );
  });

  it("points at a nested field and at the second of two files with one key", () => {
    const source = "---\ntitle: B\nkey: a\nevent:\n  start: 2013-12-12\n  end: 2013-12-11\n---\n";
    const news = withSource(source, {
      type: "news",
      title: "B",
      key: "b",
      date: "2013-12-12",
      summary: "S.",
      place: "P",
      event: { start: "2013-12-12", end: "2013-12-11" },
    });
    expect(check(news)).toThrow("./content/fr/a.md:6: event.end: the event ends before it starts");
    expect(check(item({}), { ...withSource(source, { key: "a" }), inputPath: "./content/fr/b.md", url: "/fr/b/" })).toThrow(
      './content/fr/b.md:3: key: "a" is already used by ./content/fr/a.md in locale "fr"',
    );
  });
});
