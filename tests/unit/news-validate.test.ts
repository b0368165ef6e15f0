import { describe, expect, it } from "vitest";
import { showDrafts } from "../../src/news/drafts.ts";
import { slugify } from "../../src/news/slug.ts";
import { checkContent } from "../../src/content/content-types.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";

const good = { date: "2013-12-12", summary: "A sentence.", title: "T", key: "k" };
const file = (data: Record<string, unknown>, fileSlug = "item"): ContentFile => ({
  inputPath: `./content/en/news/${fileSlug}.md`,
  locale: "en",
  url: `/en/news/${fileSlug}/`,
  fileSlug,
  data: { type: "news", ...data },
  body: "Text.",
});
const check =
  (...files: ContentFile[]) =>
  () =>
    checkContent(files, ["en"], { markdown: createMarkdown(), intlOf: (code) => code });

describe("news front matter", () => {
  it("accepts a complete item, with an event, tags, an image and a draft flag", () => {
    const event = { start: "2013-12-12T09:30", end: "2013-12-12T17:30", timezone: "Europe/Paris" };
    expect(check(file({ ...good, place: "Paris", event, tags: ["ROMACT"], image: { src: "a.jpg", alt: "A" }, draft: true }))).not.toThrow();
    expect(check(file({ ...good, place: "Strasbourg", event: { start: "2013-03-20" }, tags: "Congress" }))).not.toThrow();
    expect(
      check(file({ ...good, written: "2026-11-27", sources: [{ title: "A report", url: "https://example.org/report" }, { title: "A letter" }] })),
    ).not.toThrow();
  });

  it.each([
    ["a missing summary", { date: "2013-12-12" }, "summary: missing; write one or two sentences"],
    ["an empty summary", { ...good, summary: "  " }, "summary: must be one or two sentences of text"],
    ["a missing date", { summary: "S" }, "date: missing; write the publication date as YYYY-MM-DD"],
    ["a date that is not a date", { ...good, date: "2013-13-45" }, 'date: "2013-13-45" is not a date'],
    ["an image without alt", { ...good, image: { src: "a.jpg" } }, "image.alt: missing; describe the image"],
    ["an image with an empty alt", { ...good, image: { src: "a.jpg", alt: "" } }, "image.alt: must describe the image"],
    ["an image given as a bare path", { ...good, image: "a.jpg" }, "image: must be a block with src and alt"],
    [
      "an event that ends before it starts",
      { ...good, place: "P", event: { start: "2013-12-12T09:30", end: "2013-12-12T08:00", timezone: "Europe/Paris" } },
      "event.end: the event ends before it starts",
    ],
    [
      "a day event that ends the day before",
      { ...good, place: "P", event: { start: "2013-12-12", end: "2013-12-11" } },
      "event.end: the event ends before it starts",
    ],
    ["an event time without a zone", { ...good, place: "P", event: { start: "2013-12-12T09:30" } }, "event.timezone: missing"],
    ["an unknown zone", { ...good, place: "P", event: { start: "2013-12-12T09:30", timezone: "Paris" } }, 'event.timezone: "Paris" is not a time zone'],
    ["an event start that is not a date", { ...good, place: "P", event: { start: "12/12/2013" } }, 'event.start: "12/12/2013" is not a date'],
    ["an account without sources", { ...good, written: "2026-11-27" }, "sources: missing; an account written from the record lists its sources"],
    ["an account with an empty source list", { ...good, written: "2026-11-27", sources: [] }, "sources: missing; an account"],
    ["a writing day that is not a date", { ...good, written: "27/11/2026", sources: [{ title: "S" }] }, 'written: "27/11/2026" is not a date'],
    ["a source without a title", { ...good, written: "2026-11-27", sources: [{ url: "https://example.org/" }] }, "sources.0.title: missing; write the title"],
    [
      "a source whose url is not absolute",
      { ...good, written: "2026-11-27", sources: [{ title: "S", url: "example.org" }] },
      "sources.0.url: must be an absolute http(s) URL",
    ],
    ["an event without a start", { ...good, place: "P", event: { end: "2013-12-12" } }, "event.start: missing"],
    ["a day start with a timed end", { ...good, place: "P", event: { start: "2013-12-12", end: "2013-12-12T10:00" } }, "event.end: write it like event.start"],
    ["an event without a place", { ...good, event: { start: "2013-12-12" } }, "place: missing; an event needs a place"],
    ["a tag that is not text", { ...good, tags: ["a", 3] }, "tags: must be a list of words"],
    ["a draft flag that is not a boolean", { ...good, draft: "yes" }, "draft: must be true or false"],
  ])("names the file and the field of %s", (_, data, message) => {
    expect(check(file(data))).toThrow(`./content/en/news/item.md: ${message}`);
  });

  it("refuses two items with one slug in a locale, naming both files", () => {
    expect(check(file(good), { ...file(good), inputPath: "./content/en/news/2013/item.md" })).toThrow(
      './content/en/news/2013/item.md: slug: "item" is already used by ./content/en/news/item.md in locale "en"',
    );
  });

  it("refuses a slug that is not lowercase letters, digits and hyphens", () => {
    expect(check(file(good, "Événement"))).toThrow('slug: "Événement" must be lowercase letters, digits and hyphens');
  });
});

describe("drafts", () => {
  it("are shown only when the preview flag is set and Eleventy serves or watches", () => {
    expect(showDrafts({ ALLIANCE_DRAFTS: "show", ELEVENTY_RUN_MODE: "serve" })).toBe(true);
    expect(showDrafts({ ALLIANCE_DRAFTS: "show", ELEVENTY_RUN_MODE: "watch" })).toBe(true);
    expect(showDrafts({ ALLIANCE_DRAFTS: "show", ELEVENTY_RUN_MODE: "build" })).toBe(false);
    expect(showDrafts({ ELEVENTY_RUN_MODE: "serve" })).toBe(false);
    expect(showDrafts({ ALLIANCE_DRAFTS: "show" })).toBe(false);
  });
});

describe("slugs", () => {
  it("come from titles in French or English", () => {
    expect(slugify("L'Alliance à Strasbourg : 24e session")).toBe("l-alliance-a-strasbourg-24e-session");
    expect(slugify("Œuvre commune, “Košice” — 2013")).toBe("oeuvre-commune-kosice-2013");
    expect(slugify("   ")).toBe("");
    expect(slugify("Roms & Gens du voyage : ŒUVRE à Straße")).toBe("roms-gens-du-voyage-oeuvre-a-strasse");
  });

  it("are cut at a hyphen when the title is long", () => {
    const slug = slugify("European Alliance of Cities and Regions for Roma Inclusion launched in Strasbourg today");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("european-alliance-of-cities-and-regions-for-roma-inclusion");
  });
});
