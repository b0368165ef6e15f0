import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureSite, type FixtureSite } from "../helpers/fixture-site.ts";

const origin = "http://localhost:8099";

/** A resolution in both locales, so that the fixture has three kinds and a text between the real ones' dates. */
const resolution = (locale: "en" | "fr", title: string) =>
  [
    "---",
    "key: fixture-resolution",
    `title: ${title}`,
    "summary: A resolution written for the test.",
    "kind: resolution",
    "issuedBy: congress",
    "adopted: 2014-06",
    "reference: RES(2014)1",
    "officialTexts:",
    "  - language: en",
    "    url: https://rm.coe.int/fixture-resolution",
    "---",
    "",
    `The body of the ${locale} resolution.`,
    "",
  ].join("\n");

describe("a built site's adopted texts", () => {
  let site: FixtureSite;
  const html = (url: string) => readFileSync(join(site.output, url, "index.html"), "utf8");
  const page = (url: string) => parseHTML(html(url)).document;
  const titles = (document: Document) => [...document.querySelectorAll(".document-list h2 a")].map((a) => a.textContent);
  const jsonLd = (document: Document) => JSON.parse(document.querySelector('head script[type="application/ld+json"]')!.textContent!);

  beforeAll(() => {
    site = fixtureSite();
    site.write("content/en/documents/fixture-resolution.md", resolution("en", "A fixture resolution"));
    site.write("content/fr/documents/resolution-de-test.md", resolution("fr", "Une résolution de test"));
    const { status, log } = site.build({ URL: origin });
    expect(status, log).toBe(0);
  });
  afterAll(() => site?.remove());

  it("lists every text newest first in each locale, a month-dated text among the day-dated ones and the undated one last", () => {
    const english = page("/en/documents/");
    expect(titles(english)).toEqual([
      "Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism",
      "A fixture resolution",
      "The Strasbourg Declaration on Roma",
      "Recommendation CM/Rec(2012)9 on mediation",
    ]);
    expect([...english.querySelectorAll(".document-list time")].map((time) => time.getAttribute("datetime"))).toEqual(["2017-03", "2014-06", "2010-10-20"]);
    expect(english.querySelectorAll(".document-list li")[3].textContent).toContain("Date of adoption not available");
    expect(titles(page("/fr/documents/"))).toEqual([
      "Déclaration des maires et des élus locaux et régionaux contre l’antitsiganisme",
      "Une résolution de test",
      "La Déclaration de Strasbourg sur les Roms",
      "La Recommandation CM/Rec(2012)9 sur la médiation",
    ]);
  });

  it("has a page per kind in each locale, each listing only its kind, linked from the filters with the current one marked", () => {
    const kindPages = {
      en: { declarations: "/en/documents/declarations/", recommendations: "/en/documents/recommendations/", resolutions: "/en/documents/resolutions/" },
      fr: { declarations: "/fr/documents/declarations/", recommendations: "/fr/documents/recommandations/", resolutions: "/fr/documents/resolutions/" },
    };
    for (const [locale, urls] of Object.entries(kindPages)) {
      const listing = `/${locale}/documents/`;
      for (const url of [listing, ...Object.values(urls)]) {
        const document = page(url);
        const filters = [...document.querySelectorAll(".document-filters a")];
        expect(filters.map((a) => a.getAttribute("href"))).toEqual([listing, ...Object.values(urls)]);
        const current = filters.filter((a) => a.getAttribute("aria-current") === "page");
        expect(
          current.map((a) => a.getAttribute("href")),
          url,
        ).toEqual([url]);
      }
    }
    expect(titles(page("/en/documents/declarations/"))).toEqual([
      "Declaration of Mayors and Elected Local and Regional Representatives against anti-Gypsyism",
      "The Strasbourg Declaration on Roma",
    ]);
    expect(titles(page("/fr/documents/resolutions/"))).toEqual(["Une résolution de test"]);
    expect(page("/fr/documents/recommandations/").querySelector("h1")!.textContent).toMatch(/^Textes adoptés[\u00A0\u202F]: Recommandations$/);
  });

  it("pairs each kind page with its translation: hreflang, the language switcher and the sitemap", () => {
    const french = page("/fr/documents/recommandations/");
    expect(french.querySelector('link[rel="alternate"][hreflang="en"]')!.getAttribute("href")).toBe(`${origin}/en/documents/recommendations/`);
    expect(french.querySelector('.language-switcher a[hreflang="en"]')!.getAttribute("href")).toBe("/en/documents/recommendations/");
    const sitemap = readFileSync(join(site.output, "sitemap.xml"), "utf8");
    for (const url of ["/en/documents/", "/fr/documents/resolutions/", "/en/documents/recommendation-on-mediation/"])
      expect(sitemap).toContain(`<loc>${origin}${url}</loc>`);
  });

  it("gives each text a Legislation in the head with its reference, date, adopting body and languages", () => {
    const english = jsonLd(page("/en/documents/strasbourg-declaration-on-roma/"));
    expect(english).toMatchObject({
      "@type": "Legislation",
      name: "The Strasbourg Declaration on Roma",
      legislationIdentifier: "CM(2010)133 final",
      legislationDate: "2010-10-20",
      legislationPassedBy: { name: "Council of Europe High-Level Meeting on Roma" },
      inLanguage: ["en", "fr"],
      url: `${origin}/en/documents/strasbourg-declaration-on-roma/`,
    });
    const french = jsonLd(page("/fr/documents/recommandation-sur-la-mediation/"));
    expect(french.legislationPassedBy.name).toBe("Comité des Ministres du Conseil de l’Europe");
    expect(french).not.toHaveProperty("legislationDate");
    const mayors = jsonLd(page("/en/documents/declaration-of-mayors-against-anti-gypsyism/"));
    expect(mayors).toMatchObject({ legislationDate: "2017-03", inLanguage: ["en", "fr"] });
    expect(mayors).not.toHaveProperty("legislationIdentifier");
  });

  it("links the official versions where their address is known and says so where it is not", () => {
    const strasbourg = page("/fr/documents/declaration-de-strasbourg-sur-les-roms/");
    const versions = [...strasbourg.querySelectorAll(".document-versions a")];
    expect(versions.map((a) => [a.textContent, a.getAttribute("hreflang"), a.getAttribute("href")])).toEqual([
      ["Anglais", "en", "https://wcd.coe.int/ViewDoc.jsp?Ref=CM(2010)133&Language=lanEnglish"],
      ["Français", "fr", "https://wcd.coe.int/ViewDoc.jsp?Ref=CM(2010)133&Language=lanFrench"],
    ]);
    const mayors = page("/en/documents/declaration-of-mayors-against-anti-gypsyism/");
    expect(mayors.querySelectorAll(".document-versions a")).toHaveLength(0);
    expect([...mayors.querySelectorAll(".document-versions li")].map((li) => li.textContent)).toEqual([
      "English: this version exists; its address is not known",
      "French: this version exists; its address is not known",
    ]);
    expect(mayors.querySelector(".document-official")!.textContent).toContain("also exists in 21 other languages; which ones is not known");
    expect(mayors.querySelector(".document-facts")!.textContent).toContain("Official referencenot available");
  });

  it("shows the signatories over time as a table, with the range where the sources differ", () => {
    const table = page("/fr/documents/declaration-des-maires-contre-l-antitsiganisme/").querySelector(".document-signatories table")!;
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["2017", "81", "32"],
      ["2019", "de 113 à 115 (les chiffres divergent)", "non indiqué"],
    ]);
    expect([...table.querySelectorAll("thead th")].every((th) => th.getAttribute("scope") === "col")).toBe(true);
  });

  it("indexes each text for search as an adopted text, with its filter on the search page", () => {
    expect(html("/en/documents/strasbourg-declaration-on-roma/")).toContain('data-pagefind-filter="type:document"');
    // The kind pages repeat the listing: they stay out of the index.
    expect(html("/en/documents/declarations/")).not.toContain("data-pagefind-body");
    const search = page("/fr/recherche/");
    expect(search.querySelector('input[name="type"][value="document"]')!.parentElement!.textContent!.trim()).toBe("Textes adoptés");
    expect(search.querySelector("[data-search]")!.getAttribute("data-type-document")).toBe("Textes adoptés");
  });
});

describe("a text with bad front matter", () => {
  let site: FixtureSite;
  beforeAll(() => {
    site = fixtureSite();
  });
  afterAll(() => site?.remove());

  it("stops the build with one message naming the file, the line and the field", () => {
    site.write("content/en/documents/fixture-resolution.md", resolution("en", "A fixture resolution").replace("kind: resolution", "kind: treaty"));
    const { status, log } = site.build({ URL: origin });
    expect(status).not.toBe(0);
    expect(log).toContain("content/en/documents/fixture-resolution.md:5: kind: must be one of declaration, recommendation, resolution");
  });
});
