import type { CollectionApi, EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { absoluteUrl } from "../site/url.ts";
import { typesetText } from "../typography/typeset.ts";
import { formatAdopted, NOT_GIVEN, readAdopted } from "./adopted.ts";
import { documentsOfLocale, kindPages } from "./collection.ts";
import { legislationJsonLd } from "./json-ld.ts";
import type { Kind, OfficialText, SignatoryCount } from "./validate.ts";

/**
 * Adopted texts: the sorted `documents_<locale>` collections, the kinds each locale has (one
 * filter page each, `documentKinds_<locale>`), and what a text's page shows beyond its body.
 * Front matter has passed the document schema (src/documents/validate.ts) before anything renders.
 */
export default function documentsPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  for (const { code } of model.locales) {
    eleventyConfig.addCollection(`documents_${code}`, (api: CollectionApi) => documentsOfLocale(api.getAll(), code, model.contentDir));
    eleventyConfig.addCollection(`documentKinds_${code}`, (api: CollectionApi) =>
      kindPages(documentsOfLocale(api.getAll(), code, model.contentDir), (kind) => model.translator.t(`documents.kinds.${kind}.slug`, code)),
    );
  }

  const t = (key: string, locale: string, values?: Record<string, string | number>) => model.translator.t(key, locale, values);

  /** The adoption date as words and as <time datetime>, or undefined when the sources give none. */
  eleventyConfig.addFilter("documentAdopted", (value: unknown, locale: string) => {
    const adopted = readAdopted(value);
    if (!adopted || adopted.precision === "not-given") return undefined;
    return { text: formatAdopted(adopted, model.intlOf(locale)), datetime: adopted.iso };
  });
  eleventyConfig.addFilter("documentReference", documentReference);
  /** A language's name in the page's language ("anglais", "English"). */
  eleventyConfig.addFilter("languageName", (code: string, locale: string) => {
    const name = new Intl.DisplayNames([model.intlOf(locale)], { type: "language" }).of(code) ?? code;
    return typesetText(name.charAt(0).toLocaleUpperCase(model.intlOf(locale)) + name.slice(1), locale);
  });
  /** "81", or "113 to 115" when the sources differ. */
  eleventyConfig.addFilter("signatoryCount", (count: SignatoryCount["count"], locale: string) =>
    Array.isArray(count) ? t("documents.signatories.range", locale, { low: count[0], high: count[1] }) : String(count),
  );
  eleventyConfig.addFilter("documentJsonLd", (data: DocumentPageData, publisher: { name: string; url: string }) => {
    return legislationJsonLd({
      title: data.title,
      summary: data.summary,
      reference: documentReference(data.reference),
      kind: t(`documents.kinds.${data.kind}.one`, data.locale),
      adopted: readAdopted(data.adopted)!,
      passedBy: t(`documents.bodies.${data.issuedBy}`, data.locale),
      url: absoluteUrl(data.page.url),
      pageLanguage: data.locale,
      officialTexts: data.officialTexts,
      publisher,
    });
  });
}

/** The official reference, or undefined when the sources give none. */
const documentReference = (reference: string) => (reference === NOT_GIVEN ? undefined : reference);

/** What the JSON-LD filter reads of a text's page. */
interface DocumentPageData {
  title: string;
  summary: string;
  reference: string;
  kind: Kind;
  adopted: unknown;
  issuedBy: string;
  locale: string;
  officialTexts: OfficialText[];
  page: { url: string };
}
