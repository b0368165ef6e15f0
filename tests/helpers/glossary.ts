import { createMarkdown } from "../../src/markdown/markdown.ts";
import { glossaryLinker } from "../../src/glossary/linker.ts";
import type { LinkLabels } from "../../src/glossary/markup.ts";
import type { ContentFile } from "../../src/content/validate.ts";
import { glossaryFromFiles } from "../../src/glossary/from-files.ts";
import { PhraseMatcher } from "../../src/glossary/matcher.ts";
import type { Glossary } from "../../src/glossary/terms.ts";

/** A term as a test writes it: only what the case needs, the rest filled in. */
export interface TestTerm {
  key: string;
  term: string;
  aliases?: string[];
  related?: string[];
  locale?: string;
  body?: string;
  file?: string;
  sources?: unknown;
}

export const testLocales = [
  { code: "fr", intl: "fr-FR" },
  { code: "en", intl: "en-GB" },
];

/** The glossary's URL segment per locale (its folder is content/<locale>/glossary/ in every locale). */
const urlSlug = (locale: string) => (locale === "fr" ? "glossaire" : "glossary");

export function termFile(t: TestTerm): ContentFile {
  const locale = t.locale ?? "fr";
  return {
    inputPath: t.file ?? `./content/${locale}/glossary/${t.key}.md`,
    locale,
    url: `/${locale}/${urlSlug(locale)}/${t.key}/`,
    fileSlug: t.key,
    data: {
      type: "term",
      key: t.key,
      term: t.term,
      aliases: t.aliases,
      related: t.related,
      sources: t.sources ?? [{ title: "Source", url: "https://example.org/source" }],
    },
    body: t.body ?? `Définition de ${t.term}. Suite de la définition.`,
  };
}

/** Builds the glossary with the real loader and checks. */
export function glossaryOf(terms: TestTerm[]): Glossary {
  return glossaryFromFiles(terms.map(termFile), testLocales);
}

export const labels: LinkLabels = { show: (term) => `Définition : ${term}`, close: "Fermer" };

/** The site's Markdown renderer with the real linker, over these terms and these proper names (never linked inside). */
export function markdownWith(terms: TestTerm[], names: string[] = []) {
  const glossary = glossaryOf(terms);
  const nameMatcher = new PhraseMatcher(names.map((text) => ({ text, key: "" })));
  return createMarkdown().use(glossaryLinker, {
    glossaryFor: (locale: string) => {
      const found = glossary.locales.get(locale);
      return found && { glossary: found, labels, names: nameMatcher };
    },
  });
}
