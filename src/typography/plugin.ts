import type { EleventyConfig } from "../model/eleventy.ts";
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

/** A page's front-matter prose typeset in place: its titles, summaries and the titles of its sources. */
export function typesetPageData(data: PageData, locale: string): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value === "string") data[field] = typesetText(value, locale);
    else if (Array.isArray(value)) data[field] = value.map((item: unknown) => (typeof item === "string" ? typesetText(item, locale) : item));
  }
  if (Array.isArray(data.sources)) {
    data.sources = data.sources.map((source: unknown) =>
      source && typeof source === "object" && typeof (source as { title?: unknown }).title === "string"
        ? { ...source, title: typesetText((source as { title: string }).title, locale) }
        : source,
    );
  }
}

/**
 * Typography where text enters a page through Eleventy: a page's front-matter prose, and the text
 * written in a Nunjucks page (the privacy notice), once per page and before anything reads them, so
 * that pages, listings, feeds and the search index carry the same text. Keys, dates, tags,
 * permalinks and Nunjucks tags stay as written. Only pages in a locale's folder: robots.txt and the
 * sitemap are not prose.
 */
export default function typographyPlugin(eleventyConfig: EleventyConfig, { model }: { model: SiteModel }): void {
  eleventyConfig.addPreprocessor("typography", "md,njk", function (this: { inputPath: string }, data: PageData, content: string) {
    const locale = model.localeOf(this.inputPath);
    if (!locale) return undefined;
    typesetPageData(data, locale);
    return this.inputPath.endsWith(".njk") ? typesetTemplate(content, locale) : undefined;
  });
}
