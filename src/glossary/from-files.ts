import { checkContent } from "../content/content-types.ts";
import type { ContentFile } from "../content/validate.ts";
import { createMarkdown } from "../markdown/markdown.ts";
import { buildGlossary, type Glossary, type GlossaryLocale, termType } from "./terms.ts";

/**
 * Term files checked as a build checks them (their schema, then the rules across files) and their
 * glossary built: for the tests and the benchmark, which have term files but no site.
 */
export function glossaryFromFiles(files: ContentFile[], locales: GlossaryLocale[]): Glossary {
  const intlOf = (code: string) => locales.find((locale) => locale.code === code)?.intl ?? code;
  const checked = checkContent(
    files,
    locales.map((locale) => locale.code),
    { markdown: createMarkdown(), intlOf },
  );
  return buildGlossary(
    checked.of(termType).map(({ entry }) => entry),
    locales,
  );
}
