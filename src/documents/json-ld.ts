import type { Adopted } from "./adopted.ts";
import type { OfficialText } from "./validate.ts";

export interface LegislationFacts {
  title: string;
  summary: string;
  /** Undefined when the sources give none. */
  reference: string | undefined;
  /** The kind's label in the page's language ("Declaration"). */
  kind: string;
  adopted: Adopted;
  /** The adopting body's name in the page's language. */
  passedBy: string;
  /** Absolute URL of the site's page on the text. */
  url: string;
  /** The page's language (BCP 47). */
  pageLanguage: string;
  officialTexts: OfficialText[];
  publisher: { name: string; url: string };
}

/**
 * schema.org data of an adopted text: a Legislation (the type schema.org gives to texts adopted by
 * a public body, with fields for the reference, the date and the body), described by this page;
 * each official language version a workExample with its own address when the sources give one.
 */
export function legislationJsonLd(facts: LegislationFacts): Record<string, unknown> {
  const versions = facts.officialTexts.map(({ language, url }) => ({
    "@type": "Legislation",
    name: facts.title,
    ...(facts.reference ? { legislationIdentifier: facts.reference } : {}),
    inLanguage: language,
    ...(url ? { url } : {}),
  }));
  const legislation: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": `${facts.url}#text`,
    name: facts.title,
    description: facts.summary,
    ...(facts.reference ? { legislationIdentifier: facts.reference } : {}),
    legislationType: facts.kind,
    legislationPassedBy: { "@type": "Organization", name: facts.passedBy },
    inLanguage: facts.officialTexts.map(({ language }) => language),
    url: facts.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": facts.url, inLanguage: facts.pageLanguage, publisher: { "@type": "Organization", ...facts.publisher } },
    workExample: versions,
  };
  // A date only as precise as the sources give it (ISO 8601 allows 2017-03 and 2017); none when they give none.
  if (facts.adopted.precision !== "not-given") legislation.legislationDate = facts.adopted.iso;
  return legislation;
}
