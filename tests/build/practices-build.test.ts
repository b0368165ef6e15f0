import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, repoRoot, type FixtureSite } from "../helpers/fixture-site.ts";

/** A practice added by an editor, in both locales: a theme and a country the real content does not have yet. */
const practice = (locale: string, slug: string, title: string, authority: string) =>
  [
    `content/${locale}/good-practices/${slug}.md`,
    `---\nkey: fixture-health\ntitle: "${title}"\nauthority: ${authority}\ncountry: CZ\ntheme: health\nyear: 2014\nsummary: "${title}."\nsources:\n  - title: Fixture source\n    url: https://example.org/source\n---\n\nText.\n`,
  ] as const;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

describe("good practices and the prize, built", () => {
  let site: FixtureSite;
  const page = (url: string) => parseHTML(readFileSync(join(site.output, url, "index.html"), "utf8")).document;

  beforeAll(() => {
    site = fixtureSite();
    site.write(...practice("en", "health-fixture", "Health fixture", "Testville"));
    site.write(...practice("fr", "sante-fixture", "Santé fixture", "Villetest"));
    const { status, log } = site.build();
    expect(status, log).toBe(0);
  });
  afterAll(() => site?.remove());

  it("lists every theme in order, with a jump list to each, each practice under its own theme", () => {
    const listing = page("/en/good-practices/");
    const jump = [...listing.querySelectorAll(".practices-jump a")];
    expect(jump.map(text)).toEqual(["Housing", "Education", "Employment", "Health", "Participation", "Culture and remembrance"]);
    for (const link of jump) expect(listing.getElementById(link.getAttribute("href")!.slice(1))?.tagName).toBe("H2");
    const titlesUnder = (id: string) => [...listing.getElementById(id)!.parentElement!.querySelectorAll(".practice-summary h3 a")].map(text);
    expect(titlesUnder("theme-health")).toEqual(["Health fixture"]);
    expect(titlesUnder("theme-employment")).toEqual(["Graz: a model on employment"]);
    expect(titlesUnder("theme-housing")).toEqual(["Madrid: the pilot event on housing", "Madrid region: a model on housing", "Turin: a model on housing"]);
    expect(titlesUnder("theme-education")).toHaveLength(2);
    expect(text(listing.getElementById("theme-participation")!.parentElement!.querySelector(".practices-none"))).toBe(
      "No good practice on this theme is listed yet.",
    );
    expect(text(jump[3].parentElement)).toBe("Health (1)");
  });

  it("lists the countries in the language's alphabetical order, with the Council of Europe's names", () => {
    const fr = page("/fr/bonnes-pratiques/par-pays/");
    expect([...fr.querySelectorAll(".practices-group h2")].map(text)).toEqual(["Autriche", "Espagne", "France", "Hongrie", "Italie", "République tchèque"]);
    expect([...fr.querySelectorAll(".practices-jump a")].map((a) => a.getAttribute("href"))).toEqual([
      "#country-at",
      "#country-es",
      "#country-fr",
      "#country-hu",
      "#country-it",
      "#country-cz",
    ]);
    const en = page("/en/good-practices/by-country/");
    expect([...en.querySelectorAll(".practices-group h2")].map(text)).toEqual(["Austria", "Czech Republic", "France", "Hungary", "Italy", "Spain"]);
    const czech = en.getElementById("country-cz")!.parentElement!;
    expect(text(czech.querySelector(".meta"))).toBe("Testville · Czech Republic · Health · 2014");
  });

  it("gives a practice its facts, sources and translation, and links its theme and country to the listings", () => {
    const fixture = page("/fr/bonnes-pratiques/sante-fixture/");
    const facts = Object.fromEntries(
      [...fixture.querySelectorAll(".article-facts div")].map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]),
    );
    expect(facts).toEqual({ "Ville ou région": "Villetest", Pays: "République tchèque", Thème: "Santé", Année: "2014" });
    expect(fixture.querySelector(".article-facts a[href='/fr/bonnes-pratiques/#theme-health']")).not.toBeNull();
    expect(fixture.querySelector(".article-facts a[href='/fr/bonnes-pratiques/par-pays/#country-cz']")).not.toBeNull();
    expect(fixture.querySelector(".source-list a")?.getAttribute("href")).toBe("https://example.org/source");
    expect(fixture.querySelector(".other-language a")?.getAttribute("href")).toBe("/en/good-practices/health-fixture/");
    expect(fixture.querySelector("[data-pagefind-filter]")?.getAttribute("data-pagefind-filter")).toBe("type:practice");
  });

  it("links a practice to its prize edition, and the edition's winner back to the practice", () => {
    const madrid = page("/en/good-practices/madrid-region-housing/");
    const prizeLink = madrid.querySelector(".article-facts a[href^='/en/dosta-prize/']")!;
    expect(text(prizeLink)).toBe("Winner, 2011 edition");
    expect(prizeLink.getAttribute("href")).toBe("/en/dosta-prize/#edition-2011");
    const prize = page("/en/dosta-prize/");
    const edition = prize.getElementById("edition-2011")!.parentElement!;
    const row = [...edition.querySelectorAll("tbody tr")].find((tr) => text(tr.querySelector("th")) === "Madrid region")!;
    expect(row.querySelector("a")?.getAttribute("href")).toBe("/en/good-practices/madrid-region-housing/");
  });

  it("shows each edition as a table with a caption and headers, names in the page's language and places in words", () => {
    const rowsOf = (document: Document, id: string) =>
      [...document.getElementById(`edition-${id}`)!.parentElement!.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(text));
    const en = page("/en/dosta-prize/");
    expect([...en.querySelectorAll(".prize-edition h3")].map(text)).toEqual(["2007", "2008/09", "2011", "2013", "2015", "2017"]);
    const table = en.getElementById("edition-2015")!.parentElement!.querySelector("table")!;
    expect(text(table.querySelector("caption"))).toBe("Winners of the 2015 edition");
    expect([...table.querySelectorAll("thead th[scope=col]")].map(text)).toEqual(["Municipality", "Country", "Prize", "Good practice on this site"]);
    expect(table.querySelectorAll("tbody th[scope=row]")).toHaveLength(4);
    expect(rowsOf(en, "2015")).toEqual([
      ["Ghent", "Belgium", "First prize", "None"],
      ["Kragujevac", "Serbia", "Joint second prize", "None"],
      ["Reggio Emilia", "Italy", "Joint second prize", "None"],
      ["Madrid", "Spain", "Third prize", "None"],
    ]);
    expect(rowsOf(en, "2013").map(([name, country, place]) => [name, country, place])).toEqual([
      ["Obrnice", "Czech Republic", "Winner"],
      ["Heraklion", "Greece", "Winner"],
      ["Kocaeli", "Türkiye", "Winner"],
    ]);
    const fr = page("/fr/prix-dosta/");
    expect(rowsOf(fr, "2015").map(([name]) => name)).toEqual(["Gand", "Kragujevac", "Reggio Emilia", "Madrid"]);
    expect(rowsOf(fr, "2013").map(([name, country]) => [name, country])).toEqual([
      ["Obrnice", "République tchèque"],
      ["Héraklion", "Grèce"],
      ["Kocaeli", "Türkiye"],
    ]);
    expect(rowsOf(fr, "2008-2009").map(([name, , place]) => [name, place])).toEqual([
      ["Mostar", "Premier prix ex æquo"],
      ["Prijedor", "Premier prix ex æquo"],
      ["Volos", "Lauréat"],
      ["Lom", "Lauréat"],
    ]);
    const sixth = fr.getElementById("edition-2017")!.parentElement!;
    expect(sixth.querySelector("table")).toBeNull();
    expect(text(sixth.querySelector(".prize-note"))).toBe("Une sixième édition a eu lieu en 2017. Ses lauréats ne sont pas connus.");
  });

  it("puts every page in the sitemap, and offers the practices as a search filter", () => {
    const sitemap = readFileSync(join(site.output, "sitemap.xml"), "utf8");
    for (const url of ["/en/good-practices/", "/fr/bonnes-pratiques/par-pays/", "/en/dosta-prize/", "/fr/prix-dosta/", "/fr/bonnes-pratiques/sante-fixture/"]) {
      expect(sitemap).toContain(`<loc>http://localhost:8080${url}</loc>`);
    }
    const search = page("/fr/recherche/");
    const label = [...search.querySelectorAll(".search-types label")].find((l) => l.querySelector("input[value=practice]"));
    expect(text(label)).toBe("Bonnes pratiques");
  });
});

