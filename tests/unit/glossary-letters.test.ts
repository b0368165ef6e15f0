import { describe, expect, it } from "vitest";
import { letterGroups } from "../../src/glossary/letters.ts";
import { glossaryOf } from "../helpers/glossary.ts";

const french = glossaryOf([
  { key: "roms", term: "Roms" },
  { key: "egyptiens", term: "Égyptiens balkaniques" },
  { key: "ashkalis", term: "Ashkalis" },
  { key: "ere", term: "Ère des nomades" },
  { key: "gens", term: "gens du voyage" },
  { key: "annee", term: "« 1993 », l'année" },
  { key: "texte", term: "2012 (glossaire)" },
]).locales.get("fr")!;

const groups = letterGroups(french.terms, "fr-FR", "0–9");
const summary = groups.map((group) => [group.label, group.id, group.terms.map((term) => term.key)]);

describe("the glossary's letter groups", () => {
  it("file a term under its initial without accents, capitalised, in the glossary's order", () => {
    expect(summary).toContainEqual(["E", "letter-e", ["egyptiens", "ere"]]);
    expect(summary).toContainEqual(["G", "letter-g", ["gens"]]);
    expect(groups.map((group) => group.label).filter((label) => label !== "0–9")).toEqual(["A", "E", "G", "R"]);
  });

  it("put the terms that start with a digit (past any punctuation) in one group, with the locale's label", () => {
    expect(summary).toContainEqual(["0–9", "letter-0-9", expect.arrayContaining(["annee", "texte"])]);
    expect(groups.filter((group) => group.id === "letter-0-9")).toHaveLength(1);
  });

  it("give every group a distinct fragment id", () => {
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
  });

  it("capitalise by the locale's rules: a Turkish dotted i stays dotted", () => {
    const turkish = glossaryOf([{ key: "istanbul", term: "istanbul" }]).locales.get("fr")!;
    expect(letterGroups(turkish.terms, "tr-TR", "0–9").map((group) => [group.label, group.id])).toEqual([["İ", "letter-i"]]);
  });
});
