import { describe, expect, it } from "vitest";
import { glossaryFromFiles } from "../../src/glossary/from-files.ts";
import { glossaryOf, termFile, testLocales, type TestTerm } from "../helpers/glossary.ts";

const roms: TestTerm = { key: "roma", term: "Roms", aliases: ["Rom"] };
const romsEn: TestTerm = { key: "roma", term: "Roma", locale: "en" };
const build =
  (...terms: TestTerm[]) =>
  () =>
    glossaryOf(terms);

describe("glossary input checks", () => {
  it("accepts a good glossary and reports nothing", () => {
    const glossary = glossaryOf([roms, romsEn, { key: "sinti", term: "Sintés", related: ["roma"] }, { key: "sinti", term: "Sinti", locale: "en" }]);
    expect(glossary.warnings).toEqual([]);
    expect(glossary.locales.get("fr")!.byKey.get("sinti")!.related).toEqual(["roma"]);
  });

  it("names the file and the field of a related key that does not exist", () => {
    expect(build(roms, { key: "sinti", term: "Sintés", related: ["manouches"] })).toThrow(
      './content/fr/glossary/sinti.md: related: "manouches" is not the key of any glossary term',
    );
  });

  it("names both files of an alias claimed by two terms in one locale, whatever its case and spacing", () => {
    expect(build(roms, { key: "rrom", term: "Rrom", aliases: ["rom"] })).toThrow(
      './content/fr/glossary/rrom.md: aliases: "rom" is already claimed by ./content/fr/glossary/roma.md ("Roms")',
    );
    expect(build(roms, { key: "other", term: "Autre", aliases: ["  ROMS "] })).toThrow("./content/fr/glossary/other.md: aliases:");
    expect(build(roms, { key: "other", term: "Rom" })).toThrow(
      './content/fr/glossary/other.md: term: "Rom" is already claimed by ./content/fr/glossary/roma.md',
    );
  });

  it("allows one spelling in two locales", () => {
    expect(build(roms, { key: "roma", term: "Rom", locale: "en" })).not.toThrow();
  });

  it("names a term without a definition", () => {
    expect(build({ ...roms, body: "\n\n" })).toThrow("./content/fr/glossary/roma.md: definition: missing");
    expect(build({ ...roms, body: "<!-- à écrire -->" })).toThrow("./content/fr/glossary/roma.md: definition: missing");
  });

  it("names a missing term, a malformed key, bad aliases and bad sources", () => {
    expect(build({ key: "roma", term: "" })).toThrow("./content/fr/glossary/roma.md: term: missing");
    expect(build({ ...roms, key: "Roms et Gens", file: "./content/fr/glossary/x.md" })).toThrow("./content/fr/glossary/x.md: key: missing or malformed");
    expect(build({ ...roms, aliases: "Rom" as unknown as string[] })).toThrow("./content/fr/glossary/roma.md: aliases: must be a list");
    expect(build({ ...roms, aliases: ["…"] })).toThrow('./content/fr/glossary/roma.md: aliases: "…" contains no word');
    expect(build({ ...roms, related: ["roma"] })).toThrow('./content/fr/glossary/roma.md: related: "roma" is this term\'s own key');
    expect(build({ ...roms, sources: [] })).toThrow("./content/fr/glossary/roma.md: sources: missing");
    expect(build({ ...roms, sources: [{ title: "Sans adresse valable", url: "coe.int/roma" }] })).toThrow(
      "./content/fr/glossary/roma.md: sources.0.url: must be an absolute http(s) URL",
    );
    expect(build({ ...roms, sources: [{ url: "https://coe.int/" }] })).toThrow(
      "./content/fr/glossary/roma.md: sources.0.title: missing; write the title of the source",
    );
  });

  it("names a term without a page", () => {
    const file = termFile(roms);
    expect(() => glossaryFromFiles([{ ...file, url: "" }], testLocales)).toThrow("./content/fr/glossary/roma.md: permalink: a term needs a page");
  });

  it("names both files of one key used twice in one locale", () => {
    expect(build(roms, { key: "roma", term: "Tsiganes", file: "./content/fr/glossary/tsiganes.md" })).toThrow(
      './content/fr/glossary/tsiganes.md: key: "roma" is already used by ./content/fr/glossary/roma.md in locale "fr"',
    );
  });

  it("reports a term present in one locale only, without failing", () => {
    const glossary = glossaryOf([roms, romsEn, { key: "kris", term: "Kris" }]);
    expect(glossary.warnings).toEqual(['Glossary: term "kris" (./content/fr/glossary/kris.md) has no version in: en']);
  });

  it("keeps the first sentence as the short definition and the text as plain text", () => {
    const term = glossaryOf([{ ...roms, body: "Nom que se donnent les *Roms* ([source](https://example.org)). Deuxième phrase.\n\nSecond paragraphe." }])
      .locales.get("fr")!
      .byKey.get("roma")!;
    expect(term.summary).toBe("Nom que se donnent les Roms (source).");
    expect(term.definition).toBe("Nom que se donnent les Roms (source). Deuxième phrase.\n\nSecond paragraphe.");
  });

  it("sorts terms in the locale's collation order", () => {
    const fr = glossaryOf([
      { key: "z", term: "Zèbre" },
      { key: "eb", term: "Égyptiens balkaniques" },
      { key: "e", term: "Egyptiens" },
      { key: "d", term: "Dom" },
    ]).locales.get("fr")!;
    expect(fr.terms.map((t) => t.term)).toEqual(["Dom", "Egyptiens", "Égyptiens balkaniques", "Zèbre"]);
  });
});
