import type { BeforeBuildEvent, CollectionApi, EleventyConfig } from "./eleventy.ts";
import type { SiteModel } from "./site-model.ts";

/** The collection that hands the site model Eleventy's pages; no template reads it. */
export const PAGE_SOURCE = "siteModelPages";

/**
 * How the site model follows an Eleventy build: the one place this contract is written.
 *
 * 1. `eleventy.before`: the model reads its data files (locales, UI strings) and checks that every
 *    content file's front matter is closed, before Eleventy reads a template.
 * 2. The collection `siteModelPages`: Eleventy hands out pages with their settled data and URLs only
 *    to collection callbacks, and calls those before it maps the templates that paginate over a
 *    collection (the news listings), so a callback sees only part of the site. This one keeps the
 *    collections API for step 3 and does nothing else; it returns no pages.
 * 3. `eleventy.contentMap`: every page is mapped and has its URL, and nothing has rendered yet. The
 *    model reads all the pages, checks them, and builds the translation index, news and glossaries.
 *
 * 4. `eleventy.after`: the news images, encoded in sharp's threads while the pages rendered, are
 *    written (a failure stops the build with its content error).
 *
 * Templates, filters and the Markdown renderer read the model only while rendering, after step 3.
 * Other collections (`news_<locale>`) only filter and sort pages; they change nothing.
 */
export function followBuild(eleventyConfig: EleventyConfig, model: SiteModel): void {
  let source: CollectionApi | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: BeforeBuildEvent) => {
    source = undefined;
    model.startBuild(directories);
  });
  eleventyConfig.addCollection(PAGE_SOURCE, (api: CollectionApi) => {
    source = api;
    return [];
  });
  eleventyConfig.on("eleventy.contentMap", async () => {
    if (!source) throw new Error(`Internal: Eleventy computed no collection "${PAGE_SOURCE}" before its content map`);
    await model.settle(source.getAll());
  });
  eleventyConfig.on("eleventy.after", () => model.images.written());
}
