import { describe, expect, it } from "vitest";
import { formatAdopted, newestAdoptedFirst, readAdopted } from "../../src/documents/adopted.ts";
import { legislationJsonLd } from "../../src/documents/json-ld.ts";

const adopted = (value: unknown) => readAdopted(value)!;

describe("adoption dates", () => {
  it("are shown as precisely as the sources give them, in the page's language", () => {
    expect(formatAdopted(adopted("2010-10-20"), "fr-FR")).toBe("20 octobre 2010");
    expect(formatAdopted(adopted("2010-10-20"), "en-GB")).toBe("20 October 2010");
    expect(formatAdopted(adopted("2017-03"), "fr-FR")).toBe("mars 2017");
    expect(formatAdopted(adopted(2017), "en-GB")).toBe("2017");
    expect(formatAdopted(adopted("not-given"), "en-GB")).toBeUndefined();
  });

  it("list the newest first, a vaguer date after the days within it, and undated texts last", () => {
    const values = ["not-given", "2010-10-20", "2017", "2017-03-20", "2017-03", "2012"];
    expect(
      values
        .map(adopted)
        .sort(newestAdoptedFirst)
        .map((a) => ("iso" in a ? a.iso : a.precision)),
    ).toEqual(["2017-03-20", "2017-03", "2017", "2012", "2010-10-20", "not-given"]);
  });
});

describe("a text's JSON-LD", () => {
  const facts = {
    title: "The Strasbourg Declaration on Roma",
    summary: "A declaration.",
    reference: "CM(2010)133 final",
    kind: "Declaration",
    adopted: adopted("2010-10-20"),
    passedBy: "High-Level Meeting on Roma of the Council of Europe",
    url: "https://example.org/en/documents/strasbourg-declaration-on-roma/",
    pageLanguage: "en",
    officialTexts: [{ language: "en", url: "https://wcd.coe.int/ViewDoc.jsp?Ref=CM(2010)133&Language=lanEnglish" }, { language: "fr" }],
    publisher: { name: "The Alliance", url: "https://example.org/en/" },
  };

  it("is a schema.org Legislation with its reference, date, adopting body and language versions", () => {
    const data = legislationJsonLd(facts);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      legislationIdentifier: "CM(2010)133 final",
      legislationDate: "2010-10-20",
      legislationPassedBy: { "@type": "Organization", name: facts.passedBy },
      inLanguage: ["en", "fr"],
      url: facts.url,
    });
    // A version links only where the sources give its address.
    expect(data.workExample).toEqual([
      { "@type": "Legislation", name: facts.title, legislationIdentifier: "CM(2010)133 final", inLanguage: "en", url: facts.officialTexts[0].url },
      { "@type": "Legislation", name: facts.title, legislationIdentifier: "CM(2010)133 final", inLanguage: "fr" },
    ]);
  });

  it("claims no date and no reference the sources do not give", () => {
    const data = legislationJsonLd({ ...facts, adopted: adopted("not-given"), reference: undefined });
    expect(data).not.toHaveProperty("legislationDate");
    expect(data).not.toHaveProperty("legislationIdentifier");
    expect(legislationJsonLd({ ...facts, adopted: adopted("2017-03") }).legislationDate).toBe("2017-03");
  });
});