describe("the build refuses bad prize data and bad links between practices and the prize", () => {
  let site: FixtureSite;
  afterEach(() => site?.remove());
  const prize = readFileSync(join(repoRoot, "_data/dosta-prize.json"), "utf8");

  function buildWith(files: Record<string, string>) {
    site = fixtureSite();
    for (const [path, content] of Object.entries(files)) site.write(path, content);
    return site.build();
  }
  const lineOf = (needle: string) => prize.slice(0, prize.indexOf(needle)).split("\n").length;

  it("a winner's country written as a name, at its line", () => {
    const { status, log } = buildWith({ "_data/dosta-prize.json": prize.replace('"name": "Lom", "country": "BG"', '"name": "Lom", "country": "Bulgaria"') });
    expect(status).not.toBe(0);
    expect(log).toContain(
      `./_data/dosta-prize.json:${lineOf('"name": "Lom"')}: editions.1.winners.3.country: "Bulgaria" is not an ISO 3166-1 alpha-2 country code`,
    );
  });

  it("a winner linked to a practice the site does not have", () => {
    const { status, log } = buildWith({ "_data/dosta-prize.json": prize.replace('"practice": "madrid-region-housing"', '"practice": "madrid-housing"') });
    expect(status).not.toBe(0);
    expect(log).toContain(
      `./_data/dosta-prize.json:${lineOf('"practice"')}: editions.2.winners.3.practice: "madrid-housing" is not the key of any good practice`,
    );
  });

  it("a note that lacks a language of the site, at the note's line", () => {
    const withoutFrench = prize.replace(/"fr": "Une sixième édition[^"]*",\s*/, "");
    const { status, log } = buildWith({ "_data/dosta-prize.json": withoutFrench });
    expect(status).not.toBe(0);
    const noteLine = withoutFrench.slice(0, withoutFrench.indexOf('"en": "A sixth edition')).split("\n").length - 1;
    expect(log).toContain(`./_data/dosta-prize.json:${noteLine}: editions.5.note.fr: missing; write the note in "fr" too, as in every language of the site`);
  });

  it("a practice naming an edition the prize does not have, at its line", () => {
    const path = "content/en/good-practices/madrid-region-housing.md";
    const fr = "content/fr/good-practices/communaute-de-madrid-logement.md";
    const source = readFileSync(join(repoRoot, path), "utf8");
    const frSource = readFileSync(join(repoRoot, fr), "utf8");
    // Both translations name it, as the content checks require of them.
    const { status, log } = buildWith({ [path]: source.replace('prize: "2011"', 'prize: "2012"'), [fr]: frSource.replace('prize: "2011"', 'prize: "2012"') });
    expect(status).not.toBe(0);
    // Whichever translation the rule meets first, at the line of its `prize:`.
    const lineIn = (text: string) => text.slice(0, text.indexOf("prize:")).split("\n").length;
    const message = (file: string, line: number) =>
      `./${file}:${line}: prize: "2012" is not the id of an edition in _data/dosta-prize.json (2007, 2008-2009, 2011, 2013, 2015, 2017)`;
    expect(
      [message(path, lineIn(source)), message(fr, lineIn(frSource))].some((expected) => log.includes(expected)),
      log,
    ).toBe(true);
  });

  it("a data file that is not JSON", () => {
    const { status, log } = buildWith({ "_data/dosta-prize.json": prize.replace('"label": "2011",', '"label": "2011"') });
    expect(status).not.toBe(0);
    expect(log).toMatch(/\.\/_data\/dosta-prize\.json: JSON: .*line \d+/);
  });
});
