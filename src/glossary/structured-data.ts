import { absoluteUrl } from "../site/url.ts";
import type { GlossaryTerm, LocaleGlossary } from "./terms.ts";

/** The glossary page of a locale, as the export and JSON-LD name it. */
export interface GlossaryPage {
  url: string;
  title: string;
}

const definedTermSet = (locale: string, page: GlossaryPage) => ({
  "@type": "DefinedTermSet",
  "@id": absoluteUrl(page.url),
  url: absoluteUrl(page.url),
  name: page.title,
  inLanguage: locale,
});

/** schema.org DefinedTerm of a term page. */
export function termJsonLd(term: GlossaryTerm, page: GlossaryPage) {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": absoluteUrl(term.url),
    url: absoluteUrl(term.url),
    name: term.term,
    ...(term.aliases.length ? { alternateName: term.aliases } : {}),
    description: term.definition,
    inLanguage: term.locale,
    inDefinedTermSet: definedTermSet(term.locale, page),
  };
}

/** schema.org DefinedTermSet of the glossary index, listing every term. */
export function termSetJsonLd(glossary: LocaleGlossary, page: GlossaryPage) {
  return {
    "@context": "https://schema.org",
    ...definedTermSet(glossary.locale, page),
    hasDefinedTerm: glossary.terms.map((term) => ({
      "@type": "DefinedTerm",
      "@id": absoluteUrl(term.url),
      url: absoluteUrl(term.url),
      name: term.term,
      description: term.summary,
    })),
  };
}

/** The export for partners: every term with its plain-text definition and absolute URL. */
export function glossaryExport(glossary: LocaleGlossary, page: GlossaryPage) {
  return {
    locale: glossary.locale,
    title: page.title,
    url: absoluteUrl(page.url),
    terms: glossary.terms.map((term) => ({
      key: term.key,
      term: term.term,
      aliases: term.aliases,
      definition: term.definition,
      url: absoluteUrl(term.url),
      related: term.related,
      sources: term.sources,
    })),
  };
}

/** "/fr/glossaire/" → "/fr/glossaire.json". */
export const exportPath = (glossaryUrl: string) => `${glossaryUrl.replace(/\/+$/, "")}.json`;
