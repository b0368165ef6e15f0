import { describe, expect, it } from "vitest";
import { exportPath, glossaryExport, termJsonLd, termSetJsonLd } from "../../src/glossary/structured-data.ts";
import { absoluteUrl } from "../../src/site/url.ts";
import { glossaryOf } from "../helpers/glossary.ts";

const glossary = glossaryOf([
  {
    key: "sintes",
    term: "Sintés",
    aliases: ["Sinti", "Manouches"],
    related: ["roms"],
    body: "Groupe rom d'Europe occidentale. Ils vivent surtout en Allemagne et en France.",
    sources: [{ title: "Glossaire du Conseil de l'Europe", url: "https://rm.coe.int/1680088eab" }, { title: "Un document sans adresse" }],
  },
  { key: "roms", term: "Roms", body: "Terme général du Conseil de l'Europe. Il couvre plusieurs groupes." },
]).locales.get("fr")!;
const page = { url: "/fr/glossaire/", title: "Glossaire" };
const sintes = glossary.byKey.get("sintes")!;
const roms = glossary.byKey.get("roms")!;

describe("a term page's schema.org data", () => {
  it("is a DefinedTerm with its aliases, whole definition and language, in the locale's DefinedTermSet", () => {
    expect(termJsonLd(sintes, page)).toEqual({
      "@context": "https://schema.org",
      "@type": "DefinedTerm",
      "@id": absoluteUrl("/fr/glossaire/sintes/"),
      url: absoluteUrl("/fr/glossaire/sintes/"),
      name: "Sintés",
      alternateName: ["Sinti", "Manouches"],
      description: "Groupe rom d’Europe occidentale. Ils vivent surtout en Allemagne et en France.",
      inLanguage: "fr",
      inDefinedTermSet: {
        "@type": "DefinedTermSet",
        "@id": absoluteUrl("/fr/glossaire/"),
        url: absoluteUrl("/fr/glossaire/"),
        name: "Glossaire",
        inLanguage: "fr",
      },
    });
  });

  it("has no alternateName when the term has no alias", () => {
    expect(termJsonLd(roms, page)).not.toHaveProperty("alternateName");
  });
});

describe("the glossary index's schema.org data", () => {
  it("lists every term with its short definition, under the same @id the term pages point to", () => {
    const set = termSetJsonLd(glossary, page);
    expect(set).toMatchObject({ "@context": "https://schema.org", "@type": "DefinedTermSet", "@id": absoluteUrl("/fr/glossaire/"), inLanguage: "fr" });
    expect(set.hasDefinedTerm).toEqual(
      expect.arrayContaining([
        {
          "@type": "DefinedTerm",
          "@id": absoluteUrl("/fr/glossaire/sintes/"),
          url: absoluteUrl("/fr/glossaire/sintes/"),
          name: "Sintés",
          description: "Groupe rom d’Europe occidentale.",
        },
      ]),
    );
    expect(set.hasDefinedTerm).toHaveLength(2);
    expect(set["@id"]).toBe(termJsonLd(sintes, page).inDefinedTermSet["@id"]);
  });
});

describe("the glossary export for partners", () => {
  it("gives every term its key, aliases, plain definition, absolute URL, related keys and sources", () => {
    const exported = glossaryExport(glossary, page);
    expect(exported).toMatchObject({ locale: "fr", title: "Glossaire", url: absoluteUrl("/fr/glossaire/") });
    expect(exported.terms.find((term) => term.key === "sintes")).toEqual({
      key: "sintes",
      term: "Sintés",
      aliases: ["Sinti", "Manouches"],
      definition: "Groupe rom d’Europe occidentale. Ils vivent surtout en Allemagne et en France.",
      url: absoluteUrl("/fr/glossaire/sintes/"),
      related: ["roms"],
      sources: [{ title: "Glossaire du Conseil de l'Europe", url: "https://rm.coe.int/1680088eab" }, { title: "Un document sans adresse" }],
    });
  });

  it("is written next to the glossary page", () => {
    expect(exportPath("/fr/glossaire/")).toBe("/fr/glossaire.json");
    expect(exportPath("/en/glossary")).toBe("/en/glossary.json");
  });
});
