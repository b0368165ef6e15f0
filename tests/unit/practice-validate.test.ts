import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content/content-types.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { practiceType, type Practice } from "../../src/practices/validate.ts";

const good = {
  key: "graz-employment",
  title: "Graz: a model on employment",
  authority: "Graz",
  country: "AT",
  theme: "employment",
  year: 2012,
  summary: "Graz presented a model on employment.",
  sources: [{ title: "The Alliance's former website, page 37" }],
};

/** A practice file as Eleventy hands it over; `text` is the file on disk, so that messages can give lines. */
const file = (data: Record<string, unknown>, locale = "en", slug = "graz-employment"): ContentFile => {
  const path = `./content/${locale}/good-practices/${slug}.md`;
  const yaml = Object.entries(data)
    .map(([field, value]) => `${field}: ${JSON.stringify(value)}`)
    .join("\n");
  return {
    inputPath: path,
    source: () => `---\n${yaml}\n---\n\nText.\n`,
    locale,
    url: `/${locale}/good-practices/${slug}/`,
    fileSlug: slug,
    data: { type: "practice", ...data },
    body: "Text.",
  };
};
const check = (...files: ContentFile[]) => checkContent(files, ["en", "fr"], { markdown: createMarkdown(), intlOf: (code) => code });
const without = (field: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([name]) => name !== field));

describe("a good practice's front matter", () => {
  it("is read into a practice, its authority typeset for its locale", () => {
    const [entry] = check(file({ ...good, authority: "Communauté de Madrid d'Espagne", prize: "2011" }, "fr")).of<Practice>(practiceType);
    expect(entry.entry).toMatchObject({ key: "graz-employment", locale: "fr", country: "AT", theme: "employment", year: 2012, prize: "2011" });
    expect(entry.entry.authority).toBe("Communauté de Madrid d’Espagne");
    expect(entry.entry.sources).toEqual([{ title: "The Alliance's former website, page 37" }]);
  });

  it.each([
    ["a missing authority", without("authority"), "authority: missing; write the name of the city or region"],
    ["a blank authority", { ...good, authority: " " }, "authority: must be the name of the city or region"],
    ["a missing country", without("country"), "country: missing; write the country's ISO 3166-1 alpha-2 code"],
    ["a country name instead of a code", { ...good, country: "Austria" }, 'country: "Austria" is not an ISO 3166-1 alpha-2 country code'],
    ["a code in small letters", { ...good, country: "at" }, 'country: "at" is not an ISO 3166-1 alpha-2 country code'],
    ["a code ISO keeps for users", { ...good, country: "XX" }, 'country: "XX" is not an ISO 3166-1 alpha-2 country code'],
    ["a code that names no country", { ...good, country: "EU" }, 'country: "EU" is not an ISO 3166-1 alpha-2 country code'],
    ["a missing theme", without("theme"), "theme: missing; write one of: housing, education, employment, health, participation, culture-and-remembrance"],
    ["a theme the site does not have", { ...good, theme: "schooling" }, 'theme: "schooling" is not a theme; write one of: housing, education'],
    ["a missing year", without("year"), "year: missing; write the year of the practice, e.g. 2012"],
    ["a year written as text", { ...good, year: "2012" }, "year: must be a year, written as a number such as 2012"],
    ["a year with a fraction", { ...good, year: 2012.5 }, "year: must be a year"],
    ["a year in the future", { ...good, year: 3012 }, "year: must not be later than"],
    ["a missing summary", without("summary"), "summary: missing; write one or two sentences for the listings"],
    ["missing sources", without("sources"), "sources: missing; list at least one source"],
    ["an empty list of sources", { ...good, sources: [] }, "sources: missing; list at least one source"],
    ["a source without a title", { ...good, sources: [{ url: "https://www.coe.int/" }] }, "sources.0.title: missing; write the title of the source"],
    ["a source whose address is not absolute", { ...good, sources: [{ title: "S", url: "coe.int" }] }, "sources.0.url: must be an absolute http(s) URL"],
    ["a prize edition that is not text", { ...good, prize: 2011 }, "prize: must be the id of a Dosta!-Congress Prize edition"],
    ["a missing title", without("title"), "title: missing; every page needs a title"],
  ])("names %s: file, line, field and problem", (_, data, message) => {
    expect(() => check(file(data))).toThrow(message);
    expect(() => check(file(data))).toThrow(/^\.\/content\/en\/good-practices\/graz-employment\.md(:\d+)?: /);
  });

  it("gives the line of the field in the front matter", () => {
    expect(() => check(file({ ...good, theme: "jobs" }))).toThrow(/^\.\/content\/en\/good-practices\/graz-employment\.md:6: theme: "jobs" is not a theme/);
    expect(() => check(file({ ...good, sources: [{ title: "S", url: "coe.int" }] }))).toThrow(
      /^\.\/content\/en\/good-practices\/graz-employment\.md:9: sources\.0\.url: /,
    );
  });

  it("requires the same country, theme, year and prize edition in every locale", () => {
    const fr = (data: Record<string, unknown>) => file({ ...good, title: "Graz : un modèle pour l'emploi", ...data }, "fr", "graz-emploi");
    expect(() => check(file(good), fr({}))).not.toThrow();
    expect(() => check(file(good), fr({ authority: "Graz (Autriche)" }))).not.toThrow();
    expect(() => check(file(good), fr({ theme: "education" }))).toThrow(
      './content/fr/good-practices/graz-emploi.md:6: theme: "education" differs from "employment" in ./content/en/good-practices/graz-employment.md; a practice has the same theme in every locale',
    );
    expect(() => check(file(good), fr({ year: 2013 }))).toThrow('year: "2013" differs from "2012"');
    expect(() => check(file(good), fr({ prize: "2011" }))).toThrow('prize: "2011" differs from ""');
  });

  it("needs a page of its own", () => {
    expect(() => check({ ...file(good), url: false })).toThrow(
      "./content/en/good-practices/graz-employment.md: permalink: a good practice needs a page of its own",
    );
  });
});
