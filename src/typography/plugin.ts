import type { BeforeBuildEvent, EleventyConfig } from "../model/eleventy.ts";
import type { SiteModel } from "../model/site-model.ts";
import { typesetTemplate, typesetText } from "./typeset.ts";

/**
 * Front-matter fields that are prose a reader sees (a glossary term's aliases are listed on its
 * page; the glossary's matching treats ’ as ' and no-break spaces as spaces, so it still finds them).
 * The body of a Markdown page is typeset by the renderer.
 */
const PROSE_FIELDS = ["title", "summary", "description", "term", "place", "aliases"];

interface PageData {
  page: { inputPath: string };
  sources?: unknown;
  [field: string]: unknown;
}

type Typeset = (text: string, locale: string) => string;

/** A page's front-matter prose typeset in place: its titles, summaries and the titles of its sources. */
export function typesetPageData(data: PageData, locale: string, typesetField: Typeset = typesetText): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value === "string") data[field] = typesetField(value, locale);
    else if (Array.isArray(value)) data[field] = value.map((item: unknown) => (typeof item === "string" ? typesetField(item, locale) : item));
  }
  if (Array.isArray(data.sources)) {
    data.sources = data.sources.map((source: unknown) =>
      source && typeof source === "object" && typeof (source as { title?: unknown }).title === "string"
        ? { ...source, title: typesetField((source as { title: string }).title, locale) }
        : source,
    );
  }
}

/**
 * typesetText remembering its results (typesetting depends on the text and the locale only). Never
 * pruned: it holds one entry per text typeset since `npm run dev` started, so an edited title or a
 * deleted page leaves a few short strings. Forgetting what the last build did not ask for cost more
 * than it saves: a rebuild hands some pages their data already typeset, and the next their data as
 * written, so the fixture site's third rebuild typeset 152 texts again instead of 1.
 */
function typesetOnce(): Typeset {
  const typeset = new Map<string, string>();
  return (text, locale) => {
    const key = `${locale}\n${text}`;
    let result = typeset.get(key);
    if (result === undefined) {
      result = typesetText(text, locale);
      typeset.set(key, result);
    }
    return result;
  };
}

/**
 * Typography where text enters a page through Eleventy: a page's front-matter prose, and the text
 * written in a Nunjucks page (the privacy notice), once per page and before anything reads them, so
 * that pages, listings, feeds and the search index carry the same text. Keys, dates, tags,
 * permalinks and Nunjucks tags stay as written. Only pages in a locale's folder: robots.txt and the
 * sitemap are not prose.
 */
export default function typographyPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  // `npm run dev` runs the preprocessors of every page again on each rebuild, on data Eleventy reads
  // afresh: the same titles and summaries, each typeset once while it runs. A build typesets each once anyway.
  let typesetField: Typeset = typesetText;
  eleventyConfig.on("eleventy.before", ({ runMode }: BeforeBuildEvent) => {
    if (runMode !== "build" && typesetField === typesetText) typesetField = typesetOnce();
  });
  eleventyConfig.addPreprocessor("typography", "md,njk", function (this: { inputPath: string }, data: PageData, content: string) {
    const locale = model.localeOf(this.inputPath);
    if (!locale) return undefined;
    typesetPageData(data, locale, typesetField);
    return this.inputPath.endsWith(".njk") ? typesetTemplate(content, locale) : undefined;
  });
}
